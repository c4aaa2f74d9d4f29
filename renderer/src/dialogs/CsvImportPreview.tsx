// The check before a CSV import (issue 10): which of the file's columns become which field,
// the first rows as they will be read and, when the file has dates like 10/02/2026, whether
// they put the day or the month first. Nothing is imported until the user says so.
import { useId, useMemo, useState } from 'react';
import { format } from 'date-fns';
import { FIELD_LABELS, previewApplicationsCsv, type DateOrder } from '../../../shared/csv/index.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { ConfirmActions } from './ConfirmActions.tsx';
import './import-preview.css';

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/;

/** "10/02/2026" read both ways: "10 February" and "October 2". */
export function readingsOf(example: string): { dmy: string; mdy: string } {
  const m = SLASHED.exec(example);
  if (!m) return { dmy: 'day first', mdy: 'month first' };
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { dmy: format(new Date(year, b - 1, a), 'd MMMM'), mdy: format(new Date(year, a - 1, b), 'MMMM d') };
}

interface Props {
  fileName: string;
  content: string;
  onImport(dateOrder: DateOrder | undefined): void;
  onCancel(): void;
}

export function CsvImportPreview({ fileName, content, onImport, onCancel }: Props) {
  const detected = useMemo(() => previewApplicationsCsv(content), [content]);
  const dates = detected.ok ? detected.dates : { ambiguous: null, implied: null };
  const [order, setOrder] = useState<DateOrder | null>(dates.implied);
  const preview = useMemo(() => (order ? previewApplicationsCsv(content, { order }) : detected), [content, order, detected]);
  const datesHint = useId();
  const importHint = useId();

  if (!preview.ok) return null;
  const readings = dates.ambiguous ? readingsOf(dates.ambiguous) : null;
  const needsOrder = dates.ambiguous !== null && order === null;
  const ignored = preview.columns.filter((c) => c.field === null).map((c) => c.header);
  const count = preview.rowCount;

  const sentence = !dates.ambiguous
    ? null
    : dates.implied
      ? `Dates like ${dates.ambiguous} can be read two ways; the other dates in this file put the ${dates.implied === 'dmy' ? 'day' : 'month'} first, so that is chosen. Change it if that is wrong.`
      : `Dates like ${dates.ambiguous} can be read two ways and nothing in this file tells which; choose how your spreadsheet writes them.`;

  return (
    <Dialog
      title="Check the import"
      size="large"
      onClose={onCancel}
      description={
        <p>
          {fileName}: {count} {count === 1 ? 'row' : 'rows'}, read as below. Nothing is changed until you import; a backup is made first.
        </p>
      }
      footer={
        <ConfirmActions
          label={`Import ${count} ${count === 1 ? 'application' : 'applications'}`}
          onConfirm={() => onImport(order ?? undefined)}
          onCancel={onCancel}
          disabled={needsOrder}
          describedBy={needsOrder ? importHint : undefined}
        >
          {needsOrder && (
            <span id={importHint} className="muted import-preview__hint">
              Choose how the dates are written first.
            </span>
          )}
        </ConfirmActions>
      }
    >
      <div className="import-preview">
        {readings && (
          <fieldset className="import-preview__dates" aria-describedby={datesHint}>
            <legend className="data-dialog__title">How are the dates written?</legend>
            <p id={datesHint} className="import-preview__sentence">
              {sentence}
            </p>
            <div className="radios">
              <label className="checkbox">
                <input type="radio" name="date-order" value="dmy" checked={order === 'dmy'} onChange={() => setOrder('dmy')} />
                Day first ({readings.dmy})
              </label>
              <label className="checkbox">
                <input type="radio" name="date-order" value="mdy" checked={order === 'mdy'} onChange={() => setOrder('mdy')} />
                Month first ({readings.mdy})
              </label>
            </div>
          </fieldset>
        )}

        <section aria-labelledby="import-columns">
          <h3 id="import-columns" className="data-dialog__title">
            Columns
          </h3>
          <ul className="import-preview__columns">
            {preview.columns
              .filter((c) => c.field !== null)
              .map((c) => (
                <li key={c.header}>
                  <span>{c.header}</span> <span aria-hidden="true">→</span>
                  <span className="sr-only">becomes</span> <strong>{FIELD_LABELS[c.field!]}</strong>
                </li>
              ))}
          </ul>
          {ignored.length > 0 && (
            <p className="muted import-preview__ignored">Not imported (Afterview has no field for them): {ignored.join(', ')}.</p>
          )}
        </section>

        <section aria-labelledby="import-rows">
          <h3 id="import-rows" className="data-dialog__title">
            {preview.rows.length < count ? `The first ${preview.rows.length} rows` : count === 1 ? 'The row' : `The ${count} rows`}
          </h3>
          <div className="import-preview__scroll">
            <table className="insights-table import-preview__table" aria-labelledby="import-rows">
              <thead>
                <tr>
                  {preview.fields.map((f) => (
                    <th key={f} scope="col">
                      {FIELD_LABELS[f]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.row}>
                    {r.cells.map((c) => (
                      <td key={c.field} className={c.problem ? 'import-preview__problem' : undefined}>
                        {c.value}
                        {c.problem && (
                          <span className="import-preview__why">
                            {needsOrder && c.problem.includes('day-first or month-first') ? 'day or month first?' : c.problem}
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
    </Dialog>
  );
}
