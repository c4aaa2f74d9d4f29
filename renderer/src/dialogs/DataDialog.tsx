// Import, export and restore from a backup. In the web host an export comes back as text
// and is downloaded by the page; on the desktop the main process saves the file.
import { useEffect, useRef, useState } from 'react';
import type { BackupInfo, ImportSummary } from '../../../shared/ipc/contract.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { Icon } from '../ui/Icon.tsx';
import { formatMoment } from '../format/due.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { saveTextFile } from './saveTextFile.ts';
import { CsvImportPreview } from './CsvImportPreview.tsx';
import { RestoreConfirm } from './RestoreConfirm.tsx';
import { previewApplicationsCsv, type DateOrder } from '../../../shared/csv/index.ts';
import { EXPORT_FORMATS, FORMAT_INFO, IMPORT_ACCEPT, type ExportFormat } from '../../../shared/exchange/formats.ts';

const REASONS: Record<BackupInfo['reason'], string> = {
  daily: 'Daily',
  import: 'Before an import',
  migration: 'Before an update',
  restore: 'Before a restore',
  recovery: 'Recovered',
};

function summaryWords(s: ImportSummary): string {
  const parts = [`${s.added} added`, `${s.updated} updated`];
  if (s.skipped) parts.push(`${s.skipped} skipped`);
  const ignored = s.ignoredColumns.length ? ` Columns not understood: ${s.ignoredColumns.join(', ')}.` : '';
  return `Imported: ${parts.join(', ')}.${ignored}`;
}

export function DataDialog({ focus, onClose }: { focus?: 'import' | 'export' | 'restore'; onClose(): void }) {
  const store = useAppStore();
  const readOnly = useApp((s) => s.readOnly);
  const now = useApp((s) => s.now);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ fileName: string; content: string } | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  const listBackups = () => void store.getState().listBackups().then(setBackups);
  useEffect(listBackups, [store]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus(`Reading ${file.name}…`);
    const content = await file.text();
    if (fileInput.current) fileInput.current.value = '';
    const start = content.replace(/^\ufeff/, '').trimStart();
    const isCsv = !/\.json$/i.test(file.name) && !start.startsWith('{') && !start.startsWith('[') && !start.startsWith('BEGIN:VCALENDAR');
    // A CSV is shown first (its columns, rows and date order); one the preview cannot read goes
    // straight to the host, whose error names the row and column.
    if (isCsv && previewApplicationsCsv(content).ok) {
      setStatus(null);
      setPending({ fileName: file.name, content });
      return;
    }
    await runImport({ fileName: file.name, content });
  };

  const runImport = async (file: { fileName: string; content: string; dateOrder?: DateOrder }) => {
    setStatus(`Importing ${file.fileName}…`);
    const summary = await store.getState().importData(file);
    if (!summary) {
      setStatus(null);
      return;
    }
    setStatus(summaryWords(summary));
    // The import made a backup first; it is listed at once.
    listBackups();
  };

  const exportAs = async (format: ExportFormat) => {
    const exported = await store.getState().exportData(format);
    if (!exported) return;
    const { fileName, content, mimeType } = exported;
    if (content !== undefined && fileName) {
      saveTextFile(fileName, content, mimeType ?? 'application/octet-stream');
      setStatus(`Downloaded ${fileName}.`);
    } else if (fileName) setStatus(`Saved ${fileName}.`);
  };

  const restore = async (b: BackupInfo) => {
    setConfirming(null);
    if (!(await store.getState().restoreBackup(b.id))) return;
    store.getState().pushToast({
      message: `Restored the backup from ${formatMoment(b.createdAt, new Date(now))}. The board before it was kept as a backup too.`,
      tone: 'info',
    });
    onClose();
  };

  return (
    <Dialog title="Import, export and backups" size="medium" onClose={onClose} initialFocus={focus ? `[data-focus="${focus}"]` : undefined}>
      <div className="data-dialog">
        <section className="data-dialog__part" aria-labelledby="data-import">
          <h3 id="data-import" className="data-dialog__title">
            Import
          </h3>
          <p className="muted">
            An Afterview export (.json) or a spreadsheet (.csv) with columns such as company, role, stage, applied. A backup is made first.
          </p>
          <input
            ref={fileInput}
            type="file"
            accept={IMPORT_ACCEPT}
            className="sr-only"
            id="import-file"
            onChange={(e) => void onFile(e.target.files?.[0])}
            tabIndex={-1}
          />
          <button type="button" className="button" data-focus="import" disabled={readOnly} onClick={() => fileInput.current?.click()}>
            <Icon name="upload" size={14} />
            Choose a file…
          </button>
        </section>
        <section className="data-dialog__part" aria-labelledby="data-export">
          <h3 id="data-export" className="data-dialog__title">
            Export
          </h3>
          <div className="button-row">
            {EXPORT_FORMATS.map((format, i) => (
              <button
                key={format}
                type="button"
                className="button"
                data-focus={i === 0 ? 'export' : undefined}
                onClick={() => void exportAs(format)}
              >
                {FORMAT_INFO[format].buttonLabel}
              </button>
            ))}
          </div>
        </section>
        <section className="data-dialog__part" aria-labelledby="data-restore">
          <h3 id="data-restore" className="data-dialog__title">
            Restore a backup
          </h3>
          {backups === null ? (
            <p className="muted">Looking for backups…</p>
          ) : backups.length === 0 ? (
            <p className="muted">No backups yet. One is made each day you use Afterview, and before every import.</p>
          ) : (
            <ul className="backups">
              {backups.map((b, i) => (
                <li key={b.id} className="backup">
                  <span className="num">{formatMoment(b.createdAt, new Date(now))}</span>
                  <span className="muted">
                    {REASONS[b.reason]} · {b.applications} {b.applications === 1 ? 'application' : 'applications'}
                  </span>
                  <button
                    type="button"
                    className="button button--small"
                    data-focus={i === 0 ? 'restore' : undefined}
                    disabled={readOnly}
                    onClick={() => setConfirming(b)}
                  >
                    Restore
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        {pending && (
          <CsvImportPreview
            fileName={pending.fileName}
            content={pending.content}
            onCancel={() => setPending(null)}
            onImport={(dateOrder) => {
              setPending(null);
              void runImport(dateOrder ? { ...pending, dateOrder } : pending);
            }}
          />
        )}
        {confirming && (
          <RestoreConfirm
            backup={confirming}
            when={formatMoment(confirming.createdAt, new Date(now))}
            onCancel={() => setConfirming(null)}
            onRestore={() => void restore(confirming)}
          />
        )}
        {status && (
          <p className="data-dialog__status" role="status">
            {status}
          </p>
        )}
      </div>
    </Dialog>
  );
}
