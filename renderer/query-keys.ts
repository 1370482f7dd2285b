/**
 * Every query key the renderer uses, and which of them a change to an entity makes stale. The core
 * announces changes with `project:changed {entities}`; mutations made here invalidate the same way.
 */
import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { ChangedEntity } from '../shared/contract';
import { assertNever } from '../shared/result';
import { afterPaint } from './after-paint';

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
  /** Participants with their values, linked documents and speakers. */
  cases: ['cases'] as const,
  attributes: ['attributes'] as const,
  /** A document's speakers (names are per document). */
  speakers: (documentId: number) => ['speakers', documentId] as const,
  allSpeakers: ['speakers'] as const,
  /**
   * Synthesis: matrices, queries, theme sheets, recommendations, framework cells (prefix of all their
   * keys); they rest on documents, codes, codings and participants, so changes to those refresh them.
   */
  findings: ['findings'] as const,
  /** The pseudonym table and its suggestions (prefix of all their keys). */
  pseudonyms: ['pseudonyms'] as const,
  /** Every memo (a small list: it feeds the memo tab, the inspector and the margin's tooltips). */
  memos: ['memos'] as const,
};

export function keysTouchedBy(entity: ChangedEntity): QueryKey[] {
  switch (entity) {
    case 'documents':
      return [
        queryKeys.documents,
        queryKeys.allDocuments,
        queryKeys.allCodings,
        queryKeys.allRetrieval,
        queryKeys.codes,
        queryKeys.project,
        queryKeys.allSpeakers,
        queryKeys.cases,
        queryKeys.findings,
      ];
    case 'codes':
      // A memo's target label is its code's name.
      return [queryKeys.codes, queryKeys.allRetrieval, queryKeys.project, queryKeys.memos, queryKeys.findings];
    case 'codings':
      return [queryKeys.allCodings, queryKeys.allRetrieval, queryKeys.documents, queryKeys.codes, queryKeys.project, queryKeys.findings];
    case 'history':
      return [queryKeys.history];
    case 'cases':
      return [queryKeys.cases, queryKeys.attributes, queryKeys.allSpeakers, queryKeys.documents, queryKeys.findings];
    case 'memos':
      return [queryKeys.memos];
    case 'findings':
      return [queryKeys.findings];
    case 'pseudonyms':
      return [queryKeys.pseudonyms];
    default:
      return assertNever(entity);
  }
}

/**
 * Marks stale (and refetches when shown) everything the given entities feed; history always changes
 * with them. `settled` keys already hold the core's answer (a mutation wrote it into the cache): they
 * are only marked stale now, and refetched once the user pauses (see `reconcileLater`).
 */
export function invalidateEntities(client: QueryClient, entities: readonly ChangedEntity[], settled: readonly QueryKey[] = []): Promise<void> {
  const keys = new Map<string, QueryKey>();
  for (const e of [...entities, 'history' as const]) for (const k of keysTouchedBy(e)) keys.set(JSON.stringify(k), k);
  const skip = new Set(settled.map((k) => hashKey(k)));
  for (const k of settled) reconcileLater(client, k);
  const predicate = skip.size > 0 ? { predicate: (q: { queryHash: string }) => !skip.has(q.queryHash) } : {};
  return Promise.all([...keys.values()].map((queryKey) => client.invalidateQueries({ queryKey, ...predicate }))).then(() => undefined);
}

/** How long after the last change to a settled key its background refetch waits. */
export const RECONCILE_AFTER_MS = 1500;
const reconciling = new WeakMap<QueryClient, Map<string, ReturnType<typeof setTimeout>>>();
const reconcilingKeys = new WeakMap<QueryClient, Map<string, QueryKey>>();

/**
 * Marks a key stale at once (a new view of it fetches it) and refetches it after a pause in the
 * changes: a coder coding quickly does not wait for lists the cache already holds, and whatever the
 * core answers then (another window's change, say) replaces the cache.
 */
export function reconcileLater(client: QueryClient, queryKey: QueryKey): void {
  void client.invalidateQueries({ queryKey, exact: true, refetchType: 'none' });
  let timers = reconciling.get(client);
  if (!timers) reconciling.set(client, (timers = new Map()));
  let keys = reconcilingKeys.get(client);
  if (!keys) reconcilingKeys.set(client, (keys = new Map()));
  const hash = hashKey(queryKey);
  clearTimeout(timers.get(hash));
  keys.set(hash, queryKey);
  timers.set(
    hash,
    setTimeout(() => {
      timers.delete(hash);
      keys.delete(hash);
      void client.invalidateQueries({ queryKey, exact: true });
    }, RECONCILE_AFTER_MS),
  );
}

/** Entities waiting for the next paint to be invalidated (and keys settled meanwhile), per cache. */
const waiting = new WeakMap<QueryClient, { entities: Set<ChangedEntity>; settled: Map<string, QueryKey> }>();

/**
 * `invalidateEntities` after the next paint; returns nothing, so that a mutation settles at once.
 * Calls until then join one invalidation: a mutation's own refresh and the core's `project:changed`
 * for the same change would otherwise each refetch the lists (the second cancelling the first in the
 * page, but not the work already asked of the core).
 */
export function invalidateSoon(client: QueryClient, entities: readonly ChangedEntity[], settled: readonly QueryKey[] = []): void {
  const pending = waiting.get(client);
  if (pending) {
    for (const e of entities) pending.entities.add(e);
    for (const k of settled) pending.settled.set(hashKey(k), k);
    return;
  }
  const batch = { entities: new Set(entities), settled: new Map(settled.map((k) => [hashKey(k), k] as const)) };
  waiting.set(client, batch);
  whenChangesSettle(client, () => flush(client, batch));
}

/**
 * Runs `fn` after the next paint and once the page's mutations have settled: what a change makes
 * stale is refetched after the change itself is drawn.
 */
export function whenChangesSettle(client: QueryClient, fn: () => void): void {
  // Mutations are looked at now: the core's `project:changed` arrives while the call that made the
  // change is still waiting for its answer, and the answer must be drawn before lists refetch.
  afterMutations(client, () => afterPaint(fn));
}

/** How long a refresh waits at most for the page's mutations to settle. */
const MUTATION_WAIT_MS = 2000;

/** Runs `fn` now when no mutation is under way, else once they have all settled (or after `MUTATION_WAIT_MS`). */
function afterMutations(client: QueryClient, fn: () => void): void {
  if (client.isMutating() === 0) return fn();
  let done = false;
  // Only ever called later (a mutation event, the timer): both consts exist by then.
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    unsubscribe();
    fn();
  };
  const unsubscribe = client.getMutationCache().subscribe(() => {
    if (client.isMutating() === 0) run();
  });
  const timer = setTimeout(run, MUTATION_WAIT_MS);
}

function flush(client: QueryClient, batch: { entities: Set<ChangedEntity>; settled: Map<string, QueryKey> }): void {
  waiting.delete(client);
  // A key waiting for its background refetch is not fetched now either: the core's own
  // `project:changed` for a change already in the cache often comes just after the mutation's.
  for (const [hash, key] of reconcilingKeys.get(client) ?? []) if (!batch.settled.has(hash)) batch.settled.set(hash, key);
  void invalidateEntities(client, [...batch.entities], [...batch.settled.values()]);
}

/** Everything that belongs to the open project (all but the app-level settings and recent list). */
export function invalidateProjectData(client: QueryClient): Promise<void> {
  return invalidateEntities(client, ['documents', 'codes', 'codings', 'cases', 'memos']);
}
