import { csvText, type CsvConventions } from '../../../shared/csv';
import { csvValue, type TableCell } from './tables';

/**
 * A table as CSV bytes through the app's one CSV writer (shared/csv.ts): UTF-8 with a BOM, the
 * locale's separator and decimal mark (`,` and `.` unless told), CRLF, formulas neutralised.
 */
export function toCsv(rows: readonly (readonly TableCell[])[], conventions?: CsvConventions): Uint8Array {
  return new TextEncoder().encode(csvText(rows.map((r) => r.map(csvValue)), conventions));
}
