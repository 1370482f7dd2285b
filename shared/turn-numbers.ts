/**
 * Turn numbers as a researcher cites them ("E03, turn 12"): the speaker turns of a document counted
 * in order, from 1. Lines that belong to no speaker — the header above the interview (title, date,
 * place), tables, notes — have no number and do not shift the others. A paragraph that continues the
 * same speaker's speech without a label of its own is part of that speaker's turn and shares its
 * number. A document without any speaker (paragraphs only) numbers its paragraphs.
 *
 * Every place that shows or exports a turn number (the transcript, search, retrieval, the report,
 * the coded-segments tables) uses this one function, so that they always agree.
 */
export type NumberedTurn = { start: number; labelEnd: number; speaker: string | null };

/** The number of each turn (turns sorted by start), or null for a turn of no speaker. */
export function speakerTurnNumbers(turns: readonly NumberedTurn[]): (number | null)[] {
  if (!turns.some((t) => t.speaker !== null)) return turns.map((_, i) => i + 1);
  const numbers: (number | null)[] = [];
  let number = 0;
  let previousSpeaker: string | null = null;
  for (const turn of turns) {
    if (turn.speaker === null) {
      numbers.push(null);
      previousSpeaker = null;
      continue;
    }
    const continues = turn.labelEnd === turn.start && turn.speaker === previousSpeaker;
    if (!continues) number++;
    numbers.push(number);
    previousSpeaker = turn.speaker;
  }
  return numbers;
}

/** How many speaker turns a document has (its paragraphs when it has no speaker). */
export function countSpeakerTurns(turns: readonly NumberedTurn[]): number {
  return speakerTurnNumbers(turns).reduce<number>((max, n) => (n !== null && n > max ? n : max), 0);
}

const cache = new WeakMap<readonly NumberedTurn[], (number | null)[]>();

/** `speakerTurnNumbers`, computed once per turns array (callers number many passages of one document). */
export function turnNumbersOf(turns: readonly NumberedTurn[]): (number | null)[] {
  let numbers = cache.get(turns);
  if (numbers === undefined) {
    numbers = speakerTurnNumbers(turns);
    cache.set(turns, numbers);
  }
  return numbers;
}
