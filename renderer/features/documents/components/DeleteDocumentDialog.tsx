import { Trash2 } from 'lucide-react';
import { useRef } from 'react';
import type { DocumentSummary } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { shortcutLabel } from '../../../platform';
import { Button, Dialog } from '../../../ui';

export type DeleteDocumentDialogProps = { document: DocumentSummary; onConfirm: () => void; onCancel: () => void };

export function DeleteDocumentDialog({ document: doc, onConfirm, onCancel }: DeleteDocumentDialogProps) {
  const t = useT();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={t.documents.deleteTitle(doc.name)}
      role="alertdialog"
      size="sm"
      onClose={onCancel}
      initialFocus={cancel}
      closeLabel={t.common.close}
      icon={<Trash2 size={18} />}
      testId="delete-document-dialog"
      footer={
        <>
          <Button ref={cancel} variant="ghost" onClick={onCancel}>
            {t.common.cancel}
          </Button>
          <Button variant="danger" onClick={onConfirm} data-testid="confirm-delete">
            {t.common.delete}
          </Button>
        </>
      }
    >
      <p>{t.documents.deleteBody(doc.codings)}</p>
      <p className="note">{t.documents.deleteUndo(shortcutLabel('mod+z', t.keys))}</p>
    </Dialog>
  );
}
