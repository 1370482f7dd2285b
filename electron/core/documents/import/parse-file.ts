import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { assertNever, type AppError } from '../../../../shared/result';
import { decodeText, type TextEncoding } from './decode-text';
import { readDocxBlocks } from './docx';
import { fileError, megabytes } from './file-errors';
import { importFormatOf, unsupportedFileError, type ImportFormat } from './file-formats';
import { describeBinaryKind, detectBinaryKind } from './file-signature';
import { readHtmlParagraphs } from './html';
import { markdownToText } from './markdown';
import { normalizeText } from './normalize-text';
import { readOdtBlocks } from './odt';
import { readPdfParagraphs } from './pdf';
import { assembleDocument, buildParsedDocument, splitParagraphs, type TurnDetector } from './paragraphs';
import { detectSpeakerTurns } from './speakers/detect-speaker-turns';
import { cuesToTurns } from './subtitles/cue-turns';
import { parseSrt } from './subtitles/srt';
import type { SubtitleCue } from './subtitles/subtitle-cue';
import { parseVtt } from './subtitles/vtt';
import type { ParsedDocument } from './types';

/** Text files above this size are not transcripts (a 100 MB text is ~15 million words). */
export const MAX_TEXT_FILE_BYTES = 100 * 1024 * 1024;
/** Word documents carry pictures, hence the larger limit; the uncompressed content has the same one. */
export const MAX_DOCX_FILE_BYTES = 200 * 1024 * 1024;
/** LibreOffice documents carry pictures too. */
export const MAX_ODT_FILE_BYTES = MAX_DOCX_FILE_BYTES;
/** PDFs carry fonts and pictures; pdf.js holds the whole file in memory. */
export const MAX_PDF_FILE_BYTES = MAX_DOCX_FILE_BYTES;

export type ParseOptions = {
  /**
   * Speaker and timestamp detection for the paragraph formats (.txt, .md, .docx, .odt, .html); by
   * default `detectSpeakerTurns`. Subtitle files (.vtt, .srt) carry their own timing and speakers.
   */
  detectTurns?: TurnDetector;
};

/** A parsed file and what the import report tells about it. */
export type ParsedFile = {
  document: ParsedDocument;
  /** The encoding found in a text-based file (.txt, .md, .html, .vtt, .srt); null for formats that define their own (.docx, .odt). */
  encoding: TextEncoding | null;
  /** What the user should know about the import (e.g. bytes replaced on some lines), each a sentence naming the file. */
  warnings: string[];
  /** The lines (from 1) where bytes that were not valid UTF-8 were replaced by U+FFFD. */
  invalidLines: number[];
};

/** Read by `readDocument`; the size checks and the empty-document check are shared. */
type ReadDocument = { document: ParsedDocument; encoding: TextEncoding | null; invalidLines?: number[] };

/**
 * Reads a file the user chose and makes it a document: the stored text and its turns.
 *
 * @throws AppError UNSUPPORTED_FILE (a format no importer reads), FILE_TOO_LARGE, or BAD_FILE
 *   (missing, unreadable, damaged, unsafe, not what its extension says, or without any text).
 */
export async function parseDocumentFile(path: string, options: ParseOptions = {}): Promise<ParsedDocument> {
  return (await parseDocumentFileWithDetails(path, options)).document;
}

/** `parseDocumentFile`, plus what the import report needs (the encoding found). */
export async function parseDocumentFileWithDetails(path: string, options: ParseOptions = {}): Promise<ParsedFile> {
  const fileName = basename(path).normalize('NFC');
  const format = importFormatOf(path);
  if (format === null) throw unsupportedFileError(path, fileName);

  const bytes = await readFileWithinLimit(path, fileName, format);
  const { document, encoding, invalidLines = [] } = await readDocument(bytes, fileName, format, options.detectTurns ?? detectSpeakerTurns);
  if (document.turns.length === 0) throw fileError('BAD_FILE', fileName, `contains no text to import (${emptyReasonOf(format)}).`);
  return { document, encoding, warnings: invalidLines.length > 0 ? [invalidBytesWarning(fileName, invalidLines)] : [], invalidLines };
}

const LINES_NAMED = 5;

/** “…”: line 12 has a byte that is not UTF-8… — the lines to check, the first few by number. */
export function invalidBytesWarning(fileName: string, lines: readonly number[]): string {
  const named = lines.slice(0, LINES_NAMED).join(', ');
  const more = lines.length > LINES_NAMED ? ` and ${lines.length - LINES_NAMED} more` : '';
  const where = lines.length === 1 ? `line ${named} has` : `lines ${named}${more} have`;
  return `“${fileName}”: ${where} bytes that are not valid UTF-8 (a damaged file, or text pasted from another encoding); they were replaced by “\uFFFD”. Check the text there.`;
}

/** The document's name: the file name without its extension, and nothing else removed (`E01 - élue`). */
export function documentNameOf(path: string): string {
  // NFC: macOS file systems hand out decomposed names ("e" + U+0301), which would not match a
  // name typed by the user.
  return basename(path, extname(path)).normalize('NFC');
}

async function readDocument(bytes: Uint8Array, fileName: string, format: ImportFormat, detectTurns: TurnDetector): Promise<ReadDocument> {
  switch (format) {
    case 'txt':
    case 'md': {
      const { text, encoding, invalidLines } = decodeTextFile(bytes, fileName);
      const plain = format === 'md' ? markdownToText(text) : text;
      return { document: buildParsedDocument(format, splitParagraphs(plain), detectTurns), encoding, invalidLines };
    }
    case 'docx':
      return { document: buildParsedDocument(format, await readDocxBlocks(bytes, fileName), detectTurns), encoding: null };
    case 'odt':
      return { document: buildParsedDocument(format, readOdtBlocks(bytes, fileName), detectTurns), encoding: null };
    case 'pdf':
      return { document: buildParsedDocument(format, await readPdfParagraphs(bytes, fileName), detectTurns), encoding: null };
    case 'html': {
      refuseBinary(bytes, fileName);
      const { paragraphs, encoding, invalidLines } = readHtmlParagraphs(bytes, fileName);
      return { document: buildParsedDocument(format, paragraphs, detectTurns), encoding, invalidLines };
    }
    case 'vtt':
    case 'srt': {
      const { text, encoding, invalidLines } = decodeTextFile(bytes, fileName);
      const cues: SubtitleCue[] = format === 'vtt' ? parseVtt(text, fileName) : parseSrt(text, fileName);
      return { document: assembleDocument(format, cuesToTurns(cues)), encoding, invalidLines };
    }
    default:
      return assertNever(format);
  }
}

/** A text-based file's text, normalized (ARCHITECTURE.md §2), and the encoding it was found in. */
function decodeTextFile(bytes: Uint8Array, fileName: string): { text: string; encoding: TextEncoding; invalidLines: number[] } {
  refuseBinary(bytes, fileName);
  const { text, encoding, invalidLines } = decodeText(bytes, fileName);
  return { text: normalizeText(text), encoding, invalidLines };
}

function refuseBinary(bytes: Uint8Array, fileName: string): void {
  const binaryKind = detectBinaryKind(bytes);
  if (binaryKind !== null) {
    throw fileError('BAD_FILE', fileName, `is not a plain text file: it looks like ${describeBinaryKind(binaryKind)}. Give it the right extension, or save it as text.`);
  }
}

function emptyReasonOf(format: ImportFormat): string {
  switch (format) {
    case 'docx':
    case 'odt':
    case 'pdf':
      return 'it is empty, or holds only pictures';
    case 'txt':
    case 'md':
      return 'it is empty, or holds only blank lines';
    case 'html':
      return 'the page shows no text, or only pictures';
    case 'vtt':
    case 'srt':
      return 'it has no subtitle cue with words in it';
    default:
      return assertNever(format);
  }
}

function sizeLimitOf(format: ImportFormat): { bytes: number; what: string } {
  switch (format) {
    case 'txt':
    case 'md':
      return { bytes: MAX_TEXT_FILE_BYTES, what: 'text files' };
    case 'html':
    case 'vtt':
    case 'srt':
      return { bytes: MAX_TEXT_FILE_BYTES, what: format === 'html' ? 'web pages' : 'subtitle files' };
    case 'docx':
      return { bytes: MAX_DOCX_FILE_BYTES, what: 'Word documents' };
    case 'odt':
      return { bytes: MAX_ODT_FILE_BYTES, what: 'LibreOffice documents' };
    case 'pdf':
      return { bytes: MAX_PDF_FILE_BYTES, what: 'PDF files' };
    default:
      return assertNever(format);
  }
}

async function readFileWithinLimit(path: string, fileName: string, format: ImportFormat): Promise<Uint8Array> {
  const limit = sizeLimitOf(format);
  const tooLarge = (size: number): AppError =>
    fileError('FILE_TOO_LARGE', fileName, `is too large to import (${megabytes(size)}; the limit for ${limit.what} is ${megabytes(limit.bytes)}).`);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw fileError('BAD_FILE', fileName, 'is a folder or a device, not a file.');
    if (info.size > limit.bytes) throw tooLarge(info.size);
    const bytes = await readFile(path);
    // The file may have grown between the two calls.
    if (bytes.length > limit.bytes) throw tooLarge(bytes.length);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (isErrnoException(error)) throw readError(fileName, error);
    throw error;
  }
}

function readError(fileName: string, error: NodeJS.ErrnoException): AppError {
  const details = { cause: error.code ?? error.message };
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return fileError('BAD_FILE', fileName, 'cannot be found (it may have been moved, renamed or deleted).', details);
    case 'EACCES':
    case 'EPERM':
      return fileError('BAD_FILE', fileName, 'cannot be read: Verbatim is not allowed to open it (check the file’s permissions).', details);
    case 'EISDIR':
      return fileError('BAD_FILE', fileName, 'is a folder, not a file.', details);
    default:
      return fileError('BAD_FILE', fileName, `cannot be read (${error.code ?? error.message}).`, details);
  }
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && 'syscall' in error;
}
