import { decodeHtmlEntities } from './html-entities';

/**
 * Reads an HTML page (a transcript saved from a browser, exported by Word, Google Docs or a
 * transcription service) into paragraphs of plain text. Nothing is ever executed, fetched or
 * rendered: the markup is only scanned for text and for where blocks start and end. Real pages are
 * often malformed (unclosed `<p>`, stray end tags), so instead of building a tree this reads tags
 * as a stream of events:
 * - the content of `<head>`, `<script>`, `<style>`, `<template>`, `<noscript>`, `<svg>`, forms'
 *   `<select>`/`<textarea>`, embedded objects, and of elements marked `hidden`, is dropped, and so
 *   are comments and the list markers Word writes for browsers without list support;
 * - a block element (`p`, `div`, `h1`–`h6`, `li`, `blockquote`, `br`…), opening or closing, ends
 *   the paragraph; inline elements (`<b>Name:</b> text`) leave their text in place;
 * - a table row is one paragraph, its non-empty cells joined by ` | ` (as in .docx and .md);
 * - white space collapses as a browser shows it, except in `<pre>`, whose lines are paragraphs;
 * - character references are decoded (`&amp;`, `&nbsp;`, `&#233;`…).
 */
export function htmlToParagraphs(html: string): string[] {
  const out = new ParagraphCollector();
  let position = 0;
  while (position < html.length) {
    const next = html.indexOf('<', position);
    if (next === -1 || next > position) {
      out.text(html.slice(position, next === -1 ? html.length : next));
      position = next === -1 ? html.length : next;
      continue;
    }
    position = readMarkup(html, position, out);
  }
  return out.finish();
}

// Bounded quoted values: a stray quote must not make every later `<` rescan the rest of the page.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]{0,4000}"|'[^']{0,4000}'){0,2000})>/y;

/** Reads the markup at `position` (a `<`), acts on it, and returns where the text resumes. */
function readMarkup(html: string, position: number, out: ParagraphCollector): number {
  if (html.startsWith('<!--', position)) return endOf(html, '-->', position + 4);
  if (/^<!\[if !supportLists\]>/iu.test(html.slice(position, position + 30))) {
    // Word's list markers for browsers without list support: `<![if !supportLists]>·<![endif]>`.
    return endOf(html, '<![endif]>', position);
  }
  if (html.startsWith('<!', position) || html.startsWith('<?', position)) return endOf(html, '>', position);
  TAG.lastIndex = position;
  const match = TAG.exec(html);
  if (!match) {
    out.text('<');
    return position + 1;
  }
  const [whole, closing, rawName = '', attributes = ''] = match;
  const name = rawName.toLowerCase();
  const end = position + whole.length;
  if (closing) {
    out.endTag(name);
    return end;
  }
  if (RAW_TEXT.has(name)) return skipElement(html, name, end, false);
  if (SKIPPED_CONTENT.has(name) || isHidden(attributes)) {
    if (VOID.has(name) || whole.endsWith('/>')) return end;
    return name === 'head' ? skipHead(html, end) : skipElement(html, name, end, true);
  }
  out.startTag(name);
  return end;
}

/** The `hidden` attribute, or an inline style that hides the element. */
function isHidden(attributes: string): boolean {
  const names = attributes.replace(/"[^"]*"|'[^']*'/gu, '""');
  return /(?:^|\s)hidden(?:\s|=|$)/iu.test(names) || /\sstyle\s*=\s*("[^"]*|'[^']*)display\s*:\s*none/iu.test(attributes);
}

function endOf(html: string, terminator: string, from: number): number {
  const end = html.indexOf(terminator, from);
  return end === -1 ? html.length : end + terminator.length;
}

/** Skips to the end of the element `name` opened before `from`, counting nested ones unless its content is raw text. */
function skipElement(html: string, name: string, from: number, isNested: boolean): number {
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'giu');
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(html); match !== null; match = tags.exec(html)) {
    if (match[1]) depth--;
    else if (isNested && !match[0].endsWith('/>')) depth++;
    if (depth === 0) return match.index + match[0].length;
  }
  return html.length;
}

/** A `<head>` ends with `</head>`, or where `<body>` starts when the end tag is missing. */
function skipHead(html: string, from: number): number {
  const pattern = /<\/head\s*>|<body(?=[\s>])/giu;
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  if (match === null) return html.length;
  return match[0].startsWith('</') ? match.index + match[0].length : match.index;
}

/** Elements whose content is not markup at all. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext', 'iframe']);
/** Elements whose content is not part of the transcript. */
const SKIPPED_CONTENT = new Set(['head', 'template', 'noscript', 'svg', 'math', 'select', 'object', 'embed', 'canvas', 'audio', 'video', 'button', 'datalist', 'map']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'br', 'tbody', 'thead', 'tfoot',
]);

/** HTML's white space (not the non-breaking space, which is typography). */
const collapseWhiteSpace = (text: string): string => text.replace(/[ \t\n\r\f]+/gu, ' ');

/** Collects paragraphs; the outermost table's rows and cells are collected apart and joined at the row's end. */
class ParagraphCollector {
  private readonly paragraphs: string[] = [];
  private current = '';
  private preDepth = 0;
  private tableDepth = 0;
  private row: string[] | null = null;

  text(raw: string): void {
    const text = this.preDepth > 0 ? raw : collapseWhiteSpace(raw);
    if (this.row === null) {
      this.current += text;
      return;
    }
    // Text between cells belongs to the last one; nested tables are flattened into the outer cell.
    const last = this.row.pop() ?? '';
    this.row.push(last + text);
  }

  startTag(name: string): void {
    if (name === 'pre') this.preDepth++;
    if (name === 'table') {
      this.tableDepth++;
      if (this.tableDepth === 1) this.breakParagraph();
      else this.text(' ');
      return;
    }
    if (this.tableDepth === 1 && name === 'tr') {
      this.endRow();
      this.row = [];
      return;
    }
    if (this.tableDepth === 1 && (name === 'td' || name === 'th')) {
      if (this.row === null) this.row = [];
      this.row.push('');
      return;
    }
    this.blockBoundary(name);
  }

  endTag(name: string): void {
    if (name === 'pre') this.preDepth = Math.max(0, this.preDepth - 1);
    if (name === 'table' && this.tableDepth > 0) {
      this.tableDepth--;
      if (this.tableDepth === 0) this.endRow();
      else this.text(' ');
      return;
    }
    if (this.tableDepth === 1 && name === 'tr') {
      this.endRow();
      return;
    }
    if (name !== 'br') this.blockBoundary(name);
  }

  finish(): string[] {
    this.endRow();
    this.breakParagraph();
    return this.paragraphs;
  }

  private blockBoundary(name: string): void {
    if (!BLOCKS.has(name) && name !== 'td' && name !== 'th' && name !== 'tr') return;
    if (this.row !== null) this.text(' '); // a block inside a cell: a space between its parts
    else this.breakParagraph();
  }

  private breakParagraph(): void {
    const decoded = decodeHtmlEntities(this.current);
    this.current = '';
    // In <pre> every line is a paragraph; elsewhere newlines were already collapsed.
    for (const line of decoded.split('\n')) {
      const text = line.replace(/ {2,}/gu, ' ').trim();
      if (text !== '') this.paragraphs.push(text);
    }
  }

  private endRow(): void {
    if (this.row === null) return;
    const cells = this.row.map((cell) => decodeHtmlEntities(collapseWhiteSpace(cell)).trim()).filter((cell) => cell !== '');
    this.row = null;
    if (cells.length > 0) {
      this.breakParagraph();
      this.paragraphs.push(cells.join(' | '));
    }
  }
}
