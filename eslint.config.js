// Lint rules, including the one-way dependency rule of architecture.md: shared/ imports
// nothing from Node, the DOM's frameworks, Electron or React; renderer/ never imports
// electron/ or node/; node/ never imports Electron. scripts/check-layers.mjs checks the
// same rules, raw IPC outside its wrapper and import cycles, by reading every import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// Time is an input: the app's code learns "now" only from an injected Clock
// (shared/time/clock.ts), so tests can pin any weekday and hour.
const clockRules = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Read the time from the injected Clock, not Date.now() (shared/time/clock.ts).',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Read the time from the injected Clock, not new Date() (shared/time/clock.ts).',
  },
];

const rendererImports = {
  paths: [...nodeModules, 'electron'].map((name) => ({
    name,
    message: 'The renderer is sandboxed: it reaches the system only through the API bridge.',
  })),
  patterns: [{ group: ['**/electron/**'], message: 'renderer/ must not import from electron/; share code through shared/.' }],
};

// Components reach the host through store actions (renderer/src/store/hostSlice.ts), each
// with the one error handling; the client and its transports belong to api/ and store/.
const HOST_THROUGH_STORE = 'Call a store action (renderer/src/store/hostSlice.ts) instead of the client: it reports a refusal the one way.';
const clientRules = [
  { selector: "MemberExpression[property.name='api']", message: HOST_THROUGH_STORE },
  { selector: 'MemberExpression[computed=true][object.name=/^(api|client)$/]', message: HOST_THROUGH_STORE },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'build/**',
      'test-results/**',
      'playwright-report/**',
      'screenshots/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', '*.config.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeModules, 'electron', 'react', 'react-dom', 'zustand', 'electron-store', 'conf'].map((name) => ({
            name,
            message: 'shared/ is pure: no Node, Electron, React or storage imports (architecture.md).',
          })),
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not import from electron/ or renderer/.' },
            { group: ['@dnd-kit/*', 'react-dom/*'], message: 'shared/ is pure: no UI libraries.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererImports],
    },
  },
  {
    // node/ runs in plain Node (the services, the web host, the CLI): never Electron.
    files: ['node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'node/ runs without Electron (web host, CLI); Electron code lives in electron/main/.' }],
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'node/ imports only node/ and shared/ (docs/architecture.md, "Layers").',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain'],
              message: 'Only electron/main/ipc.ts touches ipcMain, so every channel goes through the checked router.',
            },
          ],
          patterns: [
            { group: ['**/renderer/**', '**/preload/**'], message: 'electron/main/ imports only electron/main/, node/ and shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/node/**', '**/main/**'],
              message: 'A sandboxed preload requires only electron, and the contract from shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The clock rule everywhere; the two real clocks live in one file each. (Renderer
    // components get it with the client rules, in the last block.)
    files: ['electron/**/*.ts', 'node/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx', 'shared/**/*.ts'],
    ignores: ['node/services/system-clock.ts', 'renderer/src/lib/clock.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...clockRules],
    },
  },
  {
    // After the clock rule's block: a later block's no-restricted-syntax replaces an earlier one's.
    files: ['renderer/src/**/*.ts', 'renderer/src/**/*.tsx'],
    ignores: ['renderer/src/api/**', 'renderer/src/store/**', 'renderer/src/main.tsx', 'renderer/src/lib/clock.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...rendererImports,
          patterns: [
            ...rendererImports.patterns,
            { group: ['**/api/*', '!**/api/load-errors.ts'], message: `${HOST_THROUGH_STORE} Only main.tsx builds the client.` },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...clockRules, ...clientRules],
    },
  },
);
