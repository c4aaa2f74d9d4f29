// The proposal for a captured file, in the user's words: one sentence, the fields it would
// set, what it rests on. "Apply" sends the file back to the host, which makes the change
// as one undo step; a card it is unsure of can be picked from the list first.
import { useState } from 'react';
import type { CapturePreview } from '../../../shared/ipc/contract.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import type { HandedFile } from './handedFile.ts';
import { fieldLines } from './fieldLines.ts';

interface Props {
  file: HandedFile;
  preview: CapturePreview;
  onClose(): void;
}

export function CaptureDialog({ file, preview: first, onClose }: Props) {
  const store = useAppStore();
  const applications = useApp((s) => s.doc?.applications ?? []);
  const [preview, setPreview] = useState(first);
  const [busy, setBusy] = useState(false);
  const [picked, setPicked] = useState<string | undefined>(file.applicationId);
  const needsCard = preview.kind !== 'posting';

  const pick = async (id: string) => {
    setPicked(id || undefined);
    if (!id) return;
    // The old proposal stays if the new card's cannot be read.
    const next = await store.getState().proposeCapture({ ...file, applicationId: id }, () => {});
    if (next) setPreview(next);
  };

  const apply = async () => {
    setBusy(true);
    const applied = await store.getState().applyCapture({ ...file, ...(picked ? { applicationId: picked } : {}) });
    setBusy(false);
    if (!applied) return;
    store.getState().pushToast({ message: 'Applied. Undo takes it back.', tone: 'info' });
    onClose();
  };

  const unsure = needsCard && (preview.application === null || (preview.confidence === 'low' && !picked));
  return (
    <Dialog
      title="Update the board from this file?"
      description={<p className="capture-summary">{preview.summary}</p>}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || (needsCard && !preview.application)}
            onClick={() => void apply()}
          >
            Apply
          </button>
        </>
      }
    >
      <dl className="capture-fields">
        {fieldLines(preview).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {preview.reasons.length > 0 && <p className="muted">Found: {preview.reasons.join('; ')}.</p>}
      {needsCard && (
        <label className="capture-pick">
          {unsure ? 'Not sure which application this is. It belongs to' : 'Application'}
          <select value={picked ?? preview.application?.id ?? ''} onChange={(e) => void pick(e.target.value)}>
            <option value="">Choose an application</option>
            {applications.map((a) => (
              <option key={a.id} value={a.id}>
                {a.company} ({a.role})
              </option>
            ))}
          </select>
        </label>
      )}
    </Dialog>
  );
}
