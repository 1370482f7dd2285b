/**
 * Undo and redo inside the transcript editor, while it is open. (The project's own undo, through the
 * core's journal, takes over once the edit is saved.) Typing and deleting in quick succession are
 * grouped into one step, as in a word processor.
 */
import { Annotation, StateField, Transaction, type ChangeSet, type EditorSelection, type StateCommand } from '@codemirror/state';

type Step = { changes: ChangeSet; selection: EditorSelection; kind: string; time: number };
type History = { done: readonly Step[]; undone: readonly Step[] };

const replay = Annotation.define<'undo' | 'redo'>();
const GROUP_MS = 700;

function kindOf(event: string | undefined): string {
  if (!event) return 'other';
  if (event.startsWith('input.type')) return 'type';
  if (event.startsWith('delete')) return 'delete';
  return event;
}

export const editHistory = StateField.define<History>({
  create: () => ({ done: [], undone: [] }),
  update(history, tr) {
    if (!tr.docChanged) return history;
    const step: Step = {
      changes: tr.changes.invert(tr.startState.doc),
      selection: tr.startState.selection,
      kind: kindOf(tr.annotation(Transaction.userEvent)),
      time: tr.annotation(Transaction.time) ?? Date.now(),
    };
    const replayed = tr.annotation(replay);
    if (replayed === 'undo') return { done: history.done.slice(0, -1), undone: [...history.undone, step] };
    if (replayed === 'redo') return { done: [...history.done, step], undone: history.undone.slice(0, -1) };
    const last = history.done[history.done.length - 1];
    if (last && (step.kind === 'type' || step.kind === 'delete') && last.kind === step.kind && step.time - last.time < GROUP_MS) {
      // Undoing the group reverts this change, then the earlier ones.
      const merged: Step = { changes: step.changes.compose(last.changes), selection: last.selection, kind: step.kind, time: step.time };
      return { done: [...history.done.slice(0, -1), merged], undone: [] };
    }
    return { done: [...history.done, step], undone: [] };
  },
});

function run(direction: 'undo' | 'redo'): StateCommand {
  return ({ state, dispatch }) => {
    const history = state.field(editHistory, false);
    const stack = direction === 'undo' ? history?.done : history?.undone;
    const step = stack?.[stack.length - 1];
    if (!step) return false;
    dispatch(
      state.update({
        changes: step.changes,
        selection: step.selection,
        annotations: [replay.of(direction), Transaction.userEvent.of(direction)],
        scrollIntoView: true,
      }),
    );
    return true;
  };
}

export const undoEdit = run('undo');
export const redoEdit = run('redo');
