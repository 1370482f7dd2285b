import type { Database } from 'better-sqlite3';
import type { SnapshotFinding } from '../export/snapshot';
import { createFindingsRepo } from './findings-repo';

/**
 * The findings as exports see them: theme sheets, recommendations (in their order) and framework
 * cells, each with the codes it cites and the codings it rests on, in order. Plain data: the
 * anonymization layer rewrites titles and bodies like any other text.
 */
export function loadFindings(db: Database): SnapshotFinding[] {
  const repo = createFindingsRepo(db);
  const codeIds = new Map<number, number[]>();
  const codingIds = new Map<number, number[]>();
  for (const e of repo.allEvidence()) {
    if (e.codeId !== null) codeIds.set(e.findingId, [...(codeIds.get(e.findingId) ?? []), e.codeId]);
    if (e.codingId !== null) codingIds.set(e.findingId, [...(codingIds.get(e.findingId) ?? []), e.codingId]);
  }
  return repo.all().map((f) => ({
    id: f.id,
    guid: f.guid,
    kind: f.kind,
    title: f.title,
    body: f.body,
    codeId: f.codeId,
    caseId: f.caseId,
    position: f.position,
    codeIds: codeIds.get(f.id) ?? [],
    codingIds: codingIds.get(f.id) ?? [],
  }));
}
