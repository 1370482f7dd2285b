import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  documentNameOf,
  MAX_DOCX_FILE_BYTES,
  MAX_TEXT_FILE_BYTES,
  parseDocumentFile,
  parseDocumentFileWithDetails,
} from '../../../electron/core/documents/import/parse-file';
import type { TurnDetector } from '../../../electron/core/documents/import/paragraphs';
import { buildDocx, paragraph } from '../../helpers/fixtures/docx';
import { buildOdt, paragraph as odtParagraph } from '../../helpers/fixtures/odt';
import { createTempFolder } from '../../helpers/fixtures/temp-files';
import { bytes, utf8 } from '../../helpers/fixtures/text-bytes';
import { expectTurnsCoverText } from './turn-invariants';

const temp = createTempFolder();
afterAll(() => temp.cleanup());

const rejection = (code: string, ...fragments: string[]) =>
  expect.objectContaining({ code, message: expect.stringMatching(new RegExp(fragments.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*'))) });

describe('documentNameOf', () => {
  it.each([
    ['/home/ana/Entretiens/E01 - élue.docx', 'E01 - élue'],
    ['/tmp/Entretien.final.v2.txt', 'Entretien.final.v2'],
    ['/tmp/  espaces  .md', '  espaces  '],
    ['/tmp/sans extension', 'sans extension'],
    ['/tmp/E02 - e\u0301lu.TXT', 'E02 - élu'],
  ])('%s → %s', (path, name) => {
    expect(documentNameOf(path)).toBe(name);
  });
});

describe('parseDocumentFile', () => {
  it('dispatches on the extension, whatever its case', async () => {
    expect((await parseDocumentFile(temp.write('a.TXT', 'Un.'))).format).toBe('txt');
    expect((await parseDocumentFile(temp.write('b.text', 'Un.'))).format).toBe('txt');
    expect((await parseDocumentFile(temp.write('c.Markdown', '**Un.**'))).text).toBe('Un.');
    expect((await parseDocumentFile(temp.write('d.DocX', buildDocx(paragraph('Un.'))))).format).toBe('docx');
    expect((await parseDocumentFile(temp.write('e.ODT', buildOdt(odtParagraph('Un.'))))).format).toBe('odt');
    expect((await parseDocumentFile(temp.write('f.htm', '<p>Un.</p>'))).format).toBe('html');
    expect((await parseDocumentFile(temp.write('g.HTML', '<p>Un.</p>'))).format).toBe('html');
    expect((await parseDocumentFile(temp.write('h.Vtt', 'WEBVTT\n\n00:01.000 --> 00:02.000\nUn.'))).format).toBe('vtt');
    expect((await parseDocumentFile(temp.write('i.SRT', '1\n00:00:01,000 --> 00:00:02,000\nUn.'))).format).toBe('srt');
  });

  it('imports a French Windows-1252 transcript with CRLF, one turn per paragraph', async () => {
    const content = bytes('L1 : vous ', 0xea, 'tes arriv', 0xe9, 'e quand ?\r\n\r\nL2 : en 1982', 0x85, ' c', 0x92, 'est loin.   \r\n\r\n\r\n');
    const { document, encoding } = await parseDocumentFileWithDetails(temp.write('E03 - habitante.txt', content));
    expect(encoding).toBe('windows-1252');
    expectTurnsCoverText(document, ['L1 : vous êtes arrivée quand ?', 'L2 : en 1982… c’est loin.']);
    expect(document.turns.every((t) => t.speaker === null && t.labelEnd === t.start && t.tStartMs === null && t.tEndMs === null)).toBe(true);
  });

  it('stores NFC text and keeps typography', async () => {
    const document = await parseDocumentFile(temp.write('nfc.txt', utf8('Ve\u0301ronique\u00A0: « c’est\u202Fça… » — oui')));
    expect(document.text).toBe('Véronique\u00A0: « c’est\u202Fça… » — oui');
  });

  it('passes the paragraphs to a turn detector', async () => {
    const detector: TurnDetector = (paragraphs) => paragraphs.map((text) => ({ text, speaker: text.slice(0, 2), labelLength: 5 }));
    const document = await parseDocumentFile(temp.write('detect.txt', 'L1 : oui\nL2 : non'), { detectTurns: detector });
    expect(document.turns.map((t) => [t.speaker, t.labelEnd])).toEqual([
      ['L1', 5],
      ['L2', 14],
    ]);
  });

  it.each([
    ['ancien.doc', '.docx'],
    ['tableur.ods', 'spreadsheet'],
    ['sous-titres.sbv', '.vtt or .srt'],
    ['photo.JPG', 'picture'],
    ['enregistrement.m4a', 'recording'],
    ['tableur.xlsx', '.txt, .md, .docx, .odt, .html, .vtt, .srt and .pdf'],
    ['sans extension', '.txt, .md, .docx, .odt, .html, .vtt, .srt and .pdf'],
  ])('refuses %s as unsupported, naming it and the supported formats', async (name, hint) => {
    await expect(parseDocumentFile(temp.write(name, 'x'))).rejects.toThrow(rejection('UNSUPPORTED_FILE', `“${name}”`, hint));
  });

  it('refuses a missing file and a folder, naming them', async () => {
    await expect(parseDocumentFile(temp.path('absent.txt'))).rejects.toThrow(rejection('BAD_FILE', '“absent.txt”', 'cannot be found'));
    mkdirSync(temp.path('dossier.md'));
    await expect(parseDocumentFile(temp.path('dossier.md'))).rejects.toThrow(rejection('BAD_FILE', '“dossier.md”', 'folder'));
  });

  it('refuses empty and blank files', async () => {
    await expect(parseDocumentFile(temp.write('vide.txt', ''))).rejects.toThrow(rejection('BAD_FILE', '“vide.txt”', 'contains no text'));
    await expect(parseDocumentFile(temp.write('blanc.md', ' \r\n\t\n<!-- rien -->\n'))).rejects.toThrow(rejection('BAD_FILE', '“blanc.md”', 'contains no text'));
  });

  it('refuses a binary file given a text extension, saying what it looks like', async () => {
    await expect(parseDocumentFile(temp.write('entretien.txt', buildDocx(paragraph('x'))))).rejects.toThrow(
      rejection('BAD_FILE', '“entretien.txt”', 'not a plain text file', 'Office document'),
    );
  });

  it('refuses files over the size limits, with both sizes in MB', async () => {
    // Sparse files: the size is declared without writing 100 MB.
    const bigText = temp.path('énorme.txt');
    writeFileSync(bigText, '');
    truncateSync(bigText, MAX_TEXT_FILE_BYTES + 1024 * 1024);
    await expect(parseDocumentFile(bigText)).rejects.toThrow(rejection('FILE_TOO_LARGE', '“énorme.txt”', '101 MB', '100 MB'));
    const bigDocx = temp.path('énorme.docx');
    writeFileSync(bigDocx, '');
    truncateSync(bigDocx, MAX_DOCX_FILE_BYTES + 5 * 1024 * 1024);
    await expect(parseDocumentFile(bigDocx)).rejects.toThrow(rejection('FILE_TOO_LARGE', '“énorme.docx”', '205 MB', '200 MB'));
  });
});
