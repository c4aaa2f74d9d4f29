// Short messages at the bottom of the window, read out politely. An info toast goes away
// by itself after a while; an error stays until dismissed, so it is not missed.
import { useEffect } from 'react';
import { useApp } from '../store/StoreContext.tsx';
import type { Toast } from '../store/types.ts';
import { Icon } from '../ui/Icon.tsx';

const INFO_MS = 8_000;

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss(id: number): void }) {
  useEffect(() => {
    if (toast.tone === 'error') return;
    const timer = setTimeout(() => onDismiss(toast.id), INFO_MS);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);
  return (
    <div className={`toast toast--${toast.tone}`} role={toast.tone === 'error' ? 'alert' : undefined}>
      {toast.tone === 'error' && <Icon name="alert" className="toast__icon" />}
      <span className="toast__message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="button button--quiet toast__action"
          onClick={() => {
            toast.action!.run();
            onDismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="icon-button toast__close"
        aria-label="Dismiss message"
        title="Dismiss"
        onClick={() => onDismiss(toast.id)}
      >
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useApp((s) => s.toasts);
  const dismiss = useApp((s) => s.dismissToast);
  return (
    <div className="toasts" aria-live="polite" aria-label="Messages" role="region">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} onDismiss={dismiss} />
      ))}
    </div>
  );
}
