import { TriangleAlert } from 'lucide-react';
import { useRef } from 'react';
import { useT } from '../../../i18n';
import { Button, Dialog } from '../../../ui';

export type UnsavedChangesDialogProps = { onKeepEditing: () => void; onDiscard: () => void; onSave: () => void; isSaving: boolean };

/** Leaving an edit with unsaved changes: keep editing (the default), discard, or save first. */
export function UnsavedChangesDialog({ onKeepEditing, onDiscard, onSave, isSaving }: UnsavedChangesDialogProps) {
  const t = useT();
  const keep = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={t.editing.discardTitle}
      role="alertdialog"
      size="sm"
      onClose={onKeepEditing}
      initialFocus={keep}
      closeLabel={t.common.close}
      icon={<TriangleAlert size={18} />}
      testId="unsaved-changes-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onDiscard} data-testid="discard-changes">
            {t.editing.discard}
          </Button>
          <Button ref={keep} onClick={onKeepEditing} data-testid="keep-editing">
            {t.editing.keepEditing}
          </Button>
          <Button variant="primary" onClick={onSave} disabled={isSaving} data-testid="save-changes">
            {t.editing.saveAndLeave}
          </Button>
        </>
      }
    >
      <p>{t.editing.discardBody}</p>
    </Dialog>
  );
}
