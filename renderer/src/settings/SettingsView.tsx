// Settings: who you are (for signing drafts), the timing policy, notifications, theme,
// templates, data. Every change is one command, saved at once.
import { Icon } from '../ui/Icon.tsx';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { AboutYouSettings, AppearanceSettings, NotificationSettings } from './GeneralSettings.tsx';
import { PolicySettings } from './PolicySettings.tsx';
import { TemplateSettings } from './TemplateSettings.tsx';
import { SettingsGroup } from './SettingsGroup.tsx';

export function SettingsView() {
  const store = useAppStore();
  const platform = useApp((s) => s.platform);
  return (
    <div className="settings">
      <div className="settings__inner">
        <header className="settings__header">
          <h1 className="settings__title">Settings</h1>
          <button type="button" className="button" onClick={() => store.getState().setView('board')}>
            <Icon name="chevronLeft" size={14} />
            Back to the board
          </button>
        </header>
        <AboutYouSettings />
        <PolicySettings />
        <NotificationSettings />
        <AppearanceSettings />
        <TemplateSettings />
        <SettingsGroup title="Your data" description={platform ? <>Stored on this computer in {platform.dataDir}.</> : undefined}>
          <div className="button-row">
            <button type="button" className="button" onClick={() => store.getState().openDialog({ kind: 'data', focus: 'import' })}>
              <Icon name="upload" size={14} />
              Import
            </button>
            <button type="button" className="button" onClick={() => store.getState().openDialog({ kind: 'data', focus: 'export' })}>
              <Icon name="download" size={14} />
              Export
            </button>
            <button type="button" className="button" onClick={() => store.getState().openDialog({ kind: 'data', focus: 'restore' })}>
              <Icon name="history" size={14} />
              Restore a backup
            </button>
            {platform?.kind === 'desktop' && (
              <button type="button" className="button" onClick={() => void store.getState().openDataFolder()}>
                <Icon name="folder" size={14} />
                Show the data folder
              </button>
            )}
          </div>
        </SettingsGroup>
        {platform && <p className="settings__version muted">Afterview {platform.version}</p>}
      </div>
    </div>
  );
}
