// Sentences as a reader counts them (P3's short note is at most 3). Intl.Segmenter follows
// the Unicode sentence rules, which already keep "e.g. the" together; an abbreviation before
// a capital ("e.g. Figma") still ends a segment there, so those are joined back.
import type { TextRange } from './check-types.ts';

const ABBREVIATION = /\b(e\.g|i\.e|etc|vs|approx|incl|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|No)\.\s*$/i;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function sentencesOf(text: string): TextRange[] {
  const sentences: TextRange[] = [];
  let joinNext = false;
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    const range = { start: index + lead, end: index + lead + trimmed.length };
    const previous = sentences.at(-1);
    if (joinNext && previous) previous.end = range.end;
    else sentences.push(range);
    joinNext = ABBREVIATION.test(trimmed);
  }
  return sentences;
}
