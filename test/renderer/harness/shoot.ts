// Screenshots of the harness in light and dark: `npx tsx test/renderer/harness/shoot.ts [outDir] [steps...]`.
// Serves /tmp/afterview-harness on a free port and drives it with Playwright's Chromium.
import { chromium, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const dir = '/tmp/afterview-harness';
const out = process.argv[2] ?? '/tmp/afterview-shots';
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer(async (req, res) => {
  const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html'));
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });

type Step = (page: Page) => Promise<void>;
const screens: Record<string, { query?: string; step?: Step; height?: number }> = {
  panelfull: {
    query: '?now=2026-11-22T12:00:00Z',
    height: 3000,
    step: async (p) => {
      await p.getByRole('button', { name: 'Board', exact: true }).click();
      await p.locator('[data-card-id="app-northwind"]').click();
      await p.getByRole('button', { name: 'Make the panel wider' }).click();
    },
  },
  dragging: {
    query: '?now=2026-11-22T12:00:00Z',
    step: async (p) => {
      await p.getByRole('button', { name: 'Board', exact: true }).click();
      const a = (await p.locator('[data-card-id="app-orbit"]').boundingBox())!;
      const b = (await p.getByRole('region', { name: 'Interviewing' }).boundingBox())!;
      await p.mouse.move(a.x + 100, a.y + 20);
      await p.mouse.down();
      await p.mouse.move(a.x + 120, a.y + 30, { steps: 4 });
      await p.mouse.move(b.x + 140, b.y + 150, { steps: 12 });
    },
  },
  shortcuts: { query: '?now=2026-11-22T12:00:00Z', step: async (p) => p.keyboard.press('?') },
  data: { query: '?now=2026-11-22T12:00:00Z', step: async (p) => p.getByRole('button', { name: 'Import, export and backups' }).click() },
  emptyboard: {
    query: '?empty',
    step: async (p) => {
      await p.getByRole('button', { name: 'Start with an empty board' }).click();
    },
  },
  offer: {
    query: '?now=2026-11-22T12:00:00Z',
    step: async (p) => {
      await p.getByRole('button', { name: 'Board', exact: true }).click();
      await p.locator('[data-card-id="app-meridian"]').click();
      await p.getByRole('button', { name: 'Accept this offer' }).click();
    },
  },
  board: { query: '?now=2026-11-22T12:00:00Z', step: async (p) => p.getByRole('button', { name: 'Board', exact: true }).click() },
  today: { query: '?now=2026-11-22T12:00:00Z' },
  panel: {
    query: '?now=2026-11-22T12:00:00Z',
    step: async (p) => {
      await p.getByRole('button', { name: 'Board', exact: true }).click();
      await p.locator('[data-card-id="app-northwind"]').click();
    },
  },
  settings: { query: '?now=2026-11-22T12:00:00Z', step: async (p) => p.getByRole('button', { name: 'Settings' }).click() },
  firstrun: { query: '?empty' },
  quickadd: { query: '?now=2026-11-22T12:00:00Z', step: async (p) => { await p.getByRole('button', { name: 'Board', exact: true }).click(); await p.keyboard.press('n'); } },
};
const only = process.argv.slice(3);
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
  for (const [name, s] of Object.entries(screens)) {
    if (only.length && !only.includes(name)) continue;
    await page.setViewportSize({ width: 1440, height: s.height ?? 900 });
    await page.goto(`http://127.0.0.1:${port}/${s.query ?? ''}`);
    await page.waitForTimeout(300);
    await s.step?.(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/${name}-${scheme}.png` });
  }
  await page.close();
}
await browser.close();
server.close();
console.log(`screenshots in ${out}`);
