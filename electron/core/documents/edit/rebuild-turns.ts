import type { CueTime, Turn } from '../../../../shared/contract';
import type { ParsedTurn } from '../import/types';

type Mapper = { start(p: number): number; end(p: number): number };

/**
 * The turns of an edited text: one per non-empty paragraph (ARCHITECTURE.md §2), each taking the
 * speaker of the old turn it came from. A paragraph that starts where an old turn started keeps its
 * label end and timestamps; a paragraph split off inside a turn continues its speaker without a label.
 *
 * Cue times move with the edit as codings do (each offset follows the diff) and go to the paragraph
 * they now fall in; when an edit removes a cue's words, its time goes too (a later cue starting at the
 * same place wins). A paragraph split off exactly where a cue starts takes that cue's time as its own.
 */
export function rebuildTurns(newText: string, oldTurns: readonly Turn[], map: Mapper): ParsedTurn[] {
  const mapped = oldTurns.map((t) => ({ ...t, start: map.start(t.start), labelEnd: map.end(t.labelEnd), end: map.end(t.end) }));
  const times = mappedTimes(oldTurns, map, newText);
  const turns: ParsedTurn[] = [];
  let nextTime = 0;
  let ps = 0;
  while (ps <= newText.length) {
    let pe = newText.indexOf('\n', ps);
    if (pe < 0) pe = newText.length;
    const inside: CueTime[] = [];
    while (nextTime < times.length && (times[nextTime]?.offset ?? 0) < ps) nextTime++;
    while (nextTime < times.length && (times[nextTime]?.offset ?? 0) < pe) inside.push(times[nextTime++]!);
    if (newText.slice(ps, pe).trim() !== '') {
      // The old turn this paragraph belongs to: the last one starting at or before it.
      const origin = mapped.findLast((t) => t.start <= ps) ?? mapped[0];
      const startsTurn = origin !== undefined && origin.start === ps;
      const cueAtStart = inside[0] !== undefined && inside[0].offset === ps ? inside[0].ms : null;
      turns.push({
        start: ps,
        end: pe,
        labelEnd: startsTurn ? Math.min(Math.max(origin!.labelEnd, ps), pe) : ps,
        speaker: origin?.speaker ?? null,
        tStartMs: startsTurn ? origin!.tStartMs : cueAtStart,
        tEndMs: startsTurn ? origin!.tEndMs : null,
        ...(inside.length > 0 ? { cueTimes: inside } : {}),
      });
    }
    ps = pe + 1;
  }
  return turns;
}

/**
 * Every turn's times at their new offsets, in text order; of two at one offset, the later cue's. A
 * time that lands on a line break (its words were deleted up to it) moves to the next paragraph.
 */
function mappedTimes(oldTurns: readonly Turn[], map: Mapper, newText: string): CueTime[] {
  const byOffset = new Map<number, CueTime>();
  for (const turn of oldTurns) {
    for (const time of turn.times ?? []) {
      let offset = map.start(time.offset);
      while (newText[offset] === '\n') offset++;
      byOffset.set(offset, { offset, ms: time.ms });
    }
  }
  return [...byOffset.values()].sort((a, b) => a.offset - b.offset);
}
