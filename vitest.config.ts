// Unit, property, service and component tests. End-to-end tests run in Playwright
// (playwright.config.ts), not here.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const electronMock = fileURLToPath(new URL('./test/mocks/electron.ts', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'test/shared/**/*.test.ts',
            'test/electron/**/*.test.ts',
            'test/node/**/*.test.ts',
            'test/scripts/**/*.test.ts',
            'test/docs/**/*.test.ts',
            'test/build/**/*.test.ts',
          ],
          environment: 'node',
          alias: { electron: electronMock },
          // electron-store imports 'electron' itself; inlining it lets the alias reach it.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.ts', 'test/renderer/**/*.test.tsx'],
          environment: 'jsdom',
        },
      },
    ],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
