import { Pencil, Trash2 } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { IconButton } from '../../../ui';
import { RenameDocumentField } from './RenameDocumentField';

export type DocumentListItemProps = {
  document: DocumentSummary;
  isSelected: boolean;
  onSelect: () => void;
  onDelete: () => void;
};

export function DocumentListItem({ document: doc, isSelected, onSelect, onDelete }: DocumentListItemProps) {
  const t = useT();
  const [isRenaming, setRenaming] = useState(false);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'F2') {
      e.preventDefault();
      setRenaming(true);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      onDelete();
    }
  };

  return (
    <li className={isSelected ? 'doc-item is-selected' : 'doc-item'} data-testid="document-item" data-document-id={doc.id}>
      {isRenaming ? (
        <RenameDocumentField document={doc} onDone={() => setRenaming(false)} />
      ) : (
        <button
          type="button"
          className="doc-main"
          aria-current={isSelected ? 'true' : undefined}
          onClick={onSelect}
          onDoubleClick={() => setRenaming(true)}
          onKeyDown={onKeyDown}
          data-nav-item
        >
          <span className="doc-name">{doc.name}</span>
          <span className="doc-meta">
            {t.documents.words(doc.words)}
            {doc.codings > 0 && <> · {t.documents.codings(doc.codings)}</>}
          </span>
        </button>
      )}
      {!isRenaming && (
        <span className="doc-actions">
          <IconButton size="sm" bare label={t.documents.rename(doc.name)} icon={<Pencil size={14} />} onClick={() => setRenaming(true)} />
          <IconButton
            size="sm"
            bare
            label={t.documents.delete(doc.name)}
            icon={<Trash2 size={14} />}
            onClick={onDelete}
            data-testid="document-delete"
          />
        </span>
      )}
    </li>
  );
}
