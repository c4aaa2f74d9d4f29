// The checks beside the editor see the other interviewers' drafts as the user edited them
// (near-identical, P3) and the time it is now (send time), not only the draft alone.
import { fireEvent, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePinnedClock } from './pinned-clock.ts';
import { openCard } from './open-card.ts';

usePinnedClock();

describe('live draft checks with two interviewers', () => {
  it('check near-identical: two notes that differ only by name are flagged live; writing one his own clears it on both', async () => {
    const { panel } = await openCard('app-northwind');
    const dana = within(panel).getByRole('article', { name: 'Draft to Dana Whitfield' });
    const marcus = within(panel).getByRole('article', { name: 'Draft to Marcus Lee' });
    const danaBody = (within(dana).getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).value;
    const marcusBox = within(marcus).getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    // This card notes what was discussed for the round, not for each person, so the built-in
    // notes differ only by name, and the check says so beside each.
    await waitFor(() => expect(marcus.textContent).toMatch(/reads almost word for word like your note to Dana/));
    expect(dana.textContent).toMatch(/reads almost word for word like your note to Marcus/);

    fireEvent.change(marcusBox, { target: { value: danaBody.replace(/Dana/g, 'Marcus') } });
    await waitFor(() => expect(marcus.textContent).toMatch(/reads almost word for word like your note to Dana/));

    fireEvent.change(marcusBox, {
      target: {
        value:
          'Hi Marcus,\n\nThank you for walking me through how your team reviews components before they ship; the checklist you showed is something I would love to help grow.\n\nBest,\nAlex Morgan',
      },
    });
    await waitFor(() => expect(marcus.textContent).not.toMatch(/almost word for word/));
    // Dana's check compares with Marcus's note as he will get it, edited: it clears too.
    await waitFor(() => expect(dana.textContent).not.toMatch(/almost word for word/));
  });
});
