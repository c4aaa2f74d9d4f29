// One-line messages under the top bar: a notice from loading (a recovered file), read-only
// mode, reminders that fell due without a system notification, and the weekly P14 nudge.
import { useMemo, useState } from 'react';
import { boardAdvice } from '../../../shared/engine/reminders.ts';
import { formatDue } from '../format/due.ts';
import { useReminderDelivery, type ReminderDelivery } from '../hooks/useReminderDelivery.ts';
import { requestWebNotifications } from '../lib/webNotifications.ts';
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

function NotificationsButton({ permission, setPermission }: Pick<ReminderDelivery, 'permission' | 'setPermission'>) {
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
  const saveProblem = useApp((s) => s.saveProblem);
  const delivery = useReminderDelivery();
  const { bannerItems } = delivery;
  const web = useApp((s) => s.platform?.kind === 'web');
  const doc = useApp((s) => s.doc);
  const minute = useApp((s) => minuteOf(s.now));
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(ADVICE_KEY));
  const advice = useMemo(() => (doc && doc.applications.length > 0 ? boardAdvice(doc, new Date(minute)) : null), [doc, minute]);
  const { dismissNotice, openPanel, dismissReminders, snoozeReminder } = store.getState();
  const now = new Date(minute);

  return (
    <div className="banners">
      {readOnly && (
        <Banner tone="warning" icon="alert">
          This data was saved by a newer version of Afterview, so it is open read-only. Update Afterview to make changes; nothing has been lost.
        </Banner>
      )}
      {saveProblem && (
        <Banner tone="warning" icon="alert">
          <span role="alert">{saveProblem}</span>
        </Banner>
      )}
      {notice && (
        <Banner tone="info" icon="alert" onDismiss={dismissNotice}>
          {notice}
        </Banner>
      )}
      {bannerItems.length > 0 && (
        <Banner tone="info" icon="bell" onDismiss={() => void dismissReminders(bannerItems.map((i) => i.id))}>
          <ul className="banner__list" aria-label="Reminders">
            {bannerItems.map((item) => (
              <li key={item.id}>
                <button type="button" className="link-button" onClick={() => openPanel(item.applicationId)}>
                  {item.title}
                </button>{' '}
                {item.due && <span className="banner__due">{formatDue(item.due, now)}.</span>}{' '}
                <span className="muted">{item.body}</span>{' '}
                <button type="button" className="button button--small button--quiet" onClick={() => void snoozeReminder(item, 'hour')} aria-label={`Remind me in an hour: ${item.title}`}>
                  In an hour
                </button>
                <button type="button" className="button button--small button--quiet" onClick={() => void snoozeReminder(item, 'tomorrow')} aria-label={`Remind me tomorrow: ${item.title}`}>
                  Tomorrow
                </button>
              </li>
            ))}
          </ul>
          {delivery.reason && <p className="banner__reason muted">{delivery.reason}</p>}
          {web && <NotificationsButton permission={delivery.permission} setPermission={delivery.setPermission} />}
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
