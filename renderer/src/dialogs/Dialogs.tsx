// The one dialog that is open, if any.
import { useApp } from '../store/StoreContext.tsx';
import { DataDialog } from './DataDialog.tsx';
import { OfferDialog } from './OfferDialog.tsx';
import { QuickAdd } from './QuickAdd.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';

export function Dialogs() {
  const dialog = useApp((s) => s.dialog);
  const close = useApp((s) => s.closeDialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'quickAdd':
      return <QuickAdd onClose={close} />;
    case 'shortcuts':
      return <ShortcutHelp onClose={close} />;
    case 'offer':
      return <OfferDialog applicationId={dialog.applicationId} onClose={close} />;
    case 'data':
      return <DataDialog focus={dialog.focus} onClose={close} />;
  }
}
