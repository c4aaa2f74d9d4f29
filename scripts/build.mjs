// Builds everything the app runs from: the renderer (Vite) into dist/renderer, and the
// Electron main process and preload (esbuild) into dist/electron. Usage:
//   node scripts/build.mjs            everything
//   node scripts/build.mjs renderer   the renderer only (all the web host needs)
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';

const only = process.argv[2];

async function buildRenderer() {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}

async function buildElectron() {
  const common = { bundle: true, platform: 'node', target: 'node22', external: ['electron'], logLevel: 'warning', legalComments: 'none' };
  await esbuild({
    ...common,
    entryPoints: ['electron/main/entry.ts'],
    outfile: 'dist/electron/main.mjs',
    format: 'esm',
    // Some bundled dependencies are CommonJS and call require(); give them one.
    banner: { js: "import { createRequire as __afterviewRequire } from 'node:module'; const require = __afterviewRequire(import.meta.url);" },
  });
  // A sandboxed preload must be a single CommonJS file that requires only 'electron'.
  await esbuild({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' });
}

const started = Date.now();
if (only !== 'electron') await buildRenderer();
if (only !== 'renderer') await buildElectron();
console.log(`Built ${only ?? 'the app'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
