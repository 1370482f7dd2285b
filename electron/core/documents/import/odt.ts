import { unzipSync } from 'fflate';
import { damagedFileError, fileError } from './file-errors';
import { normalizeParagraphs } from './normalize-text';
import { textOfParagraph, type SourceParagraph } from './paragraphs';
import { ODF_NAMESPACES, odtContentToParagraphs } from './odt-content';
import { parseXml, XmlFormatError } from './xml-tree';
import { checkZipSafety, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-safety';

const ODT = { kind: 'LibreOffice text document', extension: '.odt' };

/** The text of each paragraph of an .odt file (tables' rows and notes included, see `readOdtBlocks`). */
export function readOdtParagraphs(bytes: Uint8Array, fileName: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): string[] {
  return readOdtBlocks(bytes, fileName, limits).map(textOfParagraph);
}

/**
 * The paragraphs of an .odt file, tables' rows and notes marked as asides (OpenDocument text, written by LibreOffice, OpenOffice, Google
 * Docs, Word…): checked as an untrusted zip first, then its content.xml read with a strict XML
 * reader that refuses any DOCTYPE (see `xml-tree.ts` and `odt-content.ts`).
 *
 * @throws AppError BAD_FILE (not an OpenDocument text, damaged, unsafe, password-protected) or FILE_TOO_LARGE
 */
export function readOdtBlocks(bytes: Uint8Array, fileName: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): SourceParagraph[] {
  const entries = checkZipSafety(bytes, fileName, ODT, limits);
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('content.xml')) throw notOdtError(fileName, names);

  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (file) => file.name === 'content.xml' || file.name === 'mimetype' || file.name === 'META-INF/manifest.xml' });
  } catch (error) {
    throw damagedFileError(fileName, ODT.kind, ODT.extension, error instanceof Error ? error.message : String(error));
  }
  const manifest = decodeUtf8(parts['META-INF/manifest.xml']);
  // An encrypted document keeps its zip structure but its content.xml is ciphertext.
  if (manifest !== null && manifest.includes('encryption-data')) {
    throw fileError('BAD_FILE', fileName, 'is password-protected: remove the password in LibreOffice (File ▸ Properties ▸ Security, or save without the password), and import it again.');
  }
  const mimetype = decodeUtf8(parts.mimetype)?.trim() ?? '';
  if (mimetype !== '' && !mimetype.startsWith('application/vnd.oasis.opendocument.text')) throw notTextDocumentError(fileName, mimetype);

  const content = decodeUtf8(parts['content.xml']);
  if (content === null) throw damagedFileError(fileName, ODT.kind, ODT.extension, 'content.xml is not UTF-8');
  let paragraphs: SourceParagraph[] | null;
  try {
    paragraphs = odtContentToParagraphs(parseXml(content, ODF_NAMESPACES));
  } catch (error) {
    if (!(error instanceof XmlFormatError)) throw error;
    if (error.reason === 'doctype') {
      throw fileError('BAD_FILE', fileName, 'contains a document type declaration, which LibreOffice never writes and harmful files use: Verbatim did not open it.');
    }
    throw damagedFileError(fileName, ODT.kind, ODT.extension, `content.xml: ${error.message}`);
  }
  if (paragraphs === null) throw notTextDocumentError(fileName, mimetype);
  // NFC and control characters are handled per paragraph; a line break that survived inside one
  // (a literal newline character in a text node) splits it.
  return normalizeParagraphs(paragraphs);
}

function decodeUtf8(bytes: Uint8Array | undefined): string | null {
  if (bytes === undefined) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A zip without an OpenDocument body: say what it is when we can tell (the usual renamed files). */
function notOdtError(fileName: string, names: ReadonlySet<string>) {
  const actually = names.has('word/document.xml')
    ? 'a Word document (.docx)'
    : names.has('xl/workbook.xml')
      ? 'an Excel spreadsheet'
      : names.has('ppt/presentation.xml')
        ? 'a PowerPoint presentation'
        : null;
  return actually === null
    ? damagedFileError(fileName, ODT.kind, ODT.extension, 'no content.xml')
    : fileError('BAD_FILE', fileName, `is not a LibreOffice text document: it looks like ${actually} renamed to .odt.`);
}

const OTHER_OPENDOCUMENT_KINDS: readonly [string, string][] = [
  ['spreadsheet', 'a spreadsheet (.ods)'],
  ['presentation', 'a presentation (.odp)'],
  ['graphics', 'a drawing (.odg)'],
  ['formula', 'a formula (.odf)'],
];

function notTextDocumentError(fileName: string, mimetype: string) {
  const kind = OTHER_OPENDOCUMENT_KINDS.find(([key]) => mimetype.includes(key))?.[1] ?? 'another kind of OpenDocument file';
  return fileError('BAD_FILE', fileName, `is not a text document: it looks like ${kind}. Save the transcript as a LibreOffice text document (.odt), .docx or .txt, and import that file.`);
}
