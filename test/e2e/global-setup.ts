// Builds the renderer once before the end-to-end tests, unless the caller already did.
import { spawnSync } from 'node:child_process';

export default function globalSetup(): void {
  if (process.env.AFTERVIEW_SKIP_BUILD === '1') return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs', 'renderer'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The renderer did not build; see the output above.');
}
