// `afterview capture`, in-process through main() with a fake terminal, on a data folder
// holding Northwind and Cobalt Kitchen. "Now" is Tuesday 1 December 2026, 10:00 in London.
import { useTimeZone } from '../../shared/support/tz.ts';
useTimeZone('Europe/London');

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../node/cli/main.ts';
import type { CliIo } from '../../../node/cli/io.ts';
import { acquireDataLock } from '../../../node/services/storage/lock.ts';
import { DocumentSchema } from '../../../shared/model/schema.ts';
import { Board } from '../../shared/support/build.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/capture/${name}`, import.meta.url));
let dir: string;
let dataDir: string;
let out: string;
let err: string;
const dataFile = () => path.join(dataDir, 'afterview.json');

function seed() {
  const doc = new Board()
    .add('nw', 'Northwind', '2026-11-02 09:00', {
      role: 'Product Designer',
      contacts: [{ id: 'c1', name: 'Dana Reyes', email: 'dana@northwind.io' }],
    })
    .add('ck', 'Cobalt Kitchen', '2026-11-03 09:00', { role: 'Data Analyst' })
    .round('nw', 'r1', '2026-11-20 14:00')
    .log('nw', 'thank_you_sent', '2026-11-20 18:00').doc;
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(dataFile(), JSON.stringify(doc));
}

async function cli(...args: string[]) {
  out = '';
  err = '';
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    now: () => new Date('2026-12-01T10:00:00Z'),
    env: {},
    cwd: dir,
  };
  return main(['capture', ...args, '--data-dir', dataDir], io);
}
const json = () => JSON.parse(out) as Record<string, unknown>;
const saved = () => DocumentSchema.parse(JSON.parse(fs.readFileSync(dataFile(), 'utf8')));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-capture-'));
  dataDir = path.join(dir, 'data');
  seed();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('afterview capture', () => {
  it('--json for a reply: decisionBy Friday 11 December 2026 and repliedAt the mail date, and changes nothing', async () => {
    const before = fs.readFileSync(dataFile(), 'utf8');
    expect(await cli(fixture('gmail-reply-multipart.eml'), '--json')).toBe(0);
    expect(json()).toMatchObject({
      kind: 'reply',
      application: { id: 'nw', company: 'Northwind', role: 'Product Designer' },
      confidence: 'high',
      decisionBy: '2026-12-11',
      repliedAt: '2026-12-01T09:05:00+00:00',
    });
    expect(fs.readFileSync(dataFile(), 'utf8')).toBe(before);
  });

  it('--json for an HTML-only rejection from an applicant-tracking system names the card and rejectedAt', async () => {
    expect(await cli(fixture('greenhouse-rejection-html-only.eml'), '--json')).toBe(0);
    expect(json()).toMatchObject({ kind: 'rejection', application: { id: 'ck' }, rejectedAt: '2026-11-30T16:45:12+00:00' });
    expect(String(json().summary)).toMatch(/^Log a rejection from Cobalt Kitchen \(Data Analyst\) on Monday 30 November: /);
  });

  it('--json for a mail with an Outlook invite: start Thursday 10 December 2026 14:00 with offset, interviewers', async () => {
    expect(await cli(fixture('outlook-invite-with-ics.eml'), '--json')).toBe(0);
    expect(json()).toMatchObject({
      kind: 'interview',
      application: { id: 'ck' },
      interview: {
        start: '2026-12-10T14:00:00+00:00',
        minutes: 60,
        interviewers: [
          { name: 'Mira Janssen', email: 'mira.janssen@cobaltkitchen.nl' },
          { name: 'Joost de Vries', email: 'joost.devries@cobaltkitchen.nl' },
        ],
      },
    });
  });

  it('--json for a posting page gives company, role, location, url and salary', async () => {
    expect(await cli(fixture('posting-graph.html'), '--json')).toBe(0);
    expect(json()).toMatchObject({
      kind: 'posting',
      application: null,
      company: 'Fjord Labs',
      role: 'Staff Engineer',
      location: 'Remote or Berlin, DE',
      url: 'https://fjordlabs.example/careers/staff-engineer',
      salary: 'EUR 95000-120000 per year',
    });
  });

  it('--apply for a posting page adds a card in Applied with its salary and closing date in the notes', async () => {
    expect(await cli(fixture('posting-graph.html'), '--apply')).toBe(0);
    expect(saved().applications.at(-1)).toMatchObject({
      company: 'Fjord Labs',
      role: 'Staff Engineer',
      stage: 'applied',
      url: 'https://fjordlabs.example/careers/staff-engineer',
      notes: 'Salary: EUR 95000-120000 per year. Applications close on 2027-01-15.',
    });
  });

  it('prints the sentence and what it found, without --json', async () => {
    expect(await cli(fixture('google-calendar.ics'))).toBe(0);
    expect(out).toBe(
      "Add the interview on Tuesday 8 December at 15:00 (45 minutes) with Dana Reyes, Sam Ortiz to Northwind (Product Designer).\nFound: the sender is a contact on the card; the sender's domain is Northwind's; it names Northwind; it names the role Product Designer.\n",
    );
  });

  it('--apply adds the round, then the update moves it and the cancel removes it (Google Calendar, same UID)', async () => {
    expect(await cli(fixture('google-calendar.ics'), '--apply')).toBe(0);
    expect(
      saved()
        .applications.find((a) => a.id === 'nw')!
        .rounds.map((r) => r.startsAt),
    ).toEqual(['2026-11-20T14:00:00.000Z', '2026-12-08T15:00:00.000Z']);
    expect(await cli(fixture('google-calendar-update.ics'), '--apply')).toBe(0);
    expect(
      saved()
        .applications.find((a) => a.id === 'nw')!
        .rounds.map((r) => r.startsAt),
    ).toEqual(['2026-11-20T14:00:00.000Z', '2026-12-09T19:00:00.000Z']);
    expect(await cli(fixture('google-calendar-cancel.ics'), '--apply')).toBe(0);
    expect(saved().applications.find((a) => a.id === 'nw')!.rounds).toHaveLength(1);
  });

  it('--apply logs the reply at the mail date and sets the promised date (P15)', async () => {
    expect(await cli(fixture('gmail-reply-multipart.eml'), '--apply')).toBe(0);
    const app = saved().applications.find((a) => a.id === 'nw')!;
    expect(app.decisionBy).toBe('2026-12-11');
    expect(app.events.at(-1)).toMatchObject({ kind: 'employer_replied', at: '2026-12-01T09:05:00.000Z' });
  });

  it('refuses --apply while the app holds the data (exit 3), changing nothing', async () => {
    const before = fs.readFileSync(dataFile(), 'utf8');
    const lock = acquireDataLock(dataDir, 'app', { pid: process.ppid });
    try {
      expect(await cli(fixture('gmail-reply-multipart.eml'), '--apply')).toBe(3);
    } finally {
      lock.release();
    }
    expect(err).toMatch(/^afterview capture: Afterview is open/);
    expect(fs.readFileSync(dataFile(), 'utf8')).toBe(before);
  });

  it('does not apply a low-confidence match unless the user names the application', async () => {
    const mail = path.join(dir, 'paste.txt');
    fs.writeFileSync(
      mail,
      'From: Talent <no-reply@greenhouse.io>\nSubject: Your Data Analyst application\n\nThanks, we received your application.',
    );
    expect(await cli(mail, '--apply')).toBe(1);
    expect(err).toBe(
      "afterview capture: not applied, because it may not be Cobalt Kitchen's; pass --application ck to confirm. Nothing was changed.\n",
    );
    expect(await cli(mail, '--apply', '--application', 'ck')).toBe(0);
    expect(
      saved()
        .applications.find((a) => a.id === 'ck')!
        .events.at(-1),
    ).toMatchObject({ kind: 'employer_replied', at: '2026-12-01T10:00:00.000Z' });
  });

  it('says in one sentence what was expected for files it cannot read (exit 1), and for wrong usage (exit 2)', async () => {
    expect(await cli(fixture('encrypted.eml'))).toBe(1);
    expect(err).toBe(
      'afterview capture: This mail is encrypted; save it decrypted from your mail client (or paste its text) and try again.\n',
    );
    expect(await cli(fixture('no-start.ics'))).toBe(1);
    expect(err).toBe('afterview capture: This invitation has no start time (DTSTART), so there is no interview to add.\n');
    expect(await cli(fixture('no-posting.html'))).toBe(1);
    expect(err).toMatch(/^afterview capture: This page has no job posting data/);
    expect(await cli(path.join(dir, 'missing.eml'))).toBe(1);
    expect(await cli('http://jobs.example/posting')).toBe(1);
    expect(err).toBe('afterview capture: Afterview only fetches https:// pages; save the page and drop the file instead.\n');
    expect(await cli()).toBe(2);
    expect(await cli(fixture('zoom.ics'), '--now', 'someday')).toBe(2);
  });
});
