// The capture channels through the app service and the router, as the page calls them:
// propose changes nothing; apply re-reads the file and saves it as one undo step.
import { useTimeZone } from '../../shared/support/tz.ts';
useTimeZone('Europe/London');

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createAppService, type StoreLike } from '../../../node/services/app-service.ts';
import { captureHandlers } from '../../../node/services/capture-handlers.ts';
import { readEmail } from '../../../node/services/capture/eml.ts';
import { createRouter } from '../../../node/services/contract-router.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import { fail } from '../../../shared/ipc/result.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import { Board } from '../../shared/support/build.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/capture/${name}`, import.meta.url)), 'utf8');

function setup(readOnly = false) {
  let doc: AfterviewDocument = new Board().add('nw', 'Northwind', '2026-11-02 09:00', {
    role: 'Product Designer',
    contacts: [{ id: 'c1', name: 'Dana Reyes', email: 'dana@northwind.io' }],
  }).doc;
  const saved: AfterviewDocument[] = [];
  const store: StoreLike = {
    get doc() {
      return doc;
    },
    readOnly,
    notice: null,
    save(next) {
      doc = next;
      saved.push(next);
    },
  };
  const service = createAppService({
    store,
    host: {
      platform: { kind: 'web', dataDir: '/tmp/x', version: 'test', notifications: () => 'default' },
      writeClipboard: vi.fn(),
      openExternal: vi.fn(),
      openDataFolder: vi.fn(),
      deliverExport: vi.fn(),
    },
    exchange: {
      importContent: () => fail('import_failed', 'x'),
      exportContent: vi.fn(),
      listBackups: async () => [],
      restoreBackup: async () => fail('not_found', 'x'),
      backupBeforeImport: vi.fn(),
    },
    clock: () => new Date('2026-12-01T10:00:00Z'),
    emit: vi.fn(),
    reminders: { feed: vi.fn(() => ({ items: [], reason: null })), confirmShown: vi.fn(), dismiss: vi.fn(), snooze: vi.fn() },
  });
  return { router: createRouter(service.handlers), saved, service };
}

describe('capture:propose and capture:apply', () => {
  it('propose shows the Google Calendar round (Tuesday 8 December 2026 15:00) and saves nothing', async () => {
    const { router, saved } = setup();
    const result = await router.dispatch('capture:propose', { fileName: 'invite.ics', content: fixture('google-calendar.ics') }, true);
    expect(result).toMatchObject({
      ok: true,
      value: {
        kind: 'interview',
        application: { id: 'nw' },
        confidence: 'high',
        fields: { interview: { start: '2026-12-08T15:00:00+00:00' } },
      },
    });
    expect((result as { value: object }).value).not.toHaveProperty('commands');
    expect(saved).toHaveLength(0);
  });

  it('a dropped file travels as its bytes: an 8-bit Latin-1 mail is read in its own charset', async () => {
    const { router } = setup();
    // Sent Monday 30 November 2026; the body is ISO-8859-1, not UTF-8, as older mail clients save it.
    const mail = [
      'From: =?iso-8859-1?q?Dana_Reyes?= <dana@northwind.io>',
      'To: alex@example.com',
      'Subject: Your application at Northwind',
      'Date: Mon, 30 Nov 2026 14:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Hi Alex, thank you for your time. Unfortunately we have decided to move forward with other candidates for the Product Designer role. Best wishes, Dana at Northwind, Zürich',
      '',
    ].join('\r\n');
    const bytes = Buffer.from(mail, 'latin1');
    const result = await router.dispatch(
      'capture:propose',
      { fileName: 'reply.eml', content: bytes.toString('base64'), encoding: 'base64' },
      true,
    );
    expect(result).toMatchObject({ ok: true, value: { kind: 'rejection', application: { id: 'nw' } } });
    // The mail reader gets the bytes and honours the declared charset; the page's UTF-8
    // reading of the same bytes (what it sent before) would have lost the 'ü'.
    expect((await readEmail(bytes, new Date('2026-12-01T10:00:00Z'))).text).toContain('Zürich');
    expect(bytes.toString('utf8')).not.toContain('Zürich');
  });

  it('apply adds the contacts and the round as one step: one undo takes all of it back', async () => {
    const { router, saved, service } = setup();
    const before = service.doc;
    expect(await router.dispatch('capture:apply', { fileName: 'invite.ics', content: fixture('google-calendar.ics') }, true)).toMatchObject(
      { ok: true, value: { canUndo: true } },
    );
    expect(saved).toHaveLength(1);
    expect(service.doc.applications[0]!.rounds).toHaveLength(1);
    expect(service.doc.applications[0]!.contacts).toHaveLength(2);
    await router.dispatch('state:undo', undefined, true);
    expect(service.doc).toBe(before);
  });

  it('answers a file it cannot read with its sentence, and refuses to apply to read-only data', async () => {
    const { router } = setup();
    expect(await router.dispatch('capture:propose', { fileName: 'x.ics', content: fixture('no-start.ics') }, true)).toEqual({
      ok: false,
      error: { code: 'invalid_payload', message: 'This invitation has no start time (DTSTART), so there is no interview to add.' },
    });
    const readOnly = setup(true);
    expect(
      await readOnly.router.dispatch('capture:apply', { fileName: 'invite.ics', content: fixture('google-calendar.ics') }, true),
    ).toMatchObject({ ok: false, error: { code: 'read_only' } });
  });
});

describe('capture:fetchPosting', () => {
  const host = (fetchPage: (url: string) => Promise<{ url: string; html: string }>) =>
    captureHandlers({
      clock: () => new Date('2026-12-01T10:00:00Z'),
      present: emptyDocument,
      readOnly: () => false,
      readOnlyMessage: '',
      applyAsOneStep: vi.fn(),
      fetchPage,
    });

  it('hands back the fetched page with its proposal, keeping the final address', async () => {
    const handlers = host(async () => ({ url: 'https://fjordlabs.example/jobs/9', html: fixture('posting-array.html') }));
    const result = await handlers['capture:fetchPosting']({ url: 'https://fjordlabs.example/j/9' });
    expect(result).toMatchObject({
      ok: true,
      value: {
        file: { fileName: 'posting.html', pageUrl: 'https://fjordlabs.example/jobs/9' },
        preview: { kind: 'posting', fields: { company: 'Birch & Co', role: 'Marketing Manager' } },
      },
    });
  });

  it("passes on the fetcher's sentence", async () => {
    const { CaptureReadError } = await import('../../../node/services/capture/ics.ts');
    const handlers = host(async () => {
      throw new CaptureReadError('The page took too long to answer; try again, or save the page and drop the file.');
    });
    expect(await handlers['capture:fetchPosting']({ url: 'https://slow.example/' })).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'The page took too long to answer; try again, or save the page and drop the file.' },
    });
  });
});
