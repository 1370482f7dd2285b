import mammoth from 'mammoth';
import { damagedFileError, fileError, megabytes } from './file-errors';
import { docxHtmlToParagraphs } from './docx-html';
import { normalizeParagraphs } from './normalize-text';
import { textOfParagraph, type SourceParagraph } from './paragraphs';
import { checkZipSafety, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-safety';

const WORD = { kind: 'Word document', extension: '.docx' };

/** The text of each paragraph of a .docx file (tables' rows and notes included, see `readDocxBlocks`). */
export async function readDocxParagraphs(bytes: Uint8Array, fileName: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<string[]> {
  return (await readDocxBlocks(bytes, fileName, limits)).map(textOfParagraph);
}

/**
/**
 * Mammoth holds the body as a tree of objects: about 36 bytes of memory per byte of
 * word/document.xml (tests/bench/docx-memory.perf.ts: 16 MB → 576 MB). This bound keeps an import
 * under 1 GB; 20 MB of Word XML is a transcript of well over a million words. Pictures do not count
 * (they are never decoded).
 */
export const MAX_DOCUMENT_XML_BYTES = 20 * 1024 * 1024;

/**
 * The paragraphs of a .docx file, tables' rows and notes marked as asides: checked as an untrusted zip first, then read by mammoth.
 * Mammoth's HTML (not its raw text) is used because only the HTML keeps footnotes and tells
 * headings, list items and table cells apart (see `docxHtmlToParagraphs`).
 *
 * @throws AppError BAD_FILE (not a Word document, damaged, unsafe) or FILE_TOO_LARGE
 */
export async function readDocxBlocks(bytes: Uint8Array, fileName: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<SourceParagraph[]> {
  const entries = checkZipSafety(bytes, fileName, WORD, limits);
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('word/document.xml')) throw notWordError(fileName, names);
  const body = entries.find((entry) => entry.name === 'word/document.xml')!;
  if (body.uncompressedSize > MAX_DOCUMENT_XML_BYTES) {
    throw fileError(
      'FILE_TOO_LARGE',
      fileName,
      `has too much text to import at once (${megabytes(body.uncompressedSize)} of Word text; Verbatim reads up to ${megabytes(MAX_DOCUMENT_XML_BYTES)}): split it into several documents in Word.`,
    );
  }

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Pictures are not part of the transcript: never decode them (nor inline them as base64).
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        // An untrusted file must not make us read other files on the disk (linked images)…
        externalFileAccess: false,
        // …nor restyle itself with a style map it carries.
        includeEmbeddedStyleMap: false,
      },
    );
    html = result.value;
  } catch (error) {
    throw damagedFileError(fileName, WORD.kind, WORD.extension, error instanceof Error ? error.message : String(error));
  }
  // NFC and control characters are handled per paragraph; a line break inside one (a vertical
  // tab or a newline written inside a run) splits it, as `<br>` does.
  return normalizeParagraphs(docxHtmlToParagraphs(html));
}

/** A zip without a Word body: say what it is when we can tell (the usual renamed files). */
function notWordError(fileName: string, names: ReadonlySet<string>) {
  const actually = names.has('xl/workbook.xml')
    ? 'an Excel spreadsheet'
    : names.has('ppt/presentation.xml')
      ? 'a PowerPoint presentation'
      : names.has('content.xml') && names.has('mimetype')
        ? 'an OpenDocument file (LibreOffice)'
        : null;
  return actually === null
    ? damagedFileError(fileName, WORD.kind, WORD.extension, 'no word/document.xml')
    : fileError('BAD_FILE', fileName, `is not a Word document: it looks like ${actually} renamed to .docx.`);
}
