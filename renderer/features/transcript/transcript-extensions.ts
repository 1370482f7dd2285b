/**
 * The transcript as a read-only CodeMirror 6 view. Positions in the editor are UTF-16 offsets into
 * the stored text (which uses `\n` only), i.e. exactly the core's offsets: no conversion anywhere.
 */
import { Compartment, EditorSelection, EditorState, Facet, StateEffect, StateField } from '@codemirror/state';
import { Decoration, drawSelection, EditorView, keymap, layer, type DecorationSet, type LayerMarker } from '@codemirror/view';
import type { Turn } from '../../../shared/contract';
import { turnDecorations } from './turn-decorations';

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

export type CodingMarks = { marks: readonly CodingMark[]; selectedId: number | null };

/** What the view tells its owner; read at event time, so the owner can pass a stable object. */
export type TranscriptHandlers = {
  onSelectCoding(id: number): void;
  onRequestCode(): void;
  stripeTitle(codeName: string): string;
};

export const setCodingMarks = StateEffect.define<CodingMarks>();

const codingMarks = StateField.define<CodingMarks>({
  create: () => ({ marks: [], selectedId: null }),
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setCodingMarks)) return e.value;
    return value;
  },
});

const handlersFacet = Facet.define<TranscriptHandlers, TranscriptHandlers | null>({
  combine: (values) => values[values.length - 1] ?? null,
});

const codingDecorations = EditorView.decorations.compute([codingMarks], (state): DecorationSet => {
  const { marks, selectedId } = state.field(codingMarks);
  const length = state.doc.length;
  const ranges = marks
    .filter((m) => m.start < m.end && m.start < length)
    .map((m) =>
      Decoration.mark({
        class: m.id === selectedId ? 'cm-coding cm-coding-selected' : 'cm-coding',
        attributes: { style: `--coding-color: ${m.color}`, title: m.codeName, 'data-coding-id': String(m.id) },
      }).range(m.start, Math.min(m.end, length)),
    );
  return Decoration.set(ranges, true);
});

class StripeMarker implements LayerMarker {
  constructor(
    readonly id: number,
    readonly color: string,
    readonly title: string,
    readonly left: number,
    readonly top: number,
    readonly height: number,
    readonly selected: boolean,
  ) {}

  eq(other: StripeMarker): boolean {
    return (
      other.id === this.id &&
      other.color === this.color &&
      other.title === this.title &&
      other.left === this.left &&
      other.top === this.top &&
      other.height === this.height &&
      other.selected === this.selected
    );
  }

  draw(): HTMLElement {
    const el = document.createElement('div');
    this.apply(el);
    return el;
  }

  update(dom: HTMLElement, prev: StripeMarker): boolean {
    if (prev.id !== this.id) return false;
    this.apply(dom);
    return true;
  }

  private apply(el: HTMLElement) {
    el.className = this.selected ? 'cm-stripe cm-stripe-selected' : 'cm-stripe';
    el.dataset.codingId = String(this.id);
    el.title = this.title;
    el.style.left = `${this.left}px`;
    el.style.top = `${this.top}px`;
    el.style.height = `${this.height}px`;
    el.style.backgroundColor = this.color;
  }
}

const LANE_WIDTH = 7;

/** Coloured bars in the right margin, one lane per code, spanning each coding's lines. */
const stripes = layer({
  above: true,
  class: 'cm-stripes',
  update: (u) => u.docChanged || u.viewportChanged || u.geometryChanged || u.startState.field(codingMarks) !== u.state.field(codingMarks),
  markers(view) {
    const { marks, selectedId } = view.state.field(codingMarks);
    if (marks.length === 0) return [];
    const handlers = view.state.facet(handlersFacet);
    const scroller = view.scrollDOM.getBoundingClientRect();
    const baseLeft = scroller.left - view.scrollDOM.scrollLeft;
    const baseTop = scroller.top - view.scrollDOM.scrollTop;
    const content = view.contentDOM.getBoundingClientRect();
    // The text column's horizontal padding is on the lines (so that selections stay inside the text).
    const line = view.contentDOM.querySelector('.cm-line');
    const padRight = line ? parseFloat(getComputedStyle(line).paddingRight) || 0 : 0;
    const x0 = content.right - baseLeft - padRight + 16;
    const docTop = view.documentTop - baseTop;
    const { from: vFrom, to: vTo } = view.viewport;
    const length = view.state.doc.length;

    const y = (pos: number, edge: 'top' | 'bottom'): number => {
      if (pos >= vFrom && pos <= vTo) {
        const c = view.coordsAtPos(pos, edge === 'top' ? 1 : -1);
        if (c) return (edge === 'top' ? c.top : c.bottom) - baseTop;
      }
      const block = view.lineBlockAt(pos);
      return docTop + (edge === 'top' ? block.top : block.bottom);
    };

    const out: StripeMarker[] = [];
    for (const m of marks) {
      if (m.start >= length || m.start >= m.end) continue;
      const top = y(m.start, 'top');
      const bottom = y(Math.min(m.end, length), 'bottom');
      const title = handlers ? handlers.stripeTitle(m.codeName) : m.codeName;
      out.push(new StripeMarker(m.id, m.color, title, x0 + m.lane * LANE_WIDTH, Math.round(top), Math.max(6, Math.round(bottom - top)), m.id === selectedId));
    }
    return out;
  },
  mount(dom, view) {
    dom.addEventListener('mousedown', (e) => {
      const target = (e.target as HTMLElement).closest<HTMLElement>('[data-coding-id]');
      if (!target) return;
      e.preventDefault();
      e.stopPropagation();
      view.state.facet(handlersFacet)?.onSelectCoding(Number(target.dataset.codingId));
    });
  },
});

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
  '.cm-stripes': { pointerEvents: 'none' },
  '.cm-stripe': { pointerEvents: 'auto', width: '4px', borderRadius: '2px', cursor: 'pointer', opacity: '0.8' },
  '.cm-stripe:hover, .cm-stripe-selected': { opacity: '1', width: '6px', marginLeft: '-1px' },
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
      handlersFacet.of(handlers),
      codingMarks,
      turnsCompartment.of(turnDecorations({ text, turns, writtenAs })),
      codingDecorations,
      stripes,
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
