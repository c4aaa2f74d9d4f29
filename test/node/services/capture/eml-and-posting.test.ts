// Saved mails and posting pages, read the way the app and the command line read them.
import { useTimeZone } from '../../../shared/support/tz.ts';
useTimeZone('Europe/London');

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEmail, readPastedMail } from '../../../../node/services/capture/eml.ts';
import { readPostingHtml } from '../../../../node/services/capture/posting-html.ts';
import { withoutQuotedReply } from '../../../../node/services/capture/quoted-reply.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../../fixtures/capture/${name}`, import.meta.url)));
const now = new Date('2026-12-01T10:00:00Z');

describe('readEmail', () => {
  it("a multipart Gmail reply: its own words only, the quoted mail (with the user's 'unfortunately') gone", async () => {
    const mail = await readEmail(fixture('gmail-reply-multipart.eml'), now);
    expect(mail).toMatchObject({
      from: { name: 'Dana Reyes', email: 'dana@northwind.io' },
      sentAt: '2026-12-01T09:05:00.000Z',
      subject: 'Re: Thank you - Product Designer interview',
    });
    expect(mail.text).toContain('decision by the end of next week');
    expect(mail.text).not.toMatch(/unfortunately|wrote:/i);
  });

  it('an HTML-only applicant-tracking mail becomes text, dated Monday 30 November 2026 16:45 UTC', async () => {
    const mail = await readEmail(fixture('greenhouse-rejection-html-only.eml'), now);
    expect(mail.sentAt).toBe('2026-11-30T16:45:12.000Z');
    expect(mail.text.replace(/\s+/g, ' ')).toContain('move forward with other candidates');
    expect(mail.text).not.toContain('<p>');
  });

  it('finds the invitation attached to a mail, without the addressee', async () => {
    const mail = await readEmail(fixture('outlook-invite-with-ics.eml'), now);
    expect(mail.invite).toMatchObject({
      start: '2026-12-10T14:00:00.000Z',
      attendees: [{ name: 'Mira Janssen' }, { name: 'Joost de Vries' }],
    });
  });

  it("cuts Outlook's Original Message block", async () => {
    const mail = await readEmail(fixture('lever-request.eml'), now);
    expect(mail.text).toContain('two references');
    expect(mail.text).not.toContain('Unfortunately');
  });

  it('says what to do with an encrypted mail and with a file that is no mail', async () => {
    await expect(readEmail(fixture('encrypted.eml'), now)).rejects.toThrow(
      'This mail is encrypted; save it decrypted from your mail client (or paste its text) and try again.',
    );
    await expect(readEmail(fixture('not-a-mail.eml'), now)).rejects.toThrow(/^This is not a saved mail/);
  });
});

describe('pasted text', () => {
  it('uses the From, Date and Subject lines a paste carries', () => {
    expect(readPastedMail(fixture('pasted-reply.txt').toString('utf8'), now)).toMatchObject({
      from: { name: 'Dana Reyes', email: 'dana@northwind.io' },
      subject: 'Re: Product Designer',
      sentAt: '2026-12-01T09:05:00.000Z',
    });
  });

  it('strips a French and a German quote header too', () => {
    expect(withoutQuotedReply('Merci !\n\nLe mar. 1 déc. 2026 à 10:00, Alex a écrit :\n> old')).toBe('Merci !');
    expect(withoutQuotedReply('Danke!\n\nAm Di., 1. Dez. 2026 um 10:00 Uhr schrieb Alex <a@b.de>:\n> alt')).toBe('Danke!');
  });
});

describe('readPostingHtml', () => {
  it('reads a posting inside @graph past a broken JSON-LD block, with the canonical address', () => {
    expect(readPostingHtml(fixture('posting-graph.html').toString('utf8'))).toEqual({
      company: 'Fjord Labs',
      role: 'Staff Engineer',
      location: 'Remote or Berlin, DE',
      url: 'https://fjordlabs.example/careers/staff-engineer',
      salary: 'EUR 95000-120000 per year',
      validThrough: '2027-01-15',
    });
  });

  it('reads a posting from a top-level array with an organisation array', () => {
    expect(readPostingHtml(fixture('posting-array.html').toString('utf8'))).toMatchObject({
      company: 'Birch & Co',
      role: 'Marketing Manager',
      location: 'Leeds, West Yorkshire, GB',
      salary: 'GBP 52000 per year',
      url: 'https://birch.example/jobs/marketing-manager',
    });
  });

  it('says what it looked for on a page without a posting', () => {
    expect(() => readPostingHtml(fixture('no-posting.html').toString('utf8'))).toThrow(/^This page has no job posting data/);
  });
});
