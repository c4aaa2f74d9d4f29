// The recipient's time zone for the send-time check: the card's own timeZone field, else a
// city named in its location. A short table of common hiring cities, not a gazetteer: an
// unknown place falls back to the user's own zone, and the user can set the field.
const CITY_ZONES: readonly [RegExp, string][] = [
  [/\blondon\b|\bmanchester\b|\bedinburgh\b|\buk\b|united kingdom/i, 'Europe/London'],
  [/\bdublin\b|\bireland\b/i, 'Europe/Dublin'],
  [/\blisbon\b|\bportugal\b/i, 'Europe/Lisbon'],
  [/\bparis\b|\blyon\b|\bfrance\b/i, 'Europe/Paris'],
  [/\bberlin\b|\bmunich\b|\bhamburg\b|\bgermany\b/i, 'Europe/Berlin'],
  [/\bamsterdam\b|\bnetherlands\b/i, 'Europe/Amsterdam'],
  [/\bmadrid\b|\bbarcelona\b|\bspain\b/i, 'Europe/Madrid'],
  [/\bstockholm\b|\bsweden\b/i, 'Europe/Stockholm'],
  [/\bzurich\b|\bzürich\b|\bgeneva\b|\bswitzerland\b/i, 'Europe/Zurich'],
  [/\bwarsaw\b|\bpoland\b/i, 'Europe/Warsaw'],
  [/\bnew york\b|\bnyc\b|\bboston\b|\btoronto\b|\batlanta\b|\bmiami\b|\bwashington,? d\.?c\b/i, 'America/New_York'],
  [/\bchicago\b|\baustin\b|\bdallas\b|\bhouston\b/i, 'America/Chicago'],
  [/\bdenver\b/i, 'America/Denver'],
  [/\bsan francisco\b|\bsf\b|\bbay area\b|\bseattle\b|\blos angeles\b|\bportland\b|\bvancouver\b/i, 'America/Los_Angeles'],
  [/\bbangalore\b|\bbengaluru\b|\bmumbai\b|\bdelhi\b|\bindia\b/i, 'Asia/Kolkata'],
  [/\bsingapore\b/i, 'Asia/Singapore'],
  [/\btokyo\b|\bjapan\b/i, 'Asia/Tokyo'],
  [/\bsydney\b|\bmelbourne\b/i, 'Australia/Sydney'],
];

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The IANA zone the recipient is in, or null when neither the field nor the location says. */
export function recipientTimeZone(app: { timeZone?: string | undefined; location: string }): string | null {
  const own = app.timeZone?.trim();
  if (own && isTimeZone(own)) return own;
  return CITY_ZONES.find(([pattern]) => pattern.test(app.location))?.[1] ?? null;
}
