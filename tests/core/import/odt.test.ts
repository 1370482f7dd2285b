import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readOdtParagraphs } from '../../../electron/core/documents/import/odt';
import { parseDocumentFile } from '../../../electron/core/documents/import/parse-file';
import { docxParts, paragraph as docxParagraph } from '../../helpers/fixtures/docx';
import {
  annotation,
  buildOdt,
  contentXml,
  deletionMark,
  footnote,
  heading,
  lineBreak,
  list,
  odtParts,
  paragraph,
  softPageBreak,
  spaces,
  span,
  tab,
  table,
  trackedChanges,
} from '../../helpers/fixtures/odt';
import { createTempFolder } from '../../helpers/fixtures/temp-files';
import { patchCentralEntry } from '../../helpers/fixtures/zip-tamper';
import { rejection } from './rejection';
import { expectTurnsCoverText } from './turn-invariants';

const temp = createTempFolder();
afterAll(() => temp.cleanup());

describe('LibreOffice documents (.odt)', () => {
  it('reads headings, paragraphs, lists, tables, notes and spacing as LibreOffice writes them', async () => {
    const body = [
      trackedChanges([{ id: 'ct1', text: 'Texte supprimé par la relectrice.' }]),
      heading('Entretien 3 – Martine'),
      paragraph(['Je suis ', span('née', 'Gras'), ' à Orléans', footnote('1', 'Ville du Loiret.'), '.']),
      paragraph(['Trois', spaces(3), 'espaces,', tab, 'une tabulation', spaces(1), 'et    du   blanc  replié.']),
      paragraph(['Première ligne', lineBreak, 'seconde ligne', softPageBreak, ' suite.']),
      paragraph(['Le texte', deletionMark('ct1'), ' gardé', annotation('Commentaire à ne pas importer'), ' reste.']),
      list(['premier point', 'second point']),
      table([
        ['Locuteur', 'Propos'],
        ['Paul', ''],
        ['Martine', 'Oui\u00A0!'],
      ]),
      paragraph(['Une note de fin', footnote('i', 'Note de fin.', 'endnote'), '.']),
      paragraph(''),
      paragraph('e\u0301te\u0301 &amp; <compose\u0301>'),
      `<text:section text:name="Masquée" text:display="none">${paragraph('Section masquée.')}</text:section>`,
      `<text:section text:name="Visible">${paragraph('Section visible.')}</text:section>`,
      '<text:h text:outline-level="2"><text:number>2.1.</text:number>Titre numéroté</text:h>',
    ].join('');
    const document = await parseDocumentFile(temp.write('E01 - élue.odt', buildOdt(body)));
    expect(document.format).toBe('odt');
    expectTurnsCoverText(document, [
      'Entretien 3 – Martine',
      'Je suis née à Orléans [1].',
      'Trois   espaces,\tune tabulation et du blanc replié.',
      'Première ligne',
      'seconde ligne suite.',
      'Le texte gardé reste.',
      'premier point',
      'second point',
      'Locuteur | Propos',
      'Paul',
      'Martine | Oui\u00A0!',
      'Une note de fin [i].',
      'été &amp; <composé>',
      'Section visible.',
      'Titre numéroté',
      '[1] Ville du Loiret.',
      '[i] Note de fin.',
    ]);
    expect(document.text).not.toContain('supprimé');
    expect(document.text).not.toContain('Commentaire');
  });

  it('finds speakers in an .odt transcript', async () => {
    const body = ['Enquêtrice : Vous habitez ici depuis longtemps ?', 'Martine : Depuis 1982.', 'Enquêtrice : Et avant ?', 'Martine : À Orléans.']
      .map((text) => paragraph(text))
      .join('');
    const document = await parseDocumentFile(temp.write('E02.odt', buildOdt(body)));
    expectTurnsCoverText(document);
    expect(document.turns.map((turn) => [turn.speaker, document.text.slice(turn.start, turn.labelEnd)])).toEqual([
      ['Enquêtrice', 'Enquêtrice : '],
      ['Martine', 'Martine : '],
      ['Enquêtrice', 'Enquêtrice : '],
      ['Martine', 'Martine : '],
    ]);
  });

  it('reads a content.xml that uses other namespace prefixes, character references and CDATA', () => {
    const content =
      '<?xml version="1.0"?><d:document-content xmlns:d="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0">' +
      '<d:body><d:text><t:p>caf&#233; &#x2014; &lt;ok&gt; &quot;&apos;</t:p><t:p><![CDATA[a < b & c]]></t:p></d:text></d:body></d:document-content>';
    const bytes = zipSync(odtParts('', { extraParts: { 'content.xml': content } }));
    expect(readOdtParagraphs(bytes, 'préfixes.odt')).toEqual(['café — <ok> "\'', 'a < b & c']);
  });
});

describe('broken and hostile .odt files', () => {
  const valid = buildOdt(paragraph('Bonjour.'));
  const withContent = (content: string): Uint8Array => zipSync(odtParts('', { extraParts: { 'content.xml': content } }));

  it.each([
    ['random bytes', 'hasard.odt', Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)],
    ['a truncated zip', 'tronqué.odt', valid.subarray(0, Math.floor(valid.length / 2))],
    ['a zip without content.xml', 'sans-corps.odt', zipSync(odtParts('', { omitParts: ['content.xml'] }))],
    ['an empty file', 'zéro octet.odt', new Uint8Array(0)],
    ['unclosed XML', 'xml.odt', withContent('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body>')],
    ['mismatched tags', 'balises.odt', withContent(contentXml('<text:p>a</text:h>'))],
    ['an entity XML does not define', 'entité.odt', withContent(contentXml('<text:p>&eacute;</text:p>'))],
    ['a bare ampersand', 'esperluette.odt', withContent(contentXml('<text:p>Q & R</text:p>'))],
    ['content.xml that is not UTF-8', 'latin1.odt', zipSync(odtParts('', { extraParts: { 'content.xml': Uint8Array.of(0x3c, 0x61, 0xe9, 0x3e) } }))],
  ])('rejects %s as not a valid LibreOffice document, naming the file', async (_, name, content) => {
    await expect(parseDocumentFile(temp.write(name, content))).rejects.toThrow(rejection('BAD_FILE', `“${name}”`, 'is not a valid LibreOffice text document'));
  });

  it('refuses a content.xml with a DOCTYPE (entity expansion, external entities)', async () => {
    const billionLaughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      contentXml('<text:p>&lol2;</text:p>').replace(/^<\?xml[^>]*>\n/u, '');
    await expect(parseDocumentFile(temp.write('rires.odt', withContent(billionLaughs)))).rejects.toThrow(rejection('BAD_FILE', '“rires.odt”', 'document type declaration'));
    const external = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${contentXml('<text:p>&xxe;</text:p>').replace(/^<\?xml[^>]*>\n/u, '')}`;
    await expect(parseDocumentFile(temp.write('xxe.odt', withContent(external)))).rejects.toThrow(rejection('BAD_FILE', '“xxe.odt”', 'document type declaration'));
  });

  it('says what a renamed file really is', async () => {
    await expect(parseDocumentFile(temp.write('word.odt', zipSync(docxParts(docxParagraph('x')))))).rejects.toThrow(rejection('BAD_FILE', '“word.odt”', 'Word document'));
    const spreadsheet = buildOdt('', { mimetype: 'application/vnd.oasis.opendocument.spreadsheet' });
    await expect(parseDocumentFile(temp.write('calc.odt', spreadsheet))).rejects.toThrow(rejection('BAD_FILE', '“calc.odt”', 'spreadsheet (.ods)'));
    const presentationBody = withContent(
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:presentation/></office:body></office:document-content>',
    );
    const noMimetype = zipSync(Object.fromEntries(Object.entries(odtParts('')).filter(([name]) => name !== 'mimetype')));
    expect(() => readOdtParagraphs(noMimetype, 'sans-type.odt')).not.toThrow();
    await expect(parseDocumentFile(temp.write('impress.odt', presentationBody))).rejects.toThrow(rejection('BAD_FILE', '“impress.odt”', 'is not a text document'));
    await expect(parseDocumentFile(temp.write('scan.odt', strToU8('%PDF-1.7\n')))).rejects.toThrow(rejection('BAD_FILE', '“scan.odt”', 'PDF'));
  });

  it('rejects a password-protected document', async () => {
    await expect(parseDocumentFile(temp.write('secret.odt', buildOdt(paragraph('x'), { encrypted: true })))).rejects.toThrow(
      rejection('BAD_FILE', '“secret.odt”', 'password-protected'),
    );
  });

  it('rejects a zip bomb and a zip that lies about its sizes', async () => {
    const bomb = zipSync({ ...odtParts(paragraph('Bonjour.')), 'Pictures/zeros.bin': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(parseDocumentFile(temp.write('bombe.odt', bomb))).rejects.toThrow(rejection('BAD_FILE', '“bombe.odt”', 'zip bomb'));
    const liar = patchCentralEntry(buildOdt(paragraph('Bonjour. '.repeat(2000))), 'content.xml', { uncompressedSize: 100 });
    await expect(parseDocumentFile(temp.write('menteur.odt', liar))).rejects.toThrow(rejection('BAD_FILE', '“menteur.odt”', 'is not a valid LibreOffice text document'));
  });

  it('rejects a document nested deeper than any real one', () => {
    const deep = '<text:span>'.repeat(600) + 'x' + '</text:span>'.repeat(600);
    expect(() => readOdtParagraphs(withContent(contentXml(`<text:p>${deep}</text:p>`)), 'profond.odt')).toThrow(rejection('BAD_FILE', '“profond.odt”'));
  });

  it('refuses a document with no text', async () => {
    await expect(parseDocumentFile(temp.write('vide.odt', buildOdt(paragraph(''))))).rejects.toThrow(rejection('BAD_FILE', '“vide.odt”', 'no text'));
  });
});
