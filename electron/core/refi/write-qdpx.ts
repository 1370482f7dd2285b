import { strToU8, zipSync } from 'fflate';
import type { ExportSnapshot } from '../export/snapshot';
import { renderProject } from './write-qde';

/**
 * A QDPX package: `project.qde` and the sources' text files in `sources/` (lowercase, as the
 * standard names them; some readers look for exactly that).
 */
export function renderQdpx(snapshot: ExportSnapshot, now: Date): Uint8Array {
  const { xml, sources } = renderProject(snapshot, now);
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(xml) };
  for (const source of sources) files[`sources/${source.path}`] = strToU8(source.text);
  return zipSync(files, { level: 6, mtime: now });
}
