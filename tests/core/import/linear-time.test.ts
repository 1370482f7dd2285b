import { afterAll, describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../../../electron/core/documents/import/parse-file';
import { createTempFolder } from '../../helpers/fixtures/temp-files';

const temp = createTempFolder();
afterAll(() => temp.cleanup());

/**
 * Inputs built to trip patterns that rescan the rest of a line from every position. At 200 KB a
 * quadratic importer takes tens of seconds (200 KB of `[` in a .md took 57 s); a linear one takes
 * milliseconds. The budget is wide for a loaded CI machine, and still far below the quadratic time.
 */
const SIZE = 200_000;
const BUDGET_MS = 5_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));
const VTT_HEADER = 'WEBVTT\n\n00:00.000 --> 00:01.000\n';
const SRT_HEADER = '1\n00:00:00,000 --> 00:00:01,000\n';

const inputs: [string, string][] = [
  ['brackets.md', repeat('[')],
  ['backticks.md', repeat('`a')],
  ['images.md', repeat('![')],
  ['footnotes.md', repeat('[^')],
  ['emphasis.md', `${repeat('*')}a${repeat('*')}`],
  ['links.md', repeat('[a](')],
  ['tags.html', repeat('<a ')],
  ['quotes.html', `<p title="${repeat('<b ')}`],
  ['comments.html', repeat('<!-')],
  ['cues.vtt', VTT_HEADER + repeat('<v ')],
  ['arrows.vtt', VTT_HEADER + repeat('00:00.000 --> ')],
  ['tags.srt', SRT_HEADER + repeat('<i')],
  ['brackets.srt', SRT_HEADER + repeat('[')],
];

describe('importers run in linear time on pathological input', () => {
  it.each(inputs)('%s (200 KB) is read in a few milliseconds, not minutes', async (name, content) => {
    const path = temp.write(name, content);
    const started = performance.now();
    await parseDocumentFile(path).catch(() => undefined); // a refusal is fine, a hang is not
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
  });
});
