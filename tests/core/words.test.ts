import { describe, expect, it } from 'vitest';
import { countWords, forEachWord } from '../../shared/words';
import { SAMPLE_INTERVIEWS } from '../../electron/core/sample/sample-texts';

/** The reference: Unicode word boundaries as Intl.Segmenter implements them (slow, but right). */
const segmenter = new Intl.Segmenter('fr', { granularity: 'word' });
const referenceWords = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
const ourWords = (text: string) => {
  const words: string[] = [];
  forEachWord(text, (start, end) => words.push(text.slice(start, end)));
  return words;
};

describe('counting words', () => {
  it.each([
    ['French elisions and apostrophes', 'L’école d’aujourd’hui n’est pas l\'école d\'hier.'],
    ['hyphenated names and places', 'Valmont-sur-Loire, Jean-Pierre et la mairie de Saint-Étienne.'],
    ['numbers, decimals and times', 'Il est 14:30, le budget est de 3,5 M€ soit 1.000.000 € ; 2025-03-14.'],
    ['abbreviations and colons', 'Le Dr. Puig, e.g. Psy.D, Note:ceci · voilà…'],
    ['typography', '« Bonjour » — dit-elle, puis : « on verra ». 50 % ! Qu’en pensez-vous ?'],
    ['English', "We don't always pick the way we struggle; it's 9.30 a.m. at O'Neill's."],
    ['timestamps and labels', '[00:12:03] Enquêtrice : Martine Lebrun : 06 12 34 56 78, +33 6 12 34 56 78'],
    ['emails and urls', 'Écrivez à m.lebrun@valmont.fr ou https://www.valmont.fr/donnees?id=3'],
  ])('agrees with Unicode word boundaries on %s', (_name, text) => {
    expect(ourWords(text)).toEqual(referenceWords(text));
    expect(countWords(text)).toBe(referenceWords(text).length);
  });

  it('agrees with Unicode word boundaries on whole interviews', () => {
    for (const { text } of SAMPLE_INTERVIEWS) expect(countWords(text)).toBe(referenceWords(text).length);
  });

  it('gives UTF-16 offsets that slice back to each word, in order', () => {
    const text = 'Émilie 🙂 a dit : « l’école ».';
    const spans: [number, number][] = [];
    forEachWord(text, (start, end) => spans.push([start, end]));
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Émilie', 'a', 'dit', 'l’école']);
    expect(spans.every(([s, e], i) => s < e && (i === 0 || spans[i - 1]![1] <= s))).toBe(true);
  });
});
