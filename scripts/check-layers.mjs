// `node scripts/check-layers.mjs`: fails when an import breaks the one-way rule of
// docs/architecture.md, touches raw IPC outside its wrapper, or closes an import cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findImportCycles, findLayerViolations } from './layers.mjs';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.(ts|tsx|mts)$/.test(name) ? [full] : [];
  });
}

const files = ['shared', 'renderer', 'node', 'electron']
  .flatMap(walk)
  .map((p) => ({ path: p.split(path.sep).join('/'), text: readFileSync(p, 'utf8') }));
const problems = [...findLayerViolations(files), ...findImportCycles(files)];
if (problems.length) {
  console.error(`Layer check failed (see "Layers" in docs/architecture.md):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Layer check passed: ${files.length} files, no import crosses a layer the wrong way, no import cycle.`);
