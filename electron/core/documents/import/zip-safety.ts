import { Inflate } from 'fflate';
import type { AppError } from '../../../../shared/result';
import { damagedFileError, fileError, megabytes } from './file-errors';
import { describeBinaryKind, detectBinaryKind } from './file-signature';
import { entryDataOffset, readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';

/**
 * Checks an untrusted zip-based document (.docx now; .odt, .xlsx, .qdpx later) before any parser
 * opens it (ARCHITECTURE.md §5): a zip at all, sizes within limits, no "zip bomb", no path that
 * climbs out of a folder. Parsers such as mammoth inflate whole parts in memory and trust the
 * declared sizes, so the archive is also inflated here once, as a stream that only counts bytes,
 * to catch an archive that lies about its sizes.
 */
export type ZipLimits = {
  /** Total of the entries' uncompressed sizes. */
  maxUncompressedBytes: number;
  /** Compression ratio above which an entry is treated as a zip bomb. */
  maxCompressionRatio: number;
  maxEntries: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxEntries: 10_000,
};

/**
 * Below this size an entry cannot hurt whatever its ratio, and small, repetitive XML parts
 * (settings, styles) legitimately compress very well.
 */
const RATIO_CHECK_MIN_BYTES = 1024 * 1024;
/** Compressed bytes pushed to the inflater at a time: at most ~16 MB of output between two checks. */
const INFLATE_SLICE_BYTES = 16 * 1024;

/** How the format is named in messages: `{ kind: 'Word document', extension: '.docx' }`. */
export type ZipFormatName = { kind: string; extension: string };

/** @returns the archive's entries, all checked. @throws AppError BAD_FILE or FILE_TOO_LARGE */
export function checkZipSafety(bytes: Uint8Array, fileName: string, format: ZipFormatName, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const damaged = (cause: string): AppError => damagedFileError(fileName, format.kind, format.extension, cause);
  const binaryKind = detectBinaryKind(bytes);
  if (binaryKind !== null && binaryKind !== 'zip') {
    throw fileError('BAD_FILE', fileName, `is not a ${format.kind}: it looks like ${describeBinaryKind(binaryKind)}. Open it in the program that made it and save it as ${format.extension}.`);
  }

  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw damaged(error.message);
    throw error;
  }
  if (entries.length > limits.maxEntries) throw damaged(`${entries.length} entries`);

  const names = new Set<string>();
  let totalBytes = 0;
  for (const entry of entries) {
    if (isUnsafePath(entry.name)) {
      throw fileError('BAD_FILE', fileName, `contains a part with an unsafe name (“${entry.name}”), which a harmful file would use to reach other folders: Verbatim did not open it.`);
    }
    if (names.has(entry.name)) throw damaged(`duplicate entry ${entry.name}`);
    names.add(entry.name);
    if ((entry.flags & 0x1) !== 0) {
      throw fileError('BAD_FILE', fileName, `is password-protected: remove the password in the program that made it, save it, and import it again.`);
    }
    if (entry.method !== 0 && entry.method !== 8) throw damaged(`compression method ${entry.method} in ${entry.name}`);
    if (entry.uncompressedSize >= RATIO_CHECK_MIN_BYTES && entry.uncompressedSize > entry.compressedSize * limits.maxCompressionRatio) {
      throw fileError('BAD_FILE', fileName, `looks like a “zip bomb”: one of its parts would expand ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times when opened. Verbatim did not open it.`, { entry: entry.name });
    }
    totalBytes += entry.uncompressedSize;
  }
  if (totalBytes > limits.maxUncompressedBytes) {
    throw fileError('FILE_TOO_LARGE', fileName, `is too large once uncompressed (${megabytes(totalBytes)}; Verbatim accepts up to ${megabytes(limits.maxUncompressedBytes)}).`);
  }

  for (const entry of entries) {
    try {
      verifyDeclaredSize(bytes, entry);
    } catch (error) {
      if (error instanceof Error) throw damaged(`${entry.name}: ${error.message}`);
      throw error;
    }
  }
  return entries;
}

/**
 * A name that could escape the folder it would be extracted to: absolute, with a drive letter, or
 * with a `..` segment (zip names use `/`, but Windows tools also honour `\`).
 */
export function isUnsafePath(name: string): boolean {
  if (name.includes('\0')) return true;
  if (/^[/\\]/u.test(name) || /^[A-Za-z]:/u.test(name)) return true;
  return name.split(/[/\\]/u).some((segment) => segment === '..');
}

/** Inflates an entry without keeping its content, failing as soon as it outgrows its declared size. */
function verifyDeclaredSize(bytes: Uint8Array, entry: ZipEntry): void {
  const start = entryDataOffset(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw new Error('stored entry with two sizes');
    return;
  }
  if (entry.compressedSize === 0 && entry.uncompressedSize === 0) return; // folders, empty parts
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
  });
  let offset = 0;
  do {
    const slice = data.subarray(offset, offset + INFLATE_SLICE_BYTES);
    offset += INFLATE_SLICE_BYTES;
    inflater.push(slice, offset >= data.length);
    if (produced > entry.uncompressedSize) throw new Error(`expands beyond its declared ${entry.uncompressedSize} bytes`);
  } while (offset < data.length);
  if (produced !== entry.uncompressedSize) throw new Error(`expands to ${produced} bytes, not the declared ${entry.uncompressedSize}`);
}
