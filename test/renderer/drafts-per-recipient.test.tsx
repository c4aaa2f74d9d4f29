// The drafts section with two interviewers (issue 10): "Copy and mark as sent" logs the
// thank-you for that reader only, and the other's draft stays, still due (P2).
import { fireEvent, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePinnedClock } from './pinned-clock.ts';
import { openCard } from './open-card.ts';

usePinnedClock();

const openNorthwind = () => openCard('app-northwind');

describe('one thank-you per interviewer (P2)', () => {
  it('marking Dana’s note sent keeps Marcus’s draft and his action open', async () => {
    const { panel, api, store } = await openNorthwind();
    const dana = within(panel).getByRole('article', { name: 'Draft to Dana Whitfield' });
    const mark = within(dana).getByRole('button', { name: 'Copy and mark as sent' }) as HTMLButtonElement;
    await waitFor(() => expect(mark.disabled).toBe(false));
    fireEvent.click(mark);
    await waitFor(() => expect(api.doc().applications.find((a) => a.id === 'app-northwind')?.stage).toBe('waiting'));
    const app = store.getState().doc!.applications.find((a) => a.id === 'app-northwind')!;
    expect(app.events.filter((e) => e.kind === 'thank_you_sent').map((e) => e.contactId)).toEqual(['app-northwind-c0']);
    await waitFor(() => expect(within(panel).getByRole('article', { name: 'Draft to Marcus Lee' })).toBeTruthy());
    expect(within(panel).queryByRole('article', { name: 'Draft to Dana Whitfield' })).toBeNull();
    expect(within(panel).getAllByText('Send a thank-you note to Marcus').length).toBeGreaterThan(0);

    const markMarcus = within(within(panel).getByRole('article', { name: 'Draft to Marcus Lee' })).getByRole('button', {
      name: 'Copy and mark as sent',
    }) as HTMLButtonElement;
    await waitFor(() => expect(markMarcus.disabled).toBe(false));
    fireEvent.click(markMarcus);
    await waitFor(() =>
      expect(
        api
          .doc()
          .applications.find((a) => a.id === 'app-northwind')!
          .events.filter((e) => e.kind === 'thank_you_sent'),
      ).toHaveLength(2),
    );
    await waitFor(() => expect(within(panel).queryByText('Send a thank-you note to Marcus')).toBeNull());
  });
});
