// Builds the harness into a folder (default /tmp/afterview-harness) for screenshots.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const sample = fileURLToPath(new URL('../../../shared/sample/index.ts', import.meta.url));
const outDir = process.argv[2] ?? '/tmp/afterview-harness';

await build({
  root,
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  resolve: existsSync(sample) ? {} : { alias: [{ find: /.*\/shared\/sample\/index\.ts$/, replacement: fileURLToPath(new URL('./sample-stub.ts', import.meta.url)) }] },
  build: { outDir, emptyOutDir: true, target: 'chrome120', modulePreload: { polyfill: false } },
});
console.log(`harness built into ${outDir}`);
