import { isLowerCode, isWordCode } from './fold';
import { foldKey, normalizeForMatching, type MatchText } from './normalize';

/** One form to look for (an original or a variant) and the entry it belongs to. */
export type MatchForm = { entryId: number; text: string; wholeName: boolean };
export type Match = { entryId: number; start: number; end: number };

type Pattern = {
  entryId: number;
  /** Folded, spaces collapsed. */
  folded: string;
  /** Where the first word starts in `folded` (a form may begin with `+` or `@`). */
  anchor: number;
  wholeName: boolean;
  /** Whether the form begins / ends with a word character: only then is a word boundary required. */
  wordStart: boolean;
  wordEnd: boolean;
};

/**
 * Finds many forms at once in long texts, case- and accent-insensitively, on word boundaries:
 * patterns are indexed by their first word, the text is scanned word by word, and each word's
 * candidates (longest first) are checked in place. Any run of white space in the text matches one
 * space of a form (`Martine  Lebrun`, a non-breaking space, a line break). Matches never overlap;
 * at a given word the longest form wins (`Martine Lebrun` before `Martine`).
 */
export function createMatcher(forms: readonly MatchForm[]) {
  // Indexed by first word, then by second word: thousands of emails or phone numbers share their
  // first word (`martine.…@`, `06 …`), and checking each of them at every such word would be slow.
  const byFirstWord = new Map<string, { single: Pattern[]; bySecond: Map<string, Pattern[]> }>();
  for (const form of forms) {
    const folded = foldKey(form.text);
    if (folded === '') continue;
    let anchor = 0;
    while (anchor < folded.length && !isWordCode(folded.charCodeAt(anchor))) anchor++;
    if (anchor === folded.length) continue; // punctuation only: nothing to anchor on
    let endOfWord = anchor;
    while (endOfWord < folded.length && isWordCode(folded.charCodeAt(endOfWord))) endOfWord++;
    const first = folded.slice(anchor, endOfWord);
    let secondStart = endOfWord;
    while (secondStart < folded.length && !isWordCode(folded.charCodeAt(secondStart))) secondStart++;
    let secondEnd = secondStart;
    while (secondEnd < folded.length && isWordCode(folded.charCodeAt(secondEnd))) secondEnd++;
    const second = folded.slice(secondStart, secondEnd);
    const pattern: Pattern = {
      entryId: form.entryId,
      folded,
      anchor,
      wholeName: form.wholeName,
      wordStart: anchor === 0,
      wordEnd: isWordCode(folded.charCodeAt(folded.length - 1)),
    };
    let entry = byFirstWord.get(first);
    if (!entry) byFirstWord.set(first, (entry = { single: [], bySecond: new Map() }));
    if (second === '') entry.single.push(pattern);
    else {
      const list = entry.bySecond.get(second);
      if (list) list.push(pattern);
      else entry.bySecond.set(second, [pattern]);
    }
  }
  const longestFirst = (a: Pattern, b: Pattern) => b.folded.length - a.folded.length;
  for (const entry of byFirstWord.values()) {
    entry.single.sort(longestFirst);
    for (const list of entry.bySecond.values()) list.sort(longestFirst);
  }

  /** The end of `p` matched at word start `ws` in `folded`, or -1. */
  const matchAt = (p: Pattern, original: string, folded: string, ws: number): number => {
    const start = ws - p.anchor;
    if (start < 0) return -1;
    for (let k = 0; k < p.anchor; k++) if (folded.charCodeAt(start + k) !== p.folded.charCodeAt(k)) return -1;
    if (!p.wordStart && start > 0 && isWordCode(folded.charCodeAt(start - 1)) && isWordCode(p.folded.charCodeAt(0))) return -1;
    let i = p.anchor;
    let j = ws;
    const n = folded.length;
    while (i < p.folded.length) {
      const pc = p.folded.charCodeAt(i);
      if (pc === 0x20) {
        if (j >= n || folded.charCodeAt(j) !== 0x20) return -1;
        while (j < n && folded.charCodeAt(j) === 0x20) j++;
        i++;
        continue;
      }
      if (j >= n || folded.charCodeAt(j) !== pc) return -1;
      i++;
      j++;
    }
    if (p.wordEnd && j < n && isWordCode(folded.charCodeAt(j))) return -1;
    // As a name: not where written in lower case (digits and caseless scripts always match).
    if (p.wholeName && isLowerCode(original.charCodeAt(ws))) return -1;
    return j;
  };

  return {
    isEmpty: byFirstWord.size === 0,
    /**
     * Every match in `text`, in order, as offsets into the original text. The text is normalized
     * first (normalize.ts: compatibility forms, invisible characters, handles); a caller that
     * already normalized it passes its {@link MatchText}.
     */
    find(input: string | MatchText): Match[] {
      const matches: Match[] = [];
      if (byFirstWord.size === 0) return matches;
      const prepared = typeof input === 'string' ? normalizeForMatching(input) : input;
      const { text, folded } = prepared;
      const n = folded.length;
      let i = 0;
      let after = 0; // no match may start before the end of the previous one
      while (i < n) {
        if (!isWordCode(folded.charCodeAt(i))) {
          i++;
          continue;
        }
        let e = i + 1;
        while (e < n && isWordCode(folded.charCodeAt(e))) e++;
        const entry = byFirstWord.get(folded.slice(i, e));
        let matchedEnd = -1;
        if (entry) {
          // Patterns of two words or more (all longer than the one-word ones) are tried first.
          let candidates = entry.single;
          if (entry.bySecond.size > 0) {
            let s2 = e;
            while (s2 < n && !isWordCode(folded.charCodeAt(s2))) s2++;
            let e2 = s2;
            while (e2 < n && isWordCode(folded.charCodeAt(e2))) e2++;
            const longer = s2 < n ? entry.bySecond.get(folded.slice(s2, e2)) : undefined;
            if (longer) candidates = longer.concat(entry.single);
          }
          for (const p of candidates) {
            if (i - p.anchor < after) continue;
            const end = matchAt(p, text, folded, i);
            if (end !== -1) {
              matches.push({ entryId: p.entryId, start: prepared.startOf(i - p.anchor), end: prepared.endOf(end) });
              matchedEnd = end;
              break;
            }
          }
        }
        if (matchedEnd !== -1) {
          after = matchedEnd;
          i = matchedEnd;
        } else i = e;
      }
      return matches;
    },
  };
}

export type Matcher = ReturnType<typeof createMatcher>;
