// Builds the harness into a folder (default /tmp/afterview-harness) for screenshots.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = process.argv[2] ?? '/tmp/afterview-harness';

await build({
  root,
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir, emptyOutDir: true, target: 'chrome120', modulePreload: { polyfill: false } },
});
console.log(`harness built into ${outDir}`);
