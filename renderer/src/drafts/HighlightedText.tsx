// A plain-text editor (a real textarea: native editing, undo, spellcheck) over a backdrop
// that draws the same text with marks. The textarea's own text is transparent and the
// backdrop shows it, so an unfilled placeholder can look like an empty form field and the
// words a check points at can light up, without leaving plain text.
import { useLayoutEffect, useRef } from 'react';
import { segment, type Mark } from './segments.ts';

interface Props {
  id?: string;
  label: string;
  value: string;
  onChange(value: string): void;
  marks: readonly Mark[];
  multiline: boolean;
  describedBy?: string;
}

export function HighlightedText({ id, label, value, onChange, marks, multiline, describedBy }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  // Grow with the text: the panel scrolls, the editor never has a scrollbar of its own.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [value]);

  return (
    <div className={`hl-text${multiline ? ' hl-text--body' : ' hl-text--subject'}`}>
      <div className="hl-text__backdrop" aria-hidden="true">
        {segment(value, marks).map((s, i) =>
          s.classes.length ? (
            <mark key={i} className={s.classes.join(' ')}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
        {/* A trailing newline needs a character after it to take up its line. */}
        {'\u200b'}
      </div>
      <textarea
        ref={ref}
        id={id}
        className="hl-text__input"
        aria-label={label}
        aria-describedby={describedBy}
        value={value}
        rows={1}
        spellCheck
        onChange={(e) => onChange(multiline ? e.target.value : e.target.value.replace(/\r?\n/g, ' '))}
        onKeyDown={(e) => {
          if (!multiline && e.key === 'Enter') e.preventDefault();
        }}
      />
    </div>
  );
}
