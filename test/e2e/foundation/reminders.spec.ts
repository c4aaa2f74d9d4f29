// Issue 9: a reminder that falls due while no page is open waits for one. The host's clock
// and the page's both run from Tuesday 1 December 2026, 10:00 UTC (fixtures.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_NOW, test, expect } from '../fixtures.ts';
import { call } from '../board/helpers.ts';

const HOUR = 3_600_000;
const at = (msFromNow: number) => new Date(Date.parse(E2E_NOW) + msFromNow).toISOString();

test('a reminder due while no page was open is in the banner when a page opens, is recorded as seen, and goes when its action is done', async ({
  page,
  host,
  request,
}) => {
  // Before any page exists: an interview that ended at 09:00 today, so P2's first reminder is due.
  await call(request, host, 'state:command', { type: 'updateSettings', settings: { onboarded: true } });
  await call(request, host, 'state:command', {
    type: 'addApplication',
    id: 'app-1',
    at: at(-5 * 24 * HOUR),
    eventId: 'e1',
    fields: { company: 'Contoso', role: 'Designer' },
  });
  await call(request, host, 'state:command', {
    type: 'upsertContact',
    id: 'app-1',
    at: at(-5 * 24 * HOUR),
    contact: { id: 'c1', name: 'Dana Whitfield', title: '', email: '', linkedin: '' },
  });
  await call(request, host, 'state:command', {
    type: 'addRound',
    id: 'app-1',
    at: at(-4 * 24 * HOUR),
    eventId: 'e2',
    round: { id: 'r1', startsAt: at(-2 * HOUR), minutes: 60, kind: 'video', interviewerIds: ['c1'], topics: '' },
  });
  // The host holds it, owed to a page that does not exist yet.
  const feed = (await call(request, host, 'reminders:get', null)) as { items: { id: string; shown: string | null; delivery: string }[] };
  expect(feed.items).toEqual([expect.objectContaining({ shown: null, delivery: 'page' })]);

  await page.goto(host.url);
  const reminders = page.getByRole('list', { name: 'Reminders' });
  await expect(reminders).toContainText('Send a thank-you note to Dana');
  // Its real due time: the interview ended at 09:00, so the note is due tomorrow at 09:00.
  await expect(reminders).toContainText('tomorrow 09:00');

  // The banner was on screen, so the host now records it as seen, on disk.
  await expect
    .poll(() => {
      const state = JSON.parse(readFileSync(path.join(host.dataDir, 'reminders.json'), 'utf8')) as {
        shown: Record<string, { via: string }>;
      };
      return Object.values(state.shown).map((m) => m.via);
    })
    .toEqual(['banner']);

  // The thank-you is logged (here through the API, as another window would): the banner goes.
  await call(request, host, 'state:command', {
    type: 'logEvent',
    id: 'app-1',
    event: { id: 'e3', kind: 'thank_you_sent', at: E2E_NOW, note: '', roundId: 'r1' },
  });
  await expect(reminders).toBeHidden();
});
