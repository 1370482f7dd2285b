import type { Database } from 'better-sqlite3';
import { joinCodePath } from '../../../shared/code-path';
import { inTreeOrder } from '../codebook/code-repo';
import type { Code } from '../../../shared/contract';

/** The project as scripts see it (`verbatim info --json`): names and paths, never internal ids. */
export type ProjectDescription = {
  documents: { name: string; words: number; turns: number; speakers: string[]; case: string | null }[];
  cases: { name: string; attributes: Record<string, string | number | null> }[];
  codes: { path: string; codings: number }[];
  coders: { name: string; codings: number }[];
};

/** Code paths (`Parent/Child`, `/` in a name written `\/`) by code id. */
export function codePaths(codes: readonly Pick<Code, 'id' | 'parentId' | 'name'>[]): Map<number, string> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const paths = new Map<number, string>();
  const namesOf = (id: number): string[] => {
    const c = byId.get(id);
    if (!c) return [];
    return c.parentId === null ? [c.name] : [...namesOf(c.parentId), c.name];
  };
  for (const c of codes) paths.set(c.id, joinCodePath(namesOf(c.id)));
  return paths;
}

export function describeProject(db: Database): ProjectDescription {
  const documents = db
    .prepare<[], { id: number; name: string; words: number; turns: number; case_name: string | null }>(
      `SELECT d.id, d.name, d.words, (SELECT count(*) FROM turns t WHERE t.document_id = d.id) AS turns, c.name AS case_name
       FROM documents d LEFT JOIN cases c ON c.id = d.case_id ORDER BY d.name COLLATE NOCASE`,
    )
    .all();
  const speakers = db.prepare<[number], { speaker: string }>(
    `SELECT speaker FROM turns WHERE document_id = ? AND speaker IS NOT NULL GROUP BY speaker ORDER BY min(start)`,
  );
  const cases = db.prepare<[], { id: number; name: string }>(`SELECT id, name FROM cases ORDER BY name COLLATE NOCASE`).all();
  const values = db.prepare<[number], { name: string; type: string; value: string }>(
    `SELECT a.name, a.type, v.value FROM case_values v JOIN attributes a ON a.id = v.attribute_id
     WHERE v.case_id = ? ORDER BY a.position, a.name`,
  );
  const codes = db
    .prepare<[], { id: number; parent_id: number | null; name: string; position: number; codings: number }>(
      `SELECT c.id, c.parent_id, c.name, c.position, (SELECT count(*) FROM codings k WHERE k.code_id = c.id) AS codings FROM codes c`,
    )
    .all();
  const asCodes = codes.map((c) => ({ id: c.id, parentId: c.parent_id, name: c.name, position: c.position, codings: c.codings }));
  const paths = codePaths(asCodes);
  return {
    documents: documents.map((d) => ({
      name: d.name,
      words: d.words,
      turns: d.turns,
      speakers: speakers.all(d.id).map((s) => s.speaker),
      case: d.case_name,
    })),
    cases: cases.map((c) => ({
      name: c.name,
      attributes: Object.fromEntries(
        values.all(c.id).map((v) => [v.name, v.type === 'number' && v.value !== '' ? Number(v.value) : v.value]),
      ),
    })),
    codes: inTreeOrder(asCodes).map((c) => ({ path: paths.get(c.id)!, codings: c.codings })),
    coders: db
      .prepare<[], { name: string; codings: number }>(`SELECT c.name, (SELECT count(*) FROM codings k WHERE k.coder_id = c.id) AS codings FROM coders c ORDER BY c.id`)
      .all(),
  };
}
