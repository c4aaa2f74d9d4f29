// The card panel (design.md): slides in from the right over part of the board, which stays
// usable behind it. Escape closes it and focus goes back to the card; it can be widened.
import { useEffect, useRef } from 'react';
import { STAGE_TITLES } from '../../../shared/model/stage-titles.ts';
import { Icon } from '../ui/Icon.tsx';
import { DraftsSection } from '../drafts/DraftsSection.tsx';
import { selectApplicationsById } from '../store/selectors.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { ActionsSection } from './ActionsSection.tsx';
import { ContactsSection } from './ContactsSection.tsx';
import { DetailsSection } from './DetailsSection.tsx';
import { OutcomeSection } from './OutcomeSection.tsx';
import { RoundsSection } from './RoundsSection.tsx';
import { TimelineSection } from './TimelineSection.tsx';

export function CardPanel() {
  const store = useAppStore();
  const panel = useApp((s) => s.panel);
  const app = useApp((s) => (s.panel ? selectApplicationsById(s).get(s.panel.applicationId) : undefined));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const panelId = panel?.applicationId;

  // Focus moves into the panel when it opens (or shows another card) and back on close.
  useEffect(() => {
    if (!panelId) return;
    const active = document.activeElement as HTMLElement | null;
    if (active && !active.closest('.panel')) openerRef.current = active;
    headingRef.current?.focus();
  }, [panelId]);
  useEffect(() => {
    if (panelId) return;
    const opener = openerRef.current;
    openerRef.current = null;
    if (opener && document.contains(opener)) opener.focus();
    else if (opener) {
      // The opener may have been re-rendered (a card that moved): find it by its id.
      const cardId = opener.getAttribute('data-card-id');
      if (cardId) document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(cardId)}"]`)?.focus();
    }
  }, [panelId]);

  // The card was deleted (or undone away) while open: close quietly.
  useEffect(() => {
    if (panel && !app) store.getState().closePanel();
  }, [panel, app, store]);

  if (!panel || !app) return null;
  const { closePanel, togglePanelWidth } = store.getState();
  return (
    <aside
      className={`panel${panel.wide ? ' panel--wide' : ''}`}
      aria-labelledby="panel-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.stopPropagation();
          closePanel();
        }
      }}
    >
      <header className="panel__header">
        <div className="panel__heading">
          <h2 id="panel-title" className="panel__title" ref={headingRef} tabIndex={-1}>
            {app.company}
            <span className="sr-only">, </span>
            <span className="panel__role">{app.role}</span>
          </h2>
          <span className="panel__stage">{STAGE_TITLES[app.stage]}</span>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={panel.wide ? 'Make the panel narrower' : 'Make the panel wider'}
          title={panel.wide ? 'Narrower' : 'Wider'}
          aria-pressed={panel.wide}
          onClick={togglePanelWidth}
        >
          <Icon name={panel.wide ? 'narrow' : 'widen'} />
        </button>
        <button type="button" className="icon-button" aria-label="Close the panel" title="Close (Esc)" onClick={closePanel}>
          <Icon name="close" />
        </button>
      </header>
      <div className="panel__body">
        <ActionsSection app={app} />
        <DraftsSection key={app.id} app={app} />
        <DetailsSection app={app} />
        <ContactsSection app={app} />
        <RoundsSection app={app} />
        <TimelineSection app={app} />
        <OutcomeSection app={app} />
      </div>
    </aside>
  );
}
