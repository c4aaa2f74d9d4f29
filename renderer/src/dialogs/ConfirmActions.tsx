// The footer of a question dialog: a hint if the action must wait, Cancel (the safe answer), then the action.
import type { ReactNode } from 'react';

interface Props {
  label: ReactNode;
  onConfirm(): void;
  onCancel(): void;
  disabled?: boolean;
  /** The id of the hint that says why the action is not available yet. */
  describedBy?: string;
  children?: ReactNode;
}

export function ConfirmActions({ label, onConfirm, onCancel, disabled = false, describedBy, children }: Props) {
  return (
    <div className="button-row">
      {children}
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="button button--primary" disabled={disabled} aria-describedby={describedBy} onClick={onConfirm}>
        {label}
      </button>
    </div>
  );
}
