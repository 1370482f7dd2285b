import { Redo2, Undo2 } from 'lucide-react';
import { useT } from '../../../i18n';
import { shortcutLabel } from '../../../platform';
import { IconButton } from '../../../ui';
import { describeOp } from '../action-labels';
import { useHistoryState } from '../hooks/useHistoryState';

export type UndoRedoButtonsProps = { onUndo: () => void; onRedo: () => void };

/** Undo and redo, their tooltips naming what they would revert or re-apply. */
export function UndoRedoButtons({ onUndo, onRedo }: UndoRedoButtonsProps) {
  const t = useT();
  const state = useHistoryState().data;
  const undoLabel = state?.undo ? t.history.undoWhat(describeOp(t, state.undo)) : t.history.nothingToUndo;
  const redoLabel = state?.redo ? t.history.redoWhat(describeOp(t, state.redo)) : t.history.nothingToRedo;
  return (
    <div className="button-group">
      <IconButton
        label={undoLabel}
        shortcut={shortcutLabel('mod+z', t.keys)}
        icon={<Undo2 size={17} />}
        disabled={!state?.canUndo}
        tooltipAlign="end"
        onClick={onUndo}
        data-testid="undo-button"
      />
      <IconButton
        label={redoLabel}
        shortcut={shortcutLabel('shift+mod+z', t.keys)}
        icon={<Redo2 size={17} />}
        disabled={!state?.canRedo}
        tooltipAlign="end"
        onClick={onRedo}
        data-testid="redo-button"
      />
    </div>
  );
}
