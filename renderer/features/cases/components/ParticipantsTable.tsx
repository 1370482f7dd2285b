import { ArrowDown, FileText, Link2, LoaderCircle, Plus, Upload } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Attribute, Case, DocumentSummary, LinkReport } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { shortcutLabel } from '../../../platform';
import { Button } from '../../../ui';
import { compareValues } from '../attribute-format';
import { useAttributes, useCases } from '../hooks/useCases';
import { useAutoLink, useDeleteAttribute, useDeleteCase } from '../hooks/useCaseMutations';
import { AddCaseRow } from './AddCaseRow';
import { AttributeDialog } from './AttributeDialog';
import { AttributeHeader } from './AttributeHeader';
import { AutoLinkDialog } from './AutoLinkDialog';
import { CaseNameCell } from './CaseNameCell';
import { ConfirmDialog } from './ConfirmDialog';
import { ParticipantsEmpty } from './ParticipantsEmpty';
import { ValueCell } from './ValueCell';

export type ParticipantsTableProps = {
  documents: readonly DocumentSummary[];
  onOpenDocument: (id: number) => void;
  onImportTable: () => void;
  isImporting: boolean;
  selectedCaseId: number | null;
  onSelectCase: (id: number | null) => void;
};

const byName = (a: Case, b: Case) => a.name.localeCompare(b.name, 'fr', { numeric: true, sensitivity: 'base' });

type Sort = { attributeId: number | null; descending: boolean };

/** Rows by identifier, or by an attribute's values as their type orders them (empty values last, ties by identifier). */
function sortCases(cases: readonly Case[], attributes: readonly Attribute[], sort: Sort): Case[] {
  const attribute = attributes.find((a) => a.id === sort.attributeId);
  const sign = sort.descending ? -1 : 1;
  return [...cases].sort((a, b) => {
    if (!attribute) return sign * byName(a, b);
    const va = a.values[String(attribute.id)];
    const vb = b.values[String(attribute.id)];
    if (!va || !vb) return compareValues(attribute.type, va, vb) || byName(a, b);
    return sign * compareValues(attribute.type, va, vb) || byName(a, b);
  });
}

/** Arrow keys move between cells, as in a spreadsheet; the cell under focus keeps its own keys while editing. */
function moveBetweenCells(e: KeyboardEvent<HTMLTableElement>) {
  const target = e.target as HTMLElement;
  const at = target.dataset.cell;
  if (!at || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
  const [row = 0, col = 0] = at.split(':').map(Number);
  const next =
    e.key === 'ArrowUp' ? [row - 1, col] : e.key === 'ArrowDown' ? [row + 1, col] : e.key === 'ArrowLeft' ? [row, col - 1] : e.key === 'ArrowRight' ? [row, col + 1] : e.key === 'Home' ? [row, 0] : [row, -1];
  let cell: HTMLElement | null;
  if (next[1] === -1) {
    const inRow = e.currentTarget.querySelectorAll<HTMLElement>(`[data-cell^="${row}:"]`);
    cell = inRow[inRow.length - 1] ?? null;
  } else {
    cell = e.currentTarget.querySelector<HTMLElement>(`[data-cell="${next[0]}:${next[1]}"]`);
  }
  if (!cell) return;
  e.preventDefault();
  cell.focus();
}

/** Participants × attributes: typed values edited in place, columns managed from their headers. */
export function ParticipantsTable({ documents, onOpenDocument, onImportTable, isImporting, selectedCaseId, onSelectCase }: ParticipantsTableProps) {
  const t = useT();
  const cases = useCases();
  const attributes = useAttributes();
  const autoLink = useAutoLink();
  const deleteCase = useDeleteCase();
  const deleteAttribute = useDeleteAttribute();
  const [attributeDialog, setAttributeDialog] = useState<{ attribute?: Attribute } | null>(null);
  const [toDeleteCase, setToDeleteCase] = useState<Case | null>(null);
  const [toDeleteAttribute, setToDeleteAttribute] = useState<Attribute | null>(null);
  const [linkReport, setLinkReport] = useState<LinkReport | null>(null);
  const [startedByHand, setStartedByHand] = useState(false);
  const [sort, setSort] = useState<Sort>({ attributeId: null, descending: false });
  const newCase = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const columns = attributes.data ?? [];
  const list = sortCases(cases.data ?? [], columns, sort);
  const sortBy = (attributeId: number | null) =>
    setSort((s) => ({ attributeId, descending: s.attributeId === attributeId ? !s.descending : false }));
  const sortedAs = (attributeId: number | null) => (sort.attributeId !== attributeId ? null : sort.descending ? 'descending' : 'ascending');
  const docName = new Map(documents.map((d) => [d.id, d.name]));

  useEffect(() => {
    if (selectedCaseId === null) return;
    scroller.current?.querySelector(`[data-case-id="${selectedCaseId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedCaseId]);

  useEffect(() => {
    if (startedByHand) newCase.current?.focus();
  }, [startedByHand]);

  if (!cases.data || !attributes.data) return <div className="participants" aria-busy="true" />;

  if (list.length === 0 && columns.length === 0 && !startedByHand) {
    return (
      <div className="participants participants-is-empty">
        <ParticipantsEmpty onImportTable={onImportTable} onAdd={() => setStartedByHand(true)} />
      </div>
    );
  }

  return (
    <div className="participants" data-testid="participants-table-view">
      <header className="participants-header">
        <div className="participants-heading">
          <h1 className="participants-title">{t.cases.title}</h1>
          <p className="participants-summary">{t.cases.summary(list.length, columns.length)}</p>
        </div>
        <div className="participants-actions">
          <Button
            size="sm"
            variant="ghost"
            icon={isImporting ? <LoaderCircle size={15} className="spin" aria-hidden="true" /> : <Upload size={15} aria-hidden="true" />}
            onClick={onImportTable}
            disabled={isImporting}
            title={t.cases.importTableTitle}
            data-testid="participants-import-button"
          >
            {t.cases.importTable}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            icon={autoLink.isPending ? <LoaderCircle size={15} className="spin" aria-hidden="true" /> : <Link2 size={15} aria-hidden="true" />}
            onClick={() => autoLink.mutate(undefined, { onSuccess: setLinkReport })}
            disabled={autoLink.isPending || list.length === 0}
            title={t.cases.autoLinkTitle}
            data-testid="auto-link-button"
          >
            {t.cases.autoLink}
          </Button>
          <Button size="sm" icon={<Plus size={15} aria-hidden="true" />} onClick={() => setAttributeDialog({})} title={t.cases.addAttributeTitle} data-testid="add-attribute-button">
            {t.cases.addAttribute}
          </Button>
          <Button
            size="sm"
            icon={<Plus size={15} aria-hidden="true" />}
            onClick={() => {
              newCase.current?.focus();
              newCase.current?.scrollIntoView({ block: 'nearest' });
            }}
            title={t.cases.addCaseTitle}
            data-testid="add-case-button"
          >
            {t.cases.addCase}
          </Button>
        </div>
      </header>
      <div className="participants-scroll" ref={scroller}>
        <table className="participants-table" aria-label={t.cases.tableLabel} data-testid="participants-table" onKeyDown={moveBetweenCells}>
          <thead>
            <tr>
              <th scope="col" className="case-name-header" aria-sort={sortedAs(null) ?? 'none'}>
                <button type="button" className="attribute-name" onClick={() => sortBy(null)} title={t.cases.sortBy(t.cases.identifier)}>
                  {t.cases.identifier}
                  {sortedAs(null) === 'descending' && <ArrowDown size={12} aria-hidden="true" />}
                </button>
              </th>
              {columns.map((a) => (
                <AttributeHeader
                  key={a.id}
                  attribute={a}
                  sorted={sortedAs(a.id)}
                  onSort={() => sortBy(a.id)}
                  onEdit={() => setAttributeDialog({ attribute: a })}
                  onDelete={() => setToDeleteAttribute(a)}
                />
              ))}
              <th scope="col" className="docs-header">
                {t.cases.documents}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((c, row) => (
              <tr
                key={c.id}
                data-case-id={c.id}
                data-testid="case-row"
                data-case-name={c.name}
                className={c.id === selectedCaseId ? 'is-selected' : undefined}
                onFocus={() => c.id !== selectedCaseId && onSelectCase(c.id)}
              >
                <CaseNameCell participant={c} row={row} isSelected={c.id === selectedCaseId} onDelete={() => setToDeleteCase(c)} />
                {columns.map((a, i) => (
                  <ValueCell key={a.id} participant={c} attribute={a} row={row} col={i + 1} />
                ))}
                <td className="docs-cell" data-testid="case-documents">
                  {c.documentIds.map((id) => (
                    <button key={id} type="button" className="doc-link" onClick={() => onOpenDocument(id)} title={t.cases.openDocument(docName.get(id) ?? '')}>
                      <FileText size={12} aria-hidden="true" />
                      {docName.get(id) ?? '…'}
                    </button>
                  ))}
                </td>
              </tr>
            ))}
            <AddCaseRow columns={columns.length + 1} inputRef={newCase} onCreated={onSelectCase} />
          </tbody>
        </table>
      </div>
      {attributeDialog && <AttributeDialog {...attributeDialog} onClose={() => setAttributeDialog(null)} />}
      {toDeleteCase && (
        <ConfirmDialog
          title={t.cases.deleteCaseTitle(toDeleteCase.name)}
          confirmLabel={t.common.delete}
          testId="delete-case-dialog"
          onCancel={() => setToDeleteCase(null)}
          onConfirm={() => {
            deleteCase.mutate(toDeleteCase.id);
            setToDeleteCase(null);
          }}
        >
          <p>{t.cases.deleteCaseBody(toDeleteCase.documentIds.length)}</p>
          <p className="note">{t.cases.undoNote(shortcutLabel('mod+z', t.keys))}</p>
        </ConfirmDialog>
      )}
      {toDeleteAttribute && (
        <ConfirmDialog
          title={t.cases.attribute.deleteTitle(toDeleteAttribute.name)}
          confirmLabel={t.common.delete}
          testId="delete-attribute-dialog"
          onCancel={() => setToDeleteAttribute(null)}
          onConfirm={() => {
            deleteAttribute.mutate(toDeleteAttribute.id);
            setToDeleteAttribute(null);
          }}
        >
          <p>{t.cases.attribute.deleteBody(list.filter((c) => (c.values[String(toDeleteAttribute.id)] ?? '') !== '').length)}</p>
          <p className="note">{t.cases.undoNote(shortcutLabel('mod+z', t.keys))}</p>
        </ConfirmDialog>
      )}
      {linkReport && <AutoLinkDialog report={linkReport} documents={documents} onClose={() => setLinkReport(null)} />}
    </div>
  );
}
