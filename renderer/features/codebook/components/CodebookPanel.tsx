import {
  ArrowDown,
  ArrowLeft,
  ArrowRight,
  ArrowUp,
  BookOpenText,
  GitMerge,
  NotebookPen,
  Pencil,
  Plus,
  Search,
  Tags,
  Trash2,
  X,
} from 'lucide-react';
import { memo, useMemo, useState } from 'react';
import type { Code, MemoTarget } from '../../../../shared/contract';
import { errorCodeOf } from '../../../api';
import { useT } from '../../../i18n';
import { shortcutLabel } from '../../../platform';
import { EmptyState, IconButton, useToasts } from '../../../ui';
import { dropMove, indexCodes, keyboardMove, visibleRows, type DropPlace, type KeyboardMove } from '../code-tree';
import { isCodeDrag, readDraggedCode } from '../code-drag';
import { useDeleteCode, useMergeCodes, useMoveCode, useUpdateCode } from '../hooks/useCodeMutations';
import { useCodes } from '../hooks/useCodes';
import { CodeDetails } from './CodeDetails';
import { CodeForm } from './CodeForm';
import { CodeTree } from './CodeTree';
import { ContextMenu, type ContextMenuItem } from './ContextMenu';
import { DeleteCodeDialog } from './DeleteCodeDialog';
import { MergeCodeDialog } from './MergeCodeDialog';

export type CodebookPanelProps = {
  selectedId: number | null;
  onSelect: (id: number) => void;
  /** Opens (or starts) a memo on a code in the Memos tab. */
  onOpenMemo?: ((target: MemoTarget, label: string) => void) | undefined;
};

type Creating = { parent: Code | null } | null;
type Menu = { code: Code; at: { x: number; y: number } } | null;
type Merging = { source: Code; target: Code | null } | null;

/**
 * The codebook: a filter, the tree with counts (own codings and documents, Σ with sub-codes), and
 * everything one does to codes — create, rename in place, recolour and define (the side editor),
 * move (drag and drop or Alt+arrows), merge, delete — each one step of Undo.
 */
export const CodebookPanel = memo(function CodebookPanel({ selectedId, onSelect, onOpenMemo }: CodebookPanelProps) {
  const t = useT();
  const toasts = useToasts();
  const codes = useCodes();
  const list = useMemo(() => codes.data ?? [], [codes.data]);
  const index = useMemo(() => indexCodes(list), [list]);
  const [creating, setCreating] = useState<Creating>(null);
  const [filter, setFilter] = useState('');
  const [renamingId, setRenamingId] = useState<number | null>(null);
  const [isDefining, setDefining] = useState(false);
  const [menu, setMenu] = useState<Menu>(null);
  const [merging, setMerging] = useState<Merging>(null);
  const [deleting, setDeleting] = useState<Code | null>(null);
  const [rootDrop, setRootDrop] = useState(false);
  const update = useUpdateCode();
  const move = useMoveCode();
  const merge = useMergeCodes();
  const remove = useDeleteCode();

  const shownCount = useMemo(() => (filter ? visibleRows(list, new Set(), filter).filter((r) => r.isMatch).length : list.length), [list, filter]);
  // The definition panel, once open, shows the selected code's.
  const details = isDefining && selectedId !== null ? index.byId.get(selectedId) : undefined;

  const rename = (id: number, name: string | null) => {
    setRenamingId(null);
    if (name === null) return;
    update.mutate(
      { id, name },
      { onError: (e) => toasts.push('error', errorCodeOf(e) === 'CONFLICT' ? t.codebook.conflict : e.message) },
    );
  };

  const moveTo = (id: number, target: { parentId: number | null; position: number } | null) => {
    if (target) move.mutate({ id, ...target });
  };
  const keyboard = (id: number, how: KeyboardMove) => moveTo(id, keyboardMove(index, id, how));
  const drop = (dragged: number, over: number, place: DropPlace | 'merge') => {
    if (place === 'merge') {
      const source = index.byId.get(dragged);
      const target = index.byId.get(over);
      if (source && target) setMerging({ source, target });
      return;
    }
    moveTo(dragged, dropMove(index, dragged, over, place));
  };

  const descendants = (id: number): number => (index.children.get(id) ?? []).reduce((n, c) => n + 1 + descendants(c.id), 0);

  const menuItems = (code: Code): ContextMenuItem[] => {
    const parentId = code.parentId !== null && index.byId.has(code.parentId) ? code.parentId : null;
    const siblings = index.children.get(parentId) ?? [];
    const at = siblings.findIndex((c) => c.id === code.id);
    return [
      { kind: 'item', id: 'rename', label: t.codebook.renameAction, hint: 'F2', icon: <Pencil size={14} />, onSelect: () => setRenamingId(code.id) },
      {
        kind: 'item',
        id: 'define',
        label: t.codebook.defineAction,
        icon: <BookOpenText size={14} />,
        onSelect: () => {
          onSelect(code.id);
          setDefining(true);
        },
      },
      { kind: 'item', id: 'child', label: t.codebook.newChildAction, hint: '+', icon: <Plus size={14} />, onSelect: () => setCreating({ parent: code }) },
      { kind: 'item', id: 'memo', label: t.codebook.memoAction, icon: <NotebookPen size={14} />, disabled: !onOpenMemo, onSelect: () => onOpenMemo?.({ type: 'code', id: code.id }, code.name) },
      { kind: 'separator', id: 's1' },
      { kind: 'item', id: 'up', label: t.codebook.moveUp, hint: shortcutLabel('alt+↑', t.keys), icon: <ArrowUp size={14} />, disabled: at <= 0, onSelect: () => keyboard(code.id, 'up') },
      { kind: 'item', id: 'down', label: t.codebook.moveDown, hint: shortcutLabel('alt+↓', t.keys), icon: <ArrowDown size={14} />, disabled: at >= siblings.length - 1, onSelect: () => keyboard(code.id, 'down') },
      { kind: 'item', id: 'outdent', label: t.codebook.outdent, hint: shortcutLabel('alt+←', t.keys), icon: <ArrowLeft size={14} />, disabled: parentId === null, onSelect: () => keyboard(code.id, 'outdent') },
      { kind: 'item', id: 'indent', label: t.codebook.indent, hint: shortcutLabel('alt+→', t.keys), icon: <ArrowRight size={14} />, disabled: at <= 0, onSelect: () => keyboard(code.id, 'indent') },
      { kind: 'separator', id: 's2' },
      { kind: 'item', id: 'merge', label: t.codebook.mergeAction, icon: <GitMerge size={14} />, onSelect: () => setMerging({ source: code, target: null }) },
      { kind: 'item', id: 'delete', label: t.codebook.deleteAction, hint: t.codebook.deleteKey, icon: <Trash2 size={14} />, danger: true, onSelect: () => setDeleting(code) },
    ];
  };

  const form = creating && (
    <CodeForm
      key={creating.parent?.id ?? 'root'}
      parent={creating.parent}
      codes={list}
      onCancel={() => setCreating(null)}
      onCreated={(code) => {
        setCreating(null);
        onSelect(code.id);
      }}
    />
  );

  return (
    <div className="codebook-panel">
      <div className="panel-scroll codebook-scroll">
        <div className="panel-toolbar codebook-toolbar">
          <label className="filter-box">
            <Search size={14} aria-hidden="true" />
            <input
              className="filter-input"
              type="search"
              value={filter}
              placeholder={t.codebook.filterPlaceholder}
              aria-label={t.codebook.filterLabel}
              data-testid="code-filter"
              onChange={(e) => setFilter(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && filter) {
                  e.preventDefault();
                  e.stopPropagation();
                  setFilter('');
                } else if (e.key === 'ArrowDown') {
                  e.preventDefault();
                  e.currentTarget.closest('.codebook-panel')?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus();
                }
              }}
            />
            {filter && (
              <button type="button" className="icon-btn icon-btn-sm filter-clear" aria-label={t.codebook.clearFilter} onClick={() => setFilter('')}>
                <X size={13} />
              </button>
            )}
          </label>
          <IconButton
            label={t.codebook.newCode}
            icon={<Plus size={17} />}
            tooltipAlign="end"
            onClick={() => setCreating({ parent: null })}
            data-testid="new-code-button"
          />
        </div>
        {form}
        {codes.isSuccess && list.length === 0 && !creating && (
          <EmptyState compact icon={<Tags size={26} />} title={t.codebook.emptyTitle} testId="codebook-empty">
            <p>{t.codebook.emptyBody}</p>
          </EmptyState>
        )}
        {list.length > 0 && (
          <>
            <div className="code-columns" aria-hidden="true">
              <span>{filter ? t.codebook.filtered(shownCount, list.length) : t.codebook.columnCode}</span>
              <span className="code-count" title={t.codebook.columnCodingsTitle}>
                {t.codebook.columnCodings}
              </span>
              <span className="code-docs" title={t.codebook.columnDocsTitle}>
                {t.codebook.columnDocs}
              </span>
              <span className="code-actions-spacer" />
            </div>
            {filter && shownCount === 0 ? (
              <p className="inspector-note codebook-nomatch" data-testid="code-filter-empty">
                {t.codebook.noFilterMatch(filter.trim())}
              </p>
            ) : (
              <CodeTree
                codes={list}
                index={index}
                selectedId={selectedId}
                filter={filter}
                renamingId={renamingId}
                onSelect={onSelect}
                onAddChild={(parent) => setCreating({ parent })}
                onStartRename={setRenamingId}
                onRename={rename}
                onKeyboardMove={keyboard}
                onDrop={drop}
                onDelete={setDeleting}
                onMenu={(code, at) => setMenu({ code, at })}
              />
            )}
            <div
              className={rootDrop ? 'code-root-drop is-over' : 'code-root-drop'}
              data-testid="code-root-drop"
              onDragOver={(e) => {
                if (!isCodeDrag(e.dataTransfer)) return;
                e.preventDefault();
                setRootDrop(true);
              }}
              onDragLeave={() => setRootDrop(false)}
              onDrop={(e) => {
                setRootDrop(false);
                const id = readDraggedCode(e.dataTransfer);
                if (id === null) return;
                e.preventDefault();
                const roots = (index.children.get(null) ?? []).filter((c) => c.id !== id);
                moveTo(id, { parentId: null, position: roots.length });
              }}
            >
              {t.codebook.dropToTop}
            </div>
            <p id="codebook-keys" className="codebook-keys">
              {t.codebook.keysHint}
            </p>
          </>
        )}
      </div>
      {details && (
        <CodeDetails
          key={details.id}
          code={details}
          total={(index.children.get(details.id)?.length ?? 0) > 0 ? (index.totals.get(details.id) ?? null) : null}
          onClose={() => setDefining(false)}
          onMerge={() => setMerging({ source: details, target: null })}
          onDelete={() => setDeleting(details)}
          onOpenMemo={() => onOpenMemo?.({ type: 'code', id: details.id }, details.name)}
        />
      )}
      {menu && <ContextMenu at={menu.at} label={t.codebook.actionsFor(menu.code.name)} items={menuItems(menu.code)} onClose={() => setMenu(null)} testId="code-menu" />}
      {deleting && (
        <DeleteCodeDialog
          code={deleting}
          descendants={descendants(deleting.id)}
          codings={index.totals.get(deleting.id) ?? deleting.codings}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            remove.mutate(deleting.id);
            setDeleting(null);
          }}
        />
      )}
      {merging && (
        <MergeCodeDialog
          source={merging.source}
          index={index}
          initialTarget={merging.target}
          onCancel={() => setMerging(null)}
          onConfirm={(target) => {
            merge.mutate(
              { sourceId: merging.source.id, targetId: target.id },
              { onSuccess: () => toasts.push('info', t.codebook.merged(merging.source.name, target.name)) },
            );
            onSelect(target.id);
            setMerging(null);
          }}
        />
      )}
    </div>
  );
});
