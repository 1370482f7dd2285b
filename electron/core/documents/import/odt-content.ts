import { TABLE_CELL_SEPARATOR, textOfParagraph, type SourceParagraph } from './paragraphs';
import type { NamespacePrefixes, XmlElement, XmlNode } from './xml-tree';

/**
 * Reads the body of an OpenDocument text (content.xml of an .odt) into paragraphs of plain text,
 * with the same choices as the .docx importer (`docx-html.ts`):
 * - every paragraph and heading (`text:p`, `text:h`); a line break (`text:line-break`, Shift+Enter)
 *   starts a new paragraph, since people use it to put a speaker's name or a time on its own line;
 * - every list item, without a marker (LibreOffice computes bullets and numbers, they are not text);
 * - every table row, its non-empty cells joined by ` | `, as an aside (a table is no speaker's turn);
 * - every footnote and endnote, moved to the end as `[1] text`, an aside too, matching the ` [1]`
 *   left in the text (after a space: `donnée [1]`, never glued to the word);
 * - `text:s` (with its `text:c` count) and `text:tab` are spaces and tabs as written; other white
 *   space collapses, as ODF says;
 * - not text: soft page breaks, deletions recorded by change tracking (`text:tracked-changes`: the
 *   text as it is now is what the document says), comments (`office:annotation`), drawings and
 *   frames, ruby annotations, hidden text and sections, computed heading and list numbers, and
 *   declarations.
 */
export const ODF_NAMESPACES: NamespacePrefixes = {
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
  'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
};

/** The paragraphs of the document's text body, or null when it has none (a spreadsheet, a presentation…). */
export function odtContentToParagraphs(root: XmlElement): SourceParagraph[] | null {
  const body = childNamed(childNamed(root, 'office:body'), 'office:text');
  if (body === undefined) return null;
  const notes: Note[] = [];
  const paragraphs: SourceParagraph[] = [];
  walkBlocks(body.children, paragraphs, notes);
  // A note may hold a note: the list grows while it is read.
  for (let i = 0; i < notes.length; i++) {
    const note = notes[i];
    if (note === undefined) continue;
    const noteParagraphs: SourceParagraph[] = [];
    walkBlocks(note.body, noteParagraphs, notes);
    noteParagraphs.map(textOfParagraph).forEach((text, j) => paragraphs.push({ text: j === 0 ? `[${note.citation}] ${text}` : text, aside: 'note' }));
  }
  return paragraphs;
}

type Note = { citation: string; body: XmlNode[] };

const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';
const childNamed = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((child): child is XmlElement => isElement(child) && child.name === name);

/** Elements whose content is never part of the transcript, wherever they are. */
const SKIPPED = new Set([
  'text:tracked-changes',
  'office:annotation',
  'office:annotation-end',
  'text:soft-page-break',
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
  'text:dde-connection-decls',
  'text:table-of-content-source',
  'text:alphabetical-index-source',
  'text:illustration-index-source',
  'text:bibliography-source',
  'office:forms',
  'table:table-source',
  'text:ruby-text',
  'text:hidden-text',
  'text:change',
  'text:change-start',
  'text:change-end',
  // The number LibreOffice computed for a heading or list item: like list bullets, not text.
  'text:number',
]);

const isSkipped = (element: XmlElement): boolean =>
  SKIPPED.has(element.name) || element.name.startsWith('draw:') || element.attributes.get('text:display') === 'none'; // hidden sections

function walkBlocks(nodes: readonly XmlNode[], out: SourceParagraph[], notes: Note[]): void {
  for (const node of nodes) {
    if (!isElement(node) || isSkipped(node)) continue;
    switch (node.name) {
      case 'text:p':
      case 'text:h':
        out.push(...inlineLines(node.children, notes));
        break;
      case 'table:table':
        for (const row of tableRows(node)) {
          const cells = row.children
            .filter((cell): cell is XmlElement => isElement(cell) && cell.name === 'table:table-cell')
            .map((cell) => cellText(cell, notes))
            .filter((text) => text !== '');
          if (cells.length > 0) out.push({ text: cells.join(TABLE_CELL_SEPARATOR), aside: 'table' });
        }
        break;
      default:
        // Lists, list items, sections, indexes, the body itself: their blocks, in order.
        walkBlocks(node.children, out, notes);
    }
  }
}

/** Rows of this table, not of tables nested in its cells (those are flattened into their cell). */
function tableRows(table: XmlElement): XmlElement[] {
  const rows: XmlElement[] = [];
  for (const child of table.children) {
    if (!isElement(child) || isSkipped(child)) continue;
    if (child.name === 'table:table-row') rows.push(child);
    else if (child.name !== 'table:table') rows.push(...tableRows(child)); // header rows, row groups
  }
  return rows;
}

function cellText(cell: XmlElement, notes: Note[]): string {
  const paragraphs: SourceParagraph[] = [];
  walkBlocks(cell.children, paragraphs, notes);
  return paragraphs.map(textOfParagraph).join(' ').trim();
}

/** The paragraph's text, one string per line (`text:line-break` breaks lines), blank lines dropped. */
function inlineLines(nodes: readonly XmlNode[], notes: Note[]): string[] {
  const text = new InlineText();
  appendInline(nodes, text, notes);
  return text
    .toString()
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function appendInline(nodes: readonly XmlNode[], text: InlineText, notes: Note[]): void {
  for (const node of nodes) {
    if (!isElement(node)) {
      text.appendCollapsible(node);
      continue;
    }
    if (isSkipped(node)) continue;
    switch (node.name) {
      case 'text:s': {
        const count = Number.parseInt(node.attributes.get('text:c') ?? '1', 10);
        // A forged count must not make a huge string.
        text.appendLiteral(' '.repeat(Number.isFinite(count) ? Math.min(Math.max(count, 1), 1000) : 1));
        break;
      }
      case 'text:tab':
        text.appendLiteral('\t');
        break;
      case 'text:line-break':
        text.appendLiteral('\n');
        break;
      case 'text:note': {
        const citationElement = childNamed(node, 'text:note-citation');
        const citation = (citationElement ? plainText(citationElement.children) : '').trim() || (citationElement?.attributes.get('text:label') ?? '').trim() || `${notes.length + 1}`;
        notes.push({ citation, body: childNamed(node, 'text:note-body')?.children ?? [] });
        text.appendNoteMarker(`[${citation}]`);
        break;
      }
      default:
        // Spans, links, fields (dates, page numbers: their displayed value), ruby bases…
        appendInline(node.children, text, notes);
    }
  }
}

function plainText(nodes: readonly XmlNode[]): string {
  return nodes.map((node) => (isElement(node) ? plainText(node.children) : node)).join('');
}

/** ODF white space: runs of spaces, tabs and line ends in the XML are one space; `text:s`/`text:tab` are kept. */
class InlineText {
  private text = '';
  private endsWithCollapsedSpace = true; // a paragraph's leading white space is dropped

  appendCollapsible(raw: string): void {
    let collapsed = raw.replace(/[ \t\r\n]+/gu, ' ');
    if (collapsed.startsWith(' ') && this.endsWithCollapsedSpace) collapsed = collapsed.slice(1);
    if (collapsed === '') return;
    this.text += collapsed;
    this.endsWithCollapsedSpace = collapsed.endsWith(' ');
  }

  /** A note's marker, after a space: LibreOffice sets it as a superscript glued to the word (`donnée1`). */
  appendNoteMarker(marker: string): void {
    if (/\S$/u.test(this.text)) this.text += ' ';
    this.appendLiteral(marker);
  }

  appendLiteral(literal: string): void {
    this.text += literal;
    this.endsWithCollapsedSpace = false;
  }

  toString(): string {
    return this.text;
  }
}
