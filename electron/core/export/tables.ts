import type { AttributeType } from '../../../shared/contract';
import type { CsvValue } from '../../../shared/csv';
import { assertNever } from '../../../shared/result';
import { turnNumbersOf } from '../../../shared/turn-numbers';
import { codePaths } from '../project/describe';
import { turnIndexAt } from '../synthesis/corpus';
import type { ExportSnapshot, SnapshotTurn } from './snapshot';
import { TABLE_TEXT } from './table-text';

/**
 * A table cell with its type, so that each writer can hold it natively: XLSX writes numbers,
 * dates (`YYYY-MM-DD`), date-times (ISO, UTC) and durations as number cells with a format; CSV
 * writes them as text a spreadsheet of the locale recognises.
 */
export type TableCell = CsvValue | { kind: 'date'; iso: string } | { kind: 'datetime'; iso: string } | { kind: 'duration'; ms: number };
export type Row = TableCell[];
export type TableLanguage = keyof typeof TABLE_TEXT;

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

/** A participant's value as its attribute's type says (canonical forms: `12.5`, `2017-03-14`); text when it does not convert. */
export function typedValue(value: string | undefined, type: AttributeType): TableCell {
  if (value === undefined) return null;
  if (type === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { kind: 'date', iso: value };
  return value;
}

/** A typed cell as plain CSV text or number: dates ISO (every spreadsheet reads them), times `hh:mm:ss`. */
export function csvValue(cell: TableCell): CsvValue {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  switch (cell.kind) {
    case 'date':
      return cell.iso;
    case 'datetime': {
      const d = new Date(cell.iso);
      return Number.isNaN(d.getTime()) ? cell.iso : d.toISOString().slice(0, 19).replace('T', ' ');
    }
    case 'duration':
      return timestamp(cell.ms);
    default:
      return assertNever(cell);
  }
}

const dateTimeCell = (iso: string): TableCell => (Number.isNaN(new Date(iso).getTime()) ? iso : { kind: 'datetime', iso });

/** The memos written on each coding (title — body; several joined by a blank line), by coding id: the tables' and the report annex's memo. */
export function codingMemos(snapshot: ExportSnapshot): Map<number, string> {
  const memos = new Map<number, string[]>();
  for (const m of snapshot.memos) {
    if (m.target.type !== 'coding') continue;
    const text = [m.title.trim(), m.body.trim()].filter((s) => s !== '').join(' — ');
    if (text === '') continue;
    memos.set(m.target.id, [...(memos.get(m.target.id) ?? []), text]);
  }
  return new Map([...memos].map(([id, list]) => [id, list.join('\n\n')]));
}

/**
 * One row per coding: where it is (document, participant and their attributes, speaker, turn,
 * offsets), what it is (code path), what it says (the quote) and what the coder noted (the memo) —
 * the table researchers filter in a spreadsheet. Offsets are UTF-16 positions in the stored text.
 */
export function codingTable(snapshot: ExportSnapshot, options: { codeIds?: readonly number[] | undefined; language?: TableLanguage } = {}): Row[] {
  const text = TABLE_TEXT[options.language ?? 'fr'].coding;
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
  const memos = codingMemos(snapshot);

  const header: Row = [
    text.document,
    text.participant,
    ...snapshot.attributes.map((a) => a.name),
    text.code,
    text.quote,
    text.memo,
    text.speaker,
    text.turn,
    text.time,
    text.start,
    text.end,
    text.coder,
    text.codedAt,
  ];
  const rows: Row[] = [header];
  for (const k of snapshot.codings) {
    if (wanted && !wanted.has(k.codeId)) continue;
    const doc = documents.get(k.documentId)!;
    const at = turnAt(doc.turns, k.start);
    const caseValues = doc.caseId === null ? undefined : values.get(doc.caseId);
    const time = at?.turn.tStartMs ?? null;
    rows.push([
      doc.name,
      doc.caseId === null ? null : (cases.get(doc.caseId) ?? null),
      ...snapshot.attributes.map((a) => typedValue(caseValues?.get(a.id), a.type)),
      paths.get(k.codeId) ?? '',
      doc.text.slice(k.start, k.end),
      memos.get(k.id) ?? null,
      at?.turn.speaker ?? null,
      at?.number ?? null,
      time === null ? null : { kind: 'duration', ms: time },
      k.start,
      k.end,
      coders.get(k.coderId) ?? null,
      dateTimeCell(k.createdAt),
    ]);
  }
  return rows;
}

/** The codebook as a table: path, name, definition, colour, and how much each code is used. */
export function codebookTable(snapshot: ExportSnapshot, options: { language?: TableLanguage } = {}): Row[] {
  const words = TABLE_TEXT[options.language ?? 'fr'];
  const text = words.codebook;
  const paths = codePaths(snapshot.codes);
  const codings = new Map<number, number>();
  const documents = new Map<number, Set<number>>();
  for (const k of snapshot.codings) {
    codings.set(k.codeId, (codings.get(k.codeId) ?? 0) + 1);
    if (!documents.has(k.codeId)) documents.set(k.codeId, new Set());
    documents.get(k.codeId)!.add(k.documentId);
  }
  return [
    [text.code, text.name, text.parent, text.definition, text.colour, text.codable, text.codings, text.documents],
    ...snapshot.codes.map((c) => [
      paths.get(c.id)!,
      c.name,
      c.parentId === null ? null : paths.get(c.parentId)!,
      c.description,
      c.color,
      c.isCodable ? words.yes : words.no,
      codings.get(c.id) ?? 0,
      documents.get(c.id)?.size ?? 0,
    ]),
  ];
}
