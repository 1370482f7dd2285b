import { describe, expect, it } from 'vitest';
import { snapToWords } from '../../renderer/features/coding/word-boundaries';

const text = 'Martine Lebrun : La confiance se perd en une semaine et se regagne en des années.';
const range = (a: string, b: string) => ({ from: text.indexOf(a), to: text.indexOf(b) + b.length });
const slice = (r: { from: number; to: number }) => text.slice(r.from, r.to);

describe('snapping a selection to words', () => {
  it('widens ends that cut a word', () => {
    expect(slice(snapToWords(text, text.indexOf('nfiance'), text.indexOf('regagne') + 4))).toBe('confiance se perd en une semaine et se regagne');
  });

  it('trims the spaces a drag picks up, and keeps whole words as they are', () => {
    const r = range('La', 'semaine');
    expect(snapToWords(text, r.from - 1, r.to + 1)).toEqual(r);
    expect(snapToWords(text, r.from, r.to)).toEqual(r);
  });

  it('keeps punctuation at the edges and French word joiners inside', () => {
    const t = 'Elle a dit : l’école de Valmont-sur-Loire.';
    const r = snapToWords(t, t.indexOf('cole'), t.indexOf('sur') + 1);
    expect(t.slice(r.from, r.to)).toBe('l’école de Valmont-sur-Loire');
    expect(snapToWords(t, t.indexOf('.'), t.length)).toEqual({ from: t.indexOf('.'), to: t.length });
  });

  it('leaves a selection of only spaces alone', () => {
    expect(snapToWords('a   b', 1, 4)).toEqual({ from: 1, to: 4 });
  });
});
