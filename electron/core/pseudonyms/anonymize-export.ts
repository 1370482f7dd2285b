import type { Database } from 'better-sqlite3';
import type { ExportFormat } from '../../../shared/contract';
import type { ExportSnapshot } from '../export/snapshot';
import { entryMatcher } from './entry-matcher';
import { findLeaksInBytes, type Leak } from './find-leaks';
import { createPseudonymRepo } from './pseudonym-repo';
import { replaceText } from './replace-text';

export type { Leak } from './find-leaks';

/**
 * Replaces every enabled pseudonym in everything the snapshot shows: document texts (with turn and
 * coding offsets moved to match), document names and sources, speaker labels, participants' names
 * and descriptions, identifying attribute values, code names and definitions, memos, findings,
 * the report's title, subtitle and author, coders and the project's name. The project itself is
 * never touched: only this in-memory copy.
 *
 * Values of identifying attributes that no entry covers are replaced too, numbered per attribute
 * (`[Ville 2]`): an identifying value never leaves the project as written.
 */
export function anonymizeSnapshot(db: Database, snapshot: ExportSnapshot): ExportSnapshot {
  const entries = createPseudonymRepo(db)
    .list()
    .filter((e) => e.enabled);
  const replacement = new Map(entries.map((e) => [e.id, e.replacement]));
  const matcher = entryMatcher(entries, { enabledOnly: true });
  const replaceOf = (id: number) => replacement.get(id)!;
  const anon = (s: string) => replaceText(s, matcher, replaceOf).text;

  const codingMaps = new Map<number, ReturnType<typeof replaceText>['map']>();
  const documents = snapshot.documents.map((d) => {
    const r = replaceText(d.text, matcher, replaceOf);
    codingMaps.set(d.id, r.map);
    return {
      ...d,
      name: anon(d.name),
      text: r.text,
      importedFrom: d.importedFrom === null ? null : anon(d.importedFrom),
      turns: d.turns.map((t) => ({
        ...t,
        start: r.map(t.start, 'start'),
        end: r.map(t.end, 'end'),
        labelEnd: r.map(t.labelEnd, 'end'),
        speaker: t.speaker === null ? null : anon(t.speaker),
      })),
    };
  });

  const identifying = new Map(snapshot.attributes.filter((a) => a.isIdentifying).map((a) => [a.id, a]));
  const uncovered = new Map<string, string>();
  const counters = new Map<number, number>();
  const values = snapshot.values.map((v) => {
    // Every value goes through the table; an identifying one is hidden even when no entry covers it.
    const r = replaceText(v.value, matcher, replaceOf);
    const attribute = identifying.get(v.attributeId);
    if (r.changed || !attribute) return r.changed ? { ...v, value: r.text } : v;
    const key = `${v.attributeId}\u0000${v.value}`;
    let label = uncovered.get(key);
    if (label === undefined) {
      const n = (counters.get(v.attributeId) ?? 0) + 1;
      counters.set(v.attributeId, n);
      label = `[${attribute.name} ${n}]`;
      uncovered.set(key, label);
    }
    return { ...v, value: label };
  });

  return {
    ...snapshot,
    projectName: anon(snapshot.projectName),
    coders: snapshot.coders.map((c) => ({ ...c, name: anon(c.name) })),
    documents,
    codes: snapshot.codes.map((c) => ({ ...c, name: anon(c.name), description: anon(c.description) })),
    codings: snapshot.codings.map((c) => {
      const map = codingMaps.get(c.documentId);
      return map ? { ...c, start: map(c.start, 'start'), end: map(c.end, 'end') } : c;
    }),
    cases: snapshot.cases.map((c) => ({ ...c, name: anon(c.name), description: anon(c.description) })),
    attributes: snapshot.attributes.map((a) => ({ ...a, name: anon(a.name) })),
    values,
    speakerCases: snapshot.speakerCases.map((s) => ({ ...s, speaker: anon(s.speaker) })),
    memos: snapshot.memos.map((m) => ({ ...m, title: anon(m.title), body: anon(m.body) })),
    findings: snapshot.findings.map((f) => ({ ...f, title: anon(f.title), body: anon(f.body) })),
    ...(snapshot.report ? { report: { ...snapshot.report, title: anon(snapshot.report.title), subtitle: anon(snapshot.report.subtitle), author: anon(snapshot.report.author) } } : {}),
  };
}

/**
 * Every enabled original (or variant) still present as a whole word in the rendered file, case-
 * and accent-insensitively (`whole-name` entries where written with a capital), with where it is.
 * Zip formats (docx, xlsx, qdpx, transcript archives) are opened and each part read: XML without
 * its tags, attribute values included, and file names too.
 */
export function findLeaks(db: Database, format: ExportFormat, bytes: Uint8Array): Leak[] {
  const entries = createPseudonymRepo(db)
    .list()
    .filter((e) => e.enabled);
  if (entries.length === 0) return [];
  const identifying = db.prepare<[], { name: string }>(`SELECT name FROM attributes WHERE is_identifying = 1`).all().map((a) => a.name);
  return findLeaksInBytes(entries, format, bytes, identifying);
}
