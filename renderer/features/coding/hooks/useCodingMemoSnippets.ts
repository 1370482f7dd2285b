import { useMemo } from 'react';
import { memoSnippet, useMemos } from '../../memos';

/**
 * The codings that have a memo (their stripe has a marker), with the start of the memo, by coding
 * id: what a stripe's tooltip shows (empty for a memo not yet written).
 */
export function useCodingMemoSnippets(): ReadonlyMap<number, string> {
  const memos = useMemos().data;
  return useMemo(() => {
    const map = new Map<number, string>();
    for (const m of memos ?? []) {
      if (m.target.type !== 'coding' || map.get(m.target.id)) continue;
      map.set(m.target.id, memoSnippet(`${m.title.trim() ? `${m.title.trim()} — ` : ''}${m.body}`, 120));
    }
    return map;
  }, [memos]);
}
