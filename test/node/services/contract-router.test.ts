import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../node/services/contract-router.ts';
import { ok } from '../../../shared/ipc/result.ts';

function routerWithSpy() {
  const command = vi.fn(() => ok({ revision: 2, canUndo: true, canRedo: false }));
  const handlers = {
    'state:command': command,
    'state:get': vi.fn(() => {
      throw new Error('disk on fire at /home/u/secret');
    }),
  } as unknown as Handlers;
  return { router: createRouter(handlers), command };
}

const valid = { type: 'moveCard', id: 'a1', to: 'waiting', index: 0, at: '2026-11-20T10:00:00.000Z', eventId: 'e1' };

describe('contract router', () => {
  it('passes a valid payload to its handler, parsed', async () => {
    const { router, command } = routerWithSpy();
    const result = await router.dispatch('state:command', valid, true);
    expect(result.ok).toBe(true);
    expect(command).toHaveBeenCalledWith(valid);
  });
  it('rejects a payload of the wrong shape with the field named, and never calls the handler', async () => {
    const { router, command } = routerWithSpy();
    const result = await router.dispatch('state:command', { ...valid, to: 'hired' }, true);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload', path: 'to' } });
    expect(!result.ok && result.error.message).toMatch(/^The request was not accepted because to: .*Nothing was changed\.$/);
    expect(await router.dispatch('state:command', 'drop table', true)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(command).not.toHaveBeenCalled();
  });
  it('drops requests from an untrusted sender before looking at them', async () => {
    const { router, command } = routerWithSpy();
    expect(await router.dispatch('state:command', valid, false)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(command).not.toHaveBeenCalled();
  });
  it('answers unknown channels, including inherited property names, with an error', async () => {
    const { router } = routerWithSpy();
    expect(await router.dispatch('fs:rm', {}, true)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await router.dispatch('constructor', {}, true)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await router.dispatch('__proto__', {}, true)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });
  it('turns a failing handler into a sentence without internals', async () => {
    const { router } = routerWithSpy();
    const result = await router.dispatch('state:get', undefined, true);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!result.ok && result.error.message).not.toContain('secret');
  });
});
