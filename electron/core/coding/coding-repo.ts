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

/** Reading codings, and removing one. Coding text goes through the rule in one-passage.ts, the only writer. */
export function createCodingRepo(db: Database) {
  const byId = db.prepare<[number], CodingRow>(`SELECT ${COLUMNS} FROM codings k WHERE k.id = ?`);
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
  const remove = db.prepare(`DELETE FROM codings WHERE id = ?`);

  return {
    get: (id: number): Coding | undefined => {
      const r = byId.get(id);
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
    remove: (id: number) => remove.run(id),
  };
}
export type CodingRepo = ReturnType<typeof createCodingRepo>;
