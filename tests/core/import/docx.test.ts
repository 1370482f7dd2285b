import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocxParagraphs } from '../../../electron/core/documents/import/docx';
import { parseDocumentFile } from '../../../electron/core/documents/import/parse-file';
import { checkZipSafety, isUnsafePath } from '../../../electron/core/documents/import/zip-safety';
import { buildDocx, docxParts, footnoteReference, heading, lineBreak, listItem, paragraph, run, table } from '../../helpers/fixtures/docx';
import { createTempFolder } from '../../helpers/fixtures/temp-files';
import { patchCentralEntry } from '../../helpers/fixtures/zip-tamper';
import { expectTurnsCoverText } from './turn-invariants';

const WORD = { kind: 'Word document', extension: '.docx' };
const temp = createTempFolder();
afterAll(() => temp.cleanup());

const rejection = (code: string, ...fragments: string[]) =>
  expect.objectContaining({ code, message: expect.stringMatching(new RegExp(fragments.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*'))) });

describe('Word documents', () => {
  it('reads paragraphs, headings, list items, table rows, line breaks and footnotes as separate paragraphs', async () => {
    const body = [
      heading('Entretien 3 – Martine'),
      paragraph('Martine Lebrun : « Bonjour » & bienvenue…'),
      paragraph([run('Je suis '), run('née', '<w:b/>'), run(' à Orléans'), footnoteReference(1), run('.')]),
      listItem('premier point'),
      listItem('second point'),
      listItem('question numérotée', 'number'),
      table([
        ['Locuteur', 'Propos'],
        ['Paul', ''],
        ['Martine', 'Oui\u00A0!'],
      ]),
      paragraph([lineBreak('Jordan Lee   0:01', 'Merci d’être venue.')]),
      paragraph('   '),
      paragraph('\tTabulée'),
      paragraph('e\u0301te\u0301 de\u0301compose\u0301'),
    ].join('');
    const path = temp.write('E01 - élue.docx', buildDocx(body, { footnotes: [{ id: 1, text: 'Ville du Loiret.' }] }));
    const document = await parseDocumentFile(path);
    expect(document.format).toBe('docx');
    expectTurnsCoverText(document, [
      'Entretien 3 – Martine',
      'Martine Lebrun : « Bonjour » & bienvenue…',
      'Je suis née à Orléans [1].',
      'premier point',
      'second point',
      'question numérotée',
      'Locuteur | Propos',
      'Paul',
      'Martine | Oui\u00A0!',
      'Jordan Lee   0:01',
      'Merci d’être venue.',
      'Tabulée',
      'été décomposé',
      '[1] Ville du Loiret.',
    ]);
  });

  it('reads a document without styles, numbering or footnotes parts', async () => {
    const parts = docxParts(paragraph('Seul paragraphe.'), { omitParts: ['word/styles.xml', 'word/numbering.xml', 'word/_rels/document.xml.rels'] });
    expect(await readDocxParagraphs(zipSync(parts), 'minimal.docx')).toEqual(['Seul paragraphe.']);
  });

  it('refuses a document with no text', async () => {
    await expect(parseDocumentFile(temp.write('vide.docx', buildDocx(paragraph(''))))).rejects.toThrow(rejection('BAD_FILE', '“vide.docx”', 'no text'));
  });
});

describe('broken and hostile Word files', () => {
  const valid = buildDocx(paragraph('Bonjour.'));

  it.each([
    ['random bytes', 'hasard.docx', Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)],
    ['a truncated zip', 'tronqué.docx', valid.subarray(0, Math.floor(valid.length / 2))],
    ['a zip without word/document.xml', 'sans-corps.docx', zipSync(docxParts(paragraph('x'), { omitParts: ['word/document.xml'] }))],
    ['an empty file', 'zéro octet.docx', new Uint8Array(0)],
    ['broken XML', 'xml.docx', zipSync(docxParts('', { extraParts: { 'word/document.xml': '<w:document><w:body><w:p>' } }))],
  ])('rejects %s as not a valid Word document, naming the file', async (_, name, content) => {
    await expect(parseDocumentFile(temp.write(name, content))).rejects.toThrow(rejection('BAD_FILE', `“${name}”`, 'is not a valid Word document'));
  });

  it('says what a renamed file really is', async () => {
    const spreadsheet = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    await expect(parseDocumentFile(temp.write('tableau.docx', spreadsheet))).rejects.toThrow(rejection('BAD_FILE', '“tableau.docx”', 'Excel spreadsheet'));
    await expect(parseDocumentFile(temp.write('scan.docx', strToU8('%PDF-1.7\n%âãÏÓ\n')))).rejects.toThrow(rejection('BAD_FILE', '“scan.docx”', 'PDF'));
    const oldWord = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504));
    await expect(parseDocumentFile(temp.write('ancien.docx', oldWord))).rejects.toThrow(rejection('BAD_FILE', '“ancien.docx”', '97–2003'));
  });

  it('rejects a zip bomb: a part that expands more than 100 times', async () => {
    const bomb = zipSync({ ...docxParts(paragraph('Bonjour.')), 'word/media/zeros.bin': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(parseDocumentFile(temp.write('bombe.docx', bomb))).rejects.toThrow(rejection('BAD_FILE', '“bombe.docx”', 'zip bomb'));
  });

  it('rejects a zip that declares a huge uncompressed size', async () => {
    const declaresHuge = patchCentralEntry(valid, 'word/document.xml', { uncompressedSize: 300 * 1024 * 1024 });
    await expect(parseDocumentFile(temp.write('énorme.docx', declaresHuge))).rejects.toThrow(rejection('BAD_FILE', '“énorme.docx”', 'zip bomb'));
    const tooMuchInAll = buildDocx(paragraph('x'.repeat(20_000)));
    await expect(readDocxParagraphs(tooMuchInAll, 'gros.docx', { maxUncompressedBytes: 10_000, maxCompressionRatio: 100, maxEntries: 100 })).rejects.toThrow(
      rejection('FILE_TOO_LARGE', '“gros.docx”', 'MB'),
    );
  });

  it('rejects a zip that lies about its sizes, before the parser inflates it', async () => {
    const liar = patchCentralEntry(buildDocx(paragraph('Bonjour. '.repeat(2000))), 'word/document.xml', { uncompressedSize: 100 });
    await expect(parseDocumentFile(temp.write('menteur.docx', liar))).rejects.toThrow(rejection('BAD_FILE', '“menteur.docx”', 'is not a valid Word document'));
    // Mammoth's unzipper would notice too, but only after inflating everything in memory: the
    // safety check must catch it on its own, while streaming.
    expect(() => checkZipSafety(liar, 'menteur.docx', WORD)).toThrow(rejection('BAD_FILE', '“menteur.docx”'));
    const hiddenBomb = zipSync({ ...docxParts(paragraph('Bonjour.')), 'word/media/zeros.bin': new Uint8Array(8 * 1024 * 1024) });
    const disguised = patchCentralEntry(hiddenBomb, 'word/media/zeros.bin', { uncompressedSize: 100_000 });
    expect(() => checkZipSafety(disguised, 'bombe cachée.docx', WORD)).toThrow(
      expect.objectContaining({ code: 'BAD_FILE', details: { cause: expect.stringContaining('expands beyond its declared 100000 bytes') } }),
    );
  });

  it.each(['../../evil.txt', '/etc/passwd', 'C:\\Windows\\evil.dll', 'word\\..\\..\\evil.xml'])('rejects a part named %s', async (entryName) => {
    const archive = zipSync({ ...docxParts(paragraph('Bonjour.')), [entryName]: strToU8('pwned') });
    await expect(parseDocumentFile(temp.write('chemin.docx', archive))).rejects.toThrow(rejection('BAD_FILE', '“chemin.docx”', 'unsafe name'));
  });

  it('rejects a password-protected (encrypted) zip entry', async () => {
    const encrypted = patchCentralEntry(valid, 'word/document.xml', { flags: 0x1 });
    await expect(parseDocumentFile(temp.write('secret.docx', encrypted))).rejects.toThrow(rejection('BAD_FILE', '“secret.docx”', 'password-protected'));
  });

  it('tells unsafe entry names from ordinary ones', () => {
    expect(isUnsafePath('word/document.xml')).toBe(false);
    expect(isUnsafePath('word/media/..image1.png')).toBe(false);
    expect(isUnsafePath('word/../../x')).toBe(true);
    expect(isUnsafePath('\\\\server\\share')).toBe(true);
  });
});
