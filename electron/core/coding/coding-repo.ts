import type { Database } from 'better-sqlite3';
import type { Coding, RetrievedCoding } from '../../../shared/contract';

type CodingRow = {
  id: number;
  document_id: number;
  code_id: number;
  start: number;
  end: number;
  coder_id: number;
  created_at: string;
};

const toCoding = (r: CodingRow): Coding => ({
  id: r.id,
  documentId: r.document_id,
  codeId: r.code_id,
  start: r.start,
  end: r.end,
  coderId: r.coder_id,
  createdAt: r.created_at,
});

const COLUMNS = `k.id, k.document_id, k.code_id, k.start, k.end, k.coder_id, k.created_at`;

export type NewCoding = {
  guid: string;
  documentId: number;
  codeId: number;
  coderId: number;
  start: number;
  end: number;
  anchorText: string;
  anchorBefore: string;
  anchorAfter: string;
  createdAt: string;
};

export function createCodingRepo(db: Database) {
  const byId = db.prepare<[number], CodingRow>(`SELECT ${COLUMNS} FROM codings k WHERE k.id = ?`);
  const same = db.prepare<[number, number, number, number], CodingRow>(
    `SELECT ${COLUMNS} FROM codings k WHERE k.document_id = ? AND k.code_id = ? AND k.start = ? AND k.end = ?`,
  );
  const byDocument = db.prepare<[number], CodingRow>(
    `SELECT ${COLUMNS} FROM codings k WHERE k.document_id = ? ORDER BY k.start, k.end, k.id`,
  );
  // The speaker is the turn's that contains the coding's start.
  const RETRIEVE = `
    SELECT ${COLUMNS}, d.name AS document_name, c.name AS code_name,
      (SELECT t.speaker FROM turns t WHERE t.document_id = k.document_id AND t.start <= k.start
        ORDER BY t.start DESC LIMIT 1) AS speaker
    FROM codings k JOIN documents d ON d.id = k.document_id JOIN codes c ON c.id = k.code_id`;
  type RetrievedRow = CodingRow & { document_name: string; code_name: string; speaker: string | null };
  const retrieve = db.prepare<[number], RetrievedRow>(`${RETRIEVE} WHERE k.code_id = ? ORDER BY d.name COLLATE NOCASE, k.start, k.id`);
  const retrieveAll = db.prepare<[], RetrievedRow>(`${RETRIEVE} ORDER BY d.name COLLATE NOCASE, k.start, k.id`);
  const insert = db.prepare(
    `INSERT INTO codings (guid, document_id, code_id, coder_id, start, end, anchor_text, anchor_before, anchor_after, created_at)
     VALUES (@guid, @documentId, @codeId, @coderId, @start, @end, @anchorText, @anchorBefore, @anchorAfter, @createdAt)`,
  );
  const remove = db.prepare(`DELETE FROM codings WHERE id = ?`);
  const move = db.prepare(
    `UPDATE codings SET start = @start, end = @end, anchor_text = @anchorText, anchor_before = @anchorBefore, anchor_after = @anchorAfter WHERE id = @id`,
  );

  return {
    get: (id: number): Coding | undefined => {
      const r = byId.get(id);
      return r && toCoding(r);
    },
    findSame: (documentId: number, codeId: number, start: number, end: number): Coding | undefined => {
      const r = same.get(documentId, codeId, start, end);
      return r && toCoding(r);
    },
    listByDocument: (documentId: number): Coding[] => byDocument.all(documentId).map(toCoding),
    /**
     * The quote is cut in JS: SQLite's substr counts code points while offsets are UTF-16 units.
     * Each document's text is read once per call.
     */
    retrieve: (codeId: number | null, textOf: (documentId: number) => string): RetrievedCoding[] => {
      const texts = new Map<number, string>();
      return (codeId === null ? retrieveAll.all() : retrieve.all(codeId)).map((r) => {
        let full = texts.get(r.document_id);
        if (full === undefined) texts.set(r.document_id, (full = textOf(r.document_id)));
        return {
          ...toCoding(r),
          documentName: r.document_name,
          codeName: r.code_name,
          text: full.slice(r.start, r.end),
          speaker: r.speaker,
        };
      });
    },
    insert: (c: NewCoding): number => Number(insert.run(c).lastInsertRowid),
    remove: (id: number) => remove.run(id),
    move: (id: number, start: number, end: number, anchor: { anchorText: string; anchorBefore: string; anchorAfter: string }) =>
      move.run({ id, start, end, ...anchor }),
  };
}
export type CodingRepo = ReturnType<typeof createCodingRepo>;
