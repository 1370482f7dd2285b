import type { Turn } from '../../../../shared/contract';
import type { ParsedTurn } from '../import/types';

type Mapper = { start(p: number): number; end(p: number): number };

/**
 * The turns of an edited text: one per non-empty paragraph (ARCHITECTURE.md §2), each taking the
 * speaker of the old turn it came from. A paragraph that starts where an old turn started keeps its
 * label end and timestamps; a paragraph split off inside a turn continues its speaker without a label.
 */
export function rebuildTurns(newText: string, oldTurns: readonly Turn[], map: Mapper): ParsedTurn[] {
  const mapped = oldTurns.map((t) => ({ ...t, start: map.start(t.start), labelEnd: map.end(t.labelEnd), end: map.end(t.end) }));
  const turns: ParsedTurn[] = [];
  let ps = 0;
  while (ps <= newText.length) {
    let pe = newText.indexOf('\n', ps);
    if (pe < 0) pe = newText.length;
    if (newText.slice(ps, pe).trim() !== '') {
      // The old turn this paragraph belongs to: the last one starting at or before it.
      const origin = mapped.findLast((t) => t.start <= ps) ?? mapped[0];
      const startsTurn = origin !== undefined && origin.start === ps;
      turns.push({
        start: ps,
        end: pe,
        labelEnd: startsTurn ? Math.min(Math.max(origin!.labelEnd, ps), pe) : ps,
        speaker: origin?.speaker ?? null,
        tStartMs: startsTurn ? origin!.tStartMs : null,
        tEndMs: startsTurn ? origin!.tEndMs : null,
      });
    }
    ps = pe + 1;
  }
  return turns;
}
