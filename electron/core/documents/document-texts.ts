import type { Database } from 'better-sqlite3';
import { countWords } from '../../../shared/words';
import { ANCHOR_CONTEXT } from '../coding/anchor';
import type { Journal } from '../history/journal';

/** What a coding needs of its document's text: the length, and the passage with its anchor context. */
export type TextWindow = {
  /** Length of the whole text in UTF-16 units (the unit of every offset). */
  length: number;
  /** The text between two offsets; only the window read around the passage is available. */
  slice(start: number, end: number): string;
};

export type DocumentTexts = {
  /** A document's whole text, or undefined when there is no such document. */
  text(documentId: number): string | undefined;
  /** The text around `[start, end)` (with the anchor context), or undefined when there is no such document. */
  around(documentId: number, start: number, end: number): TextWindow | undefined;
  /**
   * Counts words in ranges of a document's text, or undefined when there is no such document.
   * Counts are remembered with the text: speakers' counts ask for every turn, every time.
   */
  wordCounter(documentId: number): ((from: number, to: number) => number) | undefined;
};

type Shape = { length: number; bytes: number; astral: boolean };
type Kept = { text: string; bytes: number; words: Map<string, number> };

/** Texts kept in memory at most, in UTF-16 units (~32 MB): the few transcripts being worked on. */
const CACHED_UNITS = 16_000_000;

/**
 * Documents' texts as the handlers need them, read from the file as little as possible. A coder
 * codes the same transcript over and over, the transcript view asks for its speakers, retrieval
 * for the passages of a few documents: a text read whole (a 100,000-word transcript is ~600 KB,
 * ~15 ms to load into a JS string) is kept, most recent first, within `CACHED_UNITS`. A passage of
 * a text not kept is read in part: SQLite's `substr` around it (it counts code points and offsets
 * count UTF-16 units, so each document's shape — its UTF-16 length and whether it holds characters
 * beyond the BMP — is learnt once from the full text).
 *
 * What is kept is forgotten whenever documents change here (edits, their undo: the journal says
 * so) or in the file from another connection (`PRAGMA data_version`); a text whose byte length
 * (which SQLite knows without reading it) differs is read again.
 */
export function createDocumentTexts(db: Database, journal: Journal): DocumentTexts {
  const full = db.prepare<[number], { text: string; bytes: number }>(`SELECT text, octet_length(text) AS bytes FROM documents WHERE id = ?`);
  const bytesOf = db.prepare<[number], { bytes: number }>(`SELECT octet_length(text) AS bytes FROM documents WHERE id = ?`);
  const part = db.prepare<[number, number, number], { part: string }>(`SELECT substr(text, ?, ?) AS part FROM documents WHERE id = ?`);
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const shapes = new Map<number, Shape>();
  const kept = new Map<number, Kept>();
  let keptUnits = 0;
  let seenVersion = dataVersion.get();
  const forget = () => {
    shapes.clear();
    kept.clear();
    keptUnits = 0;
  };
  journal.subscribe((entities) => {
    if (entities.includes('documents')) forget();
  });

  const drop = (documentId: number) => {
    const k = kept.get(documentId);
    if (!k) return;
    kept.delete(documentId);
    keptUnits -= k.text.length;
  };
  const keep = (documentId: number, text: string, bytes: number): Kept => {
    const entry: Kept = { text, bytes, words: new Map() };
    if (text.length > CACHED_UNITS) return entry;
    kept.set(documentId, entry);
    keptUnits += text.length;
    // Oldest first in a Map's order: drop them until the rest fits.
    for (const [id, k] of kept) {
      if (keptUnits <= CACHED_UNITS) break;
      kept.delete(id);
      keptUnits -= k.text.length;
    }
    return entry;
  };
  const learnShape = (documentId: number, text: string, bytes: number) => {
    // A high surrogate starts every character beyond the BMP.
    shapes.set(documentId, { length: text.length, bytes, astral: /[\uD800-\uDBFF]/.test(text) });
  };

  /** The kept entry of a document, current with the file, or undefined (not kept, or no such document). */
  const current = (documentId: number): { entry?: Kept; bytes?: number } => {
    const version = dataVersion.get();
    if (version !== seenVersion) {
      seenVersion = version;
      forget();
    }
    const bytes = bytesOf.get(documentId)?.bytes;
    if (bytes === undefined) return {};
    const entry = kept.get(documentId);
    if (!entry) return { bytes };
    if (entry.bytes !== bytes) {
      drop(documentId);
      return { bytes };
    }
    // Most recently used last.
    kept.delete(documentId);
    kept.set(documentId, entry);
    return { entry, bytes };
  };
  const whole = (documentId: number): Kept | undefined => {
    const { entry, bytes } = current(documentId);
    if (entry) return entry;
    if (bytes === undefined) return undefined;
    const row = full.get(documentId);
    if (!row) return undefined;
    learnShape(documentId, row.text, row.bytes);
    return keep(documentId, row.text, row.bytes);
  };
  const wholeWindow = (text: string): TextWindow => ({ length: text.length, slice: (s, e) => text.slice(s, e) });

  return {
    text: (documentId) => whole(documentId)?.text,

    around(documentId, start, end) {
      const { entry, bytes } = current(documentId);
      if (entry) return wholeWindow(entry.text);
      if (bytes === undefined) return undefined;
      const shape = shapes.get(documentId);
      if (!shape || shape.bytes !== bytes || shape.astral) {
        const text = whole(documentId)?.text;
        return text === undefined ? undefined : wholeWindow(text);
      }
      const from = Math.max(0, Math.min(start, end) - ANCHOR_CONTEXT);
      const to = Math.min(shape.length, Math.max(start, end) + ANCHOR_CONTEXT);
      const text = to > from ? part.get(from + 1, to - from, documentId)!.part : '';
      return {
        length: shape.length,
        slice: (s, e) => {
          if (s < from || (e > to && to < shape.length)) throw new Error(`Offsets ${s}–${e} are outside the window read (${from}–${to})`);
          return text.slice(s - from, Math.max(s, Math.min(e, to)) - from);
        },
      };
    },

    wordCounter(documentId) {
      const entry = whole(documentId);
      if (!entry) return undefined;
      return (from, to) => {
        const key = `${from}:${to}`;
        let n = entry.words.get(key);
        if (n === undefined) entry.words.set(key, (n = countWords(entry.text.slice(from, to))));
        return n;
      };
    },
  };
}
