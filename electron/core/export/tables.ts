import type { Database } from 'better-sqlite3';
import { inTreeOrder } from '../codebook/code-repo';
import { codePaths } from '../project/describe';

export type Row = (string | number | null)[];

type TurnSpan = { start: number; speaker: string | null; t_start_ms: number | null };

/** The turn holding `offset` (turns are sorted by start). */
function turnAt(turns: readonly TurnSpan[], offset: number): { index: number; turn: TurnSpan } | null {
  let lo = 0;
  let hi = turns.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? null : { index: found, turn: turns[found]! };
}

const timestamp = (ms: number | null) => {
  if (ms === null) return null;
  const s = Math.floor(ms / 1000);
  const hms = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, '0'));
  return hms.join(':');
};

/**
 * One row per coding: where it is (document, participant and their attributes, speaker, turn,
 * offsets), what it is (code path) and what it says (the quote) — the table researchers filter in
 * a spreadsheet. Offsets are UTF-16 positions in the stored text.
 */
export function codingTable(db: Database, options: { codeIds?: readonly number[] | undefined } = {}): Row[] {
  const attributes = db.prepare<[], { id: number; name: string }>(`SELECT id, name FROM attributes ORDER BY position, id`).all();
  const values = new Map<number, Map<number, string>>();
  for (const v of db.prepare<[], { case_id: number; attribute_id: number; value: string }>(`SELECT case_id, attribute_id, value FROM case_values`).all()) {
    if (!values.has(v.case_id)) values.set(v.case_id, new Map());
    values.get(v.case_id)!.set(v.attribute_id, v.value);
  }
  const codes = db.prepare<[], { id: number; parentId: number | null; name: string }>(`SELECT id, parent_id AS parentId, name FROM codes`).all();
  const paths = codePaths(codes);
  const wanted = options.codeIds ? new Set(options.codeIds) : null;

  const codings = db
    .prepare<[], { document_id: number; document: string; case_id: number | null; case_name: string | null; code_id: number; start: number; end: number; coder: string; created_at: string }>(
      `SELECT k.document_id, d.name AS document, d.case_id, s.name AS case_name, k.code_id, k.start, k.end, r.name AS coder, k.created_at
       FROM codings k JOIN documents d ON d.id = k.document_id LEFT JOIN cases s ON s.id = d.case_id JOIN coders r ON r.id = k.coder_id
       ORDER BY d.name COLLATE NOCASE, k.start, k.end, k.id`,
    )
    .all();
  const textOf = db.prepare<[number], { text: string }>(`SELECT text FROM documents WHERE id = ?`);
  const turnsOf = db.prepare<[number], TurnSpan>(`SELECT start, speaker, t_start_ms FROM turns WHERE document_id = ? ORDER BY start`);
  let current = null as { id: number; text: string; turns: TurnSpan[] } | null;

  const header: Row = ['Document', 'Participant', ...attributes.map((a) => a.name), 'Code', 'Quote', 'Speaker', 'Turn', 'Time', 'Start', 'End', 'Coder', 'Coded at'];
  const rows: Row[] = [header];
  for (const k of codings) {
    if (wanted && !wanted.has(k.code_id)) continue;
    if (current?.id !== k.document_id) current = { id: k.document_id, text: textOf.get(k.document_id)!.text, turns: turnsOf.all(k.document_id) };
    const at = turnAt(current.turns, k.start);
    const caseValues = k.case_id === null ? undefined : values.get(k.case_id);
    rows.push([
      k.document,
      k.case_name,
      ...attributes.map((a) => caseValues?.get(a.id) ?? null),
      paths.get(k.code_id) ?? '',
      current.text.slice(k.start, k.end),
      at?.turn.speaker ?? null,
      at ? at.index + 1 : null,
      timestamp(at?.turn.t_start_ms ?? null),
      k.start,
      k.end,
      k.coder,
      k.created_at,
    ]);
  }
  return rows;
}

/** The codebook as a table: path, name, definition, colour, and how much each code is used. */
export function codebookTable(db: Database): Row[] {
  const codes = db
    .prepare<[], { id: number; parentId: number | null; position: number; name: string; color: string; description: string; is_codable: number; codings: number; documents: number }>(
      `SELECT c.id, c.parent_id AS parentId, c.position, c.name, c.color, c.description, c.is_codable,
        (SELECT count(*) FROM codings k WHERE k.code_id = c.id) AS codings,
        (SELECT count(DISTINCT document_id) FROM codings k WHERE k.code_id = c.id) AS documents
       FROM codes c`,
    )
    .all();
  const paths = codePaths(codes);
  const sorted = inTreeOrder(codes);
  return [
    ['Code', 'Name', 'Parent', 'Definition', 'Colour', 'Codable', 'Codings', 'Documents'],
    ...sorted.map((c) => [
      paths.get(c.id)!,
      c.name,
      c.parentId === null ? null : paths.get(c.parentId)!,
      c.description,
      c.color,
      c.is_codable ? 'yes' : 'no',
      c.codings,
      c.documents,
    ]),
  ];
}
