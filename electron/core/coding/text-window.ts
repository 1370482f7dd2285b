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

/**
 * Reads only the part of a document's text around a passage (a 100,000-word transcript is ~600 KB:
 * loading it into a JS string costs ~15 ms, a `substr` well under one). SQLite's `substr` counts code
 * points and offsets count UTF-16 units: they agree unless the text holds characters beyond the BMP
 * (emoji), so each document's shape — its UTF-16 length and whether it holds such characters — is
 * learnt once from the full text, and forgotten whenever documents change (edits, their undo). Its
 * byte length, which SQLite knows without reading the text, is checked at each read as a second guard.
 */
export function createTextWindows(db: Database, journal: Journal) {
  const full = db.prepare<[number], { text: string; bytes: number }>(`SELECT text, octet_length(text) AS bytes FROM documents WHERE id = ?`);
  const bytesOf = db.prepare<[number], { bytes: number }>(`SELECT octet_length(text) AS bytes FROM documents WHERE id = ?`);
  const part = db.prepare<[number, number, number], { part: string }>(`SELECT substr(text, ?, ?) AS part FROM documents WHERE id = ?`);
  const shapes = new Map<number, Shape>();
  journal.subscribe((entities) => {
    if (entities.includes('documents')) shapes.clear();
  });

  const wholeText = (text: string): TextWindow => ({ length: text.length, slice: (s, e) => text.slice(s, e) });

  return {
    /** The text around `[start, end)` (with the anchor context), or undefined when there is no such document. */
    around(documentId: number, start: number, end: number): TextWindow | undefined {
      const bytes = bytesOf.get(documentId)?.bytes;
      if (bytes === undefined) return undefined;
      let shape = shapes.get(documentId);
      if (!shape || shape.bytes !== bytes || shape.astral) {
        const row = full.get(documentId);
        if (!row) return undefined;
        // A high surrogate starts every character beyond the BMP.
        shape = { length: row.text.length, bytes: row.bytes, astral: /[\uD800-\uDBFF]/.test(row.text) };
        shapes.set(documentId, shape);
        if (shape.astral) return wholeText(row.text);
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
