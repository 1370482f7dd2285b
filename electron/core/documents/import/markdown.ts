import { decodeHtmlEntities } from './html-entities';

/**
 * Markdown to readable plain text, for the stored transcript. The output keeps one block per
 * Markdown block, blocks separated by a blank line, and the lines of a Markdown paragraph as they
 * were (the paragraph splitter decides whether they were hard-wrapped, as for a .txt file).
 *
 * Choices, for transcripts rather than for rendering:
 * - `**Name:**` becomes `Name:` — emphasis goes, the words stay, so speaker labels survive.
 * - Bullet markers are dropped (each item is its own paragraph, and a turn written as
 *   `- Martine : …` must start with its label); numbered items keep their number as written
 *   (`3. …`), which often names a question.
 * - Table rows become one paragraph each, cells joined by ` | ` (a row is often a turn:
 *   speaker | words); the delimiter row goes, empty cells go.
 * - Links keep their text, images and link definitions go, autolinks keep their address.
 * - Tags of real HTML elements are removed; other angle-bracketed words are kept, since
 *   transcripts write `<inaudible>` or `<rires>` on purpose.
 * - Code keeps its text; headings, blockquotes and footnotes (`[^1]: …` → `[1] …`) keep theirs.
 * - Front matter (YAML `---` or TOML `+++` at the very top) is metadata, not transcript: dropped.
 */
export function markdownToText(markdown: string): string {
  const blocks: string[][] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push(paragraph);
    paragraph = [];
  };

  const lines = withoutHtmlComments(withoutFrontMatter(markdown)).split('\n');
  let fence: string | null = null;
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const rawLine = lines[i] ?? '';
    if (fence !== null) {
      if (isClosingFence(rawLine, fence)) fence = null;
      else if (rawLine.trim() !== '') blocks.push([rawLine.trim()]);
      continue;
    }
    const line = rawLine.replace(/^(?: {0,3}>[ \t]?)+/u, ''); // blockquote markers, nested or not
    const opening = /^ {0,3}(`{3,}|~{3,})/u.exec(line);
    if (opening) {
      flush();
      fence = opening[1] ?? '```';
      continue;
    }
    if (line.trim() === '') {
      flush();
      inTable = false;
      continue;
    }
    if (inTable || (line.includes('|') && isTableDelimiterRow(lines[i + 1] ?? ''))) {
      flush();
      if (!inTable) i++; // the delimiter row under the header says nothing
      inTable = true;
      const row = tableRowToText(line);
      if (row !== '') blocks.push([row]);
      if (!(lines[i + 1] ?? '').includes('|')) inTable = false;
      continue;
    }
    if (/^ {0,3}(?:=+|-+)[ \t]*$/u.test(line) && paragraph.length > 0) {
      flush(); // a setext heading's underline: the paragraph above is the heading
      continue;
    }
    if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u.test(line)) {
      flush(); // a thematic break
      continue;
    }
    const heading = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u.exec(line);
    if (heading) {
      flush();
      blocks.push([inlineToText(heading[1] ?? '')]);
      continue;
    }
    const footnote = /^ {0,3}\[\^([^\]]+)\]:[ \t]*(.*)$/u.exec(line);
    if (footnote) {
      flush();
      paragraph.push(`[${footnote[1] ?? ''}] ${inlineToText(footnote[2] ?? '')}`);
      continue;
    }
    if (/^ {0,3}\[[^\]]+\]:[ \t]*\S+/u.test(line)) continue; // a link reference definition
    const item = /^[ \t]*(?:[-*+]|(\d{1,9}[.)]))[ \t]+(?:\[[ xX]\][ \t]+)?(.*)$/u.exec(line);
    if (item) {
      flush();
      const number = item[1];
      paragraph.push(`${number === undefined ? '' : `${number} `}${inlineToText(item[2] ?? '')}`);
      continue;
    }
    // A backslash at the end of a line is Markdown's hard line break.
    paragraph.push(inlineToText(line.trim().replace(/\\$/u, '')));
  }
  flush();
  return blocks
    .map((block) => block.filter((l) => l.trim() !== '').join('\n'))
    .filter((b) => b !== '')
    .join('\n\n');
}

function withoutFrontMatter(markdown: string): string {
  const match = /^(---|\+\+\+)[ \t]*\n[\s\S]*?\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|$)/u.exec(markdown);
  if (!match) return markdown;
  const lines = match[0].trimEnd().split('\n');
  const closing = lines.at(-1)?.trim();
  // `+++` closes only TOML front matter, `---`/`...` only YAML; and front matter is made of
  // `key: value` (or `key = value`) lines, which tells it from a transcript opening with a rule.
  const isConsistent = match[1] === '+++' ? closing === '+++' : closing !== '+++';
  const looksLikeMetadata = /^[\w-]+[ \t]*[:=]/u.test(lines[1] ?? '') || lines.length === 2;
  return isConsistent && looksLikeMetadata ? markdown.slice(match[0].length) : markdown;
}

/**
 * Removes closed HTML comments (they may span lines). An unclosed `<!--` stays as text: a stray
 * one must not swallow the rest of a transcript. A loop rather than a regex keeps it linear.
 */
function withoutHtmlComments(markdown: string): string {
  const parts: string[] = [];
  let position = 0;
  for (;;) {
    const start = markdown.indexOf('<!--', position);
    const end = start === -1 ? -1 : markdown.indexOf('-->', start + 4);
    if (end === -1) break;
    parts.push(markdown.slice(position, start));
    position = end + 3;
  }
  parts.push(markdown.slice(position));
  return parts.join('');
}

function isClosingFence(line: string, fence: string): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/u.exec(line);
  return match !== null && (match[1] ?? '')[0] === fence[0] && (match[1] ?? '').length >= fence.length;
}

function isTableDelimiterRow(line: string): boolean {
  return line.includes('-') && /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*\|?[ \t]*$/u.test(line);
}

function tableRowToText(line: string): string {
  const protectedPipes = line.trim().replace(/\\\|/gu, '\uFFF2');
  const cells = protectedPipes.replace(/^\|/u, '').replace(/\|$/u, '').split('|');
  return cells
    .map((cell) => inlineToText(cell.trim().replace(/\uFFF2/gu, '\\|')))
    .filter((cell) => cell !== '')
    .join(' | ');
}

/** Tags of real HTML elements (an `<inaudible>` in a transcript is not one). */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address article aside audio b bdi bdo big blockquote body br button caption center cite code col colgroup ' +
    'dd del details dfn div dl dt em figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img ' +
    'input ins kbd label li link main mark meta nav noscript ol p picture pre q s samp section small source span strike ' +
    'script strong style sub summary sup table tbody td tfoot th thead time tr tt u ul var video wbr'
  ).split(' '),
);

/*
 * Inline markup. Code spans, backslash escapes and autolinks are replaced first by placeholders
 * (U+FFF0 n U+FFF1: unassigned code points no text contains), so that their content is never
 * read as markup (`\*not emphasis\*`, `` `a_b_c` ``), then restored last.
 */
const PLACEHOLDER = /\uFFF0(\d+)\uFFF1/gu;
/**
 * `(url)`, `(url "title")`, `(<url with spaces>)`. A destination has no spaces and at most one level
 * of balanced parentheses, which also keeps the pattern from rescanning a line at every `](`.
 */
const LINK_TARGET = String.raw`\((?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)`;
/*
 * Bracketed text never contains `[`: a scan from one `[` then stops at the next one, which keeps
 * these patterns linear (with `[^\]]*`, 200 KB of `[` took a minute: every `[` rescanned the rest of
 * the line). The cost is that nested brackets inside a link's text (`[a [b] c](url)`) are not read as
 * one link, which transcripts do not write.
 */
/** `![alt](url)` and `![alt][ref]`: pictures are not transcript. */
const IMAGE = new RegExp(String.raw`!\[[^\[\]]*\](?:${LINK_TARGET}|\[[^\[\]]*\])`, 'gu');
/** `[text](url "title")`: the text stays. */
const INLINE_LINK = new RegExp(String.raw`\[([^\[\]]*)\]${LINK_TARGET}`, 'gu');
/** Emphasis nested deeper than this is not emphasis (and each level costs a pass over the text). */
const MAX_EMPHASIS_DEPTH = 8;

export function inlineToText(markdown: string): string {
  const kept: string[] = [];
  const keep = (text: string): string => `\uFFF0${kept.push(text) - 1}\uFFF1`;

  let text = replaceCodeSpans(markdown, (code) => keep(code.replace(/^ (.*) $/u, '$1')))
    .replace(/\\([!-/:-@\[-`{-~])/gu, (_, char: string) => keep(char))
    .replace(/<((?:https?|ftp|mailto):[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/giu, (_, address: string) => keep(address))
    .replace(IMAGE, '')
    .replace(/\[\^([^\[\]]+)\]/gu, '[$1]') // footnote references
    .replace(INLINE_LINK, '$1')
    .replace(/\[([^\[\]]+)\]\[[^\[\]]*\]/gu, '$1') // [text][ref]
    .replace(/<\/?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?\/?>/gu, (tag, name: string) => {
      if (!HTML_ELEMENTS.has(name.toLowerCase())) return tag;
      return name.toLowerCase() === 'br' ? ' ' : '';
    });

  // Emphasis can nest (`***both***`, `**bold _and italic_**`): strip until nothing changes.
  for (let previous = '', depth = 0; previous !== text && depth < MAX_EMPHASIS_DEPTH; depth++) {
    previous = text;
    text = text
      .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/gu, '$1')
      .replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/gu, '$1')
      // Underscores inside a word (snake_case, foo__bar__baz) are not emphasis, as in CommonMark.
      .replace(/(?<![\p{L}\p{N}_])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/gu, '$1');
  }
  return decodeHtmlEntities(text).replace(PLACEHOLDER, (_, index: string) => kept[Number(index)] ?? '');
}

/**
 * Replaces each code span (a run of n backticks up to the next run of exactly n, as CommonMark
 * says) by what `replace` makes of its content, in one pass: each run of backticks finds its closing
 * run through a per-length index whose cursor only moves forward, where a lazy pattern rescanned the
 * rest of the text from every backtick.
 */
function replaceCodeSpans(text: string, replace: (code: string) => string): string {
  const runs: { start: number; length: number }[] = [];
  for (const match of text.matchAll(/`+/gu)) runs.push({ start: match.index, length: match[0].length });
  if (runs.length < 2) return text;
  const runsByLength = new Map<number, number[]>();
  runs.forEach((run, i) => {
    const list = runsByLength.get(run.length);
    if (list === undefined) runsByLength.set(run.length, [i]);
    else list.push(i);
  });
  const cursors = new Map<number, number>();
  const parts: string[] = [];
  let position = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (run === undefined) continue;
    const sameLength = runsByLength.get(run.length) ?? [];
    let cursor = cursors.get(run.length) ?? 0;
    while (cursor < sameLength.length && (sameLength[cursor] ?? 0) <= i) cursor++;
    cursors.set(run.length, cursor);
    const closing = sameLength[cursor];
    if (closing === undefined) continue;
    const close = runs[closing];
    if (close === undefined) continue;
    const code = text.slice(run.start + run.length, close.start);
    parts.push(text.slice(position, run.start), replace(code));
    position = close.start + close.length;
    i = closing;
  }
  parts.push(text.slice(position));
  return parts.join('');
}
