import { strToU8, zipSync, type Zippable } from 'fflate';
import { toDocx, type DocxBlock, type DocxRun } from './docx-writer';
import type { ExportSnapshot, SnapshotDocument } from './snapshot';

/** A file name every system accepts, unique in the archive (case-insensitively, as Windows and macOS compare). */
function uniqueFileNames(documents: readonly SnapshotDocument[], extension: string): string[] {
  const used = new Set<string>();
  return documents.map((d) => {
    const base = d.name.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '_').replace(/^[. ]+|[. ]+$/gu, '') || 'document';
    let name = `${base}.${extension}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n}).${extension}`;
    used.add(name.toLowerCase());
    return name;
  });
}

const zip = (files: Zippable, now: Date) => zipSync(files, { level: 6, mtime: now });

/** Every transcript as it is stored (or anonymized), one UTF-8 text file per document, in one zip. */
export function renderTranscriptsTxt(snapshot: ExportSnapshot, now: Date): Uint8Array {
  const names = uniqueFileNames(snapshot.documents, 'txt');
  const files: Zippable = {};
  snapshot.documents.forEach((d, i) => {
    files[names[i]!] = strToU8(d.text.endsWith('\n') ? d.text : `${d.text}\n`);
  });
  return zip(files, now);
}

/** A transcript as Word paragraphs: its name as the title, one paragraph per line, speaker labels in bold. */
export function transcriptBlocks(d: SnapshotDocument): DocxBlock[] {
  const blocks: DocxBlock[] = [{ kind: 'heading', level: 1, text: d.name }];
  const labelEnds = new Map(d.turns.filter((t) => t.labelEnd > t.start).map((t) => [t.start, t.labelEnd]));
  let at = 0;
  for (const line of d.text.split('\n')) {
    const labelEnd = labelEnds.get(at);
    const runs: DocxRun[] =
      labelEnd !== undefined && labelEnd <= at + line.length
        ? [{ text: line.slice(0, labelEnd - at), bold: true }, { text: line.slice(labelEnd - at) }]
        : [{ text: line }];
    blocks.push({ kind: 'paragraph', runs: runs.filter((r) => r.text !== '') });
    at += line.length + 1;
  }
  return blocks;
}

/** Every transcript as a Word document, one per document, in one zip. */
export function renderTranscriptsDocx(snapshot: ExportSnapshot, now: Date, language = 'fr'): Uint8Array {
  const names = uniqueFileNames(snapshot.documents, 'docx');
  const files: Zippable = {};
  snapshot.documents.forEach((d, i) => {
    // Already-compressed parts: stored, not deflated a second time.
    files[names[i]!] = [toDocx(transcriptBlocks(d), { title: d.name, language }), { level: 0 }];
  });
  return zip(files, now);
}
