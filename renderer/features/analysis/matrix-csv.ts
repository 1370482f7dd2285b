import type { Matrix, MatrixColumn } from '../../../shared/contract';
import { csvText, type CsvConventions } from '../../../shared/csv';
import { valueOf, type Measure } from './measures';

export type MatrixCsvLabels = {
  /** The first header cell: what the rows are and what the numbers measure. */
  corner: string;
  total: string;
  column: (column: MatrixColumn) => string;
};

/**
 * The matrix as a spreadsheet, through the app's one CSV writer (the locale's separator and decimal
 * mark, formulas neutralised): one row per code (its full path), one column per participant or
 * group, then the totals. Shares are percentages (0–100, two decimals) so that a spreadsheet sums them.
 */
export function matrixCsv(matrix: Matrix, measure: Measure, labels: MatrixCsvLabels, conventions: CsvConventions): string {
  const number = (v: number) => (measure === 'share' ? Math.round(v * 10_000) / 100 : v);
  const header = [labels.corner, ...matrix.columns.map(labels.column), labels.total];
  const rows = matrix.rows.map((row, r) => [
    row.path,
    ...matrix.cells[r]!.map((cell) => number(valueOf(cell, measure))),
    number(valueOf(matrix.rowTotals[r]!, measure)),
  ]);
  const totals = [labels.total, ...matrix.columnTotals.map((cell) => number(valueOf(cell, measure))), ''];
  return csvText([header, ...rows, totals], conventions);
}
