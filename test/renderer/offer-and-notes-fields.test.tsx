// Issue 12 in the panel and Settings: the offer deadline with its countdown (P16), what was
// discussed with each interviewer (P3), the company note (P7), the recipient's time zone, and an
// unknown placeholder flagged in a template. The store's clock is Sunday 22 November 2026 12:00 UTC.
import { act, cleanup, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCard } from './open-card.ts';
import { renderApp, screen } from './render.tsx';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const appIn = (api: Awaited<ReturnType<typeof renderApp>>['api'], id: string) => api.doc().applications.find((a) => a.id === id)!;

describe('issue 12 fields', () => {
  it('P16: the offer card records the deadline and counts down to it (Friday 27 November 2026 17:00)', async () => {
    const { panel, api } = await openCard('app-meridian');
    const field = within(panel).getByLabelText(/^Answer the offer by/);
    fireEvent.change(field, { target: { value: '2026-11-27T17:00' } });
    fireEvent.blur(field);
    await waitFor(() => expect(appIn(api, 'app-meridian').offerDeadline).toBe(new Date(2026, 10, 27, 17, 0).toISOString()));
    await waitFor(() => expect(panel.textContent).toMatch(/Decide by Fri 27 Nov · .*\(P16\)/));
  });

  it('P16: with a deadline set, the offer card lists each application in progress with its timeline request, and marks one sent', async () => {
    const { panel, api } = await openCard('app-meridian');
    const field = within(panel).getByLabelText(/^Answer the offer by/);
    fireEvent.change(field, { target: { value: '2026-11-27T17:00' } });
    fireEvent.blur(field);
    const list = await within(panel).findByRole('region', { name: 'Ask the others for their timeline' });
    const rows = within(list).getAllByRole('listitem');
    const inProgress = api
      .doc()
      .applications.filter((a) => a.id !== 'app-meridian' && ['interviewing', 'waiting', 'followed_up'].includes(a.stage));
    expect(rows).toHaveLength(inProgress.length);
    fireEvent.click(within(rows[0]!).getByRole('button', { expanded: false }));
    expect((within(rows[0]!).getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).value).toContain(
      'asked to reply by Friday, 27 November',
    );
    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Copy and mark as sent' }));
    await waitFor(() =>
      expect(
        api.doc().applications.filter((a) => a.events.some((e) => e.kind === 'note' && e.template === 'expedite_request')),
      ).toHaveLength(1),
    );
    expect(api.clipboard.at(-1)?.text).toContain('asked to reply by Friday, 27 November');
  });

  it('P3: each interviewer of a panel has a named field for what was discussed with them', async () => {
    const { panel, api } = await openCard('app-northwind');
    const dana = within(panel).getByLabelText(/^What you discussed with Dana/);
    expect(within(panel).getByLabelText(/^What you discussed with Marcus/)).toBeTruthy();
    fireEvent.change(dana, { target: { value: 'the shared component library' } });
    fireEvent.blur(dana);
    await waitFor(() =>
      expect(Object.values(appIn(api, 'app-northwind').rounds[0]!.interviewerTopics ?? {})).toEqual(['the shared component library']),
    );
  });

  it('P7: the company note is saved; a time zone that does not exist is refused with a sentence', async () => {
    const { panel, api } = await openCard('app-orbit');
    const liked = within(panel).getByLabelText(/^What you liked about the company/);
    fireEvent.change(liked, { target: { value: 'how openly the team shares its research' } });
    fireEvent.blur(liked);
    await waitFor(() => expect(appIn(api, 'app-orbit').likedAboutCompany).toBe('how openly the team shares its research'));
    const zone = within(panel).getByLabelText(/^Their time zone/);
    fireEvent.change(zone, { target: { value: 'Mars/Olympus' } });
    fireEvent.blur(zone);
    expect(within(panel).getByText(/Write a time zone such as Europe\/London/)).toBeTruthy();
    expect(appIn(api, 'app-orbit').timeZone ?? '').toBe('');
  });

  it('template unknown-placeholder: Settings > Templates flags a placeholder the app cannot fill', async () => {
    const { store } = await renderApp();
    act(() => store.getState().setView('settings'));
    const body = screen.getByLabelText('Body');
    fireEvent.change(body, { target: { value: 'Hi {first_name}, thank you.' } });
    expect(screen.getByRole('status').textContent).toContain('{first_name} is not filled from the card');
  });
});
