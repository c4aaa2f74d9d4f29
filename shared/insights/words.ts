// How Insights says a promise's result, the same in the view, its exports and the command line:
// "4 working days past their date", the phrase the card can show too.
import { countOf } from '../dates/local.ts';
import type { PromiseItem } from './promises.ts';

export function promiseWords(p: Pick<PromiseItem, 'status' | 'answeredOn' | 'workingDaysLate'>): string {
  if (p.status === 'kept') return 'kept';
  if (p.status === 'open') return 'date still to come';
  const late = `${countOf(p.workingDaysLate, 'working day')} past their date`;
  return p.answeredOn ? late : `${late}, no answer yet`;
}
