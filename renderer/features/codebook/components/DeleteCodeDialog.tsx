import { Trash2 } from 'lucide-react';
import { useRef } from 'react';
import type { Code } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { shortcutLabel } from '../../../platform';
import { Button, Dialog } from '../../../ui';

export type DeleteCodeDialogProps = {
  code: Code;
  /** Sub-codes at every level below it. */
  descendants: number;
  /** Codings of the code and all its sub-codes. */
  codings: number;
  onCancel: () => void;
  onConfirm: () => void;
};

/** Says what goes with the code, that a backup is kept, and that Undo brings it all back. */
export function DeleteCodeDialog({ code, descendants, codings, onCancel, onConfirm }: DeleteCodeDialogProps) {
  const t = useT();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={t.codebook.deleteTitle(code.name)}
      role="alertdialog"
      size="sm"
      icon={<Trash2 size={18} />}
      onClose={onCancel}
      closeLabel={t.common.close}
      initialFocus={cancel}
      testId="delete-code-dialog"
      footer={
        <>
          <Button ref={cancel} variant="ghost" onClick={onCancel}>
            {t.common.cancel}
          </Button>
          <Button variant="danger" onClick={onConfirm} data-testid="delete-code-confirm">
            {t.common.delete}
          </Button>
        </>
      }
    >
      <p>{t.codebook.deleteBody(descendants, codings)}</p>
      <p className="note">{t.codebook.deleteBackup(shortcutLabel('mod+z', t.keys))}</p>
    </Dialog>
  );
}
