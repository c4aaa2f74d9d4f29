// Sentence counting for the short thank-you (P3: at most 3 sentences), with Intl.Segmenter.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/checks/index.ts';
import { sentencesOf } from '../../../shared/checks/sentences.ts';
import { Board, policy } from '../support/build.ts';

const app = () => new Board().add('a', 'Acme', '2022-01-03 09:00', { contacts: [{ id: 'c1', name: 'Dana Whitfield' }] }).app('a');

describe('P3 check too-long: sentences', () => {
  it('P3 check too-long: a 3-sentence note with "e.g." is 3 sentences, not 4', () => {
    const body =
      'Hi Dana, thank you for the Product Designer interview at Acme. I enjoyed the talk about tools, e.g. Figma and the design system. I hope to hear more soon.';
    expect(sentencesOf(body)).toHaveLength(3);
    expect(
      checkDraft(
        { contactId: 'c1', to: [], subject: '', body, placeholders: [] },
        { kind: 'thank_you_short', app: app(), policy: policy() },
      ),
    ).toEqual([]);
  });

  it('P3 check too-long: "i.e." mid-sentence and a fourth real sentence', () => {
    const body =
      'Hi Dana, thanks for the Product Designer talk at Acme, i.e. the second round. It was great. I learned a lot. See you soon.';
    const ranges = sentencesOf(body);
    expect(ranges).toHaveLength(4);
    expect(body.slice(ranges[3]!.start, ranges[3]!.end)).toBe('See you soon.');
  });
});
