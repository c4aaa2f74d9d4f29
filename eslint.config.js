// Lint rules, including the one-way dependency rule of architecture.md: shared/ imports
// nothing from Node, the DOM's frameworks, Electron or React; renderer/ never imports
// electron/. scripts/check-layers.mjs checks the same rule by reading every import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'build/**', 'test-results/**', 'playwright-report/**', 'screenshots/**', '.tmp/**'] },
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
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
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
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeModules, 'electron'].map((name) => ({ name, message: 'The renderer is sandboxed: it reaches the system only through the API bridge.' })),
          patterns: [{ group: ['**/electron/**'], message: 'renderer/ must not import from electron/; share code through shared/.' }],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ must not import from renderer/.' }] }],
    },
  },
  {
    // Time is an input: the app's code learns "now" only from an injected Clock
    // (shared/time/clock.ts), so tests can pin any weekday and hour. The two real clocks
    // live in one file each.
    files: ['electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx', 'shared/**/*.ts'],
    ignores: ['electron/services/system-clock.ts', 'renderer/src/lib/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Read the time from the injected Clock, not Date.now() (shared/time/clock.ts).' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the time from the injected Clock, not new Date() (shared/time/clock.ts).' },
      ],
    },
  },
);
