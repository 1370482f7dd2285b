import { isTableFile, type ImportKind } from '../../transport/browser-shell';

export type { ImportKind };

/** Participants tables go to `cases:import`, everything else (transcripts, folders) to `documents:import`. */
export function splitImportPaths(paths: readonly string[], kind: ImportKind = 'documents'): { documents: string[]; tables: string[] } {
  if (kind === 'participants') return { documents: [], tables: [...paths] };
  const tables = paths.filter((p) => isTableFile(p));
  return { documents: paths.filter((p) => !isTableFile(p)), tables };
}
