import type { EditReport } from '../../../../shared/contract';
import { AppError } from '../../../../shared/result';
import { countWords } from '../../../../shared/words';
import { anchorOf } from '../../coding/anchor';
import { createPassageRules } from '../../coding/one-passage';
import type { ProjectContext } from '../../project/context';
import type { DocumentRepo } from '../document-repo';
import { normalizeText } from '../import/normalize-text';
import { rebuildTurns } from './rebuild-turns';
import { createRelocator } from './relocate';

type CodingRow = {
  id: number;
  start: number;
  end: number;
  anchor_text: string;
  anchor_before: string;
  anchor_after: string;
  code_name: string;
};

/**
 * Replaces a document's text and keeps every coding on the same words: offsets follow the edit's
 * word-level diff; when the diff cannot follow (a rewrite), codings are found again by their stored
 * fingerprint. A coding whose words are gone is removed and reported, never moved silently. The
 * whole edit is one transaction and one undoable operation.
 */
export function editDocument(ctx: ProjectContext, documents: DocumentRepo, id: number, rawText: string): EditReport {
  const doc = documents.get(id);
  const before = documents.text(id);
  if (!doc || before === undefined) throw new AppError('NOT_FOUND', `No document with id ${id}`);
  const after = normalizeText(rawText);
  if (after.trim() === '') throw new AppError('INVALID_INPUT', 'A document cannot be emptied: delete it instead');

  const relocator = createRelocator(before, after);
  const codings = ctx.db
    .prepare<[number], CodingRow>(
      `SELECT k.id, k.start, k.end, k.anchor_text, k.anchor_before, k.anchor_after, c.name AS code_name
       FROM codings k JOIN codes c ON c.id = k.code_id WHERE k.document_id = ? ORDER BY k.start`,
    )
    .all(id);

  const moves: { id: number; start: number; end: number }[] = [];
  const lost: EditReport['lost'] = [];
  let reanchored = 0;
  for (const c of codings) {
    const placed = relocator.place(c.start, c.end, { text: c.anchor_text, before: c.anchor_before, after: c.anchor_after });
    if (!placed) {
      lost.push({ id: c.id, codeName: c.code_name, text: before.slice(c.start, c.end) });
      continue;
    }
    if (placed.reanchored) reanchored++;
    if (placed.start !== c.start || placed.end !== c.end || after.slice(placed.start, placed.end) !== c.anchor_text) {
      moves.push({ id: c.id, start: placed.start, end: placed.end });
    }
  }

  const turns = rebuildTurns(after, documents.turns(id), relocator.map);
  const updateCoding = ctx.db.prepare(
    `UPDATE codings SET start = @start, end = @end, anchor_text = @anchorText, anchor_before = @anchorBefore, anchor_after = @anchorAfter WHERE id = @id`,
  );
  const deleteCoding = ctx.db.prepare(`DELETE FROM codings WHERE id = ?`);
  if (before !== after) {
    ctx.journal.run({ action: 'documents:edit', subject: doc.name }, () => {
      documents.replaceText(id, after, countWords(after), turns);
      for (const m of moves) updateCoding.run({ id: m.id, start: m.start, end: m.end, ...anchorOf(after, m.start, m.end) });
      for (const l of lost) deleteCoding.run(l.id);
      // Deleting the words between two passages of one code brings them together: one passage now.
      createPassageRules(ctx.db).uniteAll(id, () => ({ length: after.length, slice: (s, e) => after.slice(s, e) }));
    });
  }
  return { document: documents.get(id)!, kept: codings.length - lost.length - reanchored, reanchored, lost };
}
