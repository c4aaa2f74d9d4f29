// The page's half of "reminders are never lost": it shows what the host says the page owes
// (a web notification where the browser allows it, else the banner) and tells the host only
// once it is really on screen: the browser's "show" event, or the banner rendered while the
// tab is visible. Until then the host keeps the reminder owed, for this tab or the next.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReminderItem } from '../../../shared/ipc/contract.ts';
import { afterPaint } from '../lib/afterPaint.ts';
import { showWebNotification, webNotificationPermission } from '../lib/webNotifications.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';

function useDocumentVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState === 'visible');
  useEffect(() => {
    const onChange = () => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  return visible;
}

export interface ReminderDelivery {
  /** What the banner lists: reminders it owes, and those it showed that are still live. */
  bannerItems: ReminderItem[];
  reason: string | null;
  /** 'unread' until the page has painted: until then a web page shows or confirms nothing. */
  permission: Permission;
  setPermission(permission: ReturnType<typeof webNotificationPermission>): void;
}

type Permission = ReturnType<typeof webNotificationPermission> | 'unread';

export function useReminderDelivery(): ReminderDelivery {
  const store = useAppStore();
  const feed = useApp((s) => s.reminders);
  const web = useApp((s) => s.platform?.kind === 'web');
  // Reading Notification.permission asks the browser process and held the first paint some
  // 4 ms (a profile of the board's load, issue 14); it is read once the page is on screen.
  // Until then a web page shows or confirms no reminder owed to it, so none goes to the
  // banner that the browser would have shown as a notification (the desktop never asks).
  const [permission, setPermission] = useState<Permission>('unread');
  useEffect(() => {
    let live = true;
    void afterPaint().then(() => live && setPermission(webNotificationPermission()));
    return () => {
      live = false;
    };
  }, []);
  const [failed, setFailed] = useState<ReadonlySet<string>>(() => new Set());
  /** Ids this page has confirmed or is showing as a notification: never handled twice. */
  const handled = useRef(new Set<string>());
  const visible = useDocumentVisible();

  useEffect(() => {
    void store.getState().loadReminders();
  }, [store]);

  const { toNotify, bannerItems } = useMemo(() => {
    if (web && permission === 'unread') return { toNotify: [], bannerItems: feed.items.filter((i) => i.shown === 'banner') };
    const byBrowser = web && permission === 'granted';
    const owed = feed.items.filter((i) => i.shown === null && i.delivery === 'page');
    const notify = byBrowser ? owed.filter((i) => !failed.has(i.id)) : [];
    const notifyIds = new Set(notify.map((i) => i.id));
    return {
      toNotify: notify,
      bannerItems: feed.items.filter((i) => i.shown === 'banner' || (i.shown === null && i.delivery === 'page' && !notifyIds.has(i.id))),
    };
  }, [feed, web, permission, failed]);

  useEffect(() => {
    const { confirmRemindersShown, openPanel } = store.getState();
    for (const item of toNotify) {
      if (handled.current.has(item.id)) continue;
      handled.current.add(item.id);
      showWebNotification(item, {
        onShown: () => void confirmRemindersShown([item.id], 'notification'),
        onFailed: () => {
          handled.current.delete(item.id);
          setFailed((prev) => new Set([...prev, item.id]));
        },
        onClick: () => openPanel(item.applicationId),
      });
    }
  }, [toNotify, store]);

  useEffect(() => {
    // A banner in a hidden tab is seen by nobody: confirm when the tab is in front.
    if (!visible) return;
    const ids = bannerItems.filter((i) => i.shown === null && !handled.current.has(i.id)).map((i) => i.id);
    if (ids.length === 0) return;
    for (const id of ids) handled.current.add(id);
    void store.getState().confirmRemindersShown(ids, 'banner');
  }, [bannerItems, visible, store]);

  return { bannerItems, reason: feed.reason, permission, setPermission };
}
