import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_XML_BYTES } from '../../../electron/core/documents/import/docx';
import { parseDocumentFile } from '../../../electron/core/documents/import/parse-file';
import { docxParts, paragraph } from '../../helpers/fixtures/docx';
import { createTempFolder } from '../../helpers/fixtures/temp-files';
import { rejection } from './rejection';

const temp = createTempFolder();
afterAll(() => temp.cleanup());

/** Letters that do not compress much (a real text's ratio, not a zip bomb's). */
function letters(count: number): string {
  let s = 0x9e3779b9;
  const chars = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    chars[i] = i % 7 === 6 ? ' ' : String.fromCharCode(97 + (s >>> 27));
  }
  return chars.join('');
}

describe('a .docx with more text than the import can hold in memory', () => {
  it('is refused as FILE_TOO_LARGE, naming the file and the limit, before the parser reads it', async () => {
    // One 100,000-letter paragraph repeated: deflate only sees 32 KB back, so it still hardly compresses.
    const one = paragraph(letters(100_000));
    const paragraphs = Array.from({ length: 220 }, () => one);
    const bytes = zipSync(docxParts(paragraphs.join('')), { level: 1 });
    const path = temp.write('transcription intégrale.docx', bytes);
    const started = performance.now();
    await expect(parseDocumentFile(path)).rejects.toThrow(rejection('FILE_TOO_LARGE', '“transcription intégrale.docx”', `${MAX_DOCUMENT_XML_BYTES / 1024 / 1024} MB`, 'split it'));
    // Refused from the zip's directory: mammoth never builds its tree (that takes many seconds).
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a long document under the limit is read', async () => {
    const doc = await parseDocumentFile(temp.write('long.docx', zipSync(docxParts(paragraph(letters(200_000))), { level: 1 })));
    expect(doc.text.length).toBeGreaterThan(150_000);
  });
});
