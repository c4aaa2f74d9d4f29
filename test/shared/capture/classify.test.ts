// The message classifier: a dozen ways employers say no, replies that mention other
// candidates and are not a no, offers, invitations and requests, each with its reason.
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../shared/capture/classify.ts';

const REJECTIONS = [
  'Unfortunately, we have decided to move forward with other candidates whose experience more closely matches the role.',
  'We regret to inform you that your application was not successful this time.',
  'After careful consideration we will not be moving forward with your application.',
  'Thank you for your time. Unfortunately you have not been selected for the next stage.',
  'The position has been filled. We wish you the best in your search.',
  'We have decided not to proceed with your candidacy.',
  'Your application is no longer under consideration.',
  'We have chosen another candidate for this role.',
  'Sadly we are unable to offer you the position at this time.',
  'We have decided to pursue other candidates at this time.',
  'Unfortunately, on this occasion your application has been unsuccessful.',
  'Unfortunately we had many strong applicants and other candidates were a closer match. We will keep your details on file.',
  'We won’t be progressing your application further.',
];

const NOT_REJECTIONS = [
  'Unfortunately we are still interviewing other candidates, so we will get back to you by the end of next week.',
  'We are meeting a few more candidates this week and will let you know by Friday.',
  'Thanks for your patience! We still have other candidates in the final round; expect an update early next month.',
];

describe('classifyMessage', () => {
  it.each(REJECTIONS)('reads a rejection: %s', (text) => {
    const verdict = classifyMessage('Your application', text);
    expect(verdict.kind).toBe('rejection');
    expect(verdict.because).toMatch(/read(s)? as a rejection$/);
  });

  it.each(NOT_REJECTIONS)('keeps a reply that mentions other candidates open: %s', (text) => {
    expect(classifyMessage('Update', text).kind).toBe('reply');
  });

  it("says what it found: 'unfortunately' and 'other candidates' read as a rejection", () => {
    const verdict = classifyMessage('Re: Designer', 'Unfortunately, other candidates were a closer match for this role.');
    expect(verdict.because).toBe("'unfortunately', 'other candidates' and 'closer match' read as a rejection");
  });

  it('reads an offer before anything else, even with the words of a rejection nearby', () => {
    expect(classifyMessage('Offer', 'We are delighted to offer you the role. Unfortunately the start date moved.').kind).toBe('offer');
  });

  it('reads an invitation to a next round and a calendar invite as an interview', () => {
    expect(classifyMessage('Next steps', 'We would like to invite you to a final round with the team.').kind).toBe('interview');
    expect(classifyMessage('Hello', 'See the attached.', true).kind).toBe('interview');
  });

  it('reads a request for references as a request', () => {
    const verdict = classifyMessage('References', 'Could you send us two references by Monday?');
    expect(verdict).toMatchObject({ kind: 'request', clues: ['could you send', 'references'] });
  });

  it('reads anything else as a reply, and says so', () => {
    expect(classifyMessage('Thanks', 'Thanks for your note, we received it.').because).toMatch(/reads as a reply$/);
  });
});
