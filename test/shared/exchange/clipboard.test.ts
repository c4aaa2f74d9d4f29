import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipboardPayload, mailtoUrl } from '../../../shared/exchange/clipboard.ts';

const draft = {
  subject: 'Thank you for Friday',
  body: 'Hi Dana,\n\nThank you for the conversation about <design systems> & on-call.\nIt was good to meet the team.\n\nBest,\nAda',
};

describe('clipboardPayload', () => {
  it('copies the subject alone', () => {
    expect(clipboardPayload(draft, 'subject')).toEqual({ text: 'Thank you for Friday', html: 'Thank you for Friday' });
  });

  it('copies the body as text and as escaped HTML paragraphs with line breaks', () => {
    const { text, html } = clipboardPayload(draft, 'body');
    expect(text).toBe(draft.body);
    expect(html).toBe(
      '<p>Hi Dana,</p><p>Thank you for the conversation about &lt;design systems&gt; &amp; on-call.<br>It was good to meet the team.</p><p>Best,<br>Ada</p>',
    );
  });

  it('puts the subject as a line above the body for "all"', () => {
    const { text, html } = clipboardPayload(draft, 'all');
    expect(text.split('\n').slice(0, 3)).toEqual(['Subject: Thank you for Friday', '', 'Hi Dana,']);
    expect(html.startsWith('<p>Subject: Thank you for Friday</p><p>Hi Dana,</p>')).toBe(true);
  });

  it('leaves out the subject line when a draft has none (a LinkedIn note)', () => {
    expect(clipboardPayload({ subject: '', body: 'Short note.' }, 'all')).toEqual({ text: 'Short note.', html: '<p>Short note.</p>' });
  });

  it('normalizes Windows line breaks', () => {
    expect(clipboardPayload({ subject: '', body: 'a\r\n\r\nb' }, 'body').html).toBe('<p>a</p><p>b</p>');
  });

  it('never lets markup through in the HTML (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (subject, body) => {
        const { html } = clipboardPayload({ subject, body }, 'all');
        const stripped = html.replace(/<\/?p>|<br>/g, '');
        expect(stripped).not.toMatch(/[<>"']/);
      }),
    );
  });
});

describe('mailtoUrl (RFC 6068)', () => {
  it('fills recipient, subject and body with CRLF line breaks and %20 spaces', () => {
    expect(mailtoUrl({ to: ['dana@example.com'], subject: 'Thank you & more', body: 'Hi Dana,\n\nThanks.' })).toBe(
      'mailto:dana@example.com?subject=Thank%20you%20%26%20more&body=Hi%20Dana%2C%0D%0A%0D%0AThanks.',
    );
  });

  it('joins several recipients with commas and encodes reserved characters in addresses', () => {
    expect(mailtoUrl({ to: ['a@x.com', 'b?c@y.com'], subject: '', body: '' })).toBe('mailto:a@x.com,b%3Fc@y.com');
  });

  it('works with no recipient and encodes non-ASCII as UTF-8', () => {
    expect(mailtoUrl({ to: [], subject: 'Café', body: '' })).toBe('mailto:?subject=Caf%C3%A9');
  });

  it('round-trips subject and body through a URL parser (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (subject, body) => {
        fc.pre(subject.trim() !== '' && !/[\r\n]/.test(subject) && body.trim() !== '' && !/\r/.test(body));
        const url = new URL(mailtoUrl({ to: 'a@b.c', subject, body }));
        const params = new URLSearchParams(url.search);
        expect(params.get('subject')).toBe(subject.trim());
        expect(params.get('body')).toBe(body.replace(/\n/g, '\r\n'));
      }),
    );
  });
});
