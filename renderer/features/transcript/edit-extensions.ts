/**
 * The transcript made editable: the same text, look and measure as the reading view, with the codings
 * and speaker labels following the edits, and what was changed underlined so that the researcher sees
 * what they are about to save.
 */
import { ChangeSet, EditorState, StateField, type Text } from '@codemirror/state';
import { Decoration, drawSelection, EditorView, keymap, WidgetType, type DecorationSet } from '@codemirror/view';
import type { Turn } from '../../../shared/contract';
import { editHistory, redoEdit, undoEdit } from './edit-history';
import { transcriptTheme, type CodingMark } from './transcript-extensions';
import { buildTurnDecorations } from './turn-decorations';

/**
 * Decorations built once from the stored text, then carried through every edit. Line decorations
 * (a turn's time, the interviewer's tone) are dropped where an edit leaves them inside a line.
 */
function mappedDecorations(initial: DecorationSet, { linesOnly = false } = {}) {
  return StateField.define<DecorationSet>({
    create: () => initial,
    update: (set, tr) => {
      if (!tr.docChanged) return set;
      const mapped = set.map(tr.changes);
      const doc = tr.state.doc;
      return linesOnly ? mapped.update({ filter: (from) => doc.lineAt(from).from === from }) : mapped;
    },
    provide: (f) => EditorView.decorations.from(f),
  });
}

class DeletionWidget extends WidgetType {
  override eq(): boolean {
    return true;
  }
  toDOM(): HTMLElement {
    const el = document.createElement('span');
    el.className = 'cm-deleted-mark';
    el.setAttribute('aria-hidden', 'true');
    return el;
  }
}

/** Everything changed since the editor opened: the composition of all edits from the original text. */
const changesSinceOpen = StateField.define<ChangeSet>({
  create: (state) => ChangeSet.empty(state.doc.length),
  update: (changes, tr) => (tr.docChanged ? changes.compose(tr.changes) : changes),
});

const changedMarks = EditorView.decorations.compute([changesSinceOpen], (state) => {
  const ranges: ReturnType<Decoration['range']>[] = [];
  const inserted = Decoration.mark({ class: 'cm-changed' });
  const deleted = Decoration.widget({ widget: new DeletionWidget(), side: 1 });
  state.field(changesSinceOpen).iterChangedRanges((_fromA, _toA, fromB, toB) => {
    if (toB > fromB) ranges.push(inserted.range(fromB, toB));
    else ranges.push(deleted.range(fromB));
  });
  return Decoration.set(ranges, true);
});

export type EditStateOptions = {
  text: string;
  turns: readonly Turn[];
  marks: readonly CodingMark[];
  label: string;
  writtenAs: (label: string) => string;
  onSave: () => void;
  onCancel: () => void;
};

export function createEditState({ text, turns, marks, label, writtenAs, onSave, onCancel }: EditStateOptions): EditorState {
  const { lines, labels, hasTimes } = buildTurnDecorations({ text, turns, writtenAs });
  const length = text.length;
  const codings = Decoration.set(
    marks
      .filter((m) => m.start < m.end && m.start < length)
      .map((m) =>
        Decoration.mark({ class: 'cm-coding', attributes: { style: `--coding-color: ${m.color}`, title: m.codeName, 'data-coding-id': String(m.id) } }).range(
          m.start,
          Math.min(m.end, length),
        ),
      ),
    true,
  );
  return EditorState.create({
    doc: text,
    extensions: [
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true', 'data-testid': 'transcript-edit-content', spellcheck: 'true' }),
      EditorView.editorAttributes.of({ class: hasTimes ? 'is-editing has-times' : 'is-editing' }),
      drawSelection(),
      editHistory,
      keymap.of([
        { key: 'Mod-z', run: undoEdit, preventDefault: true },
        { key: 'Mod-Shift-z', run: redoEdit, preventDefault: true },
        { key: 'Mod-y', run: redoEdit, preventDefault: true },
        { key: 'Mod-s', preventDefault: true, run: () => (onSave(), true) },
        { key: 'Escape', run: () => (onCancel(), true) },
      ]),
      mappedDecorations(lines, { linesOnly: true }),
      mappedDecorations(labels),
      mappedDecorations(codings),
      changesSinceOpen,
      changedMarks,
      transcriptTheme,
    ],
  });
}

/** True when the text differs from what was opened. */
export const isChanged = (state: EditorState, original: Text): boolean => !state.doc.eq(original);
