import { decodeHtmlEntities } from './html-entities';
import { TABLE_CELL_SEPARATOR, type SourceParagraph } from './paragraphs';

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
 * - a table row is one paragraph, its non-empty cells joined by ` | ` (as in .docx and .md), an
 *   aside (a table is no speaker's turn);
 * - footnotes and endnotes as Word, Google Docs, LibreOffice, pandoc and most sites write them (a
 *   short marker linked to the note, the note linked back to it): the marker stays in the text as
 *   ` [1]` after a space (never glued to the word: `donnée1`), the notes go to the end as asides,
 *   `[1] text`, and the links back (`↩`, `↑`) go;
 * - white space collapses as a browser shows it, except in `<pre>`, whose lines are paragraphs;
 * - character references are decoded (`&amp;`, `&nbsp;`, `&#233;`…).
 */
export function htmlToParagraphs(html: string): SourceParagraph[] {
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

// Bounded quoted values: a stray quote must not make every later `<` rescan the rest of the page;
// and an unquoted `<` ends the attempt, so that `<a <a <a…` without a `>` is text read in one pass
// (each `<` used to scan 2,000 characters ahead).
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"'<]|"[^"]{0,4000}"|'[^']{0,4000}'){0,2000})>/y;

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
  out.startTag(name, attributes);
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

/** The value of one attribute in a tag's attribute text. */
function attributeValue(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'iu').exec(attributes);
  return match === null ? null : decodeHtmlEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

/** A note's marker as written in its link: `1`, `[1]`, `(2)`, `iv`, `*`, `†`. */
const NOTE_MARKER = /^[[(]?([\p{N}]{1,4}|[ivxlc]{1,6}|[a-z]|\*{1,3}|[†‡§])[\])]?$/iu;
/** The link from a note back to its reference, which is navigation, not text. */
const BACK_LINK = /^[\s↩↑︎⤴^]*$/u;

type OpenAnchor = { start: number; target: string | null; ids: string[] };

/** Collects paragraphs; the outermost table's rows and cells are collected apart and joined at the row's end. */
class ParagraphCollector {
  private readonly paragraphs: SourceParagraph[] = [];
  private readonly notes: SourceParagraph[] = [];
  private current = '';
  private preDepth = 0;
  private tableDepth = 0;
  private row: string[] | null = null;
  /** Link targets of the note references seen so far (`#fn1` → `fn1`) with their markers, and the references' own ids. */
  private readonly noteTargets = new Map<string, string>();
  private readonly referenceIds = new Set<string>();
  private anchor: OpenAnchor | null = null;
  /** The current paragraph is a note (it holds a note's anchor or link back). */
  private currentIsNote = false;
  /** Inside a block that is a note (`<li id="fn1">`): its tag and nesting depth. */
  private noteBlock: { tag: string; depth: number } | null = null;
  /** The marker that opens the next paragraph of a note block (pandoc numbers notes with the list, not in the text). */
  private pendingNoteMarker: string | null = null;

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

  startTag(name: string, attributes = ''): void {
    if (name === 'pre') this.preDepth++;
    this.trackNotes(name, attributes);
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
    if (name === 'a') this.closeAnchor();
    if (this.noteBlock !== null && name === this.noteBlock.tag && --this.noteBlock.depth === 0) {
      this.breakParagraph();
      this.noteBlock = null;
    }
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

  finish(): SourceParagraph[] {
    this.endRow();
    this.breakParagraph();
    return [...this.paragraphs, ...this.notes];
  }

  /** Note references, notes and the blocks that hold them, from the links between them. */
  private trackNotes(name: string, attributes: string): void {
    if (this.noteBlock !== null && name === this.noteBlock.tag) this.noteBlock.depth++;
    const ids = [attributeValue(attributes, 'id'), name === 'a' ? attributeValue(attributes, 'name') : null].filter((id): id is string => id !== null && id !== '');
    const noteId = ids.find((id) => this.noteTargets.has(id));
    if (noteId !== undefined) {
      // A note: the element a reference links to (`<li id="fn1">`, Word's `<a name="_ftn1">`).
      if (name === 'a') this.currentIsNote = true;
      else if (this.noteBlock === null && !VOID.has(name)) {
        this.breakParagraph();
        this.noteBlock = { tag: name, depth: 1 };
        this.pendingNoteMarker = `[${this.noteTargets.get(noteId) ?? ''}]`;
      }
    }
    if (name !== 'a' || this.row !== null) return;
    this.closeAnchor();
    const href = attributeValue(attributes, 'href');
    const target = href !== null && href.startsWith('#') && href.length > 1 ? href.slice(1) : null;
    this.anchor = { start: this.current.length, target, ids };
  }

  /** At a link's end: a short marker linked within the page is a note reference, a link back from a note is dropped. */
  private closeAnchor(): void {
    const anchor = this.anchor;
    this.anchor = null;
    if (anchor === null || anchor.target === null || anchor.start > this.current.length) return;
    const label = decodeHtmlEntities(this.current.slice(anchor.start)).trim();
    const before = this.current.slice(0, anchor.start);
    if (this.referenceIds.has(anchor.target)) {
      // A link back to a reference: this paragraph is the note. A marker (`[1]`, Word and Google
      // Docs) opens the note; an arrow (`↩`, pandoc) is navigation.
      this.currentIsNote = true;
      const marker = NOTE_MARKER.exec(label);
      if (this.noteBlock !== null || BACK_LINK.test(label)) this.current = before;
      else if (marker !== null) this.current = `${before}[${marker[1] ?? ''}] `;
      return;
    }
    const marker = NOTE_MARKER.exec(label);
    if (marker === null || this.inNote()) return;
    this.noteTargets.set(anchor.target, marker[1] ?? '');
    for (const id of anchor.ids) this.referenceIds.add(id);
    this.current = `${before}${/\S$/u.test(before) ? ' ' : ''}[${marker[1] ?? ''}]`;
  }

  private inNote(): boolean {
    return this.currentIsNote || this.noteBlock !== null;
  }

  private blockBoundary(name: string): void {
    if (!BLOCKS.has(name) && name !== 'td' && name !== 'th' && name !== 'tr') return;
    if (this.row !== null) this.text(' '); // a block inside a cell: a space between its parts
    else this.breakParagraph();
  }

  private breakParagraph(): void {
    this.closeAnchor();
    const decoded = decodeHtmlEntities(this.current);
    const isNote = this.inNote();
    this.current = '';
    this.currentIsNote = false;
    // In <pre> every line is a paragraph; elsewhere newlines were already collapsed.
    for (const line of decoded.split('\n')) {
      const text = line.replace(/ {2,}/gu, ' ').trim();
      if (text === '') continue;
      if (!isNote) {
        this.paragraphs.push(text);
        continue;
      }
      const marked = this.pendingNoteMarker === null ? text : `${this.pendingNoteMarker} ${text}`;
      this.pendingNoteMarker = null;
      // A non-breaking space often follows the marker (Google Docs): one plain space is enough.
      this.notes.push({ text: marked.replace(/^(\[[^\]]*\])[\s\u00A0]+/u, '$1 '), aside: 'note' });
    }
  }

  private endRow(): void {
    if (this.row === null) return;
    const cells = this.row.map((cell) => decodeHtmlEntities(collapseWhiteSpace(cell)).trim()).filter((cell) => cell !== '');
    this.row = null;
    if (cells.length > 0) {
      this.breakParagraph();
      this.paragraphs.push({ text: cells.join(TABLE_CELL_SEPARATOR), aside: 'table' });
    }
  }
}
