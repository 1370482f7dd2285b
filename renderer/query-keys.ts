/**
 * Every query key the renderer uses, and which of them a change to an entity makes stale. The core
 * announces changes with `project:changed {entities}`; mutations made here invalidate the same way.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { ChangedEntity } from '../shared/contract';
import { assertNever } from '../shared/result';

export const queryKeys = {
  project: ['project'] as const,
  recent: ['recent'] as const,
  settings: ['settings'] as const,
  history: ['history'] as const,
  integrity: ['integrity'] as const,
  documents: ['documents'] as const,
  /** A document's full text and turns (kept apart from the list: it is large and rarely changes). */
  document: (id: number) => ['document', id] as const,
  allDocuments: ['document'] as const,
  codes: ['codes'] as const,
  codings: (documentId: number) => ['codings', documentId] as const,
  allCodings: ['codings'] as const,
  retrieval: (codeId: number) => ['retrieval', codeId] as const,
  allRetrieval: ['retrieval'] as const,
};

export function keysTouchedBy(entity: ChangedEntity): QueryKey[] {
  switch (entity) {
    case 'documents':
      return [queryKeys.documents, queryKeys.allDocuments, queryKeys.allCodings, queryKeys.allRetrieval, queryKeys.codes, queryKeys.project];
    case 'codes':
      return [queryKeys.codes, queryKeys.allRetrieval, queryKeys.project];
    case 'codings':
      return [queryKeys.allCodings, queryKeys.allRetrieval, queryKeys.documents, queryKeys.codes, queryKeys.project];
    case 'history':
      return [queryKeys.history];
    case 'cases':
    case 'memos':
      return [];
    default:
      return assertNever(entity);
  }
}

/** Marks stale (and refetches when shown) everything the given entities feed; history always changes with them. */
export function invalidateEntities(client: QueryClient, entities: readonly ChangedEntity[]): Promise<void> {
  const keys = new Map<string, QueryKey>();
  for (const e of [...entities, 'history' as const]) for (const k of keysTouchedBy(e)) keys.set(JSON.stringify(k), k);
  return Promise.all([...keys.values()].map((queryKey) => client.invalidateQueries({ queryKey }))).then(() => undefined);
}

/** Everything that belongs to the open project (all but the app-level settings and recent list). */
export function invalidateProjectData(client: QueryClient): Promise<void> {
  return invalidateEntities(client, ['documents', 'codes', 'codings']);
}
