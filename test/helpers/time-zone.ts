// Runs a piece of a test in another time zone. Node re-reads process.env.TZ when it is
// assigned, so local-time arithmetic inside `fn` follows the zone; the old one is put back.
export function inTimeZone<T>(zone: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/** The UTC offset of `zone` at `instant`, in minutes (east positive), as the platform sees it. */
export function offsetMinutes(zone: string, instant: Date): number {
  return inTimeZone(zone, () => -instant.getTimezoneOffset());
}
