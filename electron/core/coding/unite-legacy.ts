import type { ProjectContext } from '../project/context';
import { createPassageRules } from './one-passage';

/** Set in `meta` once a project's codings follow “one code, one passage”. */
const DONE_KEY = 'one_passage';

/**
 * Projects made before the rule (and files other programs wrote) can hold several codings of one
 * code by one coder on overlapping or touching words, counted twice everywhere. At the first open
 * under the rule they are joined, in one operation of the journal — so Undo brings them back —
 * and the count is reported once: the flag in `meta` (not journaled) keeps an undone merge undone.
 * Returns how many codings were merged away (0 when nothing needed it or it was done before).
 */
export function uniteLegacyOverlaps(ctx: Pick<ProjectContext, 'db' | 'journal' | 'texts'>): number {
  const { db } = ctx;
  // A read-only file is shown as it is; the merge happens at the first writable open.
  if (db.readonly) return 0;
  if (db.prepare(`SELECT 1 FROM meta WHERE key = ?`).get(DONE_KEY)) return 0;
  const rules = createPassageRules(db);
  const merged = ctx.journal.run({ action: 'codings:unite', subject: null }, () =>
    rules.uniteAll(null, (documentId, start, end) => ctx.texts.around(documentId, start, end)!),
  );
  db.prepare(`INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = '1'`).run(DONE_KEY);
  return merged;
}
