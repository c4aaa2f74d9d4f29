import { useState } from 'react';
import { CommitField } from '../ui/fields.tsx';
import { requestWebNotifications, webNotificationPermission } from '../lib/webNotifications.ts';
import { useApp } from '../store/StoreContext.tsx';
import { SettingsGroup } from './SettingsGroup.tsx';
import { useUpdateSettings } from './useSettings.ts';

export function AboutYouSettings() {
  const settings = useApp((s) => s.doc!.settings);
  const update = useUpdateSettings();
  return (
    <SettingsGroup title="About you" description="Drafts are signed with these.">
      <div className="form">
        <CommitField
          label="Your name"
          value={settings.candidateName}
          onCommit={(candidateName) => void update({ candidateName: candidateName.trim() })}
        />
        <CommitField
          label="Signature"
          multiline
          rows={3}
          value={settings.signature}
          hint="Ends every draft. Leave it empty to sign with your name."
          onCommit={(signature) => void update({ signature })}
        />
      </div>
    </SettingsGroup>
  );
}

export function NotificationSettings() {
  const settings = useApp((s) => s.doc!.settings);
  const platform = useApp((s) => s.platform);
  const update = useUpdateSettings();
  const [permission, setPermission] = useState(webNotificationPermission);
  return (
    <SettingsGroup
      title="Notifications"
      description="A reminder when a message is due, at the hour set under Timing, never during quiet hours."
    >
      <div className="form">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.notificationsEnabled}
            onChange={(e) => void update({ notificationsEnabled: e.target.checked })}
          />
          Remind me when something is due
        </label>
        {platform?.kind === 'desktop' && (
          <>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={settings.keepRunningInTray}
                onChange={(e) => void update({ keepRunningInTray: e.target.checked })}
              />
              Keep running in the tray when the window is closed, so reminders still come
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={settings.startAtLogin} onChange={(e) => void update({ startAtLogin: e.target.checked })} />
              Start Afterview when I log in
            </label>
          </>
        )}
        {platform?.kind === 'web' && (
          <p className="field__hint">
            {permission === 'granted'
              ? 'This browser will show reminders while this tab is open.'
              : permission === 'denied'
                ? 'This browser blocks notifications for this page; reminders show as a banner instead. You can allow them in the site settings.'
                : permission === 'unsupported'
                  ? 'This browser cannot show notifications; reminders show as a banner instead.'
                  : 'In the browser, reminders need your permission to show as notifications.'}{' '}
            {permission === 'default' && (
              <button type="button" className="button button--small" onClick={() => void requestWebNotifications().then(setPermission)}>
                Allow notifications
              </button>
            )}
          </p>
        )}
      </div>
    </SettingsGroup>
  );
}

export function AppearanceSettings() {
  const theme = useApp((s) => s.doc!.settings.theme);
  const update = useUpdateSettings();
  const options = [
    { value: 'system', label: 'Same as the system' },
    { value: 'light', label: 'Light' },
    { value: 'dark', label: 'Dark' },
  ] as const;
  return (
    <SettingsGroup title="Appearance">
      <fieldset className="fieldset">
        <legend className="field__label">Theme</legend>
        <div className="radios">
          {options.map((o) => (
            <label key={o.value} className="checkbox">
              <input
                type="radio"
                name="theme"
                value={o.value}
                checked={theme === o.value}
                onChange={() => void update({ theme: o.value })}
              />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
    </SettingsGroup>
  );
}
