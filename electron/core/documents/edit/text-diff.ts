/**
 * A change between two texts: `old[oldStart, oldEnd)` became `new[newStart, newEnd)` (UTF-16
 * offsets). Hunks are ordered and do not overlap; everything between them is unchanged.
 */
export type Hunk = { oldStart: number; oldEnd: number; newStart: number; newEnd: number };

/** Words, runs of white space, and single other characters: edits are followed word by word. */
const TOKEN = /[\p{L}\p{N}\p{M}]+|\s+|[^]/gu;

const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

/**
 * Myers' O(ND) diff over two token arrays; returns the edit script as ranges of token indices, or
 * null when more than `maxEdits` edits would be needed (a rewrite, not an edit).
 */
function myers(a: readonly string[], b: readonly string[], maxEdits: number): { aStart: number; aEnd: number; bStart: number; bEnd: number }[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
  }
  if (found < 0) return null;

  // Walk back through the trace, collecting edits, then merge adjacent ones into ranges.
  const edits: { aStart: number; aEnd: number; bStart: number; bEnd: number }[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && prev[offset + k - 1]! < prev[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = prev[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (x === prevX) edits.push({ aStart: x, aEnd: x, bStart: prevY, bEnd: y }); // insertion of b[prevY]
    else edits.push({ aStart: prevX, aEnd: x, bStart: y, bEnd: y }); // deletion of a[prevX]
    x = prevX;
    y = prevY;
  }
  edits.reverse();
  const merged: typeof edits = [];
  for (const e of edits) {
    const last = merged.at(-1);
    if (last && last.aEnd === e.aStart && last.bEnd === e.bStart) {
      last.aEnd = e.aEnd;
      last.bEnd = e.bEnd;
    } else merged.push({ ...e });
  }
  return merged;
}

/**
 * The hunks that turn `before` into `after`. The common prefix and suffix are cut first (a typical
 * correction touches a few words of a long transcript); the middle is diffed word by word. When it
 * differs too much to follow, it is one hunk, and callers fall back on fingerprints.
 */
export function diffTexts(before: string, after: string, maxEdits = 4000): { hunks: Hunk[]; followed: boolean } {
  if (before === after) return { hunks: [], followed: true };
  let prefix = 0;
  const minLength = Math.min(before.length, after.length);
  while (prefix < minLength && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < minLength - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Cut at word boundaries: a changed word is one hunk ("cat" → "cats"), so that a coding
  // ending on it follows the whole new word.
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);
  while (prefix > 0 && isWord(before[prefix - 1]) && (isWord(before[prefix]) || isWord(after[prefix]))) prefix--;
  while (
    suffix > 0 &&
    isWord(before[before.length - suffix]) &&
    (isWord(before[before.length - suffix - 1]) || isWord(after[after.length - suffix - 1]))
  ) {
    suffix--;
  }

  const oldMiddle = before.slice(prefix, before.length - suffix);
  const newMiddle = after.slice(prefix, after.length - suffix);
  const whole: Hunk = { oldStart: prefix, oldEnd: before.length - suffix, newStart: prefix, newEnd: after.length - suffix };
  const a = tokenize(oldMiddle);
  const b = tokenize(newMiddle);
  const script = myers(a, b, maxEdits);
  if (!script) return { hunks: [whole], followed: false };

  const aOffsets = [0];
  for (const t of a) aOffsets.push(aOffsets.at(-1)! + t.length);
  const bOffsets = [0];
  for (const t of b) bOffsets.push(bOffsets.at(-1)! + t.length);
  const hunks = script.map((e) => ({
    oldStart: prefix + aOffsets[e.aStart]!,
    oldEnd: prefix + aOffsets[e.aEnd]!,
    newStart: prefix + bOffsets[e.bStart]!,
    newEnd: prefix + bOffsets[e.bEnd]!,
  }));
  return { hunks: mergeSmallEqualities(hunks), followed: true };
}

/**
 * A word-level diff of moved or rewritten text matches stray spaces and short words ("la", "de")
 * between real changes. Like diff-match-patch's semantic cleanup, an unchanged stretch no longer
 * than the changes on both sides of it is folded into one change, so that rewritten passages read
 * as rewritten and coded passages in them are found again by their fingerprint.
 */
function mergeSmallEqualities(hunks: Hunk[]): Hunk[] {
  const size = (h: Hunk) => Math.max(h.oldEnd - h.oldStart, h.newEnd - h.newStart);
  let merged = hunks;
  let changed = true;
  while (changed && merged.length > 1) {
    changed = false;
    const next: Hunk[] = [merged[0]!];
    for (let i = 1; i < merged.length; i++) {
      const last = next.at(-1)!;
      const h = merged[i]!;
      const gap = h.oldStart - last.oldEnd;
      if (gap <= size(last) && gap <= size(h)) {
        next[next.length - 1] = { oldStart: last.oldStart, oldEnd: h.oldEnd, newStart: last.newStart, newEnd: h.newEnd };
        changed = true;
      } else next.push(h);
    }
    merged = next;
  }
  return merged;
}
