// The fault run of issue 11 at full size: the web host is killed with SIGKILL a hundred
// times during bursts of commands sent over HTTP, and started again each time. Printed:
// rounds, changes answered ok, how many of those are missing after the restarts (must be
// 0), and data files that did not validate (must be 0). The test suite runs ten of these
// (test/node/services/storage/crash.test.ts). Exits non-zero if anything was lost.
import { performance } from 'node:perf_hooks';
import { runWebHostFaults } from '../node/services/storage/web-host-faults.ts';

const rounds = Number(process.env.AFTERVIEW_CRASH_ROUNDS ?? 100);
const start = performance.now();
const run = await runWebHostFaults(rounds, { maxDelayMs: 600 });
console.log(`storage.crash.rounds: ${run.rounds} SIGKILLs`);
console.log(`storage.crash.answeredOk: ${run.answeredOk} changes`);
console.log(`storage.crash.missing: ${run.missing.length} changes (target 0)`);
console.log(`storage.crash.invalidFiles: ${run.invalidFiles} (target 0)`);
console.log(`storage.crash.notices: ${run.notices.length}`);
console.log(`storage.crash.time: ${((performance.now() - start) / 1000).toFixed(0)} s`);
if (run.missing.length > 0 || run.invalidFiles > 0) process.exit(1);
