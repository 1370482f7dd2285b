import { describe, expect, it } from 'vitest';
import { buildParsedDocument, splitParagraphs } from '../../../electron/core/documents/import/paragraphs';
import { normalizeText } from '../../../electron/core/documents/import/normalize-text';
import { normalizeColor } from '../../../electron/core/refi/colors';
import { codePointIndex, detectOffsetUnit, toStoredText, unitScale } from '../../../electron/core/refi/offsets';
import { normalizeGuid } from '../../../electron/core/refi/parse-project';

describe('toStoredText', () => {
  const raws = [
    'Ligne 1\r\n\r\n  Ligne 2 avec espaces   \r\nFin',
    'Cafe\u0301 noir\u00a0\n\n\nThé',
    '\uFEFFDébut 👋🏽 milieu\u000Bsuite\u2029fin\u00AD.',
    'Seul',
  ];
  it.each(raws)('stores what the text importer stores for %j', (raw) => {
    expect(toStoredText(raw).text).toBe(buildParsedDocument('txt', splitParagraphs(normalizeText(raw))).text);
  });

  it('maps raw positions to stored ones: starts move forward, ends move back, across dropped characters', () => {
    const raw = 'ab\r\n\r\n  ce\u0301d  \r\nef';
    const stored = toStoredText(raw);
    expect(stored.text).toBe('ab\ncéd\nef');
    const at = (s: string) => raw.indexOf(s);
    expect(stored.startOf(at('c'))).toBe(3);
    expect(stored.startOf(2)).toBe(3); // a start on the CRLF snaps to the next line
    expect(stored.endOf(2)).toBe(2); // an end there stays after "ab"
    expect(stored.endOf(at('d') + 1)).toBe(6);
    expect(stored.startOf(at('\u0301'))).toBe(5); // inside a composed "é": the next character
    expect(stored.endOf(raw.length)).toBe(stored.text.length);
  });
});

describe('offset units', () => {
  const raw = 'Q : 👋 bonjour\r\nR : 🏙️ ville\r\nR : fin';
  it('converts each unit to raw UTF-16 indices', () => {
    const r = raw.indexOf('R : fin');
    expect(unitScale(raw, 'utf16').toRaw(r)).toBe(r);
    expect(unitScale(raw, 'codepoints').toRaw([...raw.slice(0, r)].length)).toBe(r);
    expect(unitScale(raw, 'codepoints-lf').toRaw([...raw.slice(0, r).replace(/\r\n/g, '\n')].length)).toBe(r);
    expect(unitScale(raw, 'codepoints').length).toBe([...raw].length);
  });

  it('detects the unit from line boundaries, and from names that hold the selected text', () => {
    const line = 'R : 🏙️ ville';
    const start = raw.indexOf(line);
    const asUtf16 = { start, end: start + line.length, name: null };
    expect(detectOffsetUnit([{ raw, selections: [asUtf16] }], null).unit).toBe('utf16');
    const cp = (i: number) => [...raw.slice(0, i)].length;
    const asCodePoints = { start: cp(start + 4), end: cp(start + line.length - 6), name: '🏙️' };
    expect(detectOffsetUnit([{ raw, selections: [asCodePoints, { start: cp(start), end: cp(start + line.length), name: line }] }], null).unit).toBe('codepoints');
  });

  it('lets the producer decide a tie: code points by default, UTF-16 for NVivo on Windows', () => {
    const plain = [{ raw: 'abc\ndef', selections: [{ start: 0, end: 3, name: null }] }];
    expect(detectOffsetUnit(plain, 'QualCoder 3.2').unit).toBe('codepoints');
    expect(detectOffsetUnit(plain, 'NVivo 12 for Windows').unit).toBe('utf16');
  });

  it('counts code points for export', () => {
    const text = 'a👋b🏙️c';
    const toCp = codePointIndex(text);
    expect(toCp(text.indexOf('b'))).toBe(2);
    expect(toCp(text.indexOf('c'))).toBe([...text.slice(0, text.indexOf('c'))].length);
    expect(toCp(text.length)).toBe([...text].length);
  });
});

describe('colours and GUIDs', () => {
  it.each([
    ['#ABC', '#aabbcc'],
    ['#FF8800', '#ff8800'],
    ['#80112233', '#112233'],
    ['ff8800', '#ff8800'],
    ['Red', '#ff0000'],
    ['rgb(255, 0, 10)', '#ff000a'],
    ['16711680', '#ff0000'],
    ['pas une couleur', null],
    ['', null],
  ])('%j → %j', (raw, expected) => expect(normalizeColor(raw)).toBe(expected));

  it('stores GUIDs lowercase without braces', () => {
    expect(normalizeGuid(' {ABCDEF01-2345-6789-ABCD-EF0123456789} ')).toBe('abcdef01-2345-6789-abcd-ef0123456789');
  });
});
