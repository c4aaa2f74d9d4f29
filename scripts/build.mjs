// Builds everything the app runs from: the renderer (Vite) into dist/renderer, the
// Electron main process and preload (esbuild) into dist/electron, and the command line
// (esbuild) into dist/cli/afterview.mjs, which bin/afterview.mjs runs with plain Node.
// Usage:
//   node scripts/build.mjs            everything
//   node scripts/build.mjs renderer   the renderer only (all the web host needs)
//   node scripts/build.mjs electron   the main process and preload only
//   node scripts/build.mjs cli        the command line only
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function buildRenderer() {
  // Loaded only when the renderer is built, so the command line's options load without Vite.
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}

// Some bundled dependencies are CommonJS and call require(); an ES module bundle gives them one.
const esmRequire = {
  js: "import { createRequire as __afterviewRequire } from 'node:module'; const require = __afterviewRequire(import.meta.url);",
};

async function buildElectron() {
  const common = { bundle: true, platform: 'node', target: 'node22', external: ['electron'], logLevel: 'warning', legalComments: 'none' };
  await esbuild({
    ...common,
    entryPoints: ['electron/main/entry.ts'],
    outfile: 'dist/electron/main.mjs',
    format: 'esm',
    banner: esmRequire,
  });
  // A sandboxed preload must be a single CommonJS file that requires only 'electron'.
  await esbuild({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' });
}

/**
 * The command line as one file with its dependencies inside, for the Node.js the README asks
 * for (20.19), so `afterview` needs no dev dependency (tsx) and no node_modules. Only the
 * desktop storage engine stays out: electron-store loads Electron, and the command line
 * never asks for it (it is imported lazily, for the desktop backend only).
 * test/build/cli-bundle.test.ts builds with these same options.
 */
export function cliBuildOptions(outfile = path.join(root, 'dist/cli/afterview.mjs')) {
  return {
    stdin: {
      contents: "import { run } from './node/cli/main.ts';\nawait run();\n",
      resolveDir: root,
      sourcefile: 'afterview-cli.ts',
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20.19',
    format: 'esm',
    external: ['electron', 'electron-store'],
    banner: esmRequire,
    logLevel: 'warning',
    legalComments: 'none',
  };
}

async function buildCli() {
  await esbuild(cliBuildOptions());
}

async function buildAll(only) {
  const started = Date.now();
  if (!only || only === 'renderer') await buildRenderer();
  if (!only || only === 'electron') await buildElectron();
  if (!only || only === 'cli') await buildCli();
  console.log(`Built ${only ?? 'the app'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

// Run as a script (node scripts/build.mjs), not when a test imports cliBuildOptions.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildAll(process.argv[2]);
