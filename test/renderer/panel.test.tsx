import { cleanup, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCard } from './open-card.ts';
import { screen } from './render.tsx';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the card panel', () => {
  it('moves focus to its heading and edits a field as one command on blur', async () => {
    const { panel, api } = await openCard('app-orbit');
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: /Orbit Analytics/ }));
    const company = within(panel).getByLabelText('Company');
    fireEvent.change(company, { target: { value: 'Orbit Analytics Ltd' } });
    fireEvent.blur(company);
    await waitFor(() => expect(api.doc().applications.find((a) => a.id === 'app-orbit')?.company).toBe('Orbit Analytics Ltd'));
    const commands = api.calls.filter((c) => c.channel === 'state:command').map((c) => (c.request as { type: string }).type);
    expect(commands).toEqual(['updateApplication']);
  });

  it('refuses an empty role and says why, without sending anything', async () => {
    const { panel, api } = await openCard('app-orbit');
    const role = within(panel).getByLabelText('Role');
    fireEvent.change(role, { target: { value: '  ' } });
    fireEvent.blur(role);
    expect(within(panel).getByText('A role is needed.')).toBeTruthy();
    expect(api.calls.some((c) => c.channel === 'state:command')).toBe(false);
  });

  it('adds an interviewer and logs an employer reply with a new date (P15)', async () => {
    const { panel, api } = await openCard('app-harbor');
    fireEvent.change(within(panel).getByLabelText('Name of the interviewer'), { target: { value: 'Rosa Diaz' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(
        api
          .doc()
          .applications.find((a) => a.id === 'app-harbor')
          ?.contacts.map((c) => c.name),
      ).toContain('Rosa Diaz'),
    );

    fireEvent.click(within(panel).getByRole('button', { name: 'They replied' }));
    fireEvent.change(within(panel).getByLabelText(/New decision date/), { target: { value: '2030-02-01' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Log “They replied”' }));
    await waitFor(() => {
      const app = api.doc().applications.find((a) => a.id === 'app-harbor')!;
      expect(app.events.at(-1)).toMatchObject({ kind: 'employer_replied', decisionBy: '2030-02-01' });
      expect(app.decisionBy).toBe('2030-02-01');
    });
  });

  it('lists every open action with its why and rule', async () => {
    const { panel } = await openCard('app-tessellate');
    const actions = within(panel).getByRole('region', { name: 'What to do next' });
    expect(within(actions).getByText('Ask for feedback, once')).toBeTruthy();
    expect(actions.textContent).toMatch(/P11/);
    expect(actions.textContent).toMatch(/P12/);
  });

  it('says when a card is done (P13)', async () => {
    const { panel, store } = await openCard('app-quarry');
    expect(store.getState().doc?.applications.find((a) => a.id === 'app-quarry')?.stage).toBe('closed');
    expect(within(panel).getByText(/nothing more to send/)).toBeTruthy();
  });
});

describe('drafts', () => {
  it('shows one draft per interviewer, flags the unfilled placeholder and explains it', async () => {
    const { panel } = await openCard('app-northwind');
    const dana = within(panel).getByRole('article', { name: 'Draft to Dana Whitfield' });
    expect(within(panel).getByRole('article', { name: 'Draft to Marcus Lee' })).toBeTruthy();
    const body = within(dana).getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    expect(body.value).toMatch(/^Hi Dana,/);
    expect(body.getAttribute('spellcheck')).toBe('true');
    expect(dana.querySelector('mark.hl-gap')?.textContent).toBe('[your matching skills]');
    expect(within(dana).getByText(/is a gap the card could not fill/)).toBeTruthy();
    const checks = within(dana).getByRole('group', { name: 'Checks on this draft' });
    const check = within(checks).getByRole('button', { name: /your matching skills/ });
    // Hovering a check lights up the exact words it is about.
    fireEvent.mouseEnter(check);
    expect(dana.querySelector('mark.hl-lit')?.textContent).toBe('[your matching skills]');
    fireEvent.mouseLeave(check);
    expect(dana.querySelector('mark.hl-lit')).toBeNull();
  });

  it('checks live as the draft is edited', async () => {
    const { panel } = await openCard('app-northwind');
    const dana = within(panel).getByRole('article', { name: 'Draft to Dana Whitfield' });
    const body = within(dana).getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    fireEvent.change(body, {
      target: { value: body.value.replace('[your matching skills]', 'research ops') + '\nWhen will I hear back??' },
    });
    const checks = within(dana).getByRole('group', { name: 'Checks on this draft' });
    expect(within(checks).queryByRole('button', { name: /your matching skills/ })).toBeNull();
    expect(checks.textContent).toMatch(/Ask gently instead/);
  });

  it('copy writes text and HTML; copy and mark as sent also logs the thank-you and the card moves', async () => {
    const { panel, api } = await openCard('app-northwind');
    const dana = within(panel).getByRole('article', { name: 'Draft to Dana Whitfield' });
    fireEvent.click(within(dana).getByRole('button', { name: 'Copy body' }));
    await waitFor(() => expect(api.clipboard).toHaveLength(1));
    expect(api.clipboard[0]!.text).toMatch(/^Hi Dana,/);
    expect(api.clipboard[0]!.html).toMatch(/^<p>Hi Dana,<\/p>/);

    const mark = within(dana).getByRole('button', { name: 'Copy and mark as sent' }) as HTMLButtonElement;
    await waitFor(() => expect(mark.disabled).toBe(false));
    fireEvent.click(mark);
    await waitFor(() => expect(api.doc().applications.find((a) => a.id === 'app-northwind')?.stage).toBe('waiting'));
    const event = api
      .doc()
      .applications.find((a) => a.id === 'app-northwind')!
      .events.at(-1)!;
    expect(event).toMatchObject({ kind: 'thank_you_sent', roundId: 'app-northwind-r1', contactId: 'app-northwind-c0' });
    expect(screen.getByText('Copied and marked the thank-you note as sent.')).toBeTruthy();
  });

  it('opens the mail app with the recipient, subject and body', async () => {
    const { panel, api } = await openCard('app-northwind');
    const dana = within(panel).getByRole('article', { name: 'Draft to Dana Whitfield' });
    fireEvent.click(within(dana).getByRole('button', { name: 'Open in mail app' }));
    await waitFor(() => expect(api.calls.some((c) => c.channel === 'mail:open')).toBe(true));
    const req = api.calls.find((c) => c.channel === 'mail:open')!.request as { to: string[]; subject: string; body: string };
    expect(req.to).toEqual(['dana@example.com']);
    expect(req.subject).toMatch(/Senior Product Designer/);
    expect(req.body).toMatch(/^Hi Dana,/);
  });

  it('writes any template on demand for a card with nothing due', async () => {
    const { panel } = await openCard('app-orbit');
    expect(within(panel).getByText(/No message is due on this card/)).toBeTruthy();
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Template' }), { target: { value: 'follow_up_email' } });
    expect(within(panel).getByRole('textbox', { name: 'Message' })).toBeTruthy();
  });
});

describe('the offer dialog (P10)', () => {
  it('lists every other open application with its withdrawal draft and ticks each one sent', async () => {
    const { panel, api } = await openCard('app-meridian');
    fireEvent.click(within(panel).getByRole('button', { name: 'Accept this offer' }));
    const dialog = await screen.findByRole('dialog', { name: 'You accepted Meridian' });
    expect(within(dialog).getByText('0 of 7 told')).toBeTruthy();
    const first = within(dialog).getAllByRole('article')[0]!;
    expect((within(first).getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).value).toMatch(/withdraw/i);
    fireEvent.click(within(first).getByRole('button', { name: 'Copy and mark as sent' }));
    await waitFor(() => expect(within(dialog).getByText('1 of 7 told')).toBeTruthy());
    expect(api.clipboard.at(-1)?.text).toMatch(/withdraw/i);
    // The dialog counts from the board at once; the host has it once the change is on disk.
    const told = () => api.doc().applications.filter((a) => a.events.some((e) => e.kind === 'withdrawn'));
    await waitFor(() => expect(told()).toHaveLength(1));
    expect(told()[0]!.stage).toBe('closed');
  });
});
