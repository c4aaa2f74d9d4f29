// Chooses the period Insights counts: a preset, or two days typed in. A day that is not a day,
// or a period that ends before it starts, is said in one sentence under the fields.
import { useId } from 'react';
import { PERIOD_LABELS, type PeriodChoice } from './periodChoices.ts';

export interface PeriodValue {
  choice: PeriodChoice;
  from: string;
  to: string;
}

export function PeriodPicker({
  value,
  problem,
  onChange,
}: {
  value: PeriodValue;
  problem: string | null;
  onChange(next: PeriodValue): void;
}) {
  const hintId = useId();
  const problemId = useId();
  const describedBy = [hintId, problem ? problemId : null].filter(Boolean).join(' ');
  return (
    <fieldset className="insights-period">
      <legend className="sr-only">Period</legend>
      <label className="insights-period__field">
        <span className="field__label">Period</span>
        <select
          className="input"
          value={value.choice}
          aria-describedby={describedBy}
          onChange={(e) => onChange({ ...value, choice: e.target.value as PeriodChoice })}
        >
          {(Object.keys(PERIOD_LABELS) as PeriodChoice[]).map((c) => (
            <option key={c} value={c}>
              {PERIOD_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      {value.choice === 'custom' && (
        <>
          <label className="insights-period__field">
            <span className="field__label">From</span>
            <input
              className="input"
              type="date"
              value={value.from}
              aria-invalid={problem ? true : undefined}
              aria-describedby={describedBy}
              onChange={(e) => onChange({ ...value, from: e.target.value })}
            />
          </label>
          <label className="insights-period__field">
            <span className="field__label">To</span>
            <input
              className="input"
              type="date"
              value={value.to}
              aria-invalid={problem ? true : undefined}
              aria-describedby={describedBy}
              onChange={(e) => onChange({ ...value, to: e.target.value })}
            />
          </label>
        </>
      )}
      <p id={hintId} className="sr-only">
        Counts the applications sent in the period, and everything that happened to them since.
      </p>
      {problem && (
        <p id={problemId} className="form__error insights-period__problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
