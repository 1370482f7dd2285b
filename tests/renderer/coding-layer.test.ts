import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Code, Coding } from '../../shared/contract';
import { codingLayer, laidCodings, layOutCodings, setCodingLayer } from '../../renderer/features/coding/editor/coding-layer';
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
