// `npm run screenshots`: every screen of the app in light and dark, as PNG files in
// docs/screenshots/, taken in headless Chromium through the web host with sample data.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { E2E_NOW, E2E_TIME_ZONE, withWebHost } from '../test/e2e/fixtures.ts';
import { seedSamples } from '../test/e2e/seed.ts';
import { SCREENS } from '../test/e2e/screens.ts';
// @ts-expect-error: a plain ES module script without type declarations
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } from './chromium.mjs';

const outDir = path.resolve('docs/screenshots');
const executablePath = findChromium() as string | null;
if (!executablePath) {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const screen of SCREENS) {
    await withWebHost(
      () => undefined,
      async (host) => {
        if (screen.seeded) await seedSamples(host);
        for (const scheme of ['light', 'dark'] as const) {
          const page = await browser.newPage({
            viewport: { width: 1440, height: 900 },
            colorScheme: scheme,
            reducedMotion: 'reduce',
            timezoneId: E2E_TIME_ZONE,
          });
          // The same pinned Tuesday 10:00 as the host, so every run shows the same due times.
          await page.clock.install({ time: new Date(E2E_NOW) });
          await page.goto(host.url);
          await screen.open(page);
          const file = path.join(outDir, `${screen.name}-${scheme}.png`);
          await page.screenshot({ path: file });
          console.log(`wrote ${path.relative(process.cwd(), file)}`);
          await page.close();
        }
      },
      { now: E2E_NOW },
    );
  }
} finally {
  await browser.close();
}
