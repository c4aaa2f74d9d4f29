// Fields that keep what the user types locally and commit once, on blur or Enter, so each
// edit is one command (and one undo step), not one per keystroke.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { fromLocalInput, toLocalInput } from '../format/due.ts';

interface CommitFieldProps {
  label: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url' | 'email' | 'date' | 'datetime-local' | 'number';
  placeholder?: string;
  hint?: ReactNode;
  /** A unit shown after the input ("hours after the interview"). */
  suffix?: string;
  /** Returns a sentence when the value cannot be saved; the field keeps it for fixing. */
  validate?: (value: string) => string | null;
  spellCheck?: boolean;
  className?: string;
  disabled?: boolean;
  min?: number;
  max?: number;
}

export function CommitField({
  label,
  value,
  onCommit,
  multiline,
  rows = 3,
  type = 'text',
  placeholder,
  hint,
  suffix,
  validate,
  spellCheck,
  className,
  disabled,
  min,
  max,
}: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const hintId = useId();
  const inputId = useId();
  const suffixId = useId();
  // A change from elsewhere (undo, another window) replaces what is shown.
  useEffect(() => {
    setDraft(value);
    setError(null);
  }, [value]);

  const commit = () => {
    if (draft === value) return;
    const problem = validate?.(draft) ?? null;
    setError(problem);
    if (!problem) onCommit(draft);
  };
  const describedBy = [suffix ? suffixId : null, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id: inputId,
    className: 'input',
    value: draft,
    placeholder,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onBlur: commit,
  };

  const input = (
    <input
      {...common}
      type={type}
      min={min}
      max={max}
      spellCheck={spellCheck ?? false}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
        if (e.key === 'Escape' && draft !== value) {
          e.stopPropagation();
          setDraft(value);
          setError(null);
        }
      }}
    />
  );

  // Only the label text names the field; the unit, hint and error describe it (aria-describedby),
  // so the accessible name stays short (issue 10: hint text inside <label> made long names).
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} spellCheck={spellCheck ?? true} onChange={(e) => setDraft(e.target.value)} />
      ) : suffix ? (
        <span className="field__control">
          {input}
          <span id={suffixId} className="field__suffix">
            {suffix}
          </span>
        </span>
      ) : (
        input
      )}
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="form__error">
          {error}
        </span>
      )}
    </div>
  );
}

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Adds https:// to a bare address ("acme.com/jobs/1"), as people paste them. */
export function normaliseLink(value: string): string {
  const v = value.trim();
  return v && !/^[a-z][a-z0-9+.-]*:/i.test(v) ? `https://${v}` : v;
}

export const validateLink = (value: string): string | null =>
  value.trim() === '' || isWebAddress(normaliseLink(value))
    ? null
    : 'This does not look like a web address; paste the full link or leave it empty.';

export const validateEmail = (value: string): string | null =>
  value.trim() === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : 'This does not look like an email address.';

/** A local date and time for an instant, saved as ISO when complete. */
export function DateTimeField({
  label,
  value,
  onCommit,
  className,
}: {
  label: string;
  value: string;
  onCommit(iso: string): void;
  className?: string;
}) {
  return (
    <CommitField
      label={label}
      type="datetime-local"
      className={className}
      value={toLocalInput(value)}
      validate={(v) => (fromLocalInput(v) ? null : 'Pick a day and a time.')}
      onCommit={(v) => {
        const iso = fromLocalInput(v);
        if (iso) onCommit(iso);
      }}
    />
  );
}
