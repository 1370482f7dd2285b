import { useMemo } from 'react';
import { memoSnippet, useMemos } from '../../memos';

/** The start of each coding's memo, by coding id: what a stripe's tooltip shows. */
export function useCodingMemoSnippets(): ReadonlyMap<number, string> {
  const memos = useMemos().data;
  return useMemo(() => {
    const map = new Map<number, string>();
    for (const m of memos ?? []) {
      if (m.target.type !== 'coding' || map.has(m.target.id)) continue;
      const text = memoSnippet(`${m.title.trim() ? `${m.title.trim()} — ` : ''}${m.body}`, 120);
      if (text) map.set(m.target.id, text);
    }
    return map;
  }, [memos]);
}
