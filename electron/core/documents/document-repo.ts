import type { Database } from 'better-sqlite3';
import type { CueTime, DocumentDetail, DocumentFormat, DocumentSummary, Turn } from '../../../shared/contract';
import type { ParsedTurn } from './import/types';
import { createSpeakerRoleRepo } from './speaker-roles';

type DocumentRow = {
  id: number;
  name: string;
  format: string;
  words: number;
  imported_from: string | null;
  imported_at: string;
  case_id: number | null;
  turns: number;
  codings: number;
};

type TurnRow = {
  id: number;
  start: number;
  end: number;
  label_end: number;
  speaker: string | null;
  t_start_ms: number | null;
  t_end_ms: number | null;
  cue_times: string | null;
};

const toSummary = (r: DocumentRow): DocumentSummary => ({
  id: r.id,
  name: r.name,
  format: r.format as DocumentFormat,
  words: r.words,
  turns: r.turns,
  codings: r.codings,
  importedFrom: r.imported_from,
  importedAt: r.imported_at,
  caseId: r.case_id,
});

const toTurn = (r: TurnRow): Turn => ({
  id: r.id,
  start: r.start,
  end: r.end,
  labelEnd: r.label_end,
  speaker: r.speaker,
  tStartMs: r.t_start_ms,
  tEndMs: r.t_end_ms,
  times: timesOf(r),
});

/** The stored cue times, else the turn's own start (turns of text documents, and projects before cue times were kept). */
function timesOf(r: TurnRow): CueTime[] {
  if (r.cue_times !== null) {
    const stored = parseCueTimes(r.cue_times);
    if (stored.length > 0) return stored;
  }
  return r.t_start_ms === null ? [] : [{ offset: r.label_end, ms: r.t_start_ms }];
}

function parseCueTimes(json: string): CueTime[] {
  try {
    const pairs: unknown = JSON.parse(json);
    if (!Array.isArray(pairs)) return [];
    return pairs.flatMap((pair): CueTime[] =>
      Array.isArray(pair) && Number.isInteger(pair[0]) && Number.isInteger(pair[1]) ? [{ offset: pair[0] as number, ms: pair[1] as number }] : [],
    );
  } catch {
    return []; // a damaged value loses the cue times only; the turn's own start remains
  }
}

/** The row values of a turn to insert: cue times as compact JSON pairs. */
const turnParams = (documentId: number, t: ParsedTurn) => ({
  documentId,
  start: t.start,
  end: t.end,
  labelEnd: t.labelEnd,
  speaker: t.speaker,
  tStartMs: t.tStartMs,
  tEndMs: t.tEndMs,
  cueTimes: hasOwnCueTimes(t) ? JSON.stringify((t.cueTimes ?? []).map((c) => [c.offset, c.ms])) : null,
});

/** Cue times that say more than the turn's own start (which `timesOf` gives anyway). */
const hasOwnCueTimes = (t: ParsedTurn): boolean => {
  const [first, ...rest] = t.cueTimes ?? [];
  return first !== undefined && (rest.length > 0 || first.offset !== t.labelEnd || first.ms !== t.tStartMs);
};

const SUMMARY = `
  SELECT d.id, d.name, d.format, d.words, d.imported_from, d.imported_at, d.case_id,
    (SELECT count(*) FROM turns t WHERE t.document_id = d.id) AS turns,
    (SELECT count(*) FROM codings c WHERE c.document_id = d.id) AS codings
  FROM documents d`;

export type NewDocument = {
  guid: string;
  name: string;
  format: DocumentFormat;
  text: string;
  words: number;
  importedFrom: string | null;
  importedAt: string;
};

export function createDocumentRepo(db: Database) {
  const list = db.prepare<[], DocumentRow>(`${SUMMARY} ORDER BY d.name COLLATE NOCASE, d.id`);
  const byId = db.prepare<[number], DocumentRow>(`${SUMMARY} WHERE d.id = ?`);
  const textOf = db.prepare<[number], { text: string }>(`SELECT text FROM documents WHERE id = ?`);
  const turnsOf = db.prepare<[number], TurnRow>(
    `SELECT id, start, end, label_end, speaker, t_start_ms, t_end_ms, cue_times FROM turns WHERE document_id = ? ORDER BY start`,
  );
  const names = db.prepare<[], { name: string }>(`SELECT name FROM documents`);
  const insert = db.prepare(
    `INSERT INTO documents (guid, name, format, text, words, imported_from, imported_at)
     VALUES (@guid, @name, @format, @text, @words, @importedFrom, @importedAt)`,
  );
  const insertTurn = db.prepare(
    `INSERT INTO turns (document_id, start, end, label_end, speaker, t_start_ms, t_end_ms, cue_times)
     VALUES (@documentId, @start, @end, @labelEnd, @speaker, @tStartMs, @tEndMs, @cueTimes)`,
  );
  const rename = db.prepare(`UPDATE documents SET name = @name WHERE id = @id`);
  const setCase = db.prepare(`UPDATE documents SET case_id = @caseId WHERE id = @id`);
  const caseOf = db.prepare<[number], { case_id: number | null }>(`SELECT case_id FROM documents WHERE id = ?`);
  const roles = createSpeakerRoleRepo(db);
  const remove = db.prepare(`DELETE FROM documents WHERE id = ?`);
  const setText = db.prepare(`UPDATE documents SET text = @text, words = @words WHERE id = @id`);
  const deleteTurns = db.prepare(`DELETE FROM turns WHERE document_id = ?`);

  return {
    list: (): DocumentSummary[] => list.all().map(toSummary),
    get: (id: number): DocumentSummary | undefined => {
      const row = byId.get(id);
      return row && toSummary(row);
    },
    detail: (id: number): DocumentDetail | undefined => {
      const row = byId.get(id);
      if (!row) return undefined;
      return { ...toSummary(row), text: textOf.get(id)!.text, turnList: turnsOf.all(id).map(toTurn) };
    },
    text: (id: number): string | undefined => textOf.get(id)?.text,
    turns: (id: number): Turn[] => turnsOf.all(id).map(toTurn),
    names: (): string[] => names.all().map((r) => r.name),
    insert: (doc: NewDocument, turns: readonly ParsedTurn[]): number => {
      const id = Number(insert.run(doc).lastInsertRowid);
      for (const t of turns) insertTurn.run(turnParams(id, t));
      roles.assignFromLabels(id);
      return id;
    },
    rename: (id: number, name: string) => rename.run({ id, name }),
    /** Links a document to its participant, and its respondent speaker (`R`) with it. */
    setCase: (id: number, caseId: number | null) => {
      const previous = caseOf.get(id)?.case_id ?? null;
      setCase.run({ id, caseId });
      roles.linkRespondents(id, caseId, previous);
    },
    remove: (id: number) => remove.run(id),
    /** A new text with its turns (an edit); callers keep codings in step. */
    replaceText: (id: number, text: string, words: number, turns: readonly ParsedTurn[]) => {
      setText.run({ id, text, words });
      deleteTurns.run(id);
      for (const t of turns) insertTurn.run(turnParams(id, t));
    },
  };
}
export type DocumentRepo = ReturnType<typeof createDocumentRepo>;
