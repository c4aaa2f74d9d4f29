// One-line messages under the top bar: a notice from loading (a recovered file), read-only
// mode, reminders that fell due without a system notification, and the weekly P14 nudge.
import { useMemo, useState } from 'react';
import { boardAdvice } from '../../../shared/engine/reminders.ts';
import { requestWebNotifications, webNotificationPermission } from '../lib/webNotifications.ts';
import { minuteOf } from '../store/selectors.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { Icon } from './Icon.tsx';

const ADVICE_KEY = 'afterview.dismissedAdvice';

function Banner({ tone, icon, children, onDismiss }: { tone: 'info' | 'warning'; icon: 'bell' | 'alert' | 'sparkle'; children: React.ReactNode; onDismiss?: () => void }) {
  return (
    <div className={`banner banner--${tone}`}>
      <Icon name={icon} className="banner__icon" />
      <div className="banner__text">{children}</div>
      {onDismiss && (
        <button type="button" className="icon-button banner__close" aria-label="Dismiss" title="Dismiss" onClick={onDismiss}>
          <Icon name="close" size={14} />
        </button>
      )}
    </div>
  );
}

function NotificationsButton() {
  const [permission, setPermission] = useState(webNotificationPermission);
  if (permission !== 'default') return null;
  return (
    <button type="button" className="button button--quiet" onClick={() => void requestWebNotifications().then(setPermission)}>
      Show reminders as notifications
    </button>
  );
}

export function Banners() {
  const store = useAppStore();
  const notice = useApp((s) => s.notice);
  const readOnly = useApp((s) => s.readOnly);
  const banner = useApp((s) => s.banner);
  const web = useApp((s) => s.platform?.kind === 'web');
  const doc = useApp((s) => s.doc);
  const minute = useApp((s) => minuteOf(s.now));
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(ADVICE_KEY));
  const advice = useMemo(() => (doc && doc.applications.length > 0 ? boardAdvice(doc, new Date(minute)) : null), [doc, minute]);
  const { dismissNotice, showBanner, openPanel } = store.getState();

  // Snoozing takes the reminder out of the banner; the main process brings it back later.
  const snooze = async (keys: string[], until: 'hour' | 'tomorrow') => {
    const state = store.getState();
    const res = await state.api['reminders:snooze']({ keys, until });
    if (!res.ok) return state.pushToast({ message: res.error.message, tone: 'error' });
    const current = store.getState().banner;
    if (current) showBanner({ ...current, items: current.items.filter((i) => i.keys !== keys) });
  };

  return (
    <div className="banners">
      {readOnly && (
        <Banner tone="warning" icon="alert">
          This data was saved by a newer version of Afterview, so it is open read-only. Update Afterview to make changes; nothing has been lost.
        </Banner>
      )}
      {notice && (
        <Banner tone="info" icon="alert" onDismiss={dismissNotice}>
          {notice}
        </Banner>
      )}
      {banner && banner.items.length > 0 && (
        <Banner tone="info" icon="bell" onDismiss={() => showBanner(null)}>
          <ul className="banner__list" aria-label="Reminders">
            {banner.items.map((item) => (
              <li key={item.keys.join(' ')}>
                <button type="button" className="link-button" onClick={() => openPanel(item.applicationId)}>
                  {item.title}
                </button>{' '}
                <span className="muted">{item.body}</span>{' '}
                <button type="button" className="button button--small button--quiet" onClick={() => void snooze(item.keys, 'hour')} aria-label={`Remind me in an hour: ${item.title}`}>
                  In an hour
                </button>
                <button type="button" className="button button--small button--quiet" onClick={() => void snooze(item.keys, 'tomorrow')} aria-label={`Remind me tomorrow: ${item.title}`}>
                  Tomorrow
                </button>
              </li>
            ))}
          </ul>
          {banner.reason && <p className="banner__reason muted">{banner.reason}</p>}
          {web && <NotificationsButton />}
        </Banner>
      )}
      {advice && dismissed !== advice.key && (
        <Banner
          tone="info"
          icon="sparkle"
          onDismiss={() => {
            localStorage.setItem(ADVICE_KEY, advice.key);
            setDismissed(advice.key);
          }}
        >
          <strong>{advice.title}.</strong> {advice.why}
        </Banner>
      )}
    </div>
  );
}
