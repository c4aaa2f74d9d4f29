// The shortcuts dialog's key column is as wide as its widest keys, no wider (issue 10).
import { test, expect } from '../fixtures.ts';
import { openBoard, seedBoard } from './helpers.ts';

test('the key column fits its widest keys', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const { column, widest } = await dialog.evaluate((root) => {
    const keys = [...root.querySelectorAll('dt')];
    const contentWidth = (dt: Element) => {
      const kids = [...dt.children].map((k) => k.getBoundingClientRect());
      return kids.length ? Math.max(...kids.map((r) => r.right)) - Math.min(...kids.map((r) => r.left)) : 0;
    };
    return { column: keys[0]!.getBoundingClientRect().width, widest: Math.max(...keys.map(contentWidth)) };
  });
  expect(column).toBeGreaterThanOrEqual(widest - 1);
  expect(column).toBeLessThanOrEqual(widest + 2);
});
