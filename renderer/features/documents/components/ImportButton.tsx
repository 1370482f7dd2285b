import { LoaderCircle, Upload } from 'lucide-react';
import { useT } from '../../../i18n';
import { Button, Tooltip } from '../../../ui';

export type ImportButtonProps = { onImport: () => void; isImporting: boolean; variant?: 'primary' | 'secondary' };

export function ImportButton({ onImport, isImporting, variant = 'secondary' }: ImportButtonProps) {
  const t = useT();
  return (
    <Tooltip label={t.documents.importTitle}>
      <Button
        variant={variant}
        icon={isImporting ? <LoaderCircle size={15} className="spin" aria-hidden="true" /> : <Upload size={15} aria-hidden="true" />}
        onClick={onImport}
        disabled={isImporting}
        data-testid="import-button"
      >
        {t.documents.import}
      </Button>
    </Tooltip>
  );
}
