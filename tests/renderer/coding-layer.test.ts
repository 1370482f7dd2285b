import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Code, Coding } from '../../shared/contract';
import { codingHighlights, codingLayer, laidCodings, layOutCodings, setCodingLayer } from '../../renderer/features/coding/editor/coding-layer';
import { moveBoundary, snapToWords } from '../../renderer/features/coding/word-boundaries';

const code = (id: number, name: string, color: string): Code => ({
  id,
  guid: String(id),
  parentId: null,
  name,
  color,
  description: '',
  position: id,
  isCodable: true,
  codings: 0,
  documents: 0,
  codingsWithSubcodes: 0,
  documentsWithSubcodes: 0,
});
const coding = (id: number, codeId: number, start: number, end: number): Coding => ({ id, documentId: 1, codeId, start, end, coderId: 1, createdAt: '' });
const codes = [code(1, 'Confiance', '#1f77b4'), code(2, 'Promesses', '#2ca02c'), code(3, 'Opacité', '#d62728')];

describe('margin lanes', () => {
  it('puts overlapping codings side by side and lets codings far apart share a lane', () => {
    const laid = layOutCodings([coding(1, 1, 0, 50), coding(2, 2, 40, 90), coding(3, 3, 100, 120), coding(4, 1, 45, 48)], codes);
    const lane = Object.fromEntries(laid.map((c) => [c.id, c.lane]));
    expect(lane[1]).not.toBe(lane[2]);
    expect(new Set([lane[1], lane[2], lane[4]]).size).toBe(3);
    expect(lane[3]).toBe(0);
    expect(laid.map((c) => c.id)).toEqual([1, 2, 4, 3]);
  });

  it('does not let two codings of one paragraph share a lane, even without overlapping in the text', () => {
    const paragraph = (s: number, e: number): [number, number] => [s < 100 ? 0 : 100, e <= 100 ? 99 : 199];
    const laid = layOutCodings([coding(1, 1, 0, 10), coding(2, 1, 20, 30), coding(3, 1, 120, 130)], codes, undefined, paragraph);
    expect(laid[0]!.lane).not.toBe(laid[1]!.lane);
    expect(Math.max(...laid.map((c) => c.lane))).toBe(1);
  });

  it('keeps a code in its lane down the margin when it can', () => {
    const laid = layOutCodings([coding(1, 1, 0, 10), coding(2, 2, 5, 20), coding(3, 2, 30, 40), coding(4, 1, 32, 38)], codes);
    const lane = Object.fromEntries(laid.map((c) => [c.id, c.lane]));
    expect(lane[3]).toBe(lane[2]);
    expect(lane[4]).toBe(lane[1]);
  });

  it('lays out thousands of codings in a few milliseconds (no quadratic step)', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => coding(i + 1, (i % 3) + 1, (i * 37) % 500_000, ((i * 37) % 500_000) + 30 + (i % 400)));
    const t = performance.now();
    const laid = layOutCodings(many, codes);
    expect(performance.now() - t).toBeLessThan(500);
    expect(Math.max(...laid.map((c) => c.lane))).toBeLessThan(40);
  });
});

describe('the coding layer in a transcript view', () => {
  let view: EditorView | null = null;
  afterEach(() => {
    view?.destroy();
    view = null;
  });

  const mount = (text: string, onSelectCoding = vi.fn()) => {
    const parent = document.createElement('div');
    document.body.appendChild(parent);
    view = new EditorView({ parent, state: EditorState.create({ doc: text, extensions: [EditorState.readOnly.of(true), codingLayer({ onSelectCoding })] }) });
    return view;
  };

  it('highlights each coding, nested where they overlap, and marks the selected one apart', () => {
    const text = 'Au début, on faisait confiance aux élus. Puis les promesses n’ont pas été tenues.';
    const v = mount(text);
    const a = text.indexOf('on faisait');
    const b = text.indexOf('les promesses');
    const codings = [coding(1, 1, a, text.indexOf(' Puis') + 5), coding(2, 2, b, text.length - 1)];
    v.dispatch({ effects: setCodingLayer.of({ codings, codes, selectedId: null }) });
    const marks = [...v.contentDOM.querySelectorAll<HTMLElement>('.cm-coding')];
    expect(new Set(marks.map((m) => m.dataset.codingId))).toEqual(new Set(['1', '2']));
    expect(marks.find((m) => m.dataset.codingId === '1')?.getAttribute('title')).toBe('Confiance');

    const laid = laidCodings(v.state);
    v.dispatch({ effects: setCodingLayer.of({ codings, codes: codes.map((c) => ({ ...c, codings: 9 })), selectedId: 2 }) });
    // Selecting (or new counts on the codes) does not lay the codings out again.
    expect(laidCodings(v.state)).toBe(laid);
    expect(v.contentDOM.querySelector('.cm-coding-selected')?.textContent).toBe('les promesses n’ont pas été tenues');

    v.dispatch({ effects: setCodingLayer.of({ codings: codings.slice(0, 1), codes, selectedId: 2 }) });
    expect(laidCodings(v.state)).not.toBe(laid);
    expect(v.contentDOM.querySelectorAll('[data-coding-id="2"]')).toHaveLength(0);
    expect(v.contentDOM.querySelector('.cm-coding-selected')).toBeNull();
  });
});

describe('word boundaries', () => {
  const text = 'Martine : Chaque service a ses fichiers. La confiance se perd.';
  const range = { start: text.indexOf('Chaque'), end: text.indexOf(' a ses') };

  it('moves either end by a word, punctuation going with its word, and refuses to empty the passage', () => {
    expect(text.slice(...Object.values(moveBoundary(text, range, 'end-later')!) as [number, number])).toBe('Chaque service a');
    expect(text.slice(...Object.values(moveBoundary(text, { ...range, end: text.indexOf(' La') - 1 }, 'end-later')!) as [number, number])).toBe(
      'Chaque service a ses fichiers.',
    );
    expect(text.slice(...Object.values(moveBoundary(text, range, 'start-later')!) as [number, number])).toBe('service');
    expect(moveBoundary(text, { start: range.start, end: range.start + 'Chaque'.length }, 'end-earlier')).toBeNull();
    expect(moveBoundary(text, { start: 0, end: 7 }, 'start-earlier')).toBeNull();
  });

  it('widens a selection that cuts words and trims its white space', () => {
    const s = text.indexOf('haque');
    expect(snapToWords(text, s - 1 + 2, text.indexOf('ervice') + 3)).toEqual({ from: text.indexOf('Chaque'), to: text.indexOf(' a ses') });
    expect(snapToWords(text, text.indexOf(' La'), text.indexOf(' se perd'))).toEqual({ from: text.indexOf('La'), to: text.indexOf(' se perd') });
  });
});

describe('the coding layer follows small changes without laying everything out again', () => {
  let view: EditorView | null = null;
  afterEach(() => {
    view?.destroy();
    view = null;
  });

  // Forty paragraphs of 50 characters: codings of one paragraph must not share a lane.
  const text = Array.from({ length: 40 }, (_, i) => `Paragraphe ${String(i).padStart(2, '0')} : ${'x'.repeat(35)}.`).join('\n');
  const many = (n: number, seed = 1): Coding[] => {
    let s = seed;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    return Array.from({ length: n }, (_, i) => {
      const start = Math.floor(rnd() * (text.length - 80));
      return coding(i + 1, 1 + Math.floor(rnd() * 3), start, Math.min(text.length, start + 5 + Math.floor(rnd() * 120)));
    });
  };
  const mount = (codings: readonly Coding[]) => {
    const parent = document.createElement('div');
    document.body.appendChild(parent);
    view = new EditorView({ parent, state: EditorState.create({ doc: text, extensions: [EditorState.readOnly.of(true), codingLayer({ onSelectCoding: vi.fn() })] }) });
    view.dispatch({ effects: setCodingLayer.of({ codings, codes, selectedId: null }) });
    return view;
  };
  const show = (v: EditorView, codings: readonly Coding[], selectedId: number | null = null) =>
    v.dispatch({ effects: setCodingLayer.of({ codings, codes, selectedId }) });

  /** The highlights are exactly the list's codings, and no two codings touching one paragraph share a lane. */
  const expectDrawn = (v: EditorView, codings: readonly Coding[]) => {
    const key = (h: { id: number; from: number; to: number }) => `${h.id}:${h.from}-${h.to}`;
    expect(codingHighlights(v.state).map(key).sort()).toEqual(codings.map((c) => key({ id: c.id, from: c.start, to: c.end })).sort());
    const laid = laidCodings(v.state);
    expect(laid.map((c) => c.id).sort((a, b) => a - b)).toEqual(codings.map((c) => c.id).sort((a, b) => a - b));
    const line = (pos: number) => v.state.doc.lineAt(pos).number;
    for (const a of laid)
      for (const b of laid) {
        if (a.id >= b.id || a.lane !== b.lane) continue;
        const apart = line(a.end) < line(b.start) || line(b.end) < line(a.start);
        expect(apart, `codings ${a.id} and ${b.id} share lane ${a.lane} on the same lines`).toBe(true);
      }
    // Laid in draw order: by start.
    expect(laid.map((c) => c.start)).toEqual([...laid.map((c) => c.start)].sort((a, b) => a - b));
  };
  const lanes = (v: EditorView) => new Map(laidCodings(v.state).map((c) => [c.id, c.lane]));

  it('applies one coding: it gets a highlight and a free lane, the others keep theirs', () => {
    const before = many(60);
    const v = mount(before);
    const was = laidCodings(v.state);
    const wasLanes = lanes(v);
    const added = coding(500, 2, 200, 260);
    const after = [...before, added];
    show(v, after);
    expectDrawn(v, after);
    // Patched, not laid out again: the unchanged codings are the very same laid objects.
    const now = new Map(laidCodings(v.state).map((c) => [c.id, c]));
    for (const c of was) expect(now.get(c.id)).toBe(c);
    for (const [id, lane] of wasLanes) expect(lanes(v).get(id)).toBe(lane);
    expect(v.contentDOM.querySelector('[data-coding-id="500"]')).not.toBeNull();
  });

  it('removes a coding, moves one’s boundaries, and brings a removed one back (undo)', () => {
    const before = many(50, 7);
    const v = mount(before);
    const gone = before[10]!;
    const removed = before.filter((c) => c !== gone);
    show(v, removed);
    expectDrawn(v, removed);
    expect(codingHighlights(v.state).some((h) => h.id === gone.id)).toBe(false);

    const moved = removed.map((c) => (c.id === before[3]!.id ? { ...c, start: c.start + 2, end: c.end + 40 } : c));
    show(v, moved);
    expectDrawn(v, moved);
    expect(codingHighlights(v.state).filter((h) => h.id === before[3]!.id)).toEqual([{ id: before[3]!.id, from: before[3]!.start + 2, to: before[3]!.end + 40 }]);

    // Undo of the removal: the same coding (same id) comes back.
    const restored = [...moved, gone];
    show(v, restored, gone.id);
    expectDrawn(v, restored);
    expect(v.contentDOM.querySelector('.cm-coding-selected')).not.toBeNull();
  });

  it('replaces a stand-in by the core’s coding and lets a refetch that disagrees with the cache win', () => {
    const base = many(40, 3);
    const v = mount(base);
    const standIn = coding(-1, 3, 300, 340);
    show(v, [...base, standIn]);
    expectDrawn(v, [...base, standIn]);
    const confirmed = [...base, coding(900, 3, 300, 340)];
    show(v, confirmed);
    expectDrawn(v, confirmed);

    // The core knows better: one coding the cache lacked, one it had that is gone, one moved.
    const refetched = [...confirmed.filter((c) => c.id !== base[0]!.id).map((c) => (c.id === base[5]!.id ? { ...c, end: c.end + 3 } : c)), coding(901, 1, 20, 90)];
    show(v, refetched);
    expectDrawn(v, refetched);

    // Far from the cache (another list altogether): laid out afresh, as the full layout would.
    const other = many(200, 11);
    show(v, other);
    expectDrawn(v, other);
    expect(laidCodings(v.state).map((c) => [c.id, c.lane])).toEqual(
      layOutCodings(other, codes, undefined, (s, e) => [v.state.doc.lineAt(s).from, v.state.doc.lineAt(e).to]).map((c) => [c.id, c.lane]),
    );
  });

  it('keeps applying one coding after another exact, also past the point where new highlights are folded into the others', () => {
    let list = many(30, 9);
    const v = mount(list);
    for (let i = 0; i < 150; i++) {
      const start = (i * 37) % (text.length - 60);
      list = [...list, coding(2000 + i, 1 + (i % 3), start, start + 10 + (i % 40))];
      show(v, list);
      if (i % 10 === 9) expectDrawn(v, list);
    }
    expectDrawn(v, list);
    // Taken out again: an old one, a recent one, and one of those folded in.
    list = list.filter((c) => c.id !== 5 && c.id !== 2149 && c.id !== 2003);
    show(v, list);
    expectDrawn(v, list);
    expect(v.contentDOM.querySelector('[data-coding-id="2149"]')).toBeNull();
  });

  it('stays exact through a long run of random applies, removals, moves and undos', () => {
    let list = many(80, 5);
    const v = mount(list);
    let s = 42;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const removedStack: Coding[] = [];
    let nextId = 1000;
    for (let step = 0; step < 400; step++) {
      const r = rnd();
      if (r < 0.35) {
        const start = Math.floor(rnd() * (text.length - 60));
        list = [...list, coding(nextId++, 1 + Math.floor(rnd() * 3), start, Math.min(text.length, start + 3 + Math.floor(rnd() * 90)))];
      } else if (r < 0.6 && list.length > 0) {
        const gone = list[Math.floor(rnd() * list.length)]!;
        removedStack.push(gone);
        list = list.filter((c) => c !== gone);
      } else if (r < 0.8 && list.length > 0) {
        const i = Math.floor(rnd() * list.length);
        const c = list[i]!;
        const end = Math.min(text.length, c.end + Math.floor(rnd() * 30) - 10);
        if (end > c.start) list = list.map((x, j) => (j === i ? { ...x, end } : x));
      } else if (removedStack.length > 0) {
        list = [...list, removedStack.pop()!];
      }
      show(v, list);
      expectDrawn(v, list);
    }
  });
});
