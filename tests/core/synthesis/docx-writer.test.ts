import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readDocxParagraphs } from '../../../electron/core/documents/import/docx';
import { toDocx, type DocxBlock } from '../../../electron/core/export/docx-writer';

const blocks: DocxBlock[] = [
  { kind: 'paragraph', style: 'title', runs: [{ text: 'Synthèse « confiance »' }] },
  { kind: 'paragraph', style: 'subtitle', runs: [{ text: 'Étude & <test>' }] },
  { kind: 'heading', level: 1, text: 'Thèmes' },
  { kind: 'paragraph', runs: [{ text: 'Gras', bold: true }, { text: ' puis ' }, { text: 'italique', italic: true }, { text: '\nligne deux' }] },
  { kind: 'paragraph', style: 'quote', runs: [{ text: 'La confiance se perd en une semaine.' }] },
  { kind: 'table', header: ['Groupe', 'Codages'], rows: [['élus', '3'], ['habitants\nsuite', '5']] },
  { kind: 'pageBreak' },
  { kind: 'heading', level: 2, text: 'Annexe' },
  { kind: 'paragraph', style: 'small', runs: [{ text: 'E01, tour 2\u0001' }] },
];

describe('docx writer', () => {
  it('writes a zip with a well-formed document, styles and the language', () => {
    const files = unzipSync(toDocx(blocks, { title: 'Synthèse', language: 'fr' }));
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/settings.xml',
      'word/styles.xml',
    ]);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('Étude &amp; &lt;test&gt;');
    expect(xml).toContain('<w:br w:type="page"/>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).not.toContain('\u0001');
    expect(strFromU8(files['word/styles.xml']!)).toContain('w:lang w:val="fr-FR"');
    expect(strFromU8(files['docProps/core.xml']!)).toContain('<dc:title>Synthèse</dc:title>');
  });

  it('is read back by a real docx reader with its headings, emphasis, quotes and tables', async () => {
    const bytes = toDocx(blocks, { title: 'Synthèse', language: 'fr' });
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('<h1>Thèmes</h1>');
    expect(html).toContain('<h2>Annexe</h2>');
    expect(html).toContain('<strong>Gras</strong>');
    expect(html).toContain('<em>italique</em>');
    expect(html).toMatch(/<table>.*élus.*<\/table>/s);
    const paragraphs = await readDocxParagraphs(bytes, 'rapport.docx');
    expect(paragraphs).toContain('Synthèse « confiance »');
    expect(paragraphs).toContain('La confiance se perd en une semaine.');
    expect(paragraphs).toContain('ligne deux');
  });
});
