import { unzipSync } from 'fflate';
import type { ExportFormat } from '../../../shared/contract';
import { decodeHtmlEntities } from '../documents/import/html-entities';
import { isCommonWord } from './detect/common-words';
import { foldKey } from './normalize';
import { createMatcher, type MatchForm } from './matcher';
import type { PseudonymEntry } from './pseudonym-repo';
import { generatedLabels } from './replacements';

/** An enabled original found in an anonymized export: what, and where (file part, line), with context. */
export type Leak = { original: string; where: string; context: string };

const utf8 = new TextDecoder('utf-8');
const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const XML_PART = /\.(xml|rels|qde|qdc|html?|xhtml|svg|vml)$/iu;
const TEXT_PART = /\.(txt|md|csv|tsv|json)$/iu;

/** Elements that end a line of text (paragraphs, cells, breaks): never glue words across them. */
const BLOCK = new Set(['p', 'br', 'tab', 'tr', 'tc', 'td', 'th', 'li', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'si', 'row', 'c', 'cell', 'title', 'section', 'table', 'body', 'head', 'ul', 'ol']);

/**
 * Two readings of XML or HTML, because a name can hide either way: tags removed outright (a word
 * split across runs, `<w:t>Le</w:t>…<w:t>brun</w:t>`, reads whole again), and tags turned into
 * spaces with their attribute values kept (`<Code name="Lebrun">`, paragraphs that would
 * otherwise run together).
 */
function xmlReadings(xml: string): string[] {
  const glued = decodeHtmlEntities(
    xml.replace(/<\/?(?:[\w.-]+:)?([\w.-]+)[^>]*>/gu, (tag, name: string) =>
      (tag.startsWith('</') || tag.endsWith('/>')) && BLOCK.has(name.toLowerCase()) ? '\n' : '',
    ),
  );
  const spaced = decodeHtmlEntities(
    xml.replace(/<[^>]*>/gu, (tag) => {
      const values = [...tag.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/gu)].map((m) => m[1] ?? m[2] ?? '');
      return ` ${values.join(' ')} `;
    }),
  );
  return [glued, spaced];
}

/** What a rendered export says, part by part: `[where, text]`. */
function readParts(format: ExportFormat, bytes: Uint8Array, prefix = '', depth = 0): [string, string][] {
  if (isZip(bytes)) {
    const parts: [string, string][] = [];
    const files = unzipSync(bytes);
    for (const [entry, data] of Object.entries(files)) {
      const name = `${prefix}${entry}`;
      parts.push([`${name} (file name)`, entry]);
      // A zip inside the zip (a DOCX per transcript) is opened in turn.
      if (isZip(data) && depth < 2) parts.push(...readParts(format, data, `${name} › `, depth + 1));
      else if (XML_PART.test(entry)) for (const reading of xmlReadings(utf8.decode(data))) parts.push([name, reading]);
      else if (TEXT_PART.test(entry)) parts.push([name, utf8.decode(data)]);
      // Images and other binary parts carry no text to check.
    }
    return parts;
  }
  const text = utf8.decode(bytes);
  if (format === 'html' || format === 'qdc' || /^\s*</u.test(text)) return xmlReadings(text).map((t) => [format, t] as [string, string]).concat([[format, text]]);
  return [[format, text]];
}

const lineOf = (text: string, offset: number) => {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/**
 * The words of a person's name that are not forms of any entry (`Lebrun` when only `Martine Lebrun`
 * is in the table): a surname or first name left alone still identifies, so the check reports it
 * (written with a capital, as a name) and the user adds it as a variant or decides otherwise.
 */
function unlistedNameParts(entries: readonly PseudonymEntry[]): MatchForm[] {
  const forms = new Set<string>();
  for (const e of entries) for (const f of [e.original, ...e.variants]) forms.add(foldKey(f));
  const parts: MatchForm[] = [];
  for (const e of entries) {
    if (!e.enabled || (e.category !== 'person' && e.category !== 'participant')) continue;
    for (const word of e.original.split(/\s+/u)) {
      if (word.length < 3 || !/^\p{Lu}/u.test(word) || isCommonWord(word) || forms.has(foldKey(word))) continue;
      // A negative id tells the match of a part from the match of a form (see the leak's note).
      parts.push({ entryId: -e.id, text: word, wholeName: true });
    }
  }
  return parts;
}

/** Blanks the labels Verbatim wrote (`[Lieu 1]`), keeping every offset and line where it was. */
const blankLabels = (text: string, labels: RegExp) => text.replace(labels, (label) => ' '.repeat(label.length));

/**
 * Every enabled entry's original or variant found in the rendered bytes (see anonymize-export.ts),
 * outside the numbered labels that replaced identifiers (`identifyingAttributes`: the names of the
 * attributes whose values were numbered, `[Ville 2]`).
 */
export function findLeaksInBytes(entries: readonly PseudonymEntry[], format: ExportFormat, bytes: Uint8Array, identifyingAttributes: readonly string[] = []): Leak[] {
  const enabled = entries.filter((e) => e.enabled);
  const forms: MatchForm[] = [];
  for (const e of enabled) {
    const wholeName = e.matching === 'whole-name';
    for (const text of [e.original, ...e.variants]) forms.push({ entryId: e.id, text, wholeName });
  }
  forms.push(...unlistedNameParts(enabled));
  const matcher = createMatcher(forms);
  if (matcher.isEmpty) return [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const leaks: Leak[] = [];
  const seen = new Set<string>();
  const labels = generatedLabels(
    identifyingAttributes,
    enabled.filter((e) => e.category === 'participant').map((e) => e.replacement),
  );
  for (const [where, written] of readParts(format, bytes)) {
    const text = blankLabels(written, labels);
    for (const m of matcher.find(text)) {
      const entry = byId.get(Math.abs(m.entryId))!;
      const line = where.endsWith('(file name)') ? where : `${where}, line ${lineOf(text, m.start)}`;
      const key = `${entry.id}\u0000${line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const context = written
        .slice(Math.max(0, m.start - 40), Math.min(text.length, m.end + 40))
        .replace(/\s+/gu, ' ')
        .trim();
      const found = text.slice(m.start, m.end);
      const note = m.entryId > 0 ? '' : ` — part of “${entry.original}”, not one of its variants`;
      leaks.push({ original: found, where: `${line}${note}`, context });
    }
  }
  return leaks;
}
