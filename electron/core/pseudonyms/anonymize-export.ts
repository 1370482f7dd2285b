import type { Database } from 'better-sqlite3';
import type { ExportFormat } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ExportSnapshot } from '../export/snapshot';

/** An enabled original found in an anonymized export: what, and where (file part, context). */
export type Leak = { original: string; where: string; context: string };

/**
 * Replaces every enabled pseudonym in everything the snapshot shows (texts, names, speaker labels,
 * identifying attribute values, memos, findings), moving coding offsets to match.
 * (Issue 7 builds this; until then anonymized exports are refused.)
 */
export function anonymizeSnapshot(_db: Database, _snapshot: ExportSnapshot): ExportSnapshot {
  throw new AppError('INVALID_INPUT', 'Anonymized exports are not available yet');
}

/** Every enabled original still present as a whole word in the rendered file. */
export function findLeaks(_db: Database, _format: ExportFormat, _bytes: Uint8Array): Leak[] {
  return [];
}
