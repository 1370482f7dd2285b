/**
 * The coding margin's labels and memo markers (issue 13): each stripe names its code at its start
 * where there is room, labels never overlap each other or cross another stripe, a crowded stretch
 * shows none; a coding with a memo is marked, and memos change without laying the codings out again.
 */
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import type { Code } from '../../shared/contract';
import { codingLayer, laidCodings, setCodingLayer } from '../../renderer/features/coding/editor/coding-layer';
import { placeStripeLabels, type StripeBox } from '../../renderer/features/coding/editor/stripe-labels';
import { codeFixture, codingFixture } from './code-fixture';

const room = { right: 200, measure: (name: string) => name.length * 6, stripeWidth: 4, gap: 4, height: 15, minWidth: 34 };
const box = (id: number, left: number, top: number, height: number, name: string, isStart = true, codeId = id): StripeBox => ({ id, codeId, left, top, height, name, isStart });

describe('stripe labels', () => {
  it('labels a lone stripe at its start with its whole name', () => {
    // 'Confiance' is 9 × 6 = 54 px; the label starts 8 px right of the stripe's left edge.
    expect(placeStripeLabels([box(1, 100, 20, 60, 'Confiance')], room)).toEqual(new Map([[1, 54]]));
  });

  it('stops a label before the next stripe it would cross, and truncates it to the pane', () => {
    const labels = placeStripeLabels([box(1, 100, 20, 60, 'Confiance des habitants'), box(2, 150, 10, 30, 'Promesses')], room);
    // Stripe 2 (at 150) runs beside stripe 1's label: the label ends 4 px before it.
    expect(labels.get(1)).toBe(150 - 4 - 108);
    // Stripe 2's own label runs to the pane's right edge (200), truncated.
    expect(labels.get(2)).toBe(200 - 158);
  });

  it('leaves a label out where it would show only a few letters (a crowded lane)', () => {
    const labels = placeStripeLabels([box(1, 100, 20, 60, 'Confiance'), box(2, 106, 20, 60, 'Promesses'), box(3, 112, 20, 60, 'Opacité')], room);
    expect(labels.has(1)).toBe(false);
    expect(labels.has(2)).toBe(false);
    // The outermost one has the room up to the pane's edge.
    expect(labels.get(3)).toBe(42);
    // A short name that fits whole is shown, however narrow.
    expect(placeStripeLabels([box(1, 100, 20, 60, 'Élu'), box(2, 130, 0, 90, 'Promesses')], room).get(1)).toBe(18);
  });

  it('never lets two labels overlap: the higher coding keeps its label', () => {
    // Two codings of one lane, the second starting 8 px lower: their labels would overlap.
    const labels = placeStripeLabels([box(2, 100, 28, 40, 'Promesses'), box(1, 100, 20, 6, 'Confiance')], room);
    expect([...labels.keys()]).toEqual([1]);
    // 20 px lower, there is room for both.
    expect([...placeStripeLabels([box(1, 100, 20, 6, 'Confiance'), box(2, 100, 40, 40, 'Promesses')], room).keys()]).toEqual([1, 2]);
  });

  it('does not name a code again beside a stripe of the same code running alongside', () => {
    // Two codings of Confiance in one paragraph (lanes 0 and 1), then one further down.
    const stripes = [box(1, 100, 20, 60, 'Confiance', true, 7), box(2, 106, 40, 60, 'Confiance', true, 7), box(3, 100, 200, 20, 'Confiance', true, 7)];
    expect([...placeStripeLabels(stripes, { ...room, right: 260 }).keys()]).toEqual([1, 3]);
    // Another code there is named.
    const other = [box(1, 100, 20, 60, 'Confiance', true, 7), box(2, 106, 40, 60, 'Promesses', true, 8)];
    expect([...placeStripeLabels(other, { ...room, right: 260 }).keys()]).toEqual([1, 2]);
  });

  it('gives no label to a stripe that does not start in view (its start is above)', () => {
    expect(placeStripeLabels([box(1, 100, 0, 300, 'Confiance', false)], room).size).toBe(0);
  });
});

const code = (id: number, name: string, color: string): Code => codeFixture(id, name, { color });
const coding = codingFixture;
const codes = [code(1, 'Confiance', '#1f77b4'), code(2, 'Promesses', '#2ca02c')];

describe('memo markers', () => {
  let view: EditorView | null = null;
  afterEach(() => {
    view?.destroy();
    view = null;
  });

  it('marks the codings that have a memo, even one not yet written, and follows memo changes in place', () => {
    const parent = document.createElement('div');
    document.body.appendChild(parent);
    view = new EditorView({ parent, state: EditorState.create({ doc: 'Au début, on faisait confiance aux élus. Puis les promesses.', extensions: [codingLayer({ onSelectCoding: () => undefined })] }) });
    const codings = [coding(1, 1, 0, 20), coding(2, 2, 30, 50)];
    view.dispatch({ effects: setCodingLayer.of({ codings, codes, memos: new Map([[2, '']]), selectedId: null }) });
    const memoOf = () => Object.fromEntries(laidCodings(view!.state).map((c) => [c.id, [c.hasMemo, c.memo]]));
    expect(memoOf()).toEqual({ 1: [false, ''], 2: [true, ''] });
    const lanes = laidCodings(view.state).map((c) => c.lane);

    view.dispatch({ effects: setCodingLayer.of({ codings, codes, memos: new Map([[1, 'À relire']]), selectedId: null }) });
    expect(memoOf()).toEqual({ 1: [true, 'À relire'], 2: [false, ''] });
    expect(laidCodings(view.state).map((c) => c.lane)).toEqual(lanes);

    // A memo change with a coding added: both followed.
    const more = [...codings, coding(3, 1, 52, 58)];
    view.dispatch({ effects: setCodingLayer.of({ codings: more, codes, memos: new Map([[3, 'x']]), selectedId: null }) });
    expect(memoOf()).toEqual({ 1: [false, ''], 2: [false, ''], 3: [true, 'x'] });
  });
});
