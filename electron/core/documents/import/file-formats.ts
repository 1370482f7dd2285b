import { basename, extname } from 'node:path';
import type { AppError } from '../../../../shared/result';
import { fileError } from './file-errors';

/**
 * Which importer reads a file, by its extension (case-insensitive), and what to tell the user
 * when none does: an unsupported file is usually a PDF, an old .doc or a recording, and each
 * has a different next step.
 */
export type ImportFormat = 'txt' | 'md' | 'docx' | 'odt' | 'html' | 'vtt' | 'srt' | 'pdf';

const FORMAT_BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
  '.odt': 'odt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.vtt': 'vtt',
  '.srt': 'srt',
  '.pdf': 'pdf',
};

const SUPPORTED_NOW = 'Verbatim imports .txt, .md, .docx, .odt, .html, .vtt, .srt and .pdf files';

const HINT_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.doc': 'is an old-format Word document (97–2003): open it in Word or LibreOffice, save it as .docx, and import that file.',
  '.rtf': 'is a Rich Text document: open it in Word or LibreOffice, save it as .docx, and import that file.',
  '.pages': 'is a Pages document: export it from Pages as Word (.docx), and import that file.',
  '.ods': `is a spreadsheet: a transcript is imported from a text document. ${SUPPORTED_NOW}.`,
  '.fodt': 'is a “flat” LibreOffice document: open it in LibreOffice, save it as .odt, and import that file.',
  '.sbv': 'is a YouTube caption file: download the captions as .vtt or .srt instead, and import that file.',
  '.ass': 'is a SubStation Alpha subtitle file: convert it to .srt or .vtt (e.g. with Subtitle Edit or Aegisub), and import that file.',
  '.ssa': 'is a SubStation Alpha subtitle file: convert it to .srt or .vtt (e.g. with Subtitle Edit or Aegisub), and import that file.',
};

const PICTURE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.tif', '.tiff', '.heic', '.webp', '.svg']);
const RECORDING_EXTENSIONS = new Set(['.mp3', '.wav', '.m4a', '.aac', '.ogg', '.opus', '.flac', '.wma', '.mp4', '.mov', '.avi', '.mkv', '.webm']);

/** The importer for this path, or null when no importer reads it. */
export function importFormatOf(path: string): ImportFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** The UNSUPPORTED_FILE error for a path whose extension no importer reads. */
export function unsupportedFileError(path: string, fileName: string = basename(path)): AppError {
  const extension = extname(path).toLowerCase();
  const hint = HINT_BY_EXTENSION[extension];
  if (hint !== undefined) return fileError('UNSUPPORTED_FILE', fileName, hint);
  if (PICTURE_EXTENSIONS.has(extension)) return fileError('UNSUPPORTED_FILE', fileName, `is a picture, not a text. ${SUPPORTED_NOW}.`);
  if (RECORDING_EXTENSIONS.has(extension)) {
    return fileError('UNSUPPORTED_FILE', fileName, `is a recording: Verbatim works on transcripts, so transcribe it first and import the transcript. ${SUPPORTED_NOW}.`);
  }
  const what = extension === '' ? 'has no extension, so Verbatim cannot tell its format' : `cannot be imported (${extension} files are not supported)`;
  return fileError('UNSUPPORTED_FILE', fileName, `${what}. ${SUPPORTED_NOW}.`);
}
