// "Paste an email": for a mail that cannot be saved or dragged (a web mail client, a phone),
// the user pastes its text here and gets the same proposal a dropped mail gets. Nothing
// changes until "Apply" in the proposal that follows.
import { useId, useState } from 'react';
import type { CapturePreview } from '../../../shared/ipc/contract.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { useAppStore } from '../store/StoreContext.tsx';
import { CaptureDialog } from './CaptureDialog.tsx';
import type { HandedFile } from './handedFile.ts';
import './capture.css';

export function PasteMailDialog({ onClose }: { onClose(): void }) {
  const store = useAppStore();
  const fieldId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [proposal, setProposal] = useState<{ file: HandedFile; preview: CapturePreview } | null>(null);

  if (proposal) return <CaptureDialog file={proposal.file} preview={proposal.preview} onClose={onClose} />;

  const read = async () => {
    if (!text.trim() || busy) return;
    setBusy(true);
    setError(null);
    const file: HandedFile = { fileName: 'pasted.txt', content: text };
    // The refusal is shown beside the text box, not in a toast.
    const preview = await store.getState().proposeCapture(file, setError);
    setBusy(false);
    if (preview) setProposal({ file, preview });
  };

  return (
    <Dialog
      title="Paste an email"
      description={<p>Paste the employer&rsquo;s mail; you see what it would change before anything does.</p>}
      onClose={onClose}
      initialFocus="textarea"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || !text.trim()}
            onClick={() => void read()}
            aria-keyshortcuts="Control+Enter"
          >
            Read the email
          </button>
        </>
      }
    >
      <div className="capture-paste">
        <label className="field__label" htmlFor={fieldId}>
          The email&rsquo;s text
        </label>
        <textarea
          id={fieldId}
          rows={12}
          value={text}
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void read();
            }
          }}
        />
        <p id={hintId} className="field__hint">
          Its From, Date and Subject lines help find the application and the day it was sent. Ctrl+Enter reads it.
        </p>
        {error && (
          <p role="alert" className="capture-paste__error">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
