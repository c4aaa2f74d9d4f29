// The runtime works a change out once (issue 13, issue 14): one incremental engine pass per
// change, handed to the reminder scheduler and the tray/badge count alike, recomputing only
// the card that changed. The clock is pinned to Sunday 10 March 2024, 12:00 UTC.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dueCount, startRuntime, type Runtime } from '../../../node/services/app-runtime.ts';
import { serializeDocument } from '../../../node/services/storage/document-file.ts';
import { computeReminders } from '../../../shared/engine/reminders.ts';
import { fixedClock } from '../../../shared/time/clock.ts';
import { sampleDocument } from '../../fixtures/data/generate.ts';
import { quietHost } from './storage/quiet-host.ts';
import type { FirstScreenAnswer, StateSnapshot } from '../../../shared/ipc/contract.ts';
import { WHOLE_FIRST_SCREEN_UP_TO } from '../../../shared/board/first-screen.ts';

const now = new Date('2024-03-10T12:00:00.000Z');
let runtime: Runtime | null = null;
let dataDir = '';

afterEach(async () => {
  await runtime?.close();
  runtime = null;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function start(count: number) {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-runtime-'));
  fs.writeFileSync(path.join(dataDir, 'afterview.json'), serializeDocument(sampleDocument(count)));
  const counts: number[] = [];
  runtime = await startRuntime({
    dataDir,
    backend: 'conf',
    lock: 'web',
    clock: fixedClock(now),
    emit: () => undefined,
    host: quietHost(dataDir),
    onDueCount: (n) => counts.push(n),
  });
  return { runtime, counts };
}

describe('one engine pass per change (Sunday 10 March 2024 12:00 UTC)', () => {
  it('a change makes exactly one pass, which recomputes the changed card only, and the scheduler and the due count read it', async () => {
    const { runtime, counts } = await start(300);
    const before = runtime.engine.made;
    const answer = await runtime.router.dispatch(
      'state:command',
      { type: 'logEvent', id: 'app-9', event: { id: 'reply-9', kind: 'employer_replied', at: '2024-03-10T11:00:00.000Z' } },
      true,
    );
    expect(answer).toMatchObject({ ok: true });
    expect(runtime.engine.made).toBe(before + 1);
    const pass = runtime.engine.latest()!;
    expect(pass.doc).toBe(runtime.service.doc);
    expect(pass.recomputed).toBe(1);
    // The tray and the badge were told the pass's count, which is the full recomputation's.
    expect(counts.at(-1)).toBe(pass.dueCount);
    expect(pass.dueCount).toBe(dueCount(runtime.service.doc, now));
    // The scheduler planned from the same pass: its feed holds what computeReminders says is due.
    const due = computeReminders(runtime.service.doc, now).filter((r) => Date.parse(r.at) <= now.getTime());
    expect(
      runtime.scheduler
        .feed()
        .items.map((i) => i.key)
        .sort(),
    ).toEqual(due.map((r) => r.key).sort());
  });

  it('what the scheduler does afterwards at the same instant reuses that pass', async () => {
    const { runtime } = await start(50);
    await runtime.router.dispatch(
      'state:command',
      { type: 'updateApplication', id: 'app-3', at: '2024-03-10T11:00:00.000Z', fields: { notes: 'Called them.' } },
      true,
    );
    const made = runtime.engine.made;
    runtime.scheduler.resume();
    runtime.scheduler.dismiss(
      runtime.scheduler
        .feed()
        .items.slice(0, 1)
        .map((i) => i.id),
    );
    expect(runtime.engine.made).toBe(made);
  });
});

describe('the first screen (issue 14; Sunday 10 March 2024 12:00 UTC)', () => {
  it('answers the top of each column with the actions of the latest pass, and makes no pass of its own at the same instant', async () => {
    const { runtime } = await start(WHOLE_FIRST_SCREEN_UP_TO + 100);
    await runtime.router.dispatch(
      'state:command',
      { type: 'logEvent', id: 'app-7', event: { id: 'reply-7', kind: 'employer_replied', at: '2024-03-10T11:00:00.000Z' } },
      true,
    );
    const made = runtime.engine.made;
    const answer = await runtime.router.dispatch('state:firstScreen', undefined, true);
    expect(runtime.engine.made).toBe(made);
    if (!answer.ok) throw new Error(answer.error.message);
    const reply = answer.value as FirstScreenAnswer;
    if (reply.kind !== 'top') throw new Error(`expected the top of each column, got ${reply.kind}`);
    const first = reply.screen;
    const shown = new Set(first.doc.applications.map((a) => a.id));
    expect(shown.has('app-7')).toBe(true);
    expect(first.actions).toEqual(runtime.engine.latest()!.actions.filter((a) => shown.has(a.applicationId)));
    expect(first.counts.today).toBe(dueCount(runtime.service.doc, now));
    expect(first.doc.columns).toEqual(runtime.service.doc.columns);
  });

  it('answers a board of up to WHOLE_FIRST_SCREEN_UP_TO applications whole, as state:get would', async () => {
    const { runtime } = await start(WHOLE_FIRST_SCREEN_UP_TO);
    const answer = await runtime.router.dispatch('state:firstScreen', undefined, true);
    const state = await runtime.router.dispatch('state:get', undefined, true);
    if (!answer.ok || !state.ok) throw new Error('no answer');
    expect(answer.value).toEqual({ kind: 'whole', state: state.value as StateSnapshot });
  });
});
