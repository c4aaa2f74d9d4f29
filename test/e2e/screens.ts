// The app's screens and how a user reaches each, shared by the accessibility checks and
// `npm run screenshots`, so both look at exactly the same states.
import type { Page } from '@playwright/test';

export interface Screen {
  name: string;
  /** Whether the screen needs the sample applications (the first-run screen needs none). */
  seeded: boolean;
  open(page: Page): Promise<void>;
}

async function board(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await page.getByRole('region', { name: 'Applied' }).waitFor();
}

export const SCREENS: Screen[] = [
  {
    name: 'first-run',
    seeded: false,
    open: async (page) => {
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    },
  },
  { name: 'board', seeded: true, open: board },
  {
    name: 'card-panel',
    seeded: true,
    open: async (page) => {
      await board(page);
      await page.getByRole('region', { name: 'Interviewing' }).getByRole('button').first().click();
      await page.getByRole('dialog').or(page.getByRole('complementary')).first().waitFor();
      await page.waitForTimeout(300);
    },
  },
  {
    name: 'today',
    seeded: true,
    open: async (page) => {
      await page.getByRole('button', { name: /^Today/ }).click();
      await page.getByRole('heading', { name: /Today/ }).first().waitFor();
    },
  },
  {
    name: 'settings',
    seeded: true,
    open: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page
        .getByRole('heading', { name: /Settings/ })
        .first()
        .waitFor();
    },
  },
];
