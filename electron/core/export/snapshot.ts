import type { ReportAgreement } from './report-agreement';
import type { Database } from 'better-sqlite3';
import type { AttributeType, DocumentFormat, ReportSettings } from '../../../shared/contract';
import { inTreeOrder } from '../codebook/code-repo';
import { readReportSettings } from '../synthesis/report-settings';
import { loadFindings } from '../synthesis/snapshot-findings';

/**
 * Everything an export may show, read from the project in one go. Every export renders from a
 * snapshot, never from the database: that is what lets the anonymization layer replace names in one
 * place (texts, names, labels and attribute values, with coding offsets moved to match) before any
 * format sees them. Loading 200 ten-thousand-word interviews takes a few tens of megabytes.
 */
export type ExportSnapshot = {
  projectName: string;
  coders: SnapshotCoder[];
  documents: SnapshotDocument[];
  /** In tree order (parents before children, siblings by position). */
  codes: SnapshotCode[];
  /** Sorted by document, start, end. */
  codings: SnapshotCoding[];
  cases: SnapshotCase[];
  attributes: SnapshotAttribute[];
  values: { caseId: number; attributeId: number; value: string }[];
  /** Speakers of a document linked to a participant (`Martine Lebrun` in entretien 3 → case E03). */
  speakerCases: { documentId: number; speaker: string; caseId: number }[];
  memos: SnapshotMemo[];
  /** Theme sheets, recommendations (by position) and framework cells. */
  findings: SnapshotFinding[];
  /** The synthesis report's settings (title, author, licence, themes, actor-group attribute); defaults when absent. */
  report?: ReportSettings;
  /** Inter-coder agreement, measured on the original texts before anonymization (see report-agreement.ts). */
  agreement?: ReportAgreement | null;
};

export type SnapshotCoder = { id: number; guid: string; name: string };
export type SnapshotTurn = { start: number; end: number; labelEnd: number; speaker: string | null; tStartMs: number | null; tEndMs: number | null };
export type SnapshotDocument = {
  id: number;
  guid: string;
  name: string;
  format: DocumentFormat;
  text: string;
  words: number;
  importedFrom: string | null;
  importedAt: string;
  caseId: number | null;
  /** Sorted by start. */
  turns: SnapshotTurn[];
};
export type SnapshotCode = {
  id: number;
  guid: string;
  parentId: number | null;
  name: string;
  color: string;
  description: string;
  position: number;
  isCodable: boolean;
  createdAt: string;
};
export type SnapshotCoding = { id: number; guid: string; documentId: number; codeId: number; coderId: number; start: number; end: number; createdAt: string };
export type SnapshotCase = { id: number; guid: string; name: string; description: string };
export type SnapshotAttribute = { id: number; guid: string; name: string; type: AttributeType; position: number; isIdentifying: boolean };
export type SnapshotMemo = {
  id: number;
  guid: string;
  target: { type: 'project' } | { type: 'document' | 'code' | 'case' | 'coding'; id: number };
  title: string;
  body: string;
  coderId: number | null;
  createdAt: string;
  updatedAt: string;
};
/**
 * A piece of written synthesis. `kind` says which: a theme sheet (on `codeId`), a recommendation, or
 * a framework-matrix cell (`caseId` × `codeId`). `codingIds` are the quotes it rests on, in the
 * order the lead chose; `codeIds` the themes a recommendation cites.
 */
export type SnapshotFinding = {
  id: number;
  guid: string;
  kind: 'theme' | 'recommendation' | 'framework';
  title: string;
  body: string;
  codeId: number | null;
  caseId: number | null;
  position: number;
  codeIds: number[];
  codingIds: number[];
};

export function loadSnapshot(db: Database, projectName: string): ExportSnapshot {
  const read = db.transaction(() => {
    const turns = new Map<number, SnapshotTurn[]>();
    for (const t of db
      .prepare<[], SnapshotTurn & { documentId: number }>(
        `SELECT document_id AS documentId, start, end, label_end AS labelEnd, speaker, t_start_ms AS tStartMs, t_end_ms AS tEndMs FROM turns ORDER BY document_id, start`,
      )
      .all()) {
      const { documentId, ...turn } = t;
      let list = turns.get(documentId);
      if (!list) turns.set(documentId, (list = []));
      list.push(turn);
    }
    const documents = db
      .prepare<[], Omit<SnapshotDocument, 'turns'>>(
        `SELECT id, guid, name, format, text, words, imported_from AS importedFrom, imported_at AS importedAt, case_id AS caseId FROM documents ORDER BY name COLLATE NOCASE, id`,
      )
      .all()
      .map((d) => ({ ...d, turns: turns.get(d.id) ?? [] }));
    const codes = inTreeOrder(
      db
        .prepare<[], Omit<SnapshotCode, 'isCodable'> & { isCodable: number }>(
          `SELECT id, guid, parent_id AS parentId, name, color, description, position, is_codable AS isCodable, created_at AS createdAt FROM codes`,
        )
        .all(),
    ).map((c) => ({ ...c, isCodable: c.isCodable === 1 }));
    const order = new Map(documents.map((d, i) => [d.id, i]));
    const codings = db
      .prepare<[], SnapshotCoding>(
        `SELECT id, guid, document_id AS documentId, code_id AS codeId, coder_id AS coderId, start, end, created_at AS createdAt FROM codings`,
      )
      .all()
      .sort((a, b) => order.get(a.documentId)! - order.get(b.documentId)! || a.start - b.start || a.end - b.end || a.id - b.id);
    const memos = db
      .prepare<[], Omit<SnapshotMemo, 'target'> & { documentId: number | null; codeId: number | null; caseId: number | null; codingId: number | null }>(
        `SELECT id, guid, title, body, coder_id AS coderId, created_at AS createdAt, updated_at AS updatedAt,
           document_id AS documentId, code_id AS codeId, case_id AS caseId, coding_id AS codingId FROM memos ORDER BY id`,
      )
      .all()
      .map(({ documentId, codeId, caseId, codingId, ...memo }): SnapshotMemo => {
        const target: SnapshotMemo['target'] =
          documentId !== null
            ? { type: 'document', id: documentId }
            : codeId !== null
              ? { type: 'code', id: codeId }
              : caseId !== null
                ? { type: 'case', id: caseId }
                : codingId !== null
                  ? { type: 'coding', id: codingId }
                  : { type: 'project' };
        return { ...memo, target };
      });
    return {
      projectName,
      coders: db.prepare<[], SnapshotCoder>(`SELECT id, guid, name FROM coders ORDER BY id`).all(),
      documents,
      codes,
      codings,
      cases: db.prepare<[], SnapshotCase>(`SELECT id, guid, name, description FROM cases ORDER BY name COLLATE NOCASE, id`).all(),
      attributes: db
        .prepare<[], Omit<SnapshotAttribute, 'isIdentifying'> & { isIdentifying: number }>(
          `SELECT id, guid, name, type, position, is_identifying AS isIdentifying FROM attributes ORDER BY position, id`,
        )
        .all()
        .map((a) => ({ ...a, isIdentifying: a.isIdentifying === 1 })),
      values: db.prepare<[], ExportSnapshot['values'][number]>(`SELECT case_id AS caseId, attribute_id AS attributeId, value FROM case_values`).all(),
      speakerCases: db.prepare<[], ExportSnapshot['speakerCases'][number]>(`SELECT document_id AS documentId, speaker, case_id AS caseId FROM speaker_cases`).all(),
      memos,
      findings: loadFindings(db),
      report: readReportSettings(db),
    } satisfies ExportSnapshot;
  });
  // One read transaction: a consistent picture even if the search worker writes meanwhile.
  return read.deferred();
}
