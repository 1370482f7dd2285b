import { strToU8, zipSync } from 'fflate';
import { escapeXml } from './xml-escape';

/** A stretch of text with one look. A `\n` inside is a line break, a `\t` a tab. */
export type DocxRun = { text: string; bold?: boolean; italic?: boolean };

/** What a Word document is made of here: headings, styled paragraphs, simple tables, page breaks. */
export type DocxBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: DocxRun[]; style?: 'normal' | 'quote' | 'small' | 'title' | 'subtitle' }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'pageBreak' };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** Word's style ids for each paragraph style (built-in names, so Word and readers know them). */
const PARAGRAPH_STYLE: Record<NonNullable<Extract<DocxBlock, { kind: 'paragraph' }>['style']>, string | null> = {
  normal: null,
  quote: 'Quote',
  small: 'Small',
  title: 'Title',
  subtitle: 'Subtitle',
};

function runXml(run: DocxRun): string {
  const props = `${run.bold ? '<w:b/>' : ''}${run.italic ? '<w:i/>' : ''}`;
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
  // Line breaks and tabs are elements of their own between pieces of text.
  const parts = run.text.split(/(\n|\t)/);
  const content = parts
    .map((p) => (p === '\n' ? '<w:br/>' : p === '\t' ? '<w:tab/>' : p === '' ? '' : `<w:t xml:space="preserve">${escapeXml(p)}</w:t>`))
    .join('');
  return `<w:r>${rPr}${content}</w:r>`;
}

const paragraphXml = (runs: readonly DocxRun[], styleId: string | null, extraProps = '') => {
  const pPr = styleId || extraProps ? `<w:pPr>${styleId ? `<w:pStyle w:val="${styleId}"/>` : ''}${extraProps}</w:pPr>` : '';
  return `<w:p>${pPr}${runs.map(runXml).join('')}</w:p>`;
};

function tableXml(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const columns = Math.max(1, header.length, ...rows.map((r) => r.length));
  // Columns share the text width (A4 with 2.5 cm margins: 9026 twentieths of a point).
  const width = Math.floor(9026 / columns);
  const cell = (text: string, bold: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>` +
    // A cell must hold at least one paragraph; each line of the text is one.
    text
      .split('\n')
      .map((line) => paragraphXml([{ text: line, bold }], 'TableText'))
      .join('') +
    `</w:tc>`;
  const row = (cells: readonly string[], isHeader: boolean) =>
    `<w:tr>${isHeader ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}` +
    Array.from({ length: columns }, (_, i) => cell(cells[i] ?? '', isHeader)).join('') +
    `</w:tr>`;
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${Array.from({ length: columns }, () => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>` +
    (header.length > 0 ? row(header, true) : '') +
    rows.map((r) => row(r, false)).join('') +
    `</w:tbl>` +
    // Two tables in a row would merge into one: a small empty paragraph keeps them apart.
    paragraphXml([], 'Small')
  );
}

function blockXml(block: DocxBlock): string {
  switch (block.kind) {
    case 'heading':
      return paragraphXml([{ text: block.text }], `Heading${block.level}`);
    case 'paragraph':
      return paragraphXml(block.runs, PARAGRAPH_STYLE[block.style ?? 'normal']);
    case 'table':
      return tableXml(block.header, block.rows);
    case 'pageBreak':
      return `<w:p><w:r><w:br w:type="page"/></w:r></w:p>`;
  }
}

/** `fr` → `fr-FR`, `en` → `en-GB`; a tag with a region is kept. */
const languageTag = (language: string) => (language.includes('-') ? language : ({ fr: 'fr-FR', en: 'en-GB' } as Record<string, string>)[language] ?? language);

function stylesXml(lang: string): string {
  const font = `<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>`;
  const paragraphStyle = (id: string, name: string, pPr: string, rPr: string, extra = '') =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${extra}<w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
  const heading = (level: 1 | 2 | 3, size: number, color: string) =>
    paragraphStyle(
      `Heading${level}`,
      `heading ${level}`,
      `<w:keepNext/><w:keepLines/><w:spacing w:before="${level === 1 ? 360 : 240}" w:after="120"/><w:outlineLvl w:val="${level - 1}"/>`,
      `<w:b/><w:color w:val="${color}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`,
    );
  return (
    `${XML_HEAD}<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${font}<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${lang}" w:eastAsia="${lang}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    paragraphStyle('Title', 'Title', `<w:spacing w:before="2400" w:after="240"/>`, `<w:b/><w:color w:val="1F2A44"/><w:sz w:val="56"/><w:szCs w:val="56"/>`) +
    paragraphStyle('Subtitle', 'Subtitle', `<w:spacing w:after="480"/>`, `<w:color w:val="4A5568"/><w:sz w:val="30"/><w:szCs w:val="30"/>`) +
    heading(1, 36, '1F2A44') +
    heading(2, 28, '2B4C7E') +
    heading(3, 24, '2B4C7E') +
    paragraphStyle(
      'Quote',
      'Quote',
      `<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="9FB3C8"/></w:pBdr><w:ind w:left="360" w:right="360"/><w:spacing w:before="120" w:after="60"/>`,
      `<w:i/><w:color w:val="2D3748"/>`,
    ) +
    paragraphStyle('Small', 'Small', `<w:spacing w:after="120"/>`, `<w:color w:val="5A6472"/><w:sz w:val="18"/><w:szCs w:val="18"/>`) +
    paragraphStyle('TableText', 'Table Text', `<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>`, `<w:sz w:val="19"/><w:szCs w:val="19"/>`) +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="B8C2CC"/>`).join('') +
    `</w:tblBorders></w:tblPr></w:style>` +
    `</w:styles>`
  );
}

/**
 * A valid .docx (WordprocessingML in a zip) built in memory from blocks: built-in styles (Title,
 * Heading 1–3, Quote) so that Word's navigation pane, tables of contents and readers such as
 * mammoth understand the structure; A4 pages; the document's language for spell-checking.
 */
export function toDocx(blocks: readonly DocxBlock[], meta: { title: string; language: string }): Uint8Array {
  const lang = languageTag(meta.language);
  const body =
    blocks.map(blockXml).join('') +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1440" w:bottom="1417" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
        `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
        `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
        `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
        `</Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
        `</Relationships>`,
    ),
    'docProps/core.xml': strToU8(
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<dc:title>${escapeXml(meta.title)}</dc:title><dc:language>${escapeXml(lang)}</dc:language></cp:coreProperties>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>` +
        `</Relationships>`,
    ),
    'word/settings.xml': strToU8(`${XML_HEAD}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="708"/><w:themeFontLang w:val="${lang}"/></w:settings>`),
    'word/styles.xml': strToU8(stylesXml(lang)),
    'word/document.xml': strToU8(`${XML_HEAD}<w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>${body}</w:body></w:document>`),
  };
  return zipSync(files, { level: 6 });
}
