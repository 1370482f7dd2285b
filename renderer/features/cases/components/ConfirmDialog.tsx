import { Trash2 } from 'lucide-react';
import { useRef, type ReactNode } from 'react';
import { useT } from '../../../i18n';
import { Button, Dialog } from '../../../ui';

export type ConfirmDialogProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
};

/** Asks before a deletion; Cancel has the focus, so that Enter never destroys by accident. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, testId }: ConfirmDialogProps) {
  const t = useT();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={title}
      role="alertdialog"
      size="sm"
      onClose={onCancel}
      initialFocus={cancel}
      closeLabel={t.common.close}
      icon={<Trash2 size={18} />}
      {...(testId ? { testId } : {})}
      footer={
        <>
          <Button ref={cancel} variant="ghost" onClick={onCancel}>
            {t.common.cancel}
          </Button>
          <Button variant="danger" onClick={onConfirm} data-testid="confirm-delete">
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
