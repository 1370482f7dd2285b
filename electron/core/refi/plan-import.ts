import type { RefiOffsetUnit, RefiSkipped } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { assembleDocument } from '../documents/import/paragraphs';
import { detectSpeakerTurns } from '../documents/import/speakers/detect-speaker-turns';
import type { ParsedTurn } from '../documents/import/types';
import { detectOffsetUnit, toStoredText, unitScale, type SourceSample } from './offsets';
import type { QdaProject, QdaSelection, QdaSource } from './parse-project';
import { decodeSource, type RefiPackage } from './read-package';

/**
 * Everything an import will write, worked out before the project is touched: the sources' texts
 * read and normalized, the offset unit detected, every selection converted to stored offsets
 * (clamped when out of range). Writing it (import-project.ts) then cannot fail half-way on the file.
 */
/** A selection as parsed, its offsets converted to the stored text's. */
export type PlannedSelection = QdaSelection;
export type PlannedDocument = {
  source: QdaSource;
  name: string;
  text: string;
  turns: ParsedTurn[];
  selections: PlannedSelection[];
};
export type ImportPlan = {
  project: QdaProject;
  documents: PlannedDocument[];
  offsetUnit: RefiOffsetUnit | null;
  /** Note texts by note GUID (inline, or read from the note's text file). */
  noteTexts: Map<string, string>;
  skipped: RefiSkipped[];
  notes: string[];
};

const MEDIA_NAMES = { pdf: 'a PDF', picture: 'a picture', audio: 'an audio', video: 'a video' } as const;

const sourceLabel = (source: QdaSource, index: number): string =>
  source.name?.trim() || source.plainTextPath?.split(/[/\\]/u).pop()?.replace(/\.txt$/iu, '') || `Source ${index + 1}`;

export function planImport(pkg: RefiPackage, project: QdaProject): ImportPlan {
  const skipped: RefiSkipped[] = [];
  const notes: string[] = [];
  const texts: { source: QdaSource; name: string; raw: string }[] = [];
  project.sources.forEach((source, index) => {
    const name = sourceLabel(source, index);
    if (source.kind !== 'text') {
      const count = source.mediaSelections;
      const extra = count === 0 ? '' : ` (${count === 1 ? 'its selection and its codings were' : `its ${count} selections and their codings were`} left out too)`;
      skipped.push({ what: 'source', name, reason: `is ${MEDIA_NAMES[source.kind]} source: Verbatim imports text sources only${extra}.` });
      return;
    }
    const raw = readSourceText(pkg, project, source, name, skipped);
    if (raw === null) return;
    if (raw.trim() === '') {
      skipped.push({ what: 'source', name, reason: 'is empty: there is no text to import.' });
      return;
    }
    texts.push({ source, name, raw });
  });

  const samples: SourceSample[] = texts.map(({ source, raw }) => ({ raw, selections: source.selections }));
  const withSelections = samples.some((s) => s.selections.length > 0);
  const detected = withSelections ? detectOffsetUnit(samples, project.origin) : null;
  if (detected && texts.some(({ raw }) => /\r\n|[\uD800-\uDBFF]/u.test(raw))) {
    const words = { codepoints: 'Unicode code points (the REFI-QDA standard)', utf16: 'UTF-16 code units with CRLF counted as two (as NVivo for Windows writes)', 'codepoints-lf': 'code points with CRLF line ends counted as one' };
    notes.push(`Selection positions were read as ${words[detected.unit]}: that reading matched the texts best.`);
  }

  const documents = texts.map(({ source, name, raw }): PlannedDocument => {
    const stored = toStoredText(raw);
    const scale = unitScale(raw, detected?.unit ?? 'codepoints');
    let clamped = 0;
    const selections: PlannedSelection[] = [];
    for (const selection of source.selections) {
      const label = selection.name?.trim() || `${selection.start}–${selection.end}`;
      if (!Number.isFinite(selection.start) || !Number.isFinite(selection.end) || selection.end < selection.start) {
        skipped.push({ what: 'selection', name: `${name}: ${label}`, reason: 'has no valid start and end positions.' });
        continue;
      }
      const from = Math.max(0, Math.min(selection.start, scale.length));
      const to = Math.max(0, Math.min(selection.end, scale.length));
      if (from !== selection.start || to !== selection.end) clamped++;
      const start = stored.startOf(scale.toRaw(from));
      const end = stored.endOf(scale.toRaw(to));
      if (start >= end) {
        skipped.push({ what: 'selection', name: `${name}: ${label}`, reason: `selects no text (positions ${selection.start}–${selection.end}, the text has ${scale.length}).` });
        continue;
      }
      selections.push({ ...selection, start, end });
    }
    if (clamped > 0) {
      notes.push(`${clamped === 1 ? 'A selection' : `${clamped} selections`} of “${name}” reached beyond the end of its text: cut at the end of the text.`);
    }
    return { source, name, text: stored.text, turns: turnsOf(stored.text), selections };
  });

  const noteTexts = new Map<string, string>();
  for (const note of project.notes) {
    let text = note.content;
    if (text === null && note.plainTextPath !== null) {
      const found = pkg.readSource(note.plainTextPath, project.basePath);
      if (found !== null && 'outside' in found) skipped.push(outsideSkip('note', note.name?.trim() || note.plainTextPath, found.outside, pkg.fileName));
      else if (found !== null) text = safeDecode(found.bytes, note.plainTextPath);
    }
    noteTexts.set(note.guid, text ?? '');
  }
  return { project, documents, offsetUnit: detected?.unit ?? null, noteTexts, skipped, notes };
}

function readSourceText(pkg: RefiPackage, project: QdaProject, source: QdaSource, name: string, skipped: RefiSkipped[]): string | null {
  if (source.content !== null) return source.content.replace(/^\uFEFF/u, '');
  if (source.plainTextPath === null) {
    const only = source.richTextPath === null ? 'no text' : 'only a rich-text file and no plain text';
    skipped.push({ what: 'source', name, reason: `has ${only} (REFI-QDA text sources carry a plain-text version).` });
    return null;
  }
  const found = pkg.readSource(source.plainTextPath, project.basePath);
  if (found === null) {
    skipped.push({ what: 'source', name, reason: `its text file (${source.plainTextPath}) is not in the package nor on this computer.` });
    return null;
  }
  if ('outside' in found) {
    skipped.push(outsideSkip('source', name, found.outside, pkg.fileName));
    return null;
  }
  const text = safeDecode(found.bytes, source.plainTextPath);
  if (text === null) skipped.push({ what: 'source', name, reason: `its text file (${source.plainTextPath}) is not plain text.` });
  return text;
}

/**
 * A text file the project names outside the folder of the imported file: not read unless the user
 * confirms this very path (`allowOutsideSources`), so the report names it.
 */
function outsideSkip(what: 'source' | 'note', name: string, path: string, fileName: string): RefiSkipped {
  return {
    what,
    name,
    reason: `its text file ${path} is outside the folder of “${fileName}”: it was not read. Import again and confirm this path to read it.`,
    outsidePath: path,
  };
}

function safeDecode(bytes: Uint8Array, fileName: string): string | null {
  try {
    return decodeSource(bytes, fileName);
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/**
 * One turn per line of the stored text, with speakers when the lines have labels. The detector may
 * merge lines or move timestamps out of the text; its turns are kept only when they leave the text
 * exactly as it is, since the file's offsets point into that text.
 */
function turnsOf(text: string): ParsedTurn[] {
  const lines = text.split('\n');
  const detected = assembleDocument('qdpx', detectSpeakerTurns(lines));
  if (detected.text === text) return detected.turns;
  return assembleDocument('qdpx', lines.map((line) => ({ text: line }))).turns;
}
