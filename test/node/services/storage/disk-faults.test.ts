// Issue 11: a write that fails is never hidden. The change gets ok:false with a sentence
// (disk full, read-only folder, no permission), the state says so until saving works
// again, nothing answered ok is lost, and nothing retries in a loop. The disk is made to
// fail by making every file write of this process reject with the error code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addCommand, newDataDir, openService } from './service-harness.ts';

let dataDir: string;
let fileHandleProto: { write: (...args: unknown[]) => Promise<unknown> };

beforeEach(async () => {
  dataDir = newDataDir();
  const probe = await fs.promises.open(path.join(os.tmpdir(), `afterview-probe-${process.pid}`), 'w');
  fileHandleProto = Object.getPrototypeOf(probe) as typeof fileHandleProto;
  await probe.close();
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const failing = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe('a failed write is reported, and saving resumes when the disk does', () => {
  it.each([
    ['ENOSPC', /the disk is full/],
    ['EROFS', /read-only disk/],
    ['EACCES', /not allowed to write/],
    ['EPERM', /not allowed to write/],
  ])('%s: the change is answered with a sentence, shown until a write works again', async (code, sentence) => {
    const app = await openService(dataDir);
    expect((await app.call('state:command', addCommand('before'))).ok).toBe(true);
    const write = vi.spyOn(fileHandleProto, 'write').mockRejectedValue(failing(code));
    const res = await app.call('state:command', addCommand('lost'));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(sentence);
    const during = await app.state();
    expect(during.saveProblem).toMatch(sentence);
    expect(during.doc.applications.map((a) => a.id)).toEqual(['before']);
    write.mockRestore();
    expect((await app.call('state:command', addCommand('after'))).ok).toBe(true);
    expect((await app.state()).saveProblem).toBeNull();
    await app.close();
    const again = await openService(dataDir);
    expect((await again.state()).doc.applications.map((a) => a.id)).toEqual(['before', 'after']);
    await again.close();
  });

  it('a write that stopped half way leaves no broken line behind for the next one', async () => {
    const app = await openService(dataDir);
    const real = fileHandleProto.write;
    const write = vi.spyOn(fileHandleProto, 'write').mockImplementationOnce(async function (this: unknown, text: unknown) {
      await real.call(this, String(text).slice(0, 40));
      throw failing('ENOSPC');
    });
    expect((await app.call('state:command', addCommand('torn'))).ok).toBe(false);
    write.mockRestore();
    expect((await app.call('state:command', addCommand('whole'))).ok).toBe(true);
    // Killed before any snapshot: the journal alone must bring back the answered change.
    const again = await openService(dataDir, { lock: undefined });
    const state = await again.state();
    expect(state.notice).toBeNull();
    expect(state.doc.applications.map((a) => a.id)).toEqual(['whole']);
    await again.close();
    await app.close();
  });

  it('a change is answered ok even if what follows it (re-planning reminders) throws', async () => {
    const app = await openService(dataDir, {}, () => {
      throw new Error('the scheduler tripped');
    });
    expect((await app.call('state:command', addCommand('due'))).ok).toBe(true);
    await app.close();
  });
});
