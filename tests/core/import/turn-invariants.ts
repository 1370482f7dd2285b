import { expect } from 'vitest';
import type { ParsedDocument } from '../../../electron/core/documents/import/types';

/**
 * The offset contract every importer keeps (ARCHITECTURE.md §2): each turn's slice is its
 * paragraph, turns follow each other in order separated by exactly one `\n`, cover the whole text,
 * and never include a `\n`.
 */
export function expectTurnsCoverText(document: ParsedDocument, paragraphs?: readonly string[]): void {
  const slices = document.turns.map((turn) => document.text.slice(turn.start, turn.end));
  if (paragraphs !== undefined) expect(slices).toEqual(paragraphs);
  expect(slices.join('\n')).toBe(document.text);
  document.turns.forEach((turn, i) => {
    expect(turn.start).toBe(i === 0 ? 0 : (document.turns[i - 1]?.end ?? Number.NaN) + 1);
    expect(turn.end).toBeGreaterThan(turn.start);
    expect(turn.labelEnd).toBeGreaterThanOrEqual(turn.start);
    expect(turn.labelEnd).toBeLessThanOrEqual(turn.end);
    expect(document.text.slice(turn.start, turn.end)).not.toContain('\n');
  });
  expect(document.turns.at(-1)?.end ?? 0).toBe(document.text.length);
}
