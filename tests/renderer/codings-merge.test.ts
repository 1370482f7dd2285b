/**
 * One code, one passage: the core may answer an apply with a coding the cache already holds,
 * extended, having merged other codings of that code and coder into it. The cache follows.
 */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Coding } from '../../shared/contract';
import { confirmCodings } from '../../renderer/features/coding/codings-cache';
import { queryKeys } from '../../renderer/query-keys';
import { codingFixture } from './code-fixture';

const coding = codingFixture;

describe('confirming an apply', () => {
  it('adds a new coding in its sorted place and keeps the list otherwise', () => {
    const client = new QueryClient();
    const list = [coding(1, 7, 0, 10), coding(2, 8, 20, 30)];
    client.setQueryData(queryKeys.codings(1), list);
    expect(confirmCodings(client, 1, [], [coding(3, 9, 12, 15)])).toBe(false);
    expect(client.getQueryData<Coding[]>(queryKeys.codings(1))!.map((c) => c.id)).toEqual([1, 3, 2]);
    // The same coding again (a passage the code already covers exactly): nothing changes.
    const before = client.getQueryData(queryKeys.codings(1));
    expect(confirmCodings(client, 1, [], [coding(3, 9, 12, 15)])).toBe(false);
    expect(client.getQueryData(queryKeys.codings(1))).toBe(before);
  });

  it('moves an extended coding and drops the codings of that code and coder merged into it', () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.codings(1), [
      coding(1, 7, 0, 10),
      coding(2, 8, 5, 12),
      coding(3, 7, 14, 20),
      // Another coder's coding of the same code stays.
      coding(4, 7, 15, 18, 2),
      coding(5, 7, 40, 50),
      coding(-1, 7, 8, 16),
    ]);
    // Applying code 7 to 8–16 joins codings 1 and 3 into coding 1, now 0–20.
    expect(confirmCodings(client, 1, [-1], [coding(1, 7, 0, 20)])).toBe(true);
    const after = client.getQueryData<Coding[]>(queryKeys.codings(1))!;
    expect(after.map((c) => [c.id, c.start, c.end])).toEqual([
      [1, 0, 20],
      [2, 5, 12],
      [4, 15, 18],
      [5, 40, 50],
    ]);
  });
});

describe('codings at a selection', () => {
  it('lists one passage once, the core’s coding rather than its stand-in', async () => {
    const { codingsAt } = await import('../../renderer/features/coding/codings-at');
    const list = [coding(-3, 7, 0, 10), coding(1, 7, 0, 10), coding(2, 8, 0, 10), coding(3, 7, 0, 10, 2), coding(1, 7, 0, 10)];
    expect(codingsAt(list, { from: 2, to: 5 }).map((c) => c.id)).toEqual([1, 2, 3]);
  });
});
