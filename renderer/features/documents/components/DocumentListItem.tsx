import { Pencil, Trash2, UserRound } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import type { Case, DocumentSummary } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { IconButton } from '../../../ui';
import { CaseSelect, useSetDocumentCase } from '../../cases';
import { RenameDocumentField } from './RenameDocumentField';

export type DocumentListItemProps = {
  document: DocumentSummary;
  isSelected: boolean;
  onSelect: () => void;
  onDelete: () => void;
  /** The project's participants: when there are some, each document shows and sets its own. */
  cases: readonly Case[];
};

export function DocumentListItem({ document: doc, isSelected, onSelect, onDelete, cases }: DocumentListItemProps) {
  const t = useT();
  const [isRenaming, setRenaming] = useState(false);
  const setCase = useSetDocumentCase();

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
          <span className="doc-name" title={doc.name}>
            {doc.name}
          </span>
          <span className="doc-meta">
            {t.documents.words(doc.words)}
            {doc.codings > 0 && <> · {t.documents.codings(doc.codings)}</>}
          </span>
        </button>
      )}
      {!isRenaming && cases.length > 0 && (
        <span className="doc-case">
          <UserRound size={12} aria-hidden="true" />
          <CaseSelect
            value={doc.caseId}
            cases={cases}
            label={t.cases.select.label(doc.name)}
            className="select select-bare doc-case-select"
            testId="document-case"
            onChange={(caseId) => setCase.mutate({ documentId: doc.id, caseId })}
          />
        </span>
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
