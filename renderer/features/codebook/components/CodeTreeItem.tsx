import { ChevronDown, ChevronRight, Ellipsis, Folder, Plus } from 'lucide-react';
import { memo, useEffect, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useT } from '../../../i18n';
import { ColorSwatch } from '../../../ui';
import type { CodeRow, DropPlace } from '../code-tree';
import { CODE_DRAG_TYPE, readDraggedCode } from '../code-drag';

/** Where a drag over this row would land: before, inside, after, or (Alt held) a merge into it. */
export type DropHint = DropPlace | 'merge';

export type CodeTreeItemProps = {
  row: CodeRow;
  isSelected: boolean;
  isExpanded: boolean;
  isFocusTarget: boolean;
  isRenaming: boolean;
  dropHint: DropHint | null;
  /** Characters of the name that match the filter. */
  filter: string;
  onSelect: (id: number) => void;
  onToggle: (id: number) => void;
  onAddChild: (id: number) => void;
  onKeyDown: (id: number, e: KeyboardEvent<HTMLDivElement>) => void;
  onStartRename: (id: number) => void;
  onRename: (id: number, name: string | null) => void;
  onMenu: (id: number, at: { x: number; y: number }) => void;
  onDragOverRow: (id: number, hint: DropHint | null) => void;
  onDropOnRow: (id: number, dragged: number, hint: DropHint) => void;
};

/** The drop place from the pointer's height in the row: top quarter before, bottom quarter after, else inside. */
function hintAt(e: DragEvent<HTMLElement>): DropHint {
  if (e.altKey) return 'merge';
  const box = e.currentTarget.getBoundingClientRect();
  const y = (e.clientY - box.top) / (box.height || 1);
  return y < 0.28 ? 'before' : y > 0.72 ? 'after' : 'inside';
}

/** One code of the tree: colour, name (renamed in place), counts; draggable to move, merge or code text. */
export const CodeTreeItem = memo(function CodeTreeItem(props: CodeTreeItemProps) {
  const { row, isSelected, isExpanded, isFocusTarget, isRenaming, dropHint } = props;
  const t = useT();
  const { code, depth, hasChildren, total, isMatch } = row;
  const subTotal = total - code.codings;
  const countTitle = t.codebook.countTitle(code.codings, code.documents, hasChildren ? total : null);
  const classes = ['code-item', isSelected && 'is-selected', !isMatch && 'is-context', !code.isCodable && 'is-folder', dropHint && `drop-${dropHint}`]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      role="treeitem"
      aria-level={depth + 1}
      aria-selected={isSelected}
      aria-expanded={hasChildren ? isExpanded : undefined}
      aria-keyshortcuts="F2 Delete Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Shift+F10"
      aria-describedby="codebook-keys"
      tabIndex={isFocusTarget ? 0 : -1}
      className={classes}
      style={{ paddingLeft: 6 + depth * 16 }}
      data-testid="code-item"
      data-code-id={code.id}
      data-code-name={code.name}
      draggable={!isRenaming}
      onClick={() => props.onSelect(code.id)}
      onDoubleClick={(e) => {
        if ((e.target as HTMLElement).closest('button, input')) return;
        props.onStartRename(code.id);
      }}
      onKeyDown={(e) => props.onKeyDown(code.id, e)}
      onContextMenu={(e: MouseEvent) => {
        e.preventDefault();
        props.onSelect(code.id);
        props.onMenu(code.id, { x: e.clientX, y: e.clientY });
      }}
      onDragStart={(e) => {
        e.dataTransfer.setData(CODE_DRAG_TYPE, String(code.id));
        e.dataTransfer.setData('text/plain', code.name);
        e.dataTransfer.effectAllowed = 'copyMove';
      }}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(CODE_DRAG_TYPE)) return;
        e.preventDefault();
        const hint = hintAt(e);
        e.dataTransfer.dropEffect = 'move';
        props.onDragOverRow(code.id, hint);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) props.onDragOverRow(code.id, null);
      }}
      onDrop={(e) => {
        const dragged = readDraggedCode(e.dataTransfer);
        props.onDragOverRow(code.id, null);
        if (dragged === null) return;
        e.preventDefault();
        e.stopPropagation();
        props.onDropOnRow(code.id, dragged, hintAt(e));
      }}
    >
      <span
        className="code-toggle"
        aria-hidden="true"
        onClick={(e) => {
          if (!hasChildren) return;
          e.stopPropagation();
          props.onToggle(code.id);
        }}
      >
        {hasChildren && (isExpanded ? <ChevronDown size={14} /> : <ChevronRight size={14} />)}
      </span>
      {code.isCodable ? (
        <ColorSwatch color={code.color} size={11} />
      ) : (
        <Folder size={14} className="code-folder-icon" style={{ color: code.color }} aria-hidden="true" />
      )}
      {isRenaming ? (
        <RenameInput name={code.name} label={t.codebook.renameLabel} onDone={(name) => props.onRename(code.id, name)} />
      ) : (
        <span className="code-name" title={code.isCodable ? code.name : `${code.name} — ${t.codebook.folder}`}>
          <Highlighted text={code.name} filter={props.filter} />
        </span>
      )}
      {!isRenaming && (
        <>
          <span className="code-count" title={countTitle} aria-label={countTitle} data-testid="code-count">
            {code.codings > 0 || !hasChildren ? code.codings : ''}
            {hasChildren && subTotal > 0 && <span className="code-total">Σ{total}</span>}
          </span>
          <span className="code-docs" title={countTitle} aria-hidden="true" data-testid="code-docs">
            {code.documents > 0 ? code.documents : ''}
          </span>
          <span className="code-actions">
            <button
              type="button"
              className="icon-btn icon-btn-sm"
              aria-label={t.codebook.addChild(code.name)}
              title={t.codebook.addChild(code.name)}
              tabIndex={-1}
              onClick={(e) => {
                e.stopPropagation();
                props.onAddChild(code.id);
              }}
            >
              <Plus size={14} />
            </button>
            <button
              type="button"
              className="icon-btn icon-btn-sm"
              aria-label={t.codebook.actionsFor(code.name)}
              title={t.codebook.actionsFor(code.name)}
              tabIndex={-1}
              data-testid="code-menu-button"
              onClick={(e) => {
                e.stopPropagation();
                const box = e.currentTarget.getBoundingClientRect();
                props.onSelect(code.id);
                props.onMenu(code.id, { x: box.left, y: box.bottom + 2 });
              }}
            >
              <Ellipsis size={14} />
            </button>
          </span>
        </>
      )}
    </div>
  );
});

/** The name with the characters matching the filter in bold. */
function Highlighted({ text, filter }: { text: string; filter: string }) {
  const at = filter ? foldedIndex(text, filter) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark className="code-match">{text.slice(at, at + filter.trim().length)}</mark>
      {text.slice(at + filter.trim().length)}
    </>
  );
}

const foldChar = (c: string) => c.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase('fr');
function foldedIndex(text: string, filter: string): number {
  // Accents fold one character to one character for the Latin letters names use: indexes line up.
  const hay = [...text].map(foldChar).join('');
  return hay.length === text.length ? hay.indexOf([...filter.trim()].map(foldChar).join('')) : -1;
}

type RenameInputProps = { name: string; label: string; onDone: (name: string | null) => void };

function RenameInput({ name, label, onDone }: RenameInputProps) {
  const [value, setValue] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (result: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(result);
  };
  return (
    <input
      ref={input}
      className="input input-sm code-rename"
      value={value}
      aria-label={label}
      maxLength={200}
      data-testid="code-rename-input"
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(value.trim() && value.trim() !== name ? value.trim() : null);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(null);
        }
      }}
      onBlur={() => finish(value.trim() && value.trim() !== name ? value.trim() : null)}
    />
  );
}
