import { ChevronDown, ChevronRight, Plus } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { useT } from '../../../i18n';
import { ColorSwatch } from '../../../ui';
import type { CodeRow } from '../code-tree';

export type CodeTreeItemProps = {
  row: CodeRow;
  isSelected: boolean;
  isExpanded: boolean;
  isFocusTarget: boolean;
  onSelect: () => void;
  onToggle: () => void;
  onAddChild: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
};

export function CodeTreeItem({ row, isSelected, isExpanded, isFocusTarget, onSelect, onToggle, onAddChild, onKeyDown }: CodeTreeItemProps) {
  const t = useT();
  const { code, depth, hasChildren } = row;
  return (
    <div
      role="treeitem"
      aria-level={depth + 1}
      aria-selected={isSelected}
      aria-expanded={hasChildren ? isExpanded : undefined}
      aria-keyshortcuts="+"
      tabIndex={isFocusTarget ? 0 : -1}
      className={isSelected ? 'code-item is-selected' : 'code-item'}
      style={{ paddingLeft: 8 + depth * 16 }}
      data-testid="code-item"
      data-code-id={code.id}
      data-code-name={code.name}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      <span
        className="code-toggle"
        aria-hidden="true"
        onClick={(e) => {
          if (!hasChildren) return;
          e.stopPropagation();
          onToggle();
        }}
      >
        {hasChildren && (isExpanded ? <ChevronDown size={14} /> : <ChevronRight size={14} />)}
      </span>
      <ColorSwatch color={code.color} size={11} className={code.isCodable ? undefined : 'swatch-folder'} />
      <span className="code-name" title={code.isCodable ? code.name : `${code.name} — ${t.codebook.folder}`}>
        {code.name}
      </span>
      {/* A folder-like parent with no codings of its own shows no count rather than a misleading 0. */}
      <span className="code-count" aria-label={t.codebook.codings(code.codings)}>
        {hasChildren && code.codings === 0 ? '' : code.codings}
      </span>
      <button
        type="button"
        className="icon-btn icon-btn-sm code-add-child"
        aria-label={t.codebook.addChild(code.name)}
        title={t.codebook.addChild(code.name)}
        tabIndex={-1}
        onClick={(e) => {
          e.stopPropagation();
          onAddChild();
        }}
      >
        <Plus size={14} />
      </button>
    </div>
  );
}
