// `npm start`: build, then open the desktop app. When Electron's binary is not there and
// cannot be downloaded (offline, or a machine without access to its host), say so in one
// sentence and open the same app in the browser through the loopback web host instead.
// `--electron` insists on the desktop app; `--web` goes straight to the browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const mode = process.argv.includes('--electron') ? 'electron' : process.argv.includes('--web') ? 'web' : 'auto';
const passThrough = process.argv.slice(2).filter((a) => a !== '--electron' && a !== '--web');

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const file = path.join(dir, 'path.txt');
    if (!existsSync(file)) return null;
    const binary = path.join(dir, 'dist', readFileSync(file, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function fetchElectron() {
  // .npmrc turns install scripts off, so Electron's download runs here, once, on demand.
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    console.log('Fetching the Electron runtime (first start only)...');
    const result = spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 });
    return result.status === 0 ? electronBinary() : null;
  } catch {
    return null;
  }
}

function startWeb() {
  const child = spawn(process.execPath, ['scripts/web.mjs', ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (mode === 'web') {
  startWeb();
} else {
  run(process.execPath, ['scripts/build.mjs']);
  const binary = electronBinary() ?? fetchElectron();
  if (binary) {
    const child = spawn(binary, ['.', ...passThrough], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else if (mode === 'electron') {
    console.error(
      'The Electron runtime could not be downloaded, so the desktop app cannot start here; "npm run web" opens Afterview in your browser instead.',
    );
    process.exit(1);
  } else {
    console.log(
      'The Electron runtime could not be downloaded here, so Afterview is opening in your browser instead (same app, same data).',
    );
    startWeb();
  }
}
