import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, expect, it } from 'vitest';
import { parseDocumentFile } from '../../electron/core/documents/import/parse-file';
import { docxParts, paragraph, run } from '../helpers/fixtures/docx';
import { generateInterview } from './generate';

/**
 * Memory and time of a large .docx import (issue 14: a 54 MB .docx used 2.85 GB). Two shapes:
 * text only (a long transcript: `BENCH_DOCX_WORDS` words, formatted runs as Word writes them), and
 * text with pictures (`BENCH_DOCX_MEDIA_MB` of incompressible media, which the import never reads).
 * Peak memory is the process's VmHWM (Linux), so each shape runs in a fresh process when given alone
 * (`BENCH_DOCX_SHAPE=text|media`).
 */
const WORDS = Number(process.env.BENCH_DOCX_WORDS ?? 2_000_000);
const MEDIA_MB = Number(process.env.BENCH_DOCX_MEDIA_MB ?? 50);
const SHAPE = process.env.BENCH_DOCX_SHAPE ?? 'text';
const dir = mkdtempSync(join(tmpdir(), 'verbatim-docx-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let documentXmlMb = 0;
const peakMb = (): number => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;

/** The run properties Word writes on every run of a real document. */
const WORD_PROPS = '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="fr-FR"/>';

function bigDocx(words: number, mediaMb: number): Uint8Array {
  const body = generateInterview(words, 7)
    .split('\n')
    .filter((line) => line.trim() !== '')
    // Word splits paragraphs into runs (spell-check, revisions): three runs a paragraph.
    .map((line) => paragraph([run(line.slice(0, 20), WORD_PROPS), run(line.slice(20, 60), `<w:b/>${WORD_PROPS}`), run(line.slice(60), WORD_PROPS)]))
    .join('');
  const media: Record<string, Uint8Array> = {};
  for (let i = 0; i < mediaMb; i++) {
    const bytes = new Uint8Array(1024 * 1024);
    for (let j = 0; j < bytes.length; j += 4) new DataView(bytes.buffer).setUint32(j, (Math.imul(i * 1_000_003 + j, 2654435761) >>> 0));
    media[`word/media/image${i}.png`] = bytes;
  }
  const parts = { ...docxParts(body), ...media };
  documentXmlMb = (parts['word/document.xml'] as Uint8Array).length / 1024 / 1024;
  return zipSync(parts, { level: 6 });
}

it(`a large .docx (${SHAPE}): peak memory and time`, { timeout: 600_000 }, async () => {
  const path = join(dir, 'grand.docx');
  writeFileSync(path, SHAPE === 'media' ? bigDocx(50_000, MEDIA_MB) : bigDocx(WORDS, 0));
  const size = statSync(path).size / 1024 / 1024;
  const before = peakMb();
  const started = performance.now();
  const doc = await parseDocumentFile(path);
  const seconds = (performance.now() - started) / 1000;
  console.log(`docx ${SHAPE}: ${size.toFixed(1)} MB file (word/document.xml ${documentXmlMb.toFixed(0)} MB), ${doc.text.length.toLocaleString('en')} characters: ${seconds.toFixed(1)} s, peak memory ${Math.round(peakMb())} MB (${Math.round(before)} MB before)`);
  expect(doc.text.length).toBeGreaterThan(0);
});
