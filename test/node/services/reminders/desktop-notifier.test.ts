import { afterEach, describe, expect, it, vi } from 'vitest';
import { Notification } from 'electron';
import { createDesktopNotifier, type NotificationClass } from '../../../../node/services/reminders/desktop-notifier.ts';
import {
  NOTIFICATION_REFUSED as FAILED_REASON,
  NOTIFICATIONS_UNSUPPORTED as UNSUPPORTED_REASON,
} from '../../../../node/services/sentences.ts';
import type { ReminderGroup } from '../../../../node/services/reminders/group.ts';

// The mock's Notification (test/mocks/electron.ts) records instances and can emit events.
const Mock = Notification as unknown as typeof Notification & {
  instances: (InstanceType<typeof Notification> & { emit(event: string): void; options: { title: string; body?: string } })[];
  isSupported: ReturnType<typeof vi.fn>;
};
const group: ReminderGroup = {
  title: '2 things to do for your applications',
  body: '• One\n• Two',
  applicationIds: ['a', 'b'],
  keys: ['k1', 'k2'],
  ids: ['k1@t', 'k2@t'],
};

afterEach(() => {
  Mock.instances.length = 0;
  Mock.isSupported.mockReturnValue(true);
});

function setup() {
  const onClick = vi.fn();
  const fallback = vi.fn();
  const onShown = vi.fn();
  const notifier = createDesktopNotifier({ Notification: Notification as unknown as NotificationClass, onClick, fallback, onShown });
  return { notifier, onClick, fallback, onShown };
}

describe('desktop notifier (electron mocked)', () => {
  it('shows one notification for a group and keeps a reference until it closes', () => {
    const { notifier, fallback } = setup();
    notifier.notify(group);
    expect(Mock.instances).toHaveLength(1);
    const shown = Mock.instances[0]!;
    expect(shown.options).toEqual({ title: group.title, body: group.body });
    expect(shown.show).toHaveBeenCalledTimes(1);
    expect(notifier.liveCount).toBe(1);
    shown.emit('close');
    expect(notifier.liveCount).toBe(0);
    expect(fallback).not.toHaveBeenCalled();
  });

  it('counts the reminders seen only when the system shows the notification, once', () => {
    const { notifier, onShown } = setup();
    notifier.notify(group);
    expect(onShown).not.toHaveBeenCalled();
    Mock.instances[0]!.emit('show');
    Mock.instances[0]!.emit('click');
    Mock.instances[0]!.emit('close');
    expect(onShown).toHaveBeenCalledTimes(1);
    expect(onShown).toHaveBeenCalledWith(group);
  });

  it('a notification that failed is not counted as seen', () => {
    const { notifier, onShown, fallback } = setup();
    notifier.notify(group);
    Mock.instances[0]!.emit('failed');
    expect(onShown).not.toHaveBeenCalled();
    expect(fallback).toHaveBeenCalledWith(group, FAILED_REASON);
  });

  it('opens the app on the first card when clicked', () => {
    const { notifier, onClick } = setup();
    notifier.notify(group);
    Mock.instances[0]!.emit('click');
    expect(onClick).toHaveBeenCalledWith('a', group);
    expect(notifier.liveCount).toBe(0);
  });

  it('reports unsupported systems so the host can show the in-app banner', () => {
    Mock.isSupported.mockReturnValue(false);
    const { notifier, fallback } = setup();
    expect(notifier.supported).toBe(false);
    notifier.notify(group);
    expect(Mock.instances).toHaveLength(0);
    expect(fallback).toHaveBeenCalledWith(group, UNSUPPORTED_REASON);
  });

  it('falls back to the banner when the system fails to show it', () => {
    const { notifier, fallback } = setup();
    notifier.notify(group);
    Mock.instances[0]!.emit('failed');
    expect(fallback).toHaveBeenCalledWith(group, FAILED_REASON);
    expect(notifier.liveCount).toBe(0);
  });

  it('closes every live notification on closeAll (quit)', () => {
    const { notifier } = setup();
    notifier.notify(group);
    notifier.notify({ ...group, keys: ['k3'] });
    notifier.closeAll();
    for (const n of Mock.instances) expect(n.close).toHaveBeenCalledTimes(1);
    expect(notifier.liveCount).toBe(0);
  });
});
