// The table beside every chart: the same numbers, for screen readers and for people who prefer
// them. The first cell of a row can name it (a row header), numbers are right-aligned.
import type { ReactNode } from 'react';

export interface Column {
  label: string;
  numeric?: boolean;
}

export function DataTable({
  caption,
  columns,
  rows,
  rowHeaders,
}: {
  caption: string;
  columns: Column[];
  rows: { key: string; cells: ReactNode[] }[];
  rowHeaders?: boolean;
}) {
  return (
    <table className="insights-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === 0 && rowHeaders ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i} className={columns[i]?.numeric ? 'num' : undefined}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
