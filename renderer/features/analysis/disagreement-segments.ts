type Range = { start: number; end: number };
export type SegmentKind = 'context' | 'agreed' | 'disputed' | 'absent';
export type Segment = { kind: SegmentKind; text: string };

/**
 * One coder's side of a disputed passage: the window `before + text + after` cut where that coder's
 * coding or the disputed run begins or ends. `agreed`: coded by this coder outside the dispute;
 * `disputed`: the run this coder coded and the other did not; `absent`: the run this coder did not code.
 */
export function segmentsOf(passage: { start: number; end: number; before: string; text: string; after: string }, covered: readonly Range[]): Segment[] {
  const from = passage.start - passage.before.length;
  const full = passage.before + passage.text + passage.after;
  const to = from + full.length;
  const inside = (at: number) => covered.some((r) => r.start <= at && at < r.end);
  const cuts = [...new Set([from, to, passage.start, passage.end, ...covered.flatMap((r) => [r.start, r.end])])]
    .filter((x) => x >= from && x <= to)
    .sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const s = cuts[i]!;
    const e = cuts[i + 1]!;
    const disputed = s >= passage.start && e <= passage.end;
    const kind: SegmentKind = disputed ? (inside(s) ? 'disputed' : 'absent') : inside(s) ? 'agreed' : 'context';
    const text = full.slice(s - from, e - from);
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  }
  return out;
}
