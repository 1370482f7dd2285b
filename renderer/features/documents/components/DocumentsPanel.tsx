import { FileText, LoaderCircle, Upload } from 'lucide-react';
import { useState } from 'react';
import type { DocumentSummary } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Button, EmptyState, moveFocus } from '../../../ui';
import { useCases } from '../../cases';
import { useDeleteDocument } from '../hooks/useDeleteDocument';
import { useDocuments } from '../hooks/useDocuments';
import { DeleteDocumentDialog } from './DeleteDocumentDialog';
import { DocumentListItem } from './DocumentListItem';
import { ImportProgress } from './ImportProgress';

export type DocumentsPanelProps = {
  selectedId: number | null;
  onSelect: (id: number) => void;
  onImport: () => void;
  isImporting: boolean;
};

export function DocumentsPanel({ selectedId, onSelect, onImport, isImporting }: DocumentsPanelProps) {
  const t = useT();
  const documents = useDocuments();
  const remove = useDeleteDocument();
  const cases = useCases().data ?? [];
  const [toDelete, setToDelete] = useState<DocumentSummary | null>(null);
  const list = documents.data ?? [];

  return (
    <div className="panel-scroll">
      <div className="panel-toolbar panel-toolbar-sticky">
        <Button
          size="sm"
          variant="ghost"
          icon={isImporting ? <LoaderCircle size={15} className="spin" /> : <Upload size={15} />}
          onClick={onImport}
          disabled={isImporting}
          title={t.documents.importTitle}
          data-testid="panel-import-button"
        >
          {t.documents.import}
        </Button>
      </div>
      {isImporting && <ImportProgress />}
      {/* The full invitation to import is in the centre; the list only says it is empty. */}
      {documents.isSuccess && list.length === 0 && (
        <EmptyState compact icon={<FileText size={22} />} title={t.documents.emptyTitle} testId="documents-list-empty">
          <p>{t.documents.emptyList}</p>
        </EmptyState>
      )}
      {list.length > 0 && (
      <ul className="doc-list" aria-label={t.documents.listLabel} data-testid="document-list" onKeyDown={moveFocus}>
        {list.map((d) => (
          <DocumentListItem
            key={d.id}
            document={d}
            isSelected={d.id === selectedId}
            onSelect={() => onSelect(d.id)}
            onDelete={() => setToDelete(d)}
            cases={cases}
          />
        ))}
      </ul>
      )}
      {toDelete && (
        <DeleteDocumentDialog
          document={toDelete}
          onCancel={() => setToDelete(null)}
          onConfirm={() => {
            remove.mutate(toDelete.id);
            setToDelete(null);
          }}
        />
      )}
    </div>
  );
}
