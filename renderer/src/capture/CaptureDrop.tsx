// A mail, an invitation or a job posting dropped anywhere on the window, or a mail's text
// pasted while no field has focus: the host reads it
// (the page hands over the file's text through the contract, never a path), the proposal
// is shown, and nothing changes until the user says "Apply".
import { useEffect, useState } from 'react';
import type { CapturePreview } from '../../../shared/ipc/contract.ts';
import { useAppStore } from '../store/StoreContext.tsx';
import { CaptureDialog } from './CaptureDialog.tsx';
import type { HandedFile } from './handedFile.ts';
import './capture.css';

/** A dropped file as its bytes: the host reads the charset a mail declares, not the page's guess. */
async function handFile(file: File): Promise<HandedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, content: btoa(binary), encoding: 'base64' };
}

const carriesFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');

export function CaptureDrop() {
  const store = useAppStore();
  const [over, setOver] = useState(false);
  const [pending, setPending] = useState<{ file: HandedFile; preview: CapturePreview } | null>(null);

  useEffect(() => {
    const propose = async (file: File | HandedFile, applicationId?: string) => {
      const read = file instanceof File ? await handFile(file) : file;
      // Dropped on a card: that card is the user's pick, not a guess.
      const handed = applicationId ? { ...read, applicationId } : read;
      const preview = await store.getState().proposeCapture(handed);
      if (preview) setPending({ file: handed, preview });
    };
    // A pasted posting address: the host fetches the page (the page itself could not, across origins).
    const fetchPosting = async (url: string) => {
      const fetched = await store.getState().fetchPosting(url);
      if (fetched) setPending(fetched);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the dropped file in place of the app.
      event.preventDefault();
      setOver(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setOver(false);
      const file = event.dataTransfer?.files[0];
      const onCard = (event.target as HTMLElement | null)?.closest?.('[data-card-id]')?.getAttribute('data-card-id') ?? undefined;
      if (file) void propose(file, onCard);
    };
    const onPaste = (event: ClipboardEvent) => {
      // A paste into a field is the field's; only a paste onto the board itself is a capture.
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return;
      const file = event.clipboardData?.files[0];
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!file && /^https:\/\/\S+$/.test(text.trim())) {
        event.preventDefault();
        void fetchPosting(text.trim());
        return;
      }
      if (!file && text.trim().length < 20) return;
      event.preventDefault();
      void propose(file ?? { fileName: 'pasted.txt', content: text });
    };
    window.addEventListener('paste', onPaste);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [store]);

  return (
    <>
      {over && (
        <div className="capture-drop" role="status">
          Drop a mail (.eml), an invitation (.ics) or a job posting page (.html) to see what it would change
        </div>
      )}
      {pending && <CaptureDialog file={pending.file} preview={pending.preview} onClose={() => setPending(null)} />}
    </>
  );
}
