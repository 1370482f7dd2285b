import type { QueryClient } from '@tanstack/react-query';
import type { ChangedEntity, Coding } from '../../../shared/contract';
import { invalidateSoon, queryKeys } from '../../query-keys';

/** The core's order for a document's codings (`codings:listByDocument`): start, end, id. */
const before = (a: Coding, b: Coding) => a.start - b.start || a.end - b.end || a.id - b.id;

/**
 * Puts codings into a sorted list where the core would list them, so that the refetch that follows
 * finds the same list: React Query then keeps the same array and the transcript redraws nothing.
 */
export function insertSorted(list: readonly Coding[], added: readonly Coding[]): Coding[] {
  const out = list.slice();
  for (const c of added) {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(out[mid]!, c) < 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, c);
  }
  return out;
}

let pendingId = 0;
/** A stand-in coding shown until the core answers (negative ids are never the core's). */
export function pendingCoding(input: Pick<Coding, 'documentId' | 'codeId' | 'start' | 'end'>): Coding {
  pendingId -= 1;
  return { ...input, id: pendingId, coderId: 0, createdAt: new Date().toISOString() };
}

/** Optimistic edit of a document's codings (none: only stops a refetch under way); returns how to roll it back. */
export async function editCodings(client: QueryClient, documentId: number, edit?: (list: readonly Coding[]) => Coding[]) {
  const key = queryKeys.codings(documentId);
  await client.cancelQueries({ queryKey: key });
  const previous = client.getQueryData<Coding[]>(key);
  if (previous && edit) client.setQueryData<Coding[]>(key, edit(previous));
  return { previous, key };
}

/**
 * After a change the core confirmed and the cache already shows, the document's codings are not
 * fetched again at once (3,000 rows would slow the next coding): they are refetched once the user
 * pauses. A failed change refreshes everything now.
 */
export function refreshAfterCodingChange(client: QueryClient, entities: readonly ChangedEntity[], documentId: number, confirmed: boolean) {
  invalidateSoon(client, entities, confirmed ? [queryKeys.codings(documentId)] : []);
}

/** Puts the core's version of a coding (its boundaries as stored) in place of the cached one. */
export function replaceCoding(client: QueryClient, coding: Coding) {
  client.setQueryData<Coding[]>(queryKeys.codings(coding.documentId), (list) => {
    const old = list?.find((c) => c.id === coding.id);
    if (!list || (old && old.start === coding.start && old.end === coding.end && old.codeId === coding.codeId)) return list;
    return insertSorted(list.filter((c) => c.id !== coding.id), [coding]);
  });
}

/**
 * Replaces the stand-ins with the core's codings (same place, real ids) as soon as it answers.
 * A code applied over or next to a passage it already codes extends that coding (one code, one
 * passage): the answer is then a coding the list holds, with wider boundaries, and the other codings
 * of that code and coder it now covers were merged into it. Those are taken out and the extended one
 * moved; returns true when that happened (their memos moved too: the caller refreshes memos).
 */
export function confirmCodings(client: QueryClient, documentId: number, pending: readonly number[], confirmed: readonly Coding[]): boolean {
  const drop = new Set(pending);
  let merged = false;
  client.setQueryData<Coding[]>(queryKeys.codings(documentId), (list) => {
    if (!list) return list;
    const byId = new Map<number, Coding>();
    for (const c of list) byId.set(c.id, c);
    const changed = confirmed.filter((c) => {
      const old = byId.get(c.id);
      return !old || old.start !== c.start || old.end !== c.end || old.codeId !== c.codeId;
    });
    const extended = changed.filter((c) => byId.has(c.id));
    const covers = (c: Coding) => extended.some((e) => e.codeId === c.codeId && e.coderId === c.coderId && e.id !== c.id && e.start <= c.start && c.end <= e.end);
    const replaced = new Set(extended.map((c) => c.id));
    const kept = list.filter((c) => !drop.has(c.id) && !replaced.has(c.id) && !(c.id > 0 && extended.length > 0 && covers(c)));
    merged = extended.length > 0;
    return changed.length === 0 && kept.length === list.length ? list : insertSorted(kept, changed);
  });
  return merged;
}

/** Two codings with the same fields (the list's objects are flat). */
function sameFields(a: Coding, b: Coding): boolean {
  const keys = Object.keys(a) as (keyof Coding)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Structural sharing for a document's codings: a new list (a refetch, or the cache edited after a
 * change) keeps the cached object of every coding it repeats, and is the cached list itself when
 * nothing changed. Linear, and without garbage in the common case (an edit of the cache that
 * already shares the unchanged objects): React Query's generic deep comparison compares position
 * by position, so one coding inserted near the top of 3,000 made it compare every object below.
 */
export function shareCodings(previous: unknown, next: unknown): unknown {
  if (!Array.isArray(previous) || !Array.isArray(next)) return next;
  const old = previous as Coding[];
  const list = next as Coding[];
  // Objects the cache already holds, walked in step (both lists are in the same order).
  const unknown: number[] = [];
  let j = 0;
  for (let i = 0; i < list.length; i++) {
    if (old[j] === list[i]) j++;
    // One coding taken out here (a removal, an undo): step over it.
    else if (old[j + 1] === list[i]) j += 2;
    else unknown.push(i);
  }
  if (unknown.length === 0 && list.length === old.length) return old;
  if (unknown.length === 0) return list;
  // The others: a coding the cache holds under another object (a refetch) keeps the cached one.
  const find = unknown.length <= 16 ? (id: number) => old.find((c) => c.id === id) : lookup(old);
  let replaced = false;
  const out = list.slice();
  for (const i of unknown) {
    const c = list[i]!;
    const o = find(c.id);
    if (o !== undefined && sameFields(o, c)) {
      out[i] = o;
      replaced = true;
    }
  }
  if (!replaced) return list;
  return out.length === old.length && out.every((c, i) => c === old[i]) ? old : out;
}

function lookup(list: readonly Coding[]): (id: number) => Coding | undefined {
  const byId = new Map<number, Coding>();
  for (const c of list) byId.set(c.id, c);
  return (id) => byId.get(id);
}
