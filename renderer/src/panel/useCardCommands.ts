// Commands about one card, with their ids and times filled in.
import { useMemo } from 'react';
import type { AppEvent, Contact, Outcome, Round } from '../../../shared/model/types.ts';
import type { Command } from '../../../shared/board/commands.ts';
import { newId, nowIso } from '../lib/ids.ts';
import { useAppStore } from '../store/StoreContext.tsx';

type Fields = Extract<Command, { type: 'updateApplication' }>['fields'];

export function useCardCommands(id: string) {
  const store = useAppStore();
  return useMemo(() => {
    const send = (cmd: Command) => store.getState().dispatch(cmd);
    return {
      update: (fields: Fields) => send({ type: 'updateApplication', id, at: nowIso(), fields }),
      logEvent: (event: Omit<AppEvent, 'id' | 'note'> & { note?: string }) =>
        send({ type: 'logEvent', id, event: { note: '', ...event, id: newId() } }),
      editEvent: (eventId: string, change: { at?: string; note?: string }) => send({ type: 'editEvent', id, eventId, ...change }),
      deleteEvent: (eventId: string) => send({ type: 'deleteEvent', id, eventId, at: nowIso() }),
      upsertContact: (contact: Contact) => send({ type: 'upsertContact', id, at: nowIso(), contact }),
      removeContact: (contactId: string) => send({ type: 'removeContact', id, at: nowIso(), contactId }),
      addRound: (round: Round) => send({ type: 'addRound', id, at: nowIso(), eventId: newId(), round }),
      updateRound: (round: Round) => send({ type: 'updateRound', id, at: nowIso(), round }),
      removeRound: (roundId: string) => send({ type: 'removeRound', id, at: nowIso(), roundId }),
      acceptOffer: () => send({ type: 'acceptOffer', id, at: nowIso(), eventId: newId() }),
      close: (outcome: Outcome) => send({ type: 'closeApplication', id, at: nowIso(), eventId: newId(), outcome }),
      remove: () => send({ type: 'deleteApplication', id }),
    };
  }, [store, id]);
}
