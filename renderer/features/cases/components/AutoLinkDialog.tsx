import { Link2 } from 'lucide-react';
import { useRef } from 'react';
import type { DocumentSummary, LinkReport } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Button, Dialog } from '../../../ui';
import { LinkReportView } from './LinkReportView';

export type AutoLinkDialogProps = { report: LinkReport; documents: readonly DocumentSummary[]; onClose: () => void };

export function AutoLinkDialog({ report, documents, onClose }: AutoLinkDialogProps) {
  const t = useT();
  const ok = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={t.cases.linkReport.title}
      onClose={onClose}
      initialFocus={ok}
      closeLabel={t.common.close}
      icon={<Link2 size={18} />}
      testId="auto-link-dialog"
      footer={
        <Button ref={ok} variant="primary" onClick={onClose}>
          {t.common.ok}
        </Button>
      }
    >
      <LinkReportView report={report} documents={documents} />
    </Dialog>
  );
}
