import type { Database } from 'better-sqlite3';
import type { AttributeType } from '../../../shared/contract';
import { createWordCounter, wordsIn, type WordCounter } from './word-index';
import { inTreeOrder } from '../codebook/code-repo';
import { codePaths } from '../project/describe';
import type { ExportSnapshot } from '../export/snapshot';

export type CorpusCode = { id: number; parentId: number | null; name: string; color: string; description: string; position: number; isCodable: boolean };
export type CorpusTurn = { id: number; start: number; end: number; labelEnd: number; speaker: string | null; tStartMs: number | null };
export type CorpusDocument = { id: number; name: string; caseId: number | null; words: number };
export type CorpusCoding = { id: number; documentId: number; codeId: number; coderId: number; start: number; end: number; createdAt: string };
export type CorpusCase = { id: number; name: string };
export type CorpusAttribute = { id: number; name: string; type: AttributeType; position: number };

/**
 * What the synthesis computations read: the project without its texts, which are read on demand
 * (a matrix needs a few quotes' words, not 200 transcripts). Built from the database for the calls,
 * or from an export snapshot for reports, so both compute the same thing the same way.
 */
export type Corpus = {
  /** Tree order. */
  codes: CorpusCode[];
  /** By name (as the documents list shows them). */
  documents: CorpusDocument[];
  /** Sorted by document name, start, end. */
  codings: CorpusCoding[];
  /** By name. */
  cases: CorpusCase[];
  attributes: CorpusAttribute[];
  /** Attribute values by case id, then attribute id. */
  values: Map<number, Map<number, string>>;
  /** Case linked to a speaker, by document id, then speaker. */
  speakerCases: Map<number, Map<string, number>>;
  coders: Map<number, string>;
  text(documentId: number): string;
  /** Sorted by start. */
  turns(documentId: number): CorpusTurn[];
  /** Words of `[start, end)` of a document (see word-index.ts). */
  words(documentId: number, start: number, end: number): number;
};

/** Lookups derived once per corpus (codes by id, paths, children). */
export type CorpusIndex = {
  corpus: Corpus;
  codeById: Map<number, CorpusCode>;
  paths: Map<number, string>;
  depth: Map<number, number>;
  children: Map<number | null, CorpusCode[]>;
  documentById: Map<number, CorpusDocument>;
  caseById: Map<number, CorpusCase>;
  /** The codings of each code itself. */
  codingsByCode: Map<number, CorpusCoding[]>;
  codingById: Map<number, CorpusCoding>;
};

export function indexCorpus(corpus: Corpus): CorpusIndex {
  const codeById = new Map(corpus.codes.map((c) => [c.id, c]));
  const children = new Map<number | null, CorpusCode[]>();
  for (const c of corpus.codes) {
    const list = children.get(c.parentId) ?? [];
    list.push(c);
    children.set(c.parentId, list);
  }
  const depth = new Map<number, number>();
  for (const c of corpus.codes) depth.set(c.id, c.parentId === null ? 0 : (depth.get(c.parentId) ?? 0) + 1);
  const codingsByCode = new Map<number, CorpusCoding[]>();
  for (const k of corpus.codings) {
    const list = codingsByCode.get(k.codeId) ?? [];
    list.push(k);
    codingsByCode.set(k.codeId, list);
  }
  return {
    corpus,
    codeById,
    paths: codePaths(corpus.codes),
    depth,
    children,
    documentById: new Map(corpus.documents.map((d) => [d.id, d])),
    caseById: new Map(corpus.cases.map((c) => [c.id, c])),
    codingsByCode,
    codingById: new Map(corpus.codings.map((k) => [k.id, k])),
  };
}

/** A code and (when asked) its descendants, in tree order. */
export function subtree(index: CorpusIndex, codeId: number, includeChildren = true): number[] {
  const out = [codeId];
  if (!includeChildren) return out;
  const visit = (id: number) => {
    for (const c of index.children.get(id) ?? []) {
      out.push(c.id);
      visit(c.id);
    }
  };
  visit(codeId);
  return out;
}

/** The index of the turn holding `offset` (turns sorted by start), or -1 before the first. */
export function turnIndexAt(turns: readonly Pick<CorpusTurn, 'start'>[], offset: number): number {
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
  return found;
}

/**
 * The participant who says what is at `offset`: the case linked to the speaker of that turn (a
 * focus group), else the document's case.
 */
export function participantAt(index: CorpusIndex, documentId: number, offset: number): number | null {
  const document = index.documentById.get(documentId);
  const links = index.corpus.speakerCases.get(documentId);
  if (links) {
    const turns = index.corpus.turns(documentId);
    const speaker = turns[turnIndexAt(turns, offset)]?.speaker;
    const linked = speaker ? links.get(speaker) : undefined;
    if (linked !== undefined) return linked;
  }
  return document?.caseId ?? null;
}

/**
 * The words each participant's transcripts hold (the base of "share of words coded"): a document's
 * words go to its case, except in documents with linked speakers, where each turn goes to its
 * speaker's case. Key null: words with no participant.
 */
export function wordsByCase(index: CorpusIndex): Map<number | null, number> {
  const totals = new Map<number | null, number>();
  const add = (caseId: number | null, n: number) => totals.set(caseId, (totals.get(caseId) ?? 0) + n);
  for (const d of index.corpus.documents) {
    const links = index.corpus.speakerCases.get(d.id);
    if (!links) {
      add(d.caseId, d.words);
      continue;
    }
    const turns = index.corpus.turns(d.id);
    let covered = 0;
    for (const t of turns) {
      const owner = (t.speaker ? links.get(t.speaker) : undefined) ?? d.caseId;
      const n = index.corpus.words(d.id, t.start, t.end);
      covered += n;
      add(owner, n);
    }
    // Text outside every turn (rare: a title line) stays with the document's case.
    if (d.words > covered) add(d.caseId, d.words - covered);
  }
  return totals;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });

/** Sorts codings as every synthesis list shows them by default: document (by name), start, end. */
function readingOrder(codings: CorpusCoding[], documents: readonly CorpusDocument[]): CorpusCoding[] {
  const order = new Map(documents.map((d, i) => [d.id, i]));
  return codings.sort((a, b) => order.get(a.documentId)! - order.get(b.documentId)! || a.start - b.start || a.end - b.end || a.id - b.id);
}

/**
 * The corpus of the open project; texts and turns are read once each, when first needed. `count`
 * keeps documents' word spans between calls: it must be current (see createSynthesisHandlers).
 */
export function corpusFromDb(db: Database, count: WordCounter = createWordCounter()): Corpus {
  const read = db.transaction(() => {
    const codes = inTreeOrder(
      db
        .prepare<[], Omit<CorpusCode, 'isCodable'> & { isCodable: number }>(
          `SELECT id, parent_id AS parentId, name, color, description, position, is_codable AS isCodable FROM codes`,
        )
        .all(),
    ).map((c) => ({ ...c, isCodable: c.isCodable === 1 }));
    const documents = db
      .prepare<[], CorpusDocument>(`SELECT id, name, case_id AS caseId, words FROM documents`)
      .all()
      .sort(byName);
    const codings = readingOrder(
      db
        .prepare<[], CorpusCoding>(
          `SELECT id, document_id AS documentId, code_id AS codeId, coder_id AS coderId, start, end, created_at AS createdAt FROM codings`,
        )
        .all(),
      documents,
    );
    const values = new Map<number, Map<number, string>>();
    for (const v of db.prepare<[], { caseId: number; attributeId: number; value: string }>(`SELECT case_id AS caseId, attribute_id AS attributeId, value FROM case_values`).all()) {
      let map = values.get(v.caseId);
      if (!map) values.set(v.caseId, (map = new Map()));
      map.set(v.attributeId, v.value);
    }
    const speakerCases = new Map<number, Map<string, number>>();
    for (const s of db.prepare<[], { documentId: number; speaker: string; caseId: number }>(`SELECT document_id AS documentId, speaker, case_id AS caseId FROM speaker_cases`).all()) {
      let map = speakerCases.get(s.documentId);
      if (!map) speakerCases.set(s.documentId, (map = new Map()));
      map.set(s.speaker, s.caseId);
    }
    return {
      codes,
      documents,
      codings,
      cases: db.prepare<[], CorpusCase>(`SELECT id, name FROM cases`).all().sort(byName),
      attributes: db.prepare<[], CorpusAttribute>(`SELECT id, name, type, position FROM attributes ORDER BY position, id`).all(),
      values,
      speakerCases,
      coders: new Map(db.prepare<[], { id: number; name: string }>(`SELECT id, name FROM coders`).all().map((c) => [c.id, c.name])),
    };
  });
  const data = read.deferred();
  const textOf = db.prepare<[number], { text: string }>(`SELECT text FROM documents WHERE id = ?`);
  const turnsOf = db.prepare<[number], CorpusTurn>(
    `SELECT id, start, end, label_end AS labelEnd, speaker, t_start_ms AS tStartMs FROM turns WHERE document_id = ? ORDER BY start`,
  );
  const texts = new Map<number, string>();
  const turns = new Map<number, CorpusTurn[]>();
  const text = (id: number) => {
    let t = texts.get(id);
    if (t === undefined) texts.set(id, (t = textOf.get(id)?.text ?? ''));
    return t;
  };
  return {
    ...data,
    text,
    words: (id, start, end) => wordsIn(count(id, () => text(id)), start, end),
    turns: (id) => {
      let t = turns.get(id);
      if (t === undefined) turns.set(id, (t = turnsOf.all(id)));
      return t;
    },
  };
}

/** The same view of an export snapshot (possibly anonymized): what reports compute from. */
export function corpusFromSnapshot(snapshot: ExportSnapshot): Corpus {
  const count = createWordCounter();
  const documents = snapshot.documents.map((d) => ({ id: d.id, name: d.name, caseId: d.caseId, words: d.words })).sort(byName);
  const byId = new Map(snapshot.documents.map((d) => [d.id, d]));
  const values = new Map<number, Map<number, string>>();
  for (const v of snapshot.values) {
    let map = values.get(v.caseId);
    if (!map) values.set(v.caseId, (map = new Map()));
    map.set(v.attributeId, v.value);
  }
  const speakerCases = new Map<number, Map<string, number>>();
  for (const s of snapshot.speakerCases) {
    let map = speakerCases.get(s.documentId);
    if (!map) speakerCases.set(s.documentId, (map = new Map()));
    map.set(s.speaker, s.caseId);
  }
  // Snapshot turns carry no id: their rank in the document stands for it.
  const turns = new Map(snapshot.documents.map((d) => [d.id, d.turns.map((t, i) => ({ id: i + 1, start: t.start, end: t.end, labelEnd: t.labelEnd, speaker: t.speaker, tStartMs: t.tStartMs }))]));
  return {
    codes: snapshot.codes.map((c) => ({ id: c.id, parentId: c.parentId, name: c.name, color: c.color, description: c.description, position: c.position, isCodable: c.isCodable })),
    documents,
    codings: readingOrder(
      snapshot.codings.map((k) => ({ id: k.id, documentId: k.documentId, codeId: k.codeId, coderId: k.coderId, start: k.start, end: k.end, createdAt: k.createdAt })),
      documents,
    ),
    cases: snapshot.cases.map((c) => ({ id: c.id, name: c.name })).sort(byName),
    attributes: snapshot.attributes.map((a) => ({ id: a.id, name: a.name, type: a.type, position: a.position })),
    values,
    speakerCases,
    coders: new Map(snapshot.coders.map((c) => [c.id, c.name])),
    text: (id) => byId.get(id)?.text ?? '',
    turns: (id) => turns.get(id) ?? [],
    words: (id, start, end) => wordsIn(count(id, () => byId.get(id)?.text ?? ''), start, end),
  };
}
