import { decodeText, type TextEncoding } from './decode-text';
import { htmlToParagraphs } from './html-text';
import { normalizeText } from './normalize-text';
import type { SourceParagraph } from './paragraphs';
import { decodeWindows1252 } from './windows-1252';

/**
 * The paragraphs of an .html/.htm file. The encoding is found as a browser would, simplified: a
 * byte-order mark first; then the charset the page declares in its first kilobytes
 * (`<meta charset="…">` or `http-equiv="Content-Type"`); then the plain-text guess (UTF-8, else
 * Windows-1252). A page that declares another encoding but is valid UTF-8 with non-ASCII
 * characters was re-saved by an editor that kept the old declaration: it is read as UTF-8.
 *
 * @returns `encoding`: what the text was decoded from; null for a declared charset outside the
 *   plain-text family (e.g. ISO-8859-15, Shift_JIS), decoded as declared.
 * @throws AppError BAD_FILE (binary content, UTF-32)
 */
export function readHtmlParagraphs(
  bytes: Uint8Array,
  fileName: string,
): { paragraphs: SourceParagraph[]; encoding: TextEncoding | null; invalidLines: number[] } {
  const { text, encoding, invalidLines } = decodeHtml(bytes, fileName);
  return { paragraphs: htmlToParagraphs(normalizeText(text)), encoding, invalidLines };
}

function decodeHtml(bytes: Uint8Array, fileName: string): { text: string; encoding: TextEncoding | null; invalidLines: number[] } {
  const guessed = decodeText(bytes, fileName);
  const declared = guessed.hasByteOrderMark ? null : declaredEncoding(bytes);
  if (declared === null || declared === 'utf-8' || declared.startsWith('utf-16')) return guessed;
  // Text in another encoding is almost never valid UTF-8 by chance: such a page was re-saved.
  if (guessed.encoding === 'utf-8' && /[^\u0000-\u007F]/u.test(guessed.text)) return guessed;
  // Every label of the Latin-1 family means Windows-1252 in HTML (WHATWG Encoding Standard), and
  // Node's own Windows-1252 decoder is broken (see windows-1252.ts).
  if (declared === 'windows-1252') return { text: decodeWindows1252(bytes), encoding: 'windows-1252', invalidLines: [] };
  return { text: new TextDecoder(declared).decode(bytes), encoding: null, invalidLines: [] };
}

/** The encoding the page declares, as the Encoding Standard names it, or null (none, or one no decoder knows). */
function declaredEncoding(bytes: Uint8Array): string | null {
  const label = declaredCharset(bytes);
  if (label === null) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null; // an unknown label: the page is most likely UTF-8 or Windows-1252 anyway
  }
}

/** The charset label declared in the first 1024 bytes, where HTML says it must be. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, 1024));
  for (const [meta] of head.matchAll(/<meta\s[^>]*>/giu)) {
    const charset = /charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(meta)?.[1];
    if (charset !== undefined) return charset;
  }
  return null;
}
