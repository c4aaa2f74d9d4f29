// Whether the real Electron binary is on this machine, found without loading the electron
// package: since Electron 42, require('electron') starts a download when the binary is
// missing, and this machine (or a CI runner without GitHub access) cannot download it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

export function findElectronBinary(env: Record<string, string | undefined> = process.env, root = ROOT): ElectronBinary {
  const packageDir = path.join(root, 'node_modules', 'electron');
  if (!existsSync(path.join(packageDir, 'package.json')))
    return { ok: false, reason: 'Electron binary not installed: the electron package is missing (run npm ci).' };
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  // The same override the electron package itself honours.
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative ?? 'electron') : relative ? path.join(packageDir, 'dist', relative) : null;
  if (!binary)
    return {
      ok: false,
      reason: `Electron binary not installed: ${pathFile} is missing (npm ci skips install scripts; run "npx install-electron --no" where GitHub downloads work).`,
    };
  if (!existsSync(binary))
    return {
      ok: false,
      reason: `Electron binary not installed: ${binary} is missing (run "npx install-electron --no" where GitHub downloads work).`,
    };
  return { ok: true, path: binary };
}

/** Why the suite cannot run here, or null when it can. */
export function whyNotRunnable(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  root = ROOT,
): string | null {
  const binary = findElectronBinary(env, root);
  if (!binary.ok) return binary.reason;
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY)
    return 'No display to open the Electron window on: run the suite under xvfb-run (xvfb-run npx playwright test --config test/desktop/playwright.config.ts).';
  return null;
}
