// A job posting's schema.org JobPosting, from the JSON-LD blocks a page carries (already
// parsed), into the card it would add. Pages nest it in @graph, in arrays, or give @type as
// an array; all of those are looked through.
import type { Command } from '../board/commands.ts';
import { newId } from '../model/ids.ts';
import type { CaptureProposal, CapturedPosting } from './types.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

function isJobPosting(v: Json): boolean {
  const type = v['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
}

function* walk(value: unknown): Generator<Json> {
  if (Array.isArray(value)) for (const v of value) yield* walk(v);
  else if (isObject(value)) {
    yield value;
    if (value['@graph']) yield* walk(value['@graph']);
  }
}

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const nameOf = (v: unknown): string => (isObject(first(v)) ? text((first(v) as Json).name) : text(first(v)));

function placeOf(posting: Json): string {
  const places = (Array.isArray(posting.jobLocation) ? posting.jobLocation : [posting.jobLocation]).filter(isObject);
  const named = places
    .map((place) => {
      const address = isObject(place.address) ? place.address : null;
      if (!address) return text(place.name) || text(place.address);
      return [address.addressLocality, address.addressRegion, address.addressCountry]
        .map((p) => (isObject(p) ? text(p.name) : text(p)))
        .filter(Boolean)
        .join(', ');
    })
    .filter(Boolean);
  const remote = text(posting.jobLocationType).toUpperCase() === 'TELECOMMUTE';
  if (remote) return named.length > 0 ? `Remote or ${named.join('; ')}` : 'Remote';
  return named.join('; ');
}

function salaryOf(posting: Json): string {
  const salary = first(posting.baseSalary);
  if (!isObject(salary)) return text(salary);
  const currency = text(salary.currency);
  const value = isObject(salary.value) ? salary.value : { value: salary.value };
  const min = text(value.minValue);
  const max = text(value.maxValue);
  const one = text(value.value);
  const amount = min && max ? `${min}-${max}` : one || min || max;
  const unit = text(value.unitText).toLowerCase();
  return [currency, amount, unit ? `per ${unit}` : ''].filter(Boolean).join(' ');
}

/** The first JobPosting among the page's JSON-LD values, or null when there is none. */
export function jobPostingFrom(values: readonly unknown[], pageUrl = ''): CapturedPosting | null {
  for (const value of values) {
    for (const node of walk(value)) {
      if (!isJobPosting(node)) continue;
      const role = text(node.title);
      const company = nameOf(node.hiringOrganization);
      if (!role || !company) continue;
      const through = text(node.validThrough).slice(0, 10);
      return {
        company,
        role,
        location: placeOf(node),
        url: /^https?:\/\//.test(text(node.url)) ? text(node.url) : pageUrl,
        salary: salaryOf(node),
        validThrough: /^\d{4}-\d{2}-\d{2}$/.test(through) ? through : null,
      };
    }
  }
  return null;
}

export function proposeForPosting(posting: CapturedPosting, options: { now: Date; newId?: (prefix: string) => string }): CaptureProposal {
  const ids = options.newId ?? newId;
  const at = options.now.toISOString();
  const notes = [
    posting.salary ? `Salary: ${posting.salary}.` : '',
    posting.validThrough ? `Applications close on ${posting.validThrough}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const command: Command = {
    type: 'addApplication',
    id: ids('app'),
    at,
    eventId: ids('event'),
    fields: { company: posting.company, role: posting.role, location: posting.location.slice(0, 500), url: posting.url, notes },
    stage: 'applied',
    contacts: [],
  };
  const where = posting.location ? ` in ${posting.location}` : '';
  return {
    kind: 'posting',
    application: null,
    confidence: 'high',
    summary: `Add a card for ${posting.role} at ${posting.company}${where}, read from the page's job posting data.`,
    reasons: ["the page's schema.org JobPosting"],
    fields: { company: posting.company, role: posting.role, location: posting.location, url: posting.url, salary: posting.salary },
    commands: [command],
  };
}
