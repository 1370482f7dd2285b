import type { Database } from 'better-sqlite3';
import type { TextWindow } from '../documents/document-texts';
import { anchorOf } from './anchor';

/**
 * One code, one passage (ARCHITECTURE.md §7): a coder's codings of one code never overlap or touch in
 * a document. Coding text that overlaps or touches such a coding extends it to the union instead of
 * adding a second one, as NVivo and MAXQDA do — otherwise auto-coding a sentence twice, or coding a
 * turn and then a phrase inside it, counts the same words twice in every matrix, chart and report.
 *
 * The oldest coding of a run is kept (its id, guid, creation date and coder); the others are
 * absorbed: their memos and their places among theme sheets' evidence move to it, then they are
 * deleted. Everything here runs inside the caller's journal operation, so undo restores them all.
 */

export type PassageKey = { documentId: number; codeId: number; coderId: number };
export type Passage = PassageKey & { start: number; end: number };

/** What coding a passage did: the coding that now holds it, and the codings merged into it. */
export type PassageResult = {
  id: number;
  /** New coding, existing coding extended, or the passage was already inside an existing coding. */
  outcome: 'added' | 'extended' | 'unchanged';
  /** Ids of the codings merged into `id` (deleted). */
  absorbed: number[];
};

type Span = { id: number; start: number; end: number };

/** What a new coding gets besides its passage. */
export type NewCodingFields = { guid: string; createdAt: string };

/** The statements of the rule, prepared once per connection. */
export function createPassageRules(db: Database) {
  // Touching counts (end = start): two halves of one sentence coded apart are one passage.
  const touching = db.prepare<[number, number, number, number, number], Span>(
    `SELECT id, start, end FROM codings
     WHERE document_id = ? AND code_id = ? AND coder_id = ? AND start <= ? AND end >= ?
     ORDER BY id`,
  );
  const insert = db.prepare(
    `INSERT INTO codings (guid, document_id, code_id, coder_id, start, end, anchor_text, anchor_before, anchor_after, created_at)
     VALUES (@guid, @documentId, @codeId, @coderId, @start, @end, @anchorText, @anchorBefore, @anchorAfter, @createdAt)`,
  );
  const move = db.prepare(
    `UPDATE codings SET start = @start, end = @end, anchor_text = @anchorText, anchor_before = @anchorBefore, anchor_after = @anchorAfter WHERE id = @id`,
  );
  const moveMemos = db.prepare(`UPDATE memos SET coding_id = @kept WHERE coding_id = @absorbed`);
  // A theme sheet that pinned both passages keeps one entry (the kept coding's); else the absorbed entry moves.
  const dropSharedEvidence = db.prepare(
    `DELETE FROM finding_evidence WHERE coding_id = @absorbed
       AND finding_id IN (SELECT finding_id FROM finding_evidence WHERE coding_id = @kept)`,
  );
  const moveEvidence = db.prepare(`UPDATE finding_evidence SET coding_id = @kept WHERE coding_id = @absorbed`);
  const remove = db.prepare(`DELETE FROM codings WHERE id = ?`);
  const runs = db.prepare<[], Span & PassageKey & { document_id: number; code_id: number; coder_id: number }>(
    `SELECT id, document_id, code_id, coder_id, start, end FROM codings ORDER BY document_id, code_id, coder_id, start, id`,
  );
  const runsOf = db.prepare<[number], Span & { document_id: number; code_id: number; coder_id: number }>(
    `SELECT id, document_id, code_id, coder_id, start, end FROM codings WHERE document_id = ? ORDER BY code_id, coder_id, start, id`,
  );

  const absorb = (kept: number, absorbed: number) => {
    moveMemos.run({ kept, absorbed });
    dropSharedEvidence.run({ kept, absorbed });
    moveEvidence.run({ kept, absorbed });
    remove.run(absorbed);
  };

  /** Merges the codings `ids` (one document, code and coder) into the oldest, spanning `[start, end)`. */
  const unite = (text: TextWindow, ids: readonly number[], start: number, end: number): number => {
    const kept = Math.min(...ids);
    for (const id of ids) if (id !== kept) absorb(kept, id);
    move.run({ id: kept, start, end, ...anchorOf(text, start, end) });
    return kept;
  };

  return {
    /**
     * Codes a passage under the rule. `textAround(start, end)` gives the document's text around a
     * range (for the anchor of the passage as finally stored).
     */
    code(passage: Passage, textAround: (start: number, end: number) => TextWindow, fields: () => NewCodingFields): PassageResult {
      const { documentId, codeId, coderId, start, end } = passage;
      const found = touching.all(documentId, codeId, coderId, end, start);
      if (found.length === 0) {
        const id = Number(insert.run({ ...fields(), documentId, codeId, coderId, start, end, ...anchorOf(textAround(start, end), start, end) }).lastInsertRowid);
        return { id, outcome: 'added', absorbed: [] };
      }
      const from = Math.min(start, ...found.map((f) => f.start));
      const to = Math.max(end, ...found.map((f) => f.end));
      const only = found.length === 1 ? found[0]! : undefined;
      if (only && only.start === from && only.end === to) return { id: only.id, outcome: 'unchanged', absorbed: [] };
      const ids = found.map((f) => f.id);
      const kept = unite(textAround(from, to), ids, from, to);
      return { id: kept, outcome: 'extended', absorbed: ids.filter((id) => id !== kept) };
    },

    /**
     * Moves a coding to `[start, end)` under the rule: codings of the same code and coder that the
     * new range overlaps or touches are merged into it (the moved coding is kept).
     */
    move(coding: Passage & { id: number }, textAround: (start: number, end: number) => TextWindow): PassageResult {
      const { id, documentId, codeId, coderId, start, end } = coding;
      const others = touching.all(documentId, codeId, coderId, end, start).filter((f) => f.id !== id);
      const from = Math.min(start, ...others.map((f) => f.start));
      const to = Math.max(end, ...others.map((f) => f.end));
      for (const other of others) absorb(id, other.id);
      move.run({ id, start: from, end: to, ...anchorOf(textAround(from, to), from, to) });
      return { id, outcome: others.length > 0 ? 'extended' : 'unchanged', absorbed: others.map((o) => o.id) };
    },

    /**
     * Merges every run of overlapping or touching codings (one document, code and coder) into one —
     * in one document, or in the whole project when `documentId` is null. For projects made before
     * the rule, imports from other tools and edits that bring two passages together. Returns how
     * many codings were merged away.
     */
    uniteAll(documentId: number | null, textAround: (documentId: number, start: number, end: number) => TextWindow): number {
      let merged = 0;
      type Row = Span & { document_id: number; code_id: number; coder_id: number };
      let run: Row[] = [];
      let runEnd = -1;
      const flush = () => {
        if (run.length > 1) {
          const from = Math.min(...run.map((r) => r.start));
          const doc = run[0]!.document_id;
          unite(textAround(doc, from, runEnd), run.map((r) => r.id), from, runEnd);
          merged += run.length - 1;
        }
        run = [];
      };
      const rows = documentId === null ? runs.all() : runsOf.all(documentId);
      for (const r of rows) {
        const last = run[0];
        const sameKey = last && last.document_id === r.document_id && last.code_id === r.code_id && last.coder_id === r.coder_id;
        if (!sameKey || r.start > runEnd) {
          flush();
          runEnd = r.end;
        } else runEnd = Math.max(runEnd, r.end);
        run.push(r);
      }
      flush();
      return merged;
    },

  };
}
export type PassageRules = ReturnType<typeof createPassageRules>;
