import { addCounts, countDocument, measuresOf, NO_COUNTS, type AgreementMeasures } from '../synthesis/agreement-measures';
import type { ExportSnapshot } from './snapshot';

/** Inter-coder agreement as the report's method states it: two coders, the documents both coded. */
export type ReportAgreement = AgreementMeasures & { coderIds: [number, number]; documents: number };

/**
 * The agreement of the project's two most active coders over every document both coded and every
 * code either applied there (characters as units, the measures of synthesis:agreement). Computed on
 * the snapshot before anonymization: replacing names changes the texts' lengths and offsets.
 * Null when fewer than two coders share a document.
 */
export function reportAgreement(snapshot: ExportSnapshot): ReportAgreement | null {
  const perCoder = new Map<number, number>();
  for (const k of snapshot.codings) perCoder.set(k.coderId, (perCoder.get(k.coderId) ?? 0) + 1);
  const [a, b] = [...perCoder.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([id]) => id);
  if (a === undefined || b === undefined) return null;
  const ranges = new Map<string, { start: number; end: number }[]>();
  const docsOf = new Map<number, Set<number>>([
    [a, new Set()],
    [b, new Set()],
  ]);
  const codesOf = new Map<number, Set<number>>();
  for (const k of snapshot.codings) {
    if (k.coderId !== a && k.coderId !== b) continue;
    docsOf.get(k.coderId)!.add(k.documentId);
    const key = `${k.documentId}:${k.codeId}:${k.coderId}`;
    const list = ranges.get(key) ?? [];
    list.push({ start: k.start, end: k.end });
    ranges.set(key, list);
    const codes = codesOf.get(k.documentId) ?? new Set<number>();
    codes.add(k.codeId);
    codesOf.set(k.documentId, codes);
  }
  const shared = snapshot.documents.filter((d) => docsOf.get(a)!.has(d.id) && docsOf.get(b)!.has(d.id));
  if (shared.length === 0) return null;
  const allCodes = new Set(shared.flatMap((d) => [...(codesOf.get(d.id) ?? [])]));
  let counts = NO_COUNTS;
  for (const d of shared) {
    for (const codeId of allCodes) {
      counts = addCounts(counts, countDocument(d.text.length, ranges.get(`${d.id}:${codeId}:${a}`) ?? [], ranges.get(`${d.id}:${codeId}:${b}`) ?? []));
    }
  }
  return { coderIds: [a, b], documents: shared.length, ...measuresOf(counts) };
}
