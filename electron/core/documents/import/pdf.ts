import { AppError } from '../../../../shared/result';
import { fileError } from './file-errors';
import { normalizeText } from './normalize-text';
import { pdfLinesToParagraphs, type PdfLine } from './pdf-paragraphs';

/**
 * The paragraphs of a text PDF (a transcript exported by Word, LibreOffice or a transcription
 * service), read with pdf.js: its legacy build runs in plain Node, with its worker in the same
 * thread (nothing is downloaded, nothing is fetched: the bytes are all it gets), and without
 * `eval` (`isEvalSupported: false`: an untrusted file never makes code). Only the text layer is
 * read; its lines are joined into paragraphs by `pdfLinesToParagraphs`.
 *
 * @throws AppError BAD_FILE (not a PDF, damaged, password-protected, or without a text layer — a scan)
 */
export async function readPdfParagraphs(bytes: Uint8Array, fileName: string): Promise<string[]> {
  if (!hasPdfHeader(bytes)) throw fileError('BAD_FILE', fileName, 'is not a PDF file (it does not start as one): check the file, or give it its right extension.');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw openError(fileName, error);
  }
  try {
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items));
      page.cleanup();
    }
    const paragraphs = pdfLinesToParagraphs(pages).flatMap((p) => normalizeText(p).split('\n'));
    if (!paragraphs.some((p) => /[\p{L}\p{N}]/u.test(p))) {
      throw fileError(
        'BAD_FILE',
        fileName,
        'contains no text: it is probably a scan (pictures of pages). Run it through text recognition (OCR), or export the transcript as .docx or .txt from the program that made it, and import that file.',
      );
    }
    return paragraphs;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fileError('BAD_FILE', fileName, `is a damaged PDF: its text could not be read (${error instanceof Error ? error.message : String(error)}).`);
  } finally {
    await document.destroy();
  }
}

/** `%PDF-` within the first kilobyte, where readers look for it. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function openError(fileName: string, error: unknown) {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return fileError('BAD_FILE', fileName, 'is password-protected: open it, save or print it to a PDF without a password (or export the transcript as .docx or .txt), and import that file.');
  }
  const detail = error instanceof Error ? error.message : String(error);
  return fileError('BAD_FILE', fileName, `is a damaged PDF that cannot be opened (${detail}). Export the transcript again, or as .docx or .txt.`);
}

/** What pdf.js gives for a run of text: its string, its transform (x at [4], y at [5]), its size. */
type TextRun = { str: string; transform: number[]; width: number; height: number; hasEOL: boolean };

const isTextRun = (item: unknown): item is TextRun =>
  typeof item === 'object' && item !== null && 'str' in item && 'transform' in item && Array.isArray((item as TextRun).transform);

/**
 * A page's runs of text as lines, in reading order as the PDF stores them (exporters write in
 * reading order). A run on another baseline (more than half its height away) starts a line.
 */
function linesOf(items: readonly unknown[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  for (const item of items) {
    if (!isTextRun(item)) continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height) || Math.abs(item.transform[3] ?? 0) || 10;
    if (current !== null && Math.abs(current.y - y) > height / 2 && item.str.trim() !== '') {
      lines.push(current);
      current = null;
    }
    if (current === null) {
      if (item.str.trim() === '') continue;
      current = { text: '', x, y, right: x, height };
    }
    current.text += item.str;
    current.right = Math.max(current.right, x + item.width);
    current.height = Math.max(current.height, height);
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current !== null) lines.push(current);
  return lines.filter((line) => line.text.trim() !== '');
}
