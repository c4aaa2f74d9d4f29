// axe-core on every screen, in light and dark: no serious or critical violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect } from './fixtures.ts';
import { seedSamples } from './seed.ts';
import { SCREENS } from './screens.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// The app's CSP forbids injected scripts, as it should; the checker is let in for the test only.
test.use({ bypassCSP: true });

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

for (const scheme of ['light', 'dark'] as const) {
  for (const screen of SCREENS) {
    test(`${screen.name} (${scheme}) has no serious or critical accessibility violations`, async ({ host, page }) => {
      if (screen.seeded) await seedSamples(host);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(host.url);
      await screen.open(page);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations;
      }) as AxeViolation[];
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const report = serious.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      expect(report).toEqual([]);
    });
  }
}
