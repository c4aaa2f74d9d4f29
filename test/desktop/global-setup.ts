// Builds the whole app (dist/electron and dist/renderer) before the Electron suite, but only
// where the suite can run: elsewhere every test is skipped and there is nothing to launch.
import { spawnSync } from 'node:child_process';
import { ROOT, whyNotRunnable } from './electron-binary.ts';

export default function globalSetup(): void {
  const reason = whyNotRunnable();
  if (reason) {
    console.log(`Electron suite skipped: ${reason}`);
    return;
  }
  if (process.env.AFTERVIEW_SKIP_BUILD === '1') return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The app did not build; see the output above.');
}
