import type { Memo, MemoTarget } from '../../../shared/contract';

export type MemoTargetType = MemoTarget['type'];

/** The order of groups in the memo list: the journal first, then from the largest to the finest target. */
export const MEMO_TARGET_TYPES: readonly MemoTargetType[] = ['project', 'document', 'case', 'code', 'coding'];

/** A stable key for a target (`coding:12`, `project`). */
export const targetKey = (t: MemoTarget): string => (t.type === 'project' ? 'project' : `${t.type}:${t.id}`);

export const sameTarget = (a: MemoTarget, b: MemoTarget): boolean => targetKey(a) === targetKey(b);

/** The memos about one target, oldest first (the first one is the one the inspector edits). */
export const memosOf = (memos: readonly Memo[], target: MemoTarget): Memo[] =>
  memos.filter((m) => sameTarget(m.target, target)).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);

/** The memo's heading: its title, else the first line of its text. */
export function memoHeading(memo: Pick<Memo, 'title' | 'body'>): string {
  const title = memo.title.trim();
  if (title) return title;
  const line = memo.body.trim().split('\n', 1)[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79).trimEnd()}…` : line;
}

/** A short extract of the memo's text for lists and tooltips. */
export function memoSnippet(body: string, max = 140): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
