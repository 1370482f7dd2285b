import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/documents/import/decode-text';
import { parseDocumentFileWithDetails } from '../../../electron/core/documents/import/parse-file';
import { createTempFolder } from '../../helpers/fixtures/temp-files';
import { bytes, concat, UTF16BE_BOM, UTF16LE_BOM, UTF8_BOM, utf16be, utf16le, utf8 } from '../../helpers/fixtures/text-bytes';

const FRENCH = 'Élue à Orléans : « c’est l’été… » — œuvre, 12 €';

describe('decodeText', () => {
  it('reads strict UTF-8', () => {
    expect(decodeText(utf8(FRENCH), 'a.txt')).toEqual({ text: FRENCH, encoding: 'utf-8', hasByteOrderMark: false, invalidLines: [] });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(concat(UTF8_BOM, utf8(FRENCH)), 'a.txt')).toEqual({ text: FRENCH, encoding: 'utf-8', hasByteOrderMark: true, invalidLines: [] });
  });

  it('reads UTF-16 with a byte-order mark, both byte orders', () => {
    expect(decodeText(concat(UTF16LE_BOM, utf16le(FRENCH)), 'a.txt')).toMatchObject({ text: FRENCH, encoding: 'utf-16le' });
    expect(decodeText(concat(UTF16BE_BOM, utf16be(FRENCH)), 'a.txt')).toMatchObject({ text: FRENCH, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a byte-order mark by its NUL bytes', () => {
    expect(decodeText(utf16le(FRENCH), 'a.txt')).toEqual({ text: FRENCH, encoding: 'utf-16le', hasByteOrderMark: false, invalidLines: [] });
    expect(decodeText(utf16be(FRENCH), 'a.txt')).toEqual({ text: FRENCH, encoding: 'utf-16be', hasByteOrderMark: false, invalidLines: [] });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, including its 0x80–0x9F punctuation', () => {
    const windows1252 = bytes('Caf', 0xe9, ' ', 0xe8, 're ', 0xab, 'oui', 0xbb, ' l', 0x92, 'ann', 0xe9, 'e', 0x85, ' ', 0x96, ' ', 0x97, ' ', 0x80, ' ', 0x9c, 'uvre', 0xa0, '!');
    expect(decodeText(windows1252, 'a.txt')).toEqual({ text: 'Café ère «oui» l’année… – — € œuvre\u00A0!', encoding: 'windows-1252', hasByteOrderMark: false, invalidLines: [] });
  });

  it('decodes UTF-8 text holding a stray byte without turning its accents into mojibake: the byte is replaced, its line reported', () => {
    const mixed = concat(utf8('déjà vu, élue, très '), bytes('caf', 0xe9));
    const decoded = decodeText(mixed, 'a.txt');
    expect(decoded).toMatchObject({ text: 'déjà vu, élue, très caf\uFFFD', encoding: 'utf-8+replaced', invalidLines: [1] });
    expect(decoded.text).not.toMatch(/Ã/u);
  });

  it('never produces U+FFFD or mojibake for any single byte after ASCII text', () => {
    for (let byte = 0x80; byte <= 0xff; byte++) {
      const { text } = decodeText(bytes('abc ', byte), 'a.txt');
      expect(text).not.toContain('\uFFFD');
      expect(text.startsWith('abc ')).toBe(true);
    }
  });

  it('tolerates NUL padding at the end of a text', () => {
    expect(decodeText(concat(utf8('bonjour'), new Uint8Array(64)), 'a.txt')).toMatchObject({ text: 'bonjour', encoding: 'utf-8' });
  });

  it('rejects binary data, UTF-32 and cut-off UTF-16, naming the file', () => {
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
    expect(() => decodeText(binary, 'photo.txt')).toThrow(expect.objectContaining({ code: 'BAD_FILE', message: expect.stringContaining('“photo.txt”') }));
    expect(() => decodeText(Uint8Array.of(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0), 'u32.txt')).toThrow(expect.objectContaining({ code: 'BAD_FILE', message: expect.stringContaining('UTF-32') }));
    expect(() => decodeText(concat(UTF16LE_BOM, utf16le('abc'), Uint8Array.of(0x41)), 'cut.txt')).toThrow(expect.objectContaining({ code: 'BAD_FILE', message: expect.stringContaining('“cut.txt”') }));
  });
});

describe('text files in every common encoding', () => {
  const temp = createTempFolder();
  afterAll(() => temp.cleanup());

  const cases: { name: string; content: Uint8Array; encoding: string }[] = [
    { name: 'utf8.txt', content: utf8('L1 : « Bonjour »\nL2 : l’été…\n'), encoding: 'utf-8' },
    { name: 'utf8-bom-crlf.txt', content: concat(UTF8_BOM, utf8('L1 : « Bonjour »\r\nL2 : l’été…\r\n')), encoding: 'utf-8' },
    { name: 'utf16le-bom.txt', content: concat(UTF16LE_BOM, utf16le('L1 : « Bonjour »\r\nL2 : l’été…\r\n')), encoding: 'utf-16le' },
    { name: 'utf16be-bom.txt', content: concat(UTF16BE_BOM, utf16be('L1 : « Bonjour »\nL2 : l’été…\n')), encoding: 'utf-16be' },
    { name: 'utf16le-no-bom.txt', content: utf16le('L1 : « Bonjour »\r\nL2 : l’été…'), encoding: 'utf-16le' },
    { name: 'utf16be-no-bom.txt', content: utf16be('L1 : « Bonjour »\nL2 : l’été…'), encoding: 'utf-16be' },
    {
      name: 'windows-1252.txt',
      content: bytes('L1 : ', 0xab, ' Bonjour ', 0xbb, '\r\nL2 : l', 0x92, 0xe9, 't', 0xe9, 0x85, '\r\n'),
      encoding: 'windows-1252',
    },
  ];

  it.each(cases)('reads $name as the same stored text ($encoding)', async ({ name, content, encoding }) => {
    const { document, encoding: found } = await parseDocumentFileWithDetails(temp.write(name, content));
    expect(found).toBe(encoding);
    expect(document.text).toBe('L1 : « Bonjour »\nL2 : l’été…');
    expect(document.turns.map((t) => [t.start, t.end])).toEqual([
      [0, 16],
      [17, 28],
    ]);
  });
});
