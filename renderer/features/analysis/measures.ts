import type { MatrixCell } from '../../../shared/contract';

/** What a matrix cell shows: passages, distinct participants, or the share of the column's words. */
export type Measure = 'codings' | 'cases' | 'share';
export const measures: readonly Measure[] = ['codings', 'cases', 'share'];

export const valueOf = (cell: MatrixCell, measure: Measure): number => (measure === 'share' ? cell.share : cell[measure]);

/** A measure as people read it: counts as integers, shares as percentages with one decimal. */
export function formatMeasure(value: number, measure: Measure, locale: string): string {
  if (measure === 'share') {
    return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  }
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * A cell's heat, 0–1, relative to the largest value shown: 0 stays blank, anything else starts at a
 * visible tint so that a single coding never looks like none.
 */
export function heatOf(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return 0.18 + 0.82 * Math.min(1, value / max);
}

/** The largest value among the cells (totals excluded: they would flatten every other cell). */
export function maxOf(cells: readonly (readonly MatrixCell[])[], measure: Measure): number {
  let max = 0;
  for (const row of cells) for (const c of row) max = Math.max(max, valueOf(c, measure));
  return max;
}
