// `npm run bench`: runs every benchmark under test/bench/ and prints its figures. The
// speed and memory targets live here, not in timed tests that could flake.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const only = process.argv[2];
const files = readdirSync('test/bench')
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f))
  .filter((f) => !only || f.includes(only))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', path.join('test/bench', file)], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
if (failed) {
  console.error(`\n${failed} benchmark(s) failed to run.`);
  process.exit(1);
}
