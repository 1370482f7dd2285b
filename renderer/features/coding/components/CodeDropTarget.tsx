import { useRef, useState, type ReactNode } from 'react';
import { useT } from '../../../i18n';
import { isCodeDrag, readDraggedCode } from '../../codebook';

export type CodeDropTargetProps = {
  /** Applies the dropped code to the selected passage; false when there is none (the target says so). */
  onDropCode: (codeId: number) => boolean;
  hasSelection: boolean;
  children: ReactNode;
};

/**
 * The transcript accepts codes dragged from the codebook: dropped on it, a code is applied to the
 * selected passage. Only code drags are taken (files and text are left to others).
 */
export function CodeDropTarget({ onDropCode, hasSelection, children }: CodeDropTargetProps) {
  const t = useT();
  const [isOver, setOver] = useState(false);
  const depth = useRef(0);
  return (
    <div
      className={isOver ? 'code-drop-target is-over' : 'code-drop-target'}
      data-testid="code-drop-target"
      onDragEnter={(e) => {
        if (!isCodeDrag(e.dataTransfer)) return;
        depth.current++;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!isCodeDrag(e.dataTransfer)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = hasSelection ? 'copy' : 'none';
      }}
      onDragLeave={(e) => {
        if (!isCodeDrag(e.dataTransfer)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        if (!isCodeDrag(e.dataTransfer)) return;
        e.preventDefault();
        depth.current = 0;
        setOver(false);
        const id = readDraggedCode(e.dataTransfer);
        if (id !== null) onDropCode(id);
      }}
    >
      {children}
      {isOver && (
        <div className="code-drop-hint" aria-hidden="true" data-testid="code-drop-hint">
          {hasSelection ? t.coding.dropHere : t.coding.dropNeedsSelection}
        </div>
      )}
    </div>
  );
}
