// One Afterview at a time: two copies would write the same data file and fire every
// reminder twice. A second launch (a double click, the dock, start at login) hands over to
// the running copy, which brings its window forward.
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
  quit(): void;
}

/**
 * Returns false when another copy is already running; this copy has then been asked to
 * quit and must not create windows or touch the data. Otherwise `onSecondInstance` runs
 * each time someone starts the app again, with that launch's command line.
 */
export function setupSingleInstance(app: SingleInstanceApp, onSecondInstance: (argv: string[]) => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv) => onSecondInstance(argv));
  return true;
}
