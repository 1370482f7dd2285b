import { decodeHtmlEntities } from './html-entities';
import { TABLE_CELL_SEPARATOR, textOfParagraph, type SourceParagraph } from './paragraphs';

/**
 * Reads the HTML that mammoth writes for a .docx into paragraphs of plain text. Mammoth's output is
 * a small, regular subset of HTML (it escapes `<`, `>` and `&` in text, quotes every attribute), so a
 * tokenizer and a tree of a dozen element kinds are enough.
 *
 * What becomes a paragraph:
 * - every `<p>` and heading; a soft line break (Shift+Enter, `<br>`) starts a new paragraph, since
 *   people use it to put a speaker's name or a time on its own line;
 * - every list item, without a marker: Word computes bullets and numbers, they are not in the
 *   text (and mammoth restarts numbering where Word continues it, so a number could be wrong);
 * - every table row, its non-empty cells joined by ` | `, as an aside (a table is no speaker's turn);
 * - every footnote and endnote, at the end, as `[1] text`, an aside too, matching the ` [1]` left in
 *   the text (after a space: `donnée [1]`, never `donnée1` nor `donnée[1]`).
 */
export function docxHtmlToParagraphs(html: string): SourceParagraph[] {
  const root = parseHtml(html);
  const noteLabels = collectNoteLabels(root);
  const paragraphs: SourceParagraph[] = [];
  walkBlock(root, paragraphs, noteLabels);
  return paragraphs;
}

type HtmlElement = { tag: string; attributes: Record<string, string>; children: HtmlNode[] };
type HtmlNode = HtmlElement | string;

const VOID_ELEMENTS = new Set(['br', 'img', 'hr']);
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)|</gu;
const ATTRIBUTE = /([^\s=]+)(?:="([^"]*)")?/gu;

function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attributes: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const current = (): HtmlElement => stack[stack.length - 1] ?? root;
  for (const match of html.matchAll(TOKEN)) {
    const [whole, closing, tagName, attributeText, selfClosing, text] = match;
    if (text !== undefined || tagName === undefined) {
      current().children.push(decodeHtmlEntities(text ?? whole));
      continue;
    }
    const tag = tagName.toLowerCase();
    if (closing) {
      // Close up to the matching element; a stray closing tag is ignored.
      const index = stack.findLastIndex((element) => element.tag === tag);
      if (index > 0) stack.length = index;
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, name, value] of (attributeText ?? '').matchAll(ATTRIBUTE)) {
      if (name !== undefined) attributes[name.toLowerCase()] = decodeHtmlEntities(value ?? '');
    }
    const element: HtmlElement = { tag, attributes, children: [] };
    current().children.push(element);
    if (!selfClosing && !VOID_ELEMENTS.has(tag)) stack.push(element);
  }
  return root;
}

const isElement = (node: HtmlNode): node is HtmlElement => typeof node !== 'string';
const BLOCKS_IN_LIST_ITEM = new Set(['p', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Mammoth numbers note references `[1]`, `[2]`… in reading order, which may differ from Word's ids. */
function collectNoteLabels(root: HtmlElement): Map<string, string> {
  const labels = new Map<string, string>();
  const visit = (node: HtmlNode): void => {
    if (!isElement(node)) return;
    const href = node.attributes.href;
    if (isNoteReference(node) && href !== undefined) labels.set(href.slice(1), inlineText(node.children).trim());
    node.children.forEach(visit);
  };
  visit(root);
  return labels;
}

/** Mammoth's link from the text to a note: `<a href="#footnote-1" id="footnote-ref-1">[1]</a>`. */
const isNoteReference = (node: HtmlElement): boolean => node.tag === 'a' && /^#(?:footnote|endnote)-(?!ref-)/u.test(node.attributes.href ?? '');

function walkBlock(element: HtmlElement, out: SourceParagraph[], noteLabels: Map<string, string>): void {
  switch (element.tag) {
    case 'p':
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      out.push(...inlineLines(element.children));
      return;
    case 'li':
      walkListItem(element, out, noteLabels);
      return;
    case 'table':
      for (const row of tableRows(element)) {
        const cells = row.children.filter(isElement).map((cell) => cellText(cell, noteLabels)).filter((text) => text !== '');
        if (cells.length > 0) out.push({ text: cells.join(TABLE_CELL_SEPARATOR), aside: 'table' });
      }
      return;
    default:
      // The root, lists and any container: blocks inside, and loose text as a paragraph of its own.
      walkChildren(element.children, out, noteLabels);
  }
}

function walkChildren(children: readonly HtmlNode[], out: SourceParagraph[], noteLabels: Map<string, string>): void {
  let loose: HtmlNode[] = [];
  const flushLoose = (): void => {
    out.push(...inlineLines(loose));
    loose = [];
  };
  for (const child of children) {
    if (isElement(child) && (BLOCKS_IN_LIST_ITEM.has(child.tag) || child.tag === 'li')) {
      flushLoose();
      walkBlock(child, out, noteLabels);
    } else {
      loose.push(child);
    }
  }
  flushLoose();
}

function walkListItem(item: HtmlElement, out: SourceParagraph[], noteLabels: Map<string, string>): void {
  const id = item.attributes.id;
  if (id !== undefined && /^(?:footnote|endnote)-/u.test(id)) {
    const label = noteLabels.get(id) ?? `[${id.replace(/^\D+-/u, '')}]`;
    const paragraphs: SourceParagraph[] = [];
    walkChildren(withoutBackLinks(item.children), paragraphs, noteLabels);
    paragraphs.map(textOfParagraph).forEach((text, i) => out.push({ text: i === 0 ? `${label} ${text}` : text, aside: 'note' }));
    return;
  }
  walkChildren(item.children, out, noteLabels);
}

/** Mammoth ends each note with a `↑` link back to its reference: navigation, not text. */
function withoutBackLinks(nodes: readonly HtmlNode[]): HtmlNode[] {
  return nodes
    .filter((node) => !(isElement(node) && node.tag === 'a' && /^#(?:footnote|endnote)-ref-/u.test(node.attributes.href ?? '')))
    .map((node) => (isElement(node) ? { ...node, children: withoutBackLinks(node.children) } : node));
}

/** Rows of this table, not of tables nested in its cells (those are flattened into their cell). */
function tableRows(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  const visit = (element: HtmlElement): void => {
    for (const child of element.children.filter(isElement)) {
      if (child.tag === 'tr') rows.push(child);
      else if (child.tag !== 'table') visit(child);
    }
  };
  visit(table);
  return rows;
}

function cellText(cell: HtmlElement, noteLabels: Map<string, string>): string {
  const paragraphs: SourceParagraph[] = [];
  walkChildren(cell.children, paragraphs, noteLabels);
  return paragraphs.map(textOfParagraph).join(' ').trim();
}

/** The text of inline content, one string per line (`<br>` breaks lines), blank lines dropped. */
function inlineLines(nodes: readonly HtmlNode[]): string[] {
  return inlineText(nodes)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function inlineText(nodes: readonly HtmlNode[]): string {
  let text = '';
  const visit = (children: readonly HtmlNode[]): void => {
    for (const node of children) {
      if (!isElement(node)) text += node.replace(/\n/gu, ' ');
      else if (node.tag === 'br') text += '\n';
      else if (isNoteReference(node)) {
        // Word sets the marker as a superscript glued to the word; as plain text it would merge
        // with it (`donnée1`): a space keeps the word whole for search and reading.
        const marker = inlineText(node.children).trim();
        text += (/\S$/u.test(text) ? ' ' : '') + marker;
      } else if (node.tag !== 'img') visit(node.children);
    }
  };
  visit(nodes);
  return text;
}
