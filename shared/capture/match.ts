// Which application a message belongs to, from the sender and the words, with a score the
// user can trust or not: a clear single winner is "high", anything else asks the user.
import type { Application } from '../model/types.ts';
import type { Confidence, MatchedApplication, Person } from './types.ts';

// Mail from an applicant-tracking system names the system, not the employer, in its domain.
const SHARED_SENDERS =
  /(?:greenhouse|lever|workday|myworkdayjobs|ashbyhq|smartrecruiters|icims|jobvite|teamtailor|workable|bamboohr|recruitee|personio|gmail|outlook|hotmail|yahoo|icloud|google|calendar|zoom|microsoft)\./i;
const COMPANY_SUFFIX = /\b(?:inc|ltd|llc|gmbh|plc|co|corp|corporation|limited|group|sa|ag|bv)\b\.?/gi;

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(COMPANY_SUFFIX, '')
    .replace(/[^a-z0-9]/g, '');

export interface MatchInput {
  from: Person;
  subject: string;
  text: string;
  /** Other people on the message (an invite's attendees). */
  people?: Person[];
}

export interface MatchResult {
  application: MatchedApplication | null;
  confidence: Confidence;
  /** What tied it to the application, in words. */
  reasons: string[];
}

function domainLabels(email: string): string[] {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  if (!domain || SHARED_SENDERS.test(`${domain}.`)) return [];
  return domain
    .split('.')
    .slice(0, -1)
    .map(squash)
    .filter((l) => l.length >= 3);
}

function score(app: Application, input: MatchInput): { points: number; reasons: string[] } {
  const reasons: string[] = [];
  let points = 0;
  const company = squash(app.company);
  const emails = [input.from, ...(input.people ?? [])].map((p) => p.email.toLowerCase()).filter(Boolean);
  if (app.contacts.some((c) => c.email && emails.includes(c.email.toLowerCase()))) {
    points += 5;
    reasons.push('the sender is a contact on the card');
  }
  if (company && emails.some((e) => domainLabels(e).some((l) => l === company || (l.length >= 4 && company.startsWith(l))))) {
    points += 4;
    reasons.push(`the sender's domain is ${app.company}'s`);
  }
  const words = squash(`${input.from.name} ${input.subject} ${input.text}`);
  if (company.length >= 2 && words.includes(company)) {
    points += 2;
    reasons.push(`it names ${app.company}`);
  }
  const role = squash(app.role);
  if (role.length >= 3 && squash(`${input.subject} ${input.text}`).includes(role)) {
    points += 2;
    reasons.push(`it names the role ${app.role}`);
  }
  return { points, reasons };
}

export function matchApplication(applications: readonly Application[], input: MatchInput): MatchResult {
  const ranked = applications
    .map((app) => ({ app, ...score(app, input) }))
    .filter((r) => r.points > 0)
    // An open card wins a tie against a closed one: old mail rarely arrives for a finished search.
    .sort((a, b) => b.points - a.points || Number(a.app.stage === 'closed') - Number(b.app.stage === 'closed'));
  const best = ranked[0];
  if (!best) return { application: null, confidence: 'low', reasons: ['no application matches the sender, the company or the role'] };
  const runnerUp = ranked[1];
  const clear = best.points >= 4 && (!runnerUp || best.points - runnerUp.points >= 2);
  const application = { id: best.app.id, company: best.app.company, role: best.app.role };
  return { application, confidence: clear ? 'high' : 'low', reasons: best.reasons };
}
