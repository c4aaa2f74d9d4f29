// Pins the process time zone for a test file. Node re-reads TZ when it changes, and vitest's
// "forks" pool runs each test file in its own process, so this does not leak between files.
// Each caller also asserts the offset it expects, so a runner that shared processes would fail
// loudly instead of passing by accident.
export function useTimeZone(zone: string): void {
  process.env.TZ = zone;
}
