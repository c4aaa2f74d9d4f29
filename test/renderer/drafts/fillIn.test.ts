// fillIn carries the card's new details into a draft the user has edited, without
// overwriting their words (issue 10).
import { describe, expect, it } from 'vitest';
import { fillIn } from '../../../renderer/src/drafts/fillIn.ts';

describe('fillIn', () => {
  const base = 'Hi Dana,\n\nThank you for talking about [the specific topic]. My [your matching skills] fit the role.';
  const fresh = 'Hi Dana,\n\nThank you for talking about their design system. My research skills fit the role.';

  it('fills each gap where the user left it, keeping every word they wrote', () => {
    const edited =
      'Hi Dana,\n\nIt was a real pleasure to meet you on Tuesday. Thank you for talking about [the specific topic]. My [your matching skills] fit the role.';
    expect(fillIn(edited, base, fresh)).toEqual({
      text: 'Hi Dana,\n\nIt was a real pleasure to meet you on Tuesday. Thank you for talking about their design system. My research skills fit the role.',
      filled: 2,
      left: 0,
    });
  });

  it('leaves a change alone where the user already rewrote those words, and counts it', () => {
    const edited = 'Hi Dana,\n\nThanks for the chat about onboarding. My [your matching skills] fit the role.';
    const result = fillIn(edited, base, fresh);
    expect(result.text).toBe('Hi Dana,\n\nThanks for the chat about onboarding. My research skills fit the role.');
    expect(result).toMatchObject({ filled: 1, left: 1 });
  });

  it('changes nothing when the draft did not change', () => {
    expect(fillIn('my words', base, base)).toEqual({ text: 'my words', filled: 0, left: 0 });
  });
});
