import { unzipSync } from 'fflate';
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { AppError } from '../../../shared/result';
import { decodeText } from '../documents/import/decode-text';
import { fileError, megabytes } from '../documents/import/file-errors';
import { checkZipSafety } from '../documents/import/zip-safety';
import { createSourceFolder, type DiskLookup } from './source-folder';

/** The REFI-QDA files Verbatim opens, by extension. */
export const REFI_EXTENSIONS = ['.qdpx', '.qdc', '.qde'] as const;
export const isRefiFile = (path: string): boolean => (REFI_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());

/** A .qdpx holds pictures and recordings too, hence the same limit as a Word document. */
const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;
const MAX_XML_BYTES = 100 * 1024 * 1024;

/** An opened REFI-QDA file: its XML and a way to find the sources' text files. */
export type RefiPackage = {
  fileName: string;
  kind: 'project' | 'codebook';
  xml: string;
  /**
   * The bytes of a source file named by a `plainTextPath` (`internal://x.txt`, `relative:///x.txt`,
   * `absolute:///C:/x.txt`, or a bare `x.txt`); `{ outside }` when it is only on the disk outside
   * the imported file's folder and was not confirmed; null when it is nowhere to be found.
   */
  readSource(path: string, basePath: string | null): DiskLookup;
};

export type RefiReadOptions = {
  /** Source files outside the imported file's folder that the user confirmed, by exact path. */
  allowOutsideSources?: readonly string[] | undefined;
};

/** @throws AppError BAD_FILE / FILE_TOO_LARGE naming the file. */
export function readRefiPackage(path: string, options: RefiReadOptions = {}): RefiPackage {
  const fileName = basename(path).normalize('NFC');
  const extension = extname(path).toLowerCase();
  const bytes = readWithinLimit(path, fileName, extension === '.qdpx' ? MAX_PACKAGE_BYTES : MAX_XML_BYTES);
  const folder = dirname(resolve(path));
  const disk = createSourceFolder(folder, options.allowOutsideSources);
  if (extension !== '.qdpx') {
    // A bare project.qde keeps its sources in a `sources` folder beside it.
    const readBeside = (name: string): Uint8Array | null => {
      for (const candidate of [join(folder, 'sources', name), join(folder, 'Sources', name), join(folder, name)]) {
        const found = disk(candidate);
        if (found !== null && 'bytes' in found) return found.bytes;
      }
      return null;
    };
    return {
      fileName,
      kind: extension === '.qdc' ? 'codebook' : 'project',
      xml: decodeXml(bytes, fileName),
      readSource: (source, basePath) => resolveSource(source, basePath, folder, readBeside, disk),
    };
  }

  const entries = checkZipSafety(bytes, fileName, { kind: 'REFI-QDA project', extension: '.qdpx' });
  const qde = pickProjectEntry(entries.map((e) => e.name));
  if (qde === null) throw fileError('BAD_FILE', fileName, 'contains no project.qde: it is not a REFI-QDA project (.qdpx).');
  let files: Record<string, Uint8Array>;
  try {
    // The sizes were checked above; only the project and its text files are inflated.
    files = unzipSync(bytes, { filter: (f) => f.name === qde || /\.(?:txt|qde)$/iu.test(f.name) });
  } catch (error) {
    throw fileError('BAD_FILE', fileName, 'is not a valid REFI-QDA project (the file is damaged).', { cause: String(error) });
  }
  // `Sources/` or `sources/`, any case: the lookup ignores case.
  const byLowerName = new Map(Object.entries(files).map(([name, data]) => [name.toLowerCase(), data]));
  const inZip = (name: string): Uint8Array | null =>
    byLowerName.get(`sources/${name}`.toLowerCase()) ?? byLowerName.get(name.toLowerCase()) ?? null;
  return {
    fileName,
    kind: 'project',
    xml: decodeXml(files[qde]!, fileName),
    readSource: (source, basePath) => resolveSource(source, basePath, folder, inZip, disk),
  };
}

/** `project.qde` (any case) at the top, else the one .qde at the top, else the shallowest .qde. */
function pickProjectEntry(names: readonly string[]): string | null {
  const qdes = names.filter((n) => /\.qde$/iu.test(n)).sort((a, b) => a.split('/').length - b.split('/').length);
  return qdes.find((n) => n.toLowerCase() === 'project.qde') ?? qdes.find((n) => !n.includes('/')) ?? qdes[0] ?? null;
}

function resolveSource(
  source: string,
  basePath: string | null,
  folder: string,
  inPackage: (name: string) => Uint8Array | null,
  disk: (path: string) => DiskLookup,
): DiskLookup {
  const match = /^(internal|relative|absolute|file):\/\/\/?(.*)$/iu.exec(source.trim());
  const scheme = match?.[1]?.toLowerCase() ?? 'bare';
  const rest = decodeURIComponentSafe(match?.[2] ?? source.trim());
  const name = rest.split(/[/\\]/u).pop() ?? rest;
  // The candidates in order; the first found wins. A file outside the folder is named only when
  // nothing else was found, so that a package carrying its own copy imports without a question.
  let outside: DiskLookup = null;
  const fromPackage = (n: string): DiskLookup => {
    const bytes = inPackage(n);
    return bytes === null ? null : { bytes };
  };
  const fromDisk = (path: string): DiskLookup => {
    const found = disk(path);
    if (found !== null && 'outside' in found) {
      outside ??= found;
      return null;
    }
    return found;
  };
  const first = (...candidates: (() => DiskLookup)[]): DiskLookup => {
    for (const candidate of candidates) {
      const found = candidate();
      if (found !== null) return found;
    }
    return outside;
  };
  switch (scheme) {
    case 'internal':
      return first(() => fromPackage(rest), () => fromPackage(name));
    case 'relative':
      return first(
        () => (basePath === null ? null : fromDisk(join(basePath.replace(/^file:\/\/\/?/iu, '/'), rest))),
        () => fromPackage(rest),
        () => fromDisk(join(folder, rest)),
      );
    case 'absolute':
    case 'file': {
      const absolute = /^[A-Za-z]:/u.test(rest) || rest.startsWith('/') ? rest : `/${rest}`;
      return first(() => fromPackage(name), () => fromDisk(absolute));
    }
    default:
      return first(
        () => fromPackage(rest),
        () => fromPackage(name),
        () => fromDisk(isAbsolute(rest) ? rest : join(folder, rest)),
      );
  }
}

const decodeURIComponentSafe = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

function readWithinLimit(path: string, fileName: string, limit: number): Uint8Array {
  try {
    const info = statSync(path);
    if (!info.isFile()) throw fileError('BAD_FILE', fileName, 'is a folder or a device, not a file.');
    if (info.size > limit) throw fileError('FILE_TOO_LARGE', fileName, `is too large to import (${megabytes(info.size)}; the limit is ${megabytes(limit)}).`);
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw fileError('BAD_FILE', fileName, 'was not found: it may have been moved or deleted.');
    throw fileError('BAD_FILE', fileName, 'could not be read.', { cause: code });
  }
}

/** The XML of a .qde or .qdc: UTF-8 (a BOM tolerated) or UTF-16 with its BOM. */
function decodeXml(bytes: Uint8Array, fileName: string): string {
  return decodeText(bytes, fileName).text;
}

/** The text of a source file, decoded like any text file (BOM, UTF-16, Windows-1252), BOM removed. */
export function decodeSource(bytes: Uint8Array, fileName: string): string {
  return decodeText(bytes, fileName).text.replace(/^\uFEFF/u, '');
}
