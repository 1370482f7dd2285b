import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Code } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { visibleRows } from '../code-tree';
import { CodeTreeItem } from './CodeTreeItem';

export type CodeTreeProps = {
  codes: readonly Code[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  onAddChild: (parent: Code) => void;
};

/** The codebook as a tree (WAI-ARIA tree pattern): arrows move and fold, Enter selects, + adds a child. */
export function CodeTree({ codes, selectedId, onSelect, onAddChild }: CodeTreeProps) {
  const t = useT();
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const rows = useMemo(() => visibleRows(codes, collapsed), [codes, collapsed]);
  const [focusId, setFocusId] = useState<number | null>(null);
  const focusTarget = rows.find((r) => r.code.id === focusId)?.code.id ?? rows.find((r) => r.code.id === selectedId)?.code.id ?? rows[0]?.code.id;

  const toggle = (id: number, expand?: boolean) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      const shouldExpand = expand ?? next.has(id);
      if (shouldExpand) next.delete(id);
      else next.add(id);
      return next;
    });

  const focusRow = (id: number | undefined, tree: HTMLElement | null) => {
    if (id === undefined) return;
    setFocusId(id);
    tree?.querySelector<HTMLElement>(`[data-code-id="${id}"]`)?.focus();
  };

  const onKeyDown = (index: number) => (e: KeyboardEvent<HTMLDivElement>) => {
    const row = rows[index];
    if (!row) return;
    const tree = e.currentTarget.closest<HTMLElement>('[role="tree"]');
    const go = (i: number) => focusRow(rows[Math.max(0, Math.min(rows.length - 1, i))]?.code.id, tree);
    switch (e.key) {
      case 'ArrowDown':
        go(index + 1);
        break;
      case 'ArrowUp':
        go(index - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.hasChildren && collapsed.has(row.code.id)) toggle(row.code.id, true);
        else if (row.hasChildren) go(index + 1);
        break;
      case 'ArrowLeft':
        if (row.hasChildren && !collapsed.has(row.code.id)) toggle(row.code.id, false);
        else if (row.code.parentId !== null) focusRow(row.code.parentId, tree);
        break;
      case 'Enter':
      case ' ':
        onSelect(row.code.id);
        break;
      case '+':
        onAddChild(row.code);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <div role="tree" aria-label={t.codebook.treeLabel} className="code-tree" data-testid="code-tree">
      {rows.map((row, i) => (
        <CodeTreeItem
          key={row.code.id}
          row={row}
          isSelected={row.code.id === selectedId}
          isExpanded={!collapsed.has(row.code.id)}
          isFocusTarget={row.code.id === focusTarget}
          onSelect={() => {
            setFocusId(row.code.id);
            onSelect(row.code.id);
          }}
          onToggle={() => toggle(row.code.id)}
          onAddChild={() => onAddChild(row.code)}
          onKeyDown={onKeyDown(i)}
        />
      ))}
    </div>
  );
}
