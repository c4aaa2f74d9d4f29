// The real desktop app in the real Electron: what the mocked tests (test/electron) cannot
// show. Skipped, with the reason, where the Electron binary or a display is missing.
import { boardCommands } from '../renderer/fixtures.ts';
import { card, column, mouseDrag } from '../e2e/board/helpers.ts';
import { clickNotification, command, E2E_NOW, expect, notifications, skipReason, test, trayToolTip } from './fixtures.ts';
import type { Page } from '@playwright/test';

test.skip(skipReason !== null, skipReason ?? '');

const HOUR = 3_600_000;
const at = (msFromNow: number) => new Date(Date.parse(E2E_NOW) + msFromNow).toISOString();

async function showBoard(window: Page) {
  await window.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(window.getByRole('region', { name: 'Applied' })).toBeVisible();
}

/** One application whose interview ended yesterday: its thank-you note is overdue now. */
const overdueThankYou = [
  { type: 'updateSettings', settings: { onboarded: true } },
  { type: 'addApplication', id: 'app-1', at: at(-5 * 24 * HOUR), eventId: 'e1', fields: { company: 'Contoso', role: 'Designer' } },
  {
    type: 'upsertContact',
    id: 'app-1',
    at: at(-5 * 24 * HOUR),
    contact: { id: 'c1', name: 'Dana Whitfield', title: '', email: '', linkedin: '' },
  },
  {
    type: 'addRound',
    id: 'app-1',
    at: at(-4 * 24 * HOUR),
    eventId: 'e2',
    round: { id: 'r1', startsAt: at(-26 * HOUR), minutes: 60, kind: 'video', interviewerIds: ['c1'], topics: '' },
  },
];

test('the window opens on the app page with the secure options, and the page has the bridge but no Node', async ({ desktop }) => {
  const { app, window } = await desktop.launch();
  expect(window.url()).toBe('app://afterview/index.html');
  // getLastWebPreferences is undocumented (not in electron.d.ts) but is what Electron's own
  // lib/browser reads for a window's preferences: the values Electron applied, not ours.
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows();
    type Preferences = {
      sandbox?: boolean;
      contextIsolation?: boolean;
      nodeIntegration?: boolean;
      webSecurity?: boolean;
      webviewTag?: boolean;
    };
    const p = (windows[0]?.webContents as unknown as { getLastWebPreferences(): Preferences | null } | undefined)?.getLastWebPreferences();
    return {
      count: windows.length,
      sandbox: p?.sandbox,
      contextIsolation: p?.contextIsolation,
      nodeIntegration: p?.nodeIntegration,
      webSecurity: p?.webSecurity,
      webviewTag: p?.webviewTag,
    };
  });
  expect(preferences).toEqual({
    count: 1,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
  });
  expect(
    await window.evaluate(() => ({
      bridge: typeof (globalThis as { afterview?: unknown }).afterview,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    })),
  ).toEqual({
    bridge: 'object',
    require: 'undefined',
    process: 'undefined',
  });
  // A navigation away from the app is refused: the page stays where it is.
  await window.evaluate(() => {
    globalThis.location.href = 'https://example.com/';
  });
  await expect.poll(() => window.url()).toBe('app://afterview/index.html');
});

test('a card dragged across columns is still there after quitting and starting again', async ({ desktop }) => {
  const first = await desktop.launch();
  await command(first.window, boardCommands(new Date(E2E_NOW)));
  await first.window.reload();
  await showBoard(first.window);
  await mouseDrag(first.window, card(column(first.window, 'Applied'), 'Orbit Analytics'), column(first.window, 'Interviewing'));
  await expect(card(column(first.window, 'Interviewing'), 'Orbit Analytics')).toBeVisible();
  await first.app.close();

  const second = await desktop.launch();
  await showBoard(second.window);
  await expect(card(column(second.window, 'Interviewing'), 'Orbit Analytics')).toBeVisible();
  await expect(card(column(second.window, 'Applied'), 'Orbit Analytics')).toHaveCount(0);
});

test('a copied draft reaches the system clipboard as plain text and as HTML, in one copy', async ({ desktop }) => {
  const { app, window } = await desktop.launch();
  await command(window, boardCommands(new Date(E2E_NOW)));
  await window.reload();
  await showBoard(window);
  await card(column(window, 'Interviewing'), 'Northwind Labs').click();
  const draft = window.getByRole('complementary', { name: /Northwind Labs/ }).getByRole('article', { name: 'Draft to Dana Whitfield' });
  await draft.getByRole('button', { name: 'Copy all', exact: true }).click();
  await expect(window.getByText('Copied the subject and the message.')).toBeVisible();
  const copied = await app.evaluate(async ({ clipboard }) => {
    const [item] = await clipboard.read();
    if (!item) return null;
    const read = async (type: string) => (item.types.includes(type) ? ((await item.getType(type)) as Blob).text() : null);
    return { text: await read('text/plain'), html: await read('text/html') };
  });
  expect(copied?.text).toMatch(/^Subject: .+\n\nHi Dana,/);
  expect(copied?.html).toMatch(/<p>Subject: .+<\/p><p>Hi Dana,/);
});

test("a reminder's notification, clicked, opens its card; the tray counts what is due and follows when it is done", async ({ desktop }) => {
  const { app, window } = await desktop.launch();
  const supported = await app.evaluate(({ Notification }) => Notification.isSupported());
  test.skip(
    !supported,
    'This system cannot show desktop notifications (Notification.isSupported() is false), so reminders go to the banner instead.',
  );
  await expect.poll(() => trayToolTip(app)).toBe('Afterview — nothing due');

  await command(window, overdueThankYou);
  await expect.poll(() => notifications(app)).toEqual([expect.objectContaining({ title: expect.stringMatching(/thank-you/i) })]);
  await expect.poll(() => trayToolTip(app)).toBe('Afterview — 1 action due');

  await showBoard(window);
  expect(await clickNotification(app)).toBe(true);
  await expect(window.getByRole('complementary', { name: /Contoso/ })).toBeVisible();

  // The thank-you is sent: nothing is due any more, and the tray says so.
  await command(window, [
    { type: 'logEvent', id: 'app-1', event: { id: 'e3', kind: 'thank_you_sent', at: E2E_NOW, note: '', roundId: 'r1' } },
  ]);
  await expect.poll(() => trayToolTip(app)).toBe('Afterview — nothing due');
});
