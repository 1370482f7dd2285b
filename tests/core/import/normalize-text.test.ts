import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../electron/core/documents/import/normalize-text';

describe('normalizeText', () => {
  it('composes decomposed accents (NFC), as macOS tools often write them', () => {
    const decomposed = 'e\u0301lue, Orle\u0301ans, c\u0327a';
    expect(decomposed).toHaveLength(20);
    expect(normalizeText(decomposed)).toBe('élue, Orléans, ça');
    expect(normalizeText(decomposed)).toHaveLength(17);
  });

  it('turns CRLF, CR and Unicode line separators into \\n', () => {
    expect(normalizeText('a\r\nb\rc\u2028d\u0085e\u000Bf')).toBe('a\nb\nc\nd\ne\nf');
    expect(normalizeText('a\u2029b\u000Cc')).toBe('a\n\nb\nc');
  });

  it('strips byte-order marks, wherever they are', () => {
    expect(normalizeText('\uFEFFdébut\n\uFEFFsuite')).toBe('début\nsuite');
  });

  it('trims trailing spaces and tabs on every line but keeps leading ones and tabs inside', () => {
    expect(normalizeText('a  \n\tb\tc \t\nd\u00A0')).toBe('a\n\tb\tc\nd');
  });

  it('keeps typography: French quotes, apostrophes, dashes, ellipsis and non-breaking spaces', () => {
    const french = '« Oui\u202F! » — l’été… c’est\u00A0: 10\u00A0%';
    expect(normalizeText(french)).toBe(french);
  });

  it('removes control characters and soft hyphens, keeping \\n and \\t', () => {
    expect(normalizeText('a\u0000b\u0007c\u001Ad\u007Fe\u0090f\tg\nh\u00ADi')).toBe('abcdef\tg\nhi');
  });
});
