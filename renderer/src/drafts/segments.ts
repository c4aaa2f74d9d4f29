// Splits a text into runs by the marks that cover them, so a backdrop behind a textarea can
// paint unfilled placeholders and the words a check is about, character for character.
export interface Mark {
  start: number;
  end: number;
  className: string;
}

export interface Segment {
  text: string;
  classes: string[];
}

export function segment(text: string, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => m.end > m.start && m.start < text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(Math.max(0, m.start));
    cuts.add(Math.min(text.length, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    const classes = [...new Set(valid.filter((m) => m.start <= from && m.end >= to).map((m) => m.className))];
    const last = out[out.length - 1];
    if (last && last.classes.join(' ') === classes.join(' ')) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), classes });
  }
  return out;
}
