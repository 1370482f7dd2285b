import { TriangleAlert } from 'lucide-react';
import type { AppError } from '../../../../shared/result';
import { useT } from '../../../i18n';
import { Button, Dialog } from '../../../ui';

export type ProjectErrorDialogProps = { error: AppError; onClose: () => void };

/** A project that cannot be opened or created, explained (the core's own message as detail). */
export function ProjectErrorDialog({ error, onClose }: ProjectErrorDialogProps) {
  const t = useT();
  const e = t.project.errors;
  const text =
    error.code === 'NOT_A_PROJECT' ||
    error.code === 'PROJECT_LOCKED' ||
    error.code === 'PROJECT_TOO_NEW' ||
    error.code === 'PROJECT_CORRUPT' ||
    error.code === 'NOT_FOUND' ||
    error.code === 'CONFLICT'
      ? e[error.code]
      : e.generic;
  return (
    <Dialog
      title={text.title}
      role="alertdialog"
      size="sm"
      onClose={onClose}
      closeLabel={t.common.close}
      icon={<TriangleAlert size={18} />}
      testId="project-error-dialog"
      footer={
        <Button variant="primary" onClick={onClose}>
          {t.common.ok}
        </Button>
      }
    >
      {text.body && <p>{text.body}</p>}
      <p className="note">
        {e.details} {error.message}
      </p>
    </Dialog>
  );
}
