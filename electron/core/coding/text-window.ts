import type { Database } from 'better-sqlite3';
import type { Journal } from '../history/journal';
import { ANCHOR_CONTEXT } from './anchor';

/** What a coding needs of its document's text: the length, and the passage with its anchor context. */
export type TextWindow = {
  /** Length of the whole text in UTF-16 units (the unit of every offset). */
  length: number;
  /** The text between two offsets; only the window read around the passage is available. */
  slice(start: number, end: number): string;
};

type Shape = { length: number; bytes: number; astral: boolean };

/** Texts kept in memory at most, in UTF-16 units (~32 MB): a few long transcripts being coded. */
const CACHED_UNITS = 16_000_000;

/**
 * The text around a passage, for coding it. A coder codes the same transcript over and over: its
 * text is read from the file once (a 100,000-word transcript is ~600 KB, ~15 ms to load into a JS
 * string) and kept, most recent first, within `CACHED_UNITS`. A text not kept is read in part:
 * SQLite's `substr` around the passage (it counts code points and offsets count UTF-16 units, so
 * each document's shape — its UTF-16 length and whether it holds characters beyond the BMP — is
 * learnt once from the full text).
 *
 * Kept texts and shapes are forgotten whenever documents change here (edits, their undo: the
 * journal says so) or in the file from another connection (`PRAGMA data_version`), and a text
 * whose byte length (which SQLite knows without reading it) differs is read again.
 */
export function createTextWindows(db: Database, journal: Journal) {
  const full = db.prepare<[number], { text: string; bytes: number }>(`SELECT text, octet_length(text) AS bytes FROM documents WHERE id = ?`);
  const bytesOf = db.prepare<[number], { bytes: number }>(`SELECT octet_length(text) AS bytes FROM documents WHERE id = ?`);
  const part = db.prepare<[number, number, number], { part: string }>(`SELECT substr(text, ?, ?) AS part FROM documents WHERE id = ?`);
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const shapes = new Map<number, Shape>();
  const texts = new Map<number, { text: string; bytes: number }>();
  let keptUnits = 0;
  let seenVersion = dataVersion.get();
  const forget = () => {
    shapes.clear();
    texts.clear();
    keptUnits = 0;
  };
  journal.subscribe((entities) => {
    if (entities.includes('documents')) forget();
  });

  const keep = (documentId: number, text: string, bytes: number) => {
    if (text.length > CACHED_UNITS) return;
    texts.set(documentId, { text, bytes });
    keptUnits += text.length;
    // Oldest first in a Map's order: drop them until the rest fits.
    for (const [id, kept] of texts) {
      if (keptUnits <= CACHED_UNITS) break;
      texts.delete(id);
      keptUnits -= kept.text.length;
    }
  };
  const wholeText = (text: string): TextWindow => ({ length: text.length, slice: (s, e) => text.slice(s, e) });

  return {
    /** The text around `[start, end)` (with the anchor context), or undefined when there is no such document. */
    around(documentId: number, start: number, end: number): TextWindow | undefined {
      const version = dataVersion.get();
      if (version !== seenVersion) {
        seenVersion = version;
        forget();
      }
      const bytes = bytesOf.get(documentId)?.bytes;
      if (bytes === undefined) return undefined;
      const kept = texts.get(documentId);
      if (kept && kept.bytes === bytes) {
        // Most recently used last.
        texts.delete(documentId);
        texts.set(documentId, kept);
        return wholeText(kept.text);
      }
      if (kept) {
        texts.delete(documentId);
        keptUnits -= kept.text.length;
      }
      let shape = shapes.get(documentId);
      if (!shape || shape.bytes !== bytes || shape.astral) {
        const row = full.get(documentId);
        if (!row) return undefined;
        // A high surrogate starts every character beyond the BMP.
        shape = { length: row.text.length, bytes: row.bytes, astral: /[\uD800-\uDBFF]/.test(row.text) };
        shapes.set(documentId, shape);
        keep(documentId, row.text, row.bytes);
        return wholeText(row.text);
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
  };
}
export type TextWindows = ReturnType<typeof createTextWindows>;
