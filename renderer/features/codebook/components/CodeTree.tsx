import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Code } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { indexCodes, visibleRows, type CodeIndex, type DropPlace, type KeyboardMove } from '../code-tree';
import { CodeTreeItem, type DropHint } from './CodeTreeItem';

export type CodeTreeProps = {
  codes: readonly Code[];
  selectedId: number | null;
  filter: string;
  renamingId: number | null;
  onSelect: (id: number) => void;
  onAddChild: (parent: Code) => void;
  onStartRename: (id: number) => void;
  onRename: (id: number, name: string | null) => void;
  onKeyboardMove: (id: number, move: KeyboardMove) => void;
  onDrop: (dragged: number, over: number, place: DropPlace | 'merge') => void;
  onDelete: (code: Code) => void;
  onMenu: (code: Code, at: { x: number; y: number }) => void;
  /** Called with the index the tree built (counts with sub-codes), for the rest of the panel. */
  index?: CodeIndex;
};

const MOVES: Record<string, KeyboardMove> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'outdent', ArrowRight: 'indent' };

/**
 * The codebook as a tree (WAI-ARIA tree pattern): arrows move and fold, Enter selects, F2 renames,
 * Alt+arrows move the code, Delete deletes, + adds a sub-code, Shift+F10 opens its menu.
 */
export function CodeTree(props: CodeTreeProps) {
  const { codes, selectedId, filter, renamingId } = props;
  const t = useT();
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const rows = useMemo(() => visibleRows(codes, collapsed, filter), [codes, collapsed, filter]);
  const index = useMemo(() => props.index ?? indexCodes(codes), [codes, props.index]);
  const [focusId, setFocusId] = useState<number | null>(null);
  const [drop, setDrop] = useState<{ id: number; hint: DropHint } | null>(null);
  const tree = useRef<HTMLDivElement>(null);
  const latest = useRef({ props, rows, collapsed, index });
  latest.current = { props, rows, collapsed, index };

  const focusTarget =
    rows.find((r) => r.code.id === focusId)?.code.id ?? rows.find((r) => r.code.id === selectedId)?.code.id ?? rows[0]?.code.id;

  const toggle = useCallback(
    (id: number, expand?: boolean) =>
      setCollapsed((prev) => {
        const next = new Set(prev);
        const shouldExpand = expand ?? next.has(id);
        if (shouldExpand) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  const focusRow = (id: number | undefined) => {
    if (id === undefined) return;
    setFocusId(id);
    tree.current?.querySelector<HTMLElement>(`[data-code-id="${id}"]`)?.focus();
  };

  // Handlers are stable so that rows (memoised) re-render only when their own data changes.
  const onKeyDown = useCallback((id: number, e: KeyboardEvent<HTMLDivElement>) => {
    const { props: p, rows: rs, collapsed: folded } = latest.current;
    const i = rs.findIndex((r) => r.code.id === id);
    const row = rs[i];
    if (!row || e.target !== e.currentTarget) return;
    const go = (k: number) => focusRow(rs[Math.max(0, Math.min(rs.length - 1, k))]?.code.id);
    const move = MOVES[e.key];
    if (e.altKey && move && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      p.onKeyboardMove(id, move);
      if (move === 'indent') toggle(rs[i - 1]?.code.id ?? id, true);
      requestAnimationFrame(() => tree.current?.querySelector<HTMLElement>(`[data-code-id="${id}"]`)?.focus());
      return;
    }
    switch (e.key) {
      case 'ArrowDown':
        go(i + 1);
        break;
      case 'ArrowUp':
        go(i - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(rs.length - 1);
        break;
      case 'ArrowRight':
        if (row.hasChildren && folded.has(id)) toggle(id, true);
        else if (row.hasChildren) go(i + 1);
        break;
      case 'ArrowLeft':
        if (row.hasChildren && !folded.has(id)) toggle(id, false);
        else if (row.code.parentId !== null) focusRow(row.code.parentId);
        break;
      case 'Enter':
      case ' ':
        p.onSelect(id);
        break;
      case '+':
        p.onAddChild(row.code);
        break;
      case 'F2':
        p.onStartRename(id);
        break;
      case 'Delete':
        p.onDelete(row.code);
        break;
      case 'ContextMenu':
      case 'F10': {
        if (e.key === 'F10' && !e.shiftKey) return;
        const box = e.currentTarget.getBoundingClientRect();
        p.onSelect(id);
        p.onMenu(row.code, { x: box.left + 24, y: box.bottom });
        break;
      }
      default:
        return;
    }
    e.preventDefault();
  }, [toggle]);

  const onSelect = useCallback((id: number) => {
    setFocusId(id);
    latest.current.props.onSelect(id);
  }, []);
  const onAddChild = useCallback((id: number) => {
    const code = latest.current.index.byId.get(id);
    if (code) latest.current.props.onAddChild(code);
  }, []);
  const onStartRename = useCallback((id: number) => latest.current.props.onStartRename(id), []);
  const onRename = useCallback((id: number, name: string | null) => {
    latest.current.props.onRename(id, name);
    requestAnimationFrame(() => tree.current?.querySelector<HTMLElement>(`[data-code-id="${id}"]`)?.focus());
  }, []);
  const onMenu = useCallback((id: number, at: { x: number; y: number }) => {
    const code = latest.current.index.byId.get(id);
    if (code) latest.current.props.onMenu(code, at);
  }, []);
  const onDragOverRow = useCallback(
    (id: number, hint: DropHint | null) => setDrop((d) => (hint === null ? (d?.id === id ? null : d) : d?.id === id && d.hint === hint ? d : { id, hint })),
    [],
  );
  const onDropOnRow = useCallback((id: number, dragged: number, hint: DropHint) => {
    setDrop(null);
    if (dragged !== id) latest.current.props.onDrop(dragged, id, hint);
  }, []);

  return (
    <div
      ref={tree}
      role="tree"
      aria-label={t.codebook.treeLabel}
      className="code-tree"
      data-testid="code-tree"
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDrop(null);
      }}
    >
      {rows.map((row) => (
        <CodeTreeItem
          key={row.code.id}
          row={row}
          isSelected={row.code.id === selectedId}
          isExpanded={filter !== '' || !collapsed.has(row.code.id)}
          isFocusTarget={row.code.id === focusTarget}
          isRenaming={row.code.id === renamingId}
          dropHint={drop?.id === row.code.id ? drop.hint : null}
          filter={filter}
          onSelect={onSelect}
          onToggle={toggle}
          onAddChild={onAddChild}
          onKeyDown={onKeyDown}
          onStartRename={onStartRename}
          onRename={onRename}
          onMenu={onMenu}
          onDragOverRow={onDragOverRow}
          onDropOnRow={onDropOnRow}
        />
      ))}
    </div>
  );
}
