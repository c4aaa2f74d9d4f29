// The due count on the dock (macOS) or launcher (Linux docks and taskbars that implement the
// LauncherEntry D-Bus API, such as Ubuntu's dock and KDE's task manager; since Electron 44
// that API, not Unity, carries it, and the app's desktop name must match its .desktop file)
// icon, so the user sees there is something to send without opening the app. Windows has no badge count in Electron's
// API; the tray tooltip carries the count there.
export interface BadgeApp {
  setBadgeCount(count?: number): boolean;
}

export function badgeSupported(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'linux';
}

/**
 * Shows the count, or clears the badge at zero. Returns whether the system took it: on
 * Linux it depends on the desktop, and on macOS on the notification permission.
 */
export function setDueBadge(count: number, app: BadgeApp, platform: NodeJS.Platform): boolean {
  if (!badgeSupported(platform)) return false;
  const shown = Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
  return app.setBadgeCount(shown);
}
