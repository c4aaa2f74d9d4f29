// The question before a restore (issue 10: "restore from backup asks nothing"): which backup,
// how many applications it holds, and that the present board is kept and the restore undoable.
import type { BackupInfo } from '../../../shared/ipc/contract.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { ConfirmActions } from './ConfirmActions.tsx';

export function RestoreConfirm({
  backup,
  when,
  onRestore,
  onCancel,
}: {
  backup: BackupInfo;
  when: string;
  onRestore(): void;
  onCancel(): void;
}) {
  const count = `${backup.applications} ${backup.applications === 1 ? 'application' : 'applications'}`;
  return (
    <Dialog
      title="Restore this backup?"
      size="small"
      onClose={onCancel}
      description={
        <p>
          The board goes back to the backup from {when}, with {count}. Your current board is backed up first, and you can undo the restore.
        </p>
      }
      footer={<ConfirmActions label="Restore backup" onConfirm={onRestore} onCancel={onCancel} />}
    >
      {null}
    </Dialog>
  );
}
