import { Download } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { Button, Tooltip } from '../../../ui';
import { ExportDialog } from './ExportDialog';

export type ExportButtonProps = {
  projectName: string;
  onOpenAnonymization: () => void;
  /** The dialog opens with "anonymized" ticked (while the Anonymization view is shown). */
  anonymizedByDefault?: boolean;
};

/** The top bar's Export button and its dialog. */
export function ExportButton({ projectName, onOpenAnonymization, anonymizedByDefault = false }: ExportButtonProps) {
  const te = useT().exports;
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip label={te.buttonTitle} align="end">
        <Button variant="ghost" size="sm" icon={<Download size={15} aria-hidden="true" />} onClick={() => setOpen(true)} data-testid="export-button">
          {te.button}
        </Button>
      </Tooltip>
      {open && <ExportDialog projectName={projectName} onClose={() => setOpen(false)} onOpenAnonymization={onOpenAnonymization} defaultAnonymized={anonymizedByDefault} />}
    </>
  );
}
