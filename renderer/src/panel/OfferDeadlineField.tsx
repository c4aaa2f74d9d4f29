// P16: when the offer must be answered by, and the countdown to it ("Decide by Fri 11 Dec ·
// in 3 days"). Setting it opens the timeline requests to the other applications in progress.
import type { Application } from '../../../shared/model/types.ts';
import { deadlineInShort } from '../../../shared/engine/rules-offer.ts';
import { CommitField } from '../ui/fields.tsx';
import { formatDue, fromLocalInput, toLocalInput } from '../format/due.ts';
import { useApp } from '../store/StoreContext.tsx';
import { useCardCommands } from './useCardCommands.ts';

export function OfferDeadlineField({ app }: { app: Application }) {
  const cmd = useCardCommands(app.id);
  const now = useApp((s) => s.now);
  const deadline = app.offerDeadline ?? null;
  const hint = deadline
    ? `Decide by ${deadlineInShort(new Date(deadline))} · ${formatDue(deadline, new Date(now))} (P16).`
    : 'If they asked for an answer by a date, note it: Afterview counts down to it and drafts a note asking the others for their timeline (P16).';
  return (
    <CommitField
      label="Answer the offer by"
      type="datetime-local"
      value={deadline ? toLocalInput(deadline) : ''}
      hint={hint}
      validate={(v) => (v === '' || fromLocalInput(v) ? null : 'Pick a day and a time, or leave it empty.')}
      onCommit={(v) => void cmd.update({ offerDeadline: v === '' ? null : fromLocalInput(v) })}
    />
  );
}
