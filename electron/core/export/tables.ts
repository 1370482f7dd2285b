import { turnNumbersOf } from '../../../shared/turn-numbers';
import { codePaths } from '../project/describe';
import { turnIndexAt } from '../synthesis/corpus';
import type { ExportSnapshot, SnapshotTurn } from './snapshot';

export type Row = (string | number | null)[];

/** The turn holding `offset` (turns are sorted by start), with its speaker-turn number (null for a header line, a table, a note). */
export function turnAt(turns: readonly SnapshotTurn[], offset: number): { index: number; number: number | null; turn: SnapshotTurn } | null {
  const index = turnIndexAt(turns, offset);
  return index < 0 ? null : { index, number: turnNumbersOf(turns)[index] ?? null, turn: turns[index]! };
}

export const timestamp = (ms: number | null) => {
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
export function codingTable(snapshot: ExportSnapshot, options: { codeIds?: readonly number[] | undefined } = {}): Row[] {
  const values = new Map<number, Map<number, string>>();
  for (const v of snapshot.values) {
    if (!values.has(v.caseId)) values.set(v.caseId, new Map());
    values.get(v.caseId)!.set(v.attributeId, v.value);
  }
  const paths = codePaths(snapshot.codes);
  const wanted = options.codeIds ? new Set(options.codeIds) : null;
  const documents = new Map(snapshot.documents.map((d) => [d.id, d]));
  const cases = new Map(snapshot.cases.map((c) => [c.id, c.name]));
  const coders = new Map(snapshot.coders.map((c) => [c.id, c.name]));

  const header: Row = ['Document', 'Participant', ...snapshot.attributes.map((a) => a.name), 'Code', 'Quote', 'Speaker', 'Turn', 'Time', 'Start', 'End', 'Coder', 'Coded at'];
  const rows: Row[] = [header];
  for (const k of snapshot.codings) {
    if (wanted && !wanted.has(k.codeId)) continue;
    const doc = documents.get(k.documentId)!;
    const at = turnAt(doc.turns, k.start);
    const caseValues = doc.caseId === null ? undefined : values.get(doc.caseId);
    rows.push([
      doc.name,
      doc.caseId === null ? null : (cases.get(doc.caseId) ?? null),
      ...snapshot.attributes.map((a) => caseValues?.get(a.id) ?? null),
      paths.get(k.codeId) ?? '',
      doc.text.slice(k.start, k.end),
      at?.turn.speaker ?? null,
      at?.number ?? null,
      timestamp(at?.turn.tStartMs ?? null),
      k.start,
      k.end,
      coders.get(k.coderId) ?? null,
      k.createdAt,
    ]);
  }
  return rows;
}

/** The codebook as a table: path, name, definition, colour, and how much each code is used. */
export function codebookTable(snapshot: ExportSnapshot): Row[] {
  const paths = codePaths(snapshot.codes);
  const codings = new Map<number, number>();
  const documents = new Map<number, Set<number>>();
  for (const k of snapshot.codings) {
    codings.set(k.codeId, (codings.get(k.codeId) ?? 0) + 1);
    if (!documents.has(k.codeId)) documents.set(k.codeId, new Set());
    documents.get(k.codeId)!.add(k.documentId);
  }
  return [
    ['Code', 'Name', 'Parent', 'Definition', 'Colour', 'Codable', 'Codings', 'Documents'],
    ...snapshot.codes.map((c) => [
      paths.get(c.id)!,
      c.name,
      c.parentId === null ? null : paths.get(c.parentId)!,
      c.description,
      c.color,
      c.isCodable ? 'yes' : 'no',
      codings.get(c.id) ?? 0,
      documents.get(c.id)?.size ?? 0,
    ]),
  ];
}
