import type { Database } from 'better-sqlite3';

export type FindingKind = 'theme' | 'recommendation' | 'framework';

export type FindingRow = {
  id: number;
  guid: string;
  kind: FindingKind;
  title: string;
  body: string;
  codeId: number | null;
  caseId: number | null;
  position: number;
  createdAt: string;
  updatedAt: string;
};

export type EvidenceRow = { findingId: number; codeId: number | null; codingId: number | null; position: number };

const COLUMNS = `id, guid, kind, title, body, code_id AS codeId, case_id AS caseId, position, created_at AS createdAt, updated_at AS updatedAt`;

/** The findings tables: plain reads and writes; handlers check input and journal the writes. */
export function createFindingsRepo(db: Database) {
  const byId = db.prepare<[number], FindingRow>(`SELECT ${COLUMNS} FROM findings WHERE id = ?`);
  const byKind = db.prepare<[string], FindingRow>(`SELECT ${COLUMNS} FROM findings WHERE kind = ? ORDER BY position, id`);
  const all = db.prepare<[], FindingRow>(`SELECT ${COLUMNS} FROM findings ORDER BY kind, position, id`);
  const theme = db.prepare<[number], FindingRow>(`SELECT ${COLUMNS} FROM findings WHERE kind = 'theme' AND code_id = ?`);
  const cell = db.prepare<[number, number], FindingRow>(`SELECT ${COLUMNS} FROM findings WHERE kind = 'framework' AND case_id = ? AND code_id = ?`);
  const insert = db.prepare(
    `INSERT INTO findings (guid, kind, title, body, code_id, case_id, position, created_at, updated_at)
     VALUES (@guid, @kind, @title, @body, @codeId, @caseId, @position, @now, @now)`,
  );
  const update = db.prepare(`UPDATE findings SET title = @title, body = @body, updated_at = @now WHERE id = @id`);
  const touch = db.prepare(`UPDATE findings SET updated_at = ? WHERE id = ?`);
  const setPosition = db.prepare(`UPDATE findings SET position = ? WHERE id = ?`);
  const remove = db.prepare(`DELETE FROM findings WHERE id = ?`);
  const nextPosition = db.prepare<[string], { p: number }>(`SELECT coalesce(max(position) + 1, 0) AS p FROM findings WHERE kind = ?`);
  const evidence = db.prepare<[number], EvidenceRow>(
    `SELECT finding_id AS findingId, code_id AS codeId, coding_id AS codingId, position FROM finding_evidence WHERE finding_id = ? ORDER BY position, id`,
  );
  const allEvidence = db.prepare<[], EvidenceRow>(
    `SELECT finding_id AS findingId, code_id AS codeId, coding_id AS codingId, position FROM finding_evidence ORDER BY finding_id, position, id`,
  );
  const clearCodes = db.prepare(`DELETE FROM finding_evidence WHERE finding_id = ? AND code_id IS NOT NULL`);
  const clearCodings = db.prepare(`DELETE FROM finding_evidence WHERE finding_id = ? AND coding_id IS NOT NULL`);
  const addEvidence = db.prepare(`INSERT INTO finding_evidence (finding_id, code_id, coding_id, position) VALUES (?, ?, ?, ?)`);

  const listOf = (id: number, which: 'codeId' | 'codingId') => evidence.all(id).flatMap((e) => (e[which] === null ? [] : [e[which]]));

  return {
    get: (id: number): FindingRow | undefined => byId.get(id),
    list: (kind: FindingKind): FindingRow[] => byKind.all(kind),
    all: (): FindingRow[] => all.all(),
    theme: (codeId: number): FindingRow | undefined => theme.get(codeId),
    cell: (caseId: number, codeId: number): FindingRow | undefined => cell.get(caseId, codeId),
    insert: (f: { guid: string; kind: FindingKind; title: string; body: string; codeId: number | null; caseId: number | null; position?: number; now: string }): number =>
      Number(insert.run({ ...f, position: f.position ?? 0 }).lastInsertRowid),
    update: (id: number, title: string, body: string, now: string) => update.run({ id, title, body, now }),
    touch: (id: number, now: string) => touch.run(now, id),
    setPosition: (id: number, position: number) => setPosition.run(position, id),
    remove: (id: number) => remove.run(id),
    nextPosition: (kind: FindingKind): number => nextPosition.get(kind)!.p,
    /** The codes a finding cites, in order. */
    codeIds: (id: number): number[] => listOf(id, 'codeId'),
    /** The codings a finding rests on, in order. */
    codingIds: (id: number): number[] => listOf(id, 'codingId'),
    allEvidence: (): EvidenceRow[] => allEvidence.all(),
    /** Replaces a finding's codes (or codings) by this list, in this order. */
    setCodeIds: (id: number, codeIds: readonly number[]) => {
      clearCodes.run(id);
      codeIds.forEach((c, i) => addEvidence.run(id, c, null, i));
    },
    setCodingIds: (id: number, codingIds: readonly number[]) => {
      clearCodings.run(id);
      codingIds.forEach((k, i) => addEvidence.run(id, null, k, i));
    },
  };
}
export type FindingsRepo = ReturnType<typeof createFindingsRepo>;
