import { Dialog } from '../ui/Dialog.tsx';
import { SHORTCUTS } from '../hooks/useShortcuts.ts';

export function ShortcutHelp({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" size="small" onClose={onClose}>
      <dl className="shortcuts">
        {SHORTCUTS.map((s, i) => (
          <div key={i} className="shortcuts__row">
            <dt className="shortcuts__keys">
              {s.keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd className="shortcuts__what">{s.what}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
