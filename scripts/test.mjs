// `npm test`: every check the project has, in one run, ending with one line
// "N passed, N failed" over all of them. Exits non-zero when anything failed.
//   typecheck, lint, format, layer check
//                                 - one check each
//   vitest, under TZ=UTC and again under TZ=America/New_York
//                                 - unit, property, service (electron mocked), component tests
//   playwright                    - end-to-end tests in real Chromium through the web host
//   playwright (test/desktop)     - the desktop app in real Electron; skipped, with the reason,
//                                   where Electron's binary is not installed (counted as skipped)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_INSTALL_HINT, findChromium } from './chromium.mjs';

const tmp = path.resolve('.tmp/test-results');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function step(title, cmd, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function check(title, cmd, args) {
  const { ok, seconds } = step(title, cmd, args);
  if (ok) totals.passed += 1;
  else totals.failed += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${title} (${seconds} s)`);
}

const bin = (name) => path.resolve('node_modules/.bin', name);

// One typecheck a runtime: each folder gets only the globals it really has (no DOM in the
// main process or node/, no Node in the renderer or shared/).
check('typecheck: tests and scripts (everything)', bin('tsc'), ['-p', 'tsconfig.json']);
check('typecheck: shared/ without DOM or Node types', bin('tsc'), ['-p', 'tsconfig.shared.json']);
check('typecheck: node/ with Node types, no DOM', bin('tsc'), ['-p', 'tsconfig.node.json']);
check('typecheck: electron/ main and preload, no DOM', bin('tsc'), ['-p', 'tsconfig.electron.json']);
check('typecheck: renderer with the DOM, no Node', bin('tsc'), ['-p', 'tsconfig.renderer.json']);
check('lint', bin('eslint'), ['.', '--max-warnings', '0']);
// One layout for every file, so a diff shows what changed and nothing else (npm run format).
check('format (prettier --check; npm run format fixes it)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
check('layer check', process.execPath, ['scripts/check-layers.mjs']);

/**
 * The failed tests of a vitest JSON report, a line each with the first line of the reason,
 * so the summary (often all a CI log keeps) says which test failed, not only how many.
 */
function failuresOf(report) {
  const failed = [];
  for (const suite of report.testResults) {
    const file = path.relative(process.cwd(), suite.name);
    if (suite.assertionResults.length === 0 && suite.status === 'failed') failed.push(`       ${file}: ${firstLine(suite.message)}`);
    for (const a of suite.assertionResults) {
      if (a.status === 'failed') failed.push(`       ${file} > ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    }
  }
  return failed.slice(0, 20);
}

const firstLine = (text) => (text ?? '').split('\n')[0].slice(0, 300);

// Vitest, once in each of two time zones: local-time arithmetic (snooze, notify hours,
// business days) can be right in UTC and wrong west of it, and only a second zone shows it.
for (const zone of ['UTC', 'America/New_York']) {
  const out = path.join(tmp, `vitest-${zone.replace('/', '-')}.json`);
  const title = `vitest (TZ=${zone})`;
  const { ok, seconds } = step(
    `${title}: unit, property, service and component tests`,
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    { TZ: zone },
  );
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    // A suite that fails to load has no tests to count; it must still fail the run.
    const brokenSuites = report.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
    totals.failed += brokenSuites;
    lines.push(
      `${ok ? 'ok  ' : 'FAIL'} ${title}: ${report.numPassedTests} passed, ${report.numFailedTests} failed${brokenSuites ? `, ${brokenSuites} files failed to load` : ''} (${seconds} s)`,
      ...failuresOf(report),
    );
  } else {
    totals.failed += 1;
    lines.push(`FAIL ${title} did not produce a report (${seconds} s)`);
  }
}

/** Every spec of a Playwright JSON report, however deep its describe blocks nest. */
function* specsOf(report) {
  const suites = [...(report.suites ?? [])];
  while (suites.length) {
    const suite = suites.shift();
    suites.push(...(suite.suites ?? []));
    yield* suite.specs ?? [];
  }
}

/** The first reason a skipped test gave (test.skip(condition, reason)), from a Playwright JSON report. */
function skipReasonOf(report) {
  for (const spec of specsOf(report)) {
    for (const t of spec.tests ?? []) {
      const skip = (t.annotations ?? []).find((a) => a.type === 'skip' && a.description);
      if (skip) return skip.description;
    }
  }
  return null;
}

/** The failed specs of a Playwright JSON report, a line each with the first line of the error. */
function playwrightFailuresOf(report) {
  const failed = [];
  for (const spec of specsOf(report)) {
    if (spec.ok) continue;
    const error = spec.tests?.flatMap((t) => t.results ?? []).find((r) => r.error)?.error;
    failed.push(`       ${spec.file}:${spec.line} > ${spec.title}: ${firstLine(error?.message)}`);
  }
  return failed.slice(0, 20);
}

/** Runs one Playwright config and adds its tests to the totals: skipped ones as skipped, never as passed. */
function playwright(title, args, env) {
  const out = path.join(tmp, `playwright-${title.replace(/\W+/g, '-')}.json`);
  const { ok, seconds } = step(`playwright: ${title}`, bin('playwright'), ['test', ...args], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  if (!existsSync(out)) {
    totals.failed += 1;
    lines.push(`FAIL playwright (${title}) did not produce a report (${seconds} s)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const { stats } = report;
  // "flaky" tests failed once and passed on the retry CI allows; they count as passed.
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
  const loadErrors = ok || stats.unexpected > 0 ? 0 : 1;
  totals.failed += loadErrors;
  const reason = stats.skipped ? skipReasonOf(report) : null;
  const skipped = stats.skipped ? `, ${stats.skipped} skipped${reason ? `: ${reason}` : ''}` : '';
  lines.push(
    `${ok ? 'ok  ' : 'FAIL'} playwright (${title}): ${stats.expected + stats.flaky} passed (${stats.flaky} after a retry), ${stats.unexpected} failed${skipped} (${seconds} s)`,
    ...playwrightFailuresOf(report),
  );
}

// Playwright: the web app in Chromium, then the desktop app in real Electron, which skips
// itself, with the reason, where the Electron binary (or a display) is missing.
{
  const chromium = findChromium();
  if (!chromium) {
    console.error(`\n${CHROMIUM_INSTALL_HINT}`);
    totals.failed += 1;
    lines.push('FAIL end-to-end tests: no Chromium found');
  } else {
    playwright('end-to-end tests in Chromium', [], { CHROMIUM_PATH: chromium });
  }
  playwright('the desktop app in Electron', ['--config', 'test/desktop/playwright.config.ts'], {});
}

console.log(`\n=== summary ===\n${lines.join('\n')}`);
if (totals.skipped) console.log(`${totals.skipped} skipped`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
