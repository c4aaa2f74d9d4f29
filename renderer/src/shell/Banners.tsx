// One-line messages under the top bar: a notice from loading (a recovered file), read-only
// mode, reminders that fell due without a system notification, and the weekly P14 nudge.
import { useMemo, useState } from 'react';
import { formatDue } from '../format/due.ts';
import { useReminderDelivery, type ReminderDelivery } from '../hooks/useReminderDelivery.ts';
import { requestWebNotifications } from '../lib/webNotifications.ts';
import { minuteOf, selectApplicationsById } from '../store/selectors.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';
import { createAdviceOf } from '../view-model/boardAdvice.ts';

const ADVICE_KEY = 'afterview.dismissedAdvice';
/** "6 h overdue", "due now", "due tomorrow 05:00": the action's own due time, in words. */
function dueInWords(due: string, now: Date): string {
  const words = formatDue(due, now);
  return words.includes('overdue') || words.startsWith('due') ? words : `due ${words}`;
}

/** A calm banner: a few lines at most; the rest are one click away in Today. */
const REMINDERS_LISTED = 3;

function Banner({
  tone,
  icon,
  children,
  onDismiss,
}: {
  tone: 'info' | 'warning';
  icon: 'bell' | 'alert' | 'sparkle';
  children: React.ReactNode;
  onDismiss?: () => void;
}) {
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
    <button type="button" className="link-button" onClick={() => void requestWebNotifications().then(setPermission)}>
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
  // Worked out again only when a board-wide fact it reads changed, not on every edit (issue 14).
  const adviceOf = useMemo(createAdviceOf, []);
  const advice = useMemo(() => (doc ? adviceOf(doc, minute) : null), [adviceOf, doc, minute]);
  const byId = useApp(selectApplicationsById);
  const { dismissNotice, openPanel, dismissReminders, snoozeReminder, setView } = store.getState();
  const now = new Date(minute);
  const companyOf = (id: string) => byId.get(id)?.company ?? '';

  return (
    <div className="banners">
      {readOnly && (
        <Banner tone="warning" icon="alert">
          This data was saved by a newer version of Afterview, so it is open read-only. Update Afterview to make changes; nothing has been
          lost.
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
          <ul className="banner__list reminder-list" aria-label="Reminders">
            {bannerItems.slice(0, REMINDERS_LISTED).map((item) => (
              <li key={item.id} className="reminder-list__item">
                <button
                  type="button"
                  className="link-button reminder-list__title"
                  title={item.body}
                  onClick={() => openPanel(item.applicationId)}
                >
                  {item.title}
                </button>
                {companyOf(item.applicationId) && <span className="reminder-list__company">{companyOf(item.applicationId)}</span>}
                {item.due && <span className="reminder-list__due">{dueInWords(item.due, now)}</span>}
                <span className="reminder-list__snooze">
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => void snoozeReminder(item, 'hour')}
                    aria-label={`Remind me in an hour: ${item.title}`}
                  >
                    In an hour
                  </button>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => void snoozeReminder(item, 'tomorrow')}
                    aria-label={`Remind me tomorrow: ${item.title}`}
                  >
                    Tomorrow
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {bannerItems.length > REMINDERS_LISTED && (
            <button type="button" className="link-button" onClick={() => setView('today')}>
              {bannerItems.length - REMINDERS_LISTED} more in Today
            </button>
          )}
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
