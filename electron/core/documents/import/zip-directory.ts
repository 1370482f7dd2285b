/**
 * Reads a zip archive's central directory (what it declares about its entries) without inflating
 * anything, with every offset checked against the file's bounds. Written by hand rather than via a
 * library because the safety checks must see what the archive claims (sizes, names, methods)
 * before any decompressor trusts it, and must fail cleanly on truncated or forged archives.
 * Zip64 is supported (Word writes it for very large files); multi-disk archives are not.
 */
export type ZipEntry = {
  name: string;
  /** 0 = stored, 8 = deflate; anything else is unreadable by Word processors' readers too. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
};

/** The archive's structure is inconsistent: truncated, forged or not a zip at all. */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const MAX_COMMENT_LENGTH = 0xffff;
const ZIP64_EXTRA_FIELD = 0x0001;

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reader = boundedReader(view);
  const end = findEndOfCentralDirectory(view);
  let entryCount = reader.u16(end + 10);
  let directorySize = reader.u32(end + 12);
  let directoryOffset = reader.u32(end + 16);
  if (reader.u16(end + 4) !== 0 || reader.u16(end + 6) !== 0) throw new ZipFormatError('multi-disk archive');

  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || reader.u32(locator) !== ZIP64_END_LOCATOR) throw new ZipFormatError('missing zip64 locator');
    const zip64End = reader.u64(locator + 8);
    if (reader.u32(zip64End) !== ZIP64_END_OF_CENTRAL_DIRECTORY) throw new ZipFormatError('bad zip64 end record');
    entryCount = reader.u64(zip64End + 32);
    directorySize = reader.u64(zip64End + 40);
    directoryOffset = reader.u64(zip64End + 48);
  }
  if (directoryOffset + directorySize > bytes.length) throw new ZipFormatError('central directory beyond the end of the file');

  const entries: ZipEntry[] = [];
  let position = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (reader.u32(position) !== CENTRAL_FILE_HEADER) throw new ZipFormatError(`bad central header ${i}`);
    const flags = reader.u16(position + 8);
    const nameLength = reader.u16(position + 28);
    const extraLength = reader.u16(position + 30);
    const commentLength = reader.u16(position + 32);
    const nameStart = position + 46;
    const extraStart = nameStart + nameLength;
    const name = new TextDecoder('utf-8').decode(reader.slice(nameStart, nameLength));
    const sizes = withZip64Sizes(reader, extraStart, extraLength, {
      uncompressedSize: reader.u32(position + 24),
      compressedSize: reader.u32(position + 20),
      localHeaderOffset: reader.u32(position + 42),
    });
    entries.push({ name, method: reader.u16(position + 10), flags, ...sizes });
    position = extraStart + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's data starts: after its local header, whose own name and extra lengths count. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const reader = boundedReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const header = entry.localHeaderOffset;
  if (reader.u32(header) !== LOCAL_FILE_HEADER) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = header + 30 + reader.u16(header + 26) + reader.u16(header + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipFormatError(`data of ${entry.name} beyond the end of the file`);
  return start;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - MAX_COMMENT_LENGTH);
  for (let position = view.byteLength - 22; position >= lowest; position--) {
    if (view.getUint32(position, true) === END_OF_CENTRAL_DIRECTORY) return position;
  }
  throw new ZipFormatError('no end of central directory (not a zip, or truncated)');
}

type Sizes = { uncompressedSize: number; compressedSize: number; localHeaderOffset: number };

/** Sizes saturated at 0xFFFFFFFF are in the zip64 extra field, in this order, only when saturated. */
function withZip64Sizes(reader: BoundedReader, start: number, length: number, sizes: Sizes): Sizes {
  const keys = (['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const).filter((k) => sizes[k] === 0xffffffff);
  if (keys.length === 0) return sizes;
  for (let position = start; position + 4 <= start + length; ) {
    const id = reader.u16(position);
    const size = reader.u16(position + 2);
    if (id === ZIP64_EXTRA_FIELD) {
      const result = { ...sizes };
      keys.forEach((key, i) => {
        if (8 * (i + 1) > size) throw new ZipFormatError('short zip64 extra field');
        result[key] = reader.u64(position + 4 + 8 * i);
      });
      return result;
    }
    position += 4 + size;
  }
  throw new ZipFormatError('missing zip64 extra field');
}

type BoundedReader = ReturnType<typeof boundedReader>;

function boundedReader(view: DataView) {
  const check = (position: number, size: number): void => {
    if (!Number.isSafeInteger(position) || position < 0 || position + size > view.byteLength) {
      throw new ZipFormatError(`read beyond the end of the file at ${position}`);
    }
  };
  return {
    u16: (position: number): number => (check(position, 2), view.getUint16(position, true)),
    u32: (position: number): number => (check(position, 4), view.getUint32(position, true)),
    u64: (position: number): number => {
      check(position, 8);
      const value = view.getBigUint64(position, true);
      if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('64-bit size out of range');
      return Number(value);
    },
    slice: (position: number, length: number): Uint8Array => {
      check(position, length);
      return new Uint8Array(view.buffer, view.byteOffset + position, length);
    },
  };
}
