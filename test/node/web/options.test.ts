// The web host's command line, and its test-only pinned clock (issue 9).
import { describe, expect, it } from 'vitest';
import { parseWebHostArgs, TEST_MODE_ENV } from '../../../node/web/options.ts';

describe('web host options', () => {
  it('reads the port, data folder and no-open flag', () => {
    const parsed = parseWebHostArgs(['--port', '0', '--data-dir', '/tmp/av', '--no-open']);
    expect(parsed).toEqual({ ok: true, options: { port: 0, dataDir: '/tmp/av', open: false, testClockStart: null } });
  });

  it('refuses --test-clock outside the test fixtures, with a sentence', () => {
    const parsed = parseWebHostArgs(['--test-clock', '2026-12-01T10:00:00Z'], {});
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/only for Afterview's own tests/);
  });

  it('takes --test-clock from the test fixtures: Tuesday 1 December 2026, 10:00 UTC', () => {
    const parsed = parseWebHostArgs(['--test-clock', '2026-12-01T10:00:00Z'], { [TEST_MODE_ENV]: '1' });
    expect(parsed.ok && parsed.options.testClockStart?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    const bad = parseWebHostArgs(['--test-clock', 'next tuesday'], { [TEST_MODE_ENV]: '1' });
    expect(!bad.ok && bad.message).toMatch(/must be a date and time/);
  });

  it('says what is wrong with a bad port', () => {
    const parsed = parseWebHostArgs(['--port', 'eighty']);
    expect(!parsed.ok && parsed.message).toBe('--port must be a number from 0 to 65535, not "eighty".');
  });
});
