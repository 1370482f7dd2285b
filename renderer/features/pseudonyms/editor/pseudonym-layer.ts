/**
 * What an anonymized export will replace, shown in the transcript (CodeMirror 6): every occurrence
 * of an enabled pseudonym's original or variant gets a dotted underline over a faint hatching —
 * distinct from the flat tints of codings, which it overlaps freely — and a tooltip naming its
 * replacement (« Martine Lebrun → [E01] »).
 *
 * The transcript adds `pseudonymLayer()` to its extensions and dispatches
 * `setPseudonymLayer.of({ occurrences, shown })` when they change; ranges outside the text (a
 * document edited since the occurrences were computed) are dropped, never thrown on.
 */
import { RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { PseudonymOccurrence } from '../../../../shared/contract';

export type PseudonymLayerInput = {
  occurrences: readonly Pick<PseudonymOccurrence, 'start' | 'end' | 'text' | 'replacement' | 'pseudonymId'>[];
  shown: boolean;
};

export const setPseudonymLayer = StateEffect.define<PseudonymLayerInput>();

/** The decorations for a document of `length` characters (occurrences come sorted and without overlaps). */
export function pseudonymDecorations(input: PseudonymLayerInput, length: number): DecorationSet {
  if (!input.shown) return Decoration.none;
  const builder = new RangeSetBuilder<Decoration>();
  let last = 0;
  const sorted = [...input.occurrences].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const o of sorted) {
    if (o.start < last || o.end > length || o.end <= o.start) continue;
    builder.add(
      o.start,
      o.end,
      Decoration.mark({
        class: 'cm-pseudonym',
        attributes: { title: `${o.text} → ${o.replacement}`, 'data-pseudonym-id': String(o.pseudonymId) },
      }),
    );
    last = o.end;
  }
  return builder.finish();
}

const pseudonymField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    let next = tr.docChanged ? value.map(tr.changes) : value;
    for (const e of tr.effects) if (e.is(setPseudonymLayer)) next = pseudonymDecorations(e.value, tr.state.doc.length);
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const pseudonymTheme = EditorView.baseTheme({
  '.cm-pseudonym': {
    textDecorationLine: 'underline',
    textDecorationStyle: 'dotted',
    textDecorationThickness: '2px',
    textUnderlineOffset: '3px',
    textDecorationColor: 'var(--pseudonym-line, #8a5a00)',
    backgroundImage:
      'repeating-linear-gradient(135deg, var(--pseudonym-hatch, rgba(138, 90, 0, 0.16)) 0 2px, transparent 2px 6px)',
    borderRadius: '2px',
  },
});

/** The extension to add to a transcript's state. */
export function pseudonymLayer(): Extension {
  return [pseudonymField, pseudonymTheme];
}
