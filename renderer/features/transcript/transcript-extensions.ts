/**
 * The transcript as a read-only CodeMirror 6 view. Positions in the editor are UTF-16 offsets into
 * the stored text (which uses `\n` only), i.e. exactly the core's offsets: no conversion anywhere.
 */
import { Compartment, EditorSelection, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, keymap } from '@codemirror/view';
import type { Turn } from '../../../shared/contract';
import { turnDecorations } from './turn-decorations';
import { codingLayer } from '../coding';
// Issue 7: what anonymized exports will replace, drawn over the text (see pseudonyms/editor/pseudonym-layer.ts).
import { pseudonymLayer } from '../pseudonyms';

/** A coding as the view draws it. */
export type CodingMark = {
  id: number;
  codeId: number;
  start: number;
  end: number;
  color: string;
  codeName: string;
  /** The margin lane of its code (one lane per code present in the document). */
  lane: number;
};

/** What the view tells its owner; read at event time, so the owner can pass a stable object. */
export type TranscriptHandlers = {
  onSelectCoding(id: number): void;
  onRequestCode(): void;
  stripeTitle(codeName: string): string;
};

export const transcriptTheme = EditorView.theme({
  '&': { height: '100%', backgroundColor: 'var(--paper)', color: 'var(--text)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': {
    fontFamily: 'var(--font-serif)',
    fontSize: 'var(--transcript-size)',
    lineHeight: '1.7',
    overflow: 'auto',
  },
  '.cm-content': {
    maxWidth: 'calc(66ch + 128px)',
    margin: '0 auto',
    padding: '8px 0 30vh',
    boxSizing: 'border-box',
    caretColor: 'var(--accent)',
  },
  '.cm-line': { padding: '0 80px 0.85em 48px' },
  '&.has-times .cm-line': { paddingLeft: '64px' },
  '&.has-times .cm-content': { maxWidth: 'calc(66ch + 144px)' },
  '.cm-cursor': { borderLeftColor: 'var(--accent)', borderLeftWidth: '2px' },
  '.cm-selectionBackground': { backgroundColor: 'var(--selection-blur) !important' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground': { backgroundColor: 'var(--selection) !important' },
});

/** Speaker labels and times: reconfigured in place when speakers are renamed, so the reader keeps their place. */
const turnsCompartment = new Compartment();

export function updateTurns(view: EditorView, turns: readonly Turn[], writtenAs: (label: string) => string): void {
  view.dispatch({ effects: turnsCompartment.reconfigure(turnDecorations({ text: view.state.doc.toString(), turns, writtenAs })) });
}

export type TranscriptStateOptions = {
  text: string;
  turns: readonly Turn[];
  handlers: TranscriptHandlers;
  label: string;
  /** The tooltip of a renamed speaker's label (how the text writes it). */
  writtenAs: (label: string) => string;
};

export function createTranscriptState({ text, turns, handlers, label, writtenAs }: TranscriptStateOptions): EditorState {
  return EditorState.create({
    doc: text,
    extensions: [
      EditorState.readOnly.of(true),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': label, 'aria-readonly': 'true', 'data-testid': 'transcript-content', spellcheck: 'false' }),
      drawSelection(),
      turnsCompartment.of(turnDecorations({ text, turns, writtenAs })),
      codingLayer(handlers),
      pseudonymLayer(),
      keymap.of([
        { key: 'Mod-k', preventDefault: true, run: () => (handlers.onRequestCode(), true) },
        {
          key: 'c',
          run: (view) => {
            if (view.state.selection.main.empty) return false;
            handlers.onRequestCode();
            return true;
          },
        },
      ]),
      transcriptTheme,
    ],
  });
}

/** Selects `[start, end)` and scrolls it to the middle of the view. */
export function revealRange(view: EditorView, start: number, end: number): void {
  const length = view.state.doc.length;
  const from = Math.max(0, Math.min(start, length));
  const to = Math.max(from, Math.min(end, length));
  view.dispatch({ selection: EditorSelection.single(from, to), effects: EditorView.scrollIntoView(from, { y: 'center' }) });
}
