import { ChevronDown, FileText, FolderOpen, LoaderCircle, Table2, Upload } from 'lucide-react';
import { useT } from '../../../i18n';
import { Button, Menu, Tooltip } from '../../../ui';
import type { ImportKind } from '../import-files';

export type ImportButtonProps = {
  onImport: (kind?: ImportKind) => void;
  isImporting: boolean;
  variant?: 'primary' | 'secondary';
  /** Where the menu of other imports opens (towards the window's inside). */
  menuAlign?: 'start' | 'end';
};

/** A split button: Import (transcripts) in one click, and a menu for a folder or a participants table. */
export function ImportButton({ onImport, isImporting, variant = 'secondary', menuAlign = 'end' }: ImportButtonProps) {
  const t = useT();
  const i = t.importing;
  return (
    <span className={`split-button split-${variant}`}>
      <Tooltip label={t.documents.importTitle}>
        <Button
          variant={variant}
          icon={isImporting ? <LoaderCircle size={15} className="spin" aria-hidden="true" /> : <Upload size={15} aria-hidden="true" />}
          onClick={() => onImport('documents')}
          disabled={isImporting}
          data-testid="import-button"
        >
          {t.documents.import}
        </Button>
      </Tooltip>
      <Menu
        label={i.menu}
        align={menuAlign}
        testId="import-menu"
        triggerClassName={`btn btn-${variant} btn-md split-toggle`}
        trigger={<ChevronDown size={14} aria-hidden="true" />}
        entries={[
          { kind: 'item', id: 'files', label: i.files, hint: i.filesHint, icon: <FileText size={15} />, disabled: isImporting, testId: 'import-files', onSelect: () => onImport('documents') },
          { kind: 'item', id: 'folder', label: i.folder, hint: i.folderHint, icon: <FolderOpen size={15} />, disabled: isImporting, testId: 'import-folder', onSelect: () => onImport('folder') },
          { kind: 'separator', id: 'sep' },
          { kind: 'item', id: 'table', label: i.table, hint: i.tableHint, icon: <Table2 size={15} />, disabled: isImporting, testId: 'import-table', onSelect: () => onImport('participants') },
        ]}
      />
    </span>
  );
}
