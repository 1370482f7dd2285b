import { FileText, LoaderCircle, Upload, UsersRound } from 'lucide-react';
import type { DocumentSummary } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Button, EmptyState, moveFocus } from '../../../ui';
import { useAttributes, useCases } from '../hooks/useCases';

export type ParticipantsPanelProps = {
  documents: readonly DocumentSummary[];
  selectedCaseId: number | null;
  onSelectCase: (id: number) => void;
  onOpenDocument: (id: number) => void;
  onImportTable: () => void;
  isImporting: boolean;
};

/** The sidebar's list of participants, each with the documents linked to it; the table is in the centre. */
export function ParticipantsPanel({ documents, selectedCaseId, onSelectCase, onOpenDocument, onImportTable, isImporting }: ParticipantsPanelProps) {
  const t = useT();
  const cases = useCases();
  const attributes = useAttributes();
  const list = [...(cases.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'fr', { numeric: true, sensitivity: 'base' }));
  const docName = new Map(documents.map((d) => [d.id, d.name]));
  // A short profile under each name (the first two categories: group, gender…), as a reminder.
  const summaryAttributes = (attributes.data ?? []).filter((a) => a.type === 'category').slice(0, 2);

  return (
    <div className="panel-scroll">
      <div className="panel-toolbar panel-toolbar-sticky">
        <Button
          size="sm"
          variant="ghost"
          icon={isImporting ? <LoaderCircle size={15} className="spin" /> : <Upload size={15} />}
          onClick={onImportTable}
          disabled={isImporting}
          title={t.cases.importTableTitle}
          data-testid="panel-import-table-button"
        >
          {t.cases.importTable}
        </Button>
      </div>
      {cases.isSuccess && list.length === 0 && (
        <EmptyState compact icon={<UsersRound size={22} />} title={t.cases.empty.title} testId="participants-list-empty">
          <p>{t.cases.sidebarEmpty}</p>
        </EmptyState>
      )}
      {list.length > 0 && (
        <ul className="case-list" aria-label={t.cases.listLabel} data-testid="case-list" onKeyDown={moveFocus}>
          {list.map((c) => {
            const profile = summaryAttributes.map((a) => c.values[String(a.id)]).filter((v): v is string => !!v);
            return (
              <li key={c.id} className={c.id === selectedCaseId ? 'case-item is-selected' : 'case-item'} data-testid="case-item">
                <button type="button" className="case-main" aria-current={c.id === selectedCaseId ? 'true' : undefined} onClick={() => onSelectCase(c.id)} data-nav-item>
                  <span className="case-item-name">{c.name}</span>
                  <span className="case-item-meta">{[...profile, t.cases.docs(c.documentIds.length)].join(' · ')}</span>
                </button>
                {c.documentIds.length > 0 && (
                  <ul className="case-docs">
                    {c.documentIds.map((id) => (
                      <li key={id}>
                        <button type="button" className="case-doc" onClick={() => onOpenDocument(id)} title={t.cases.openDocument(docName.get(id) ?? '')}>
                          <FileText size={12} aria-hidden="true" />
                          <span>{docName.get(id) ?? '…'}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
