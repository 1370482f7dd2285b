import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocumentFileWithDetails } from '../../electron/core/documents/import/parse-file';
import type { ParsedDocument } from '../../electron/core/documents/import/types';
import { expectTurnsCoverText } from '../core/import/turn-invariants';

/**
 * Real transcripts from public sources (`../shared/corpus/transcripts`, beside the clone; see its
 * SOURCES.md): every file must import, and what the importers find must look sensible. The corpus
 * is not part of the repository (its licences differ), so this suite skips where it is absent.
 * It asserts properties, never the corpus's text.
 */
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/transcripts', import.meta.url));
const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) console.info(`[corpus] ${CORPUS} not found: the transcript corpus suite is skipped.`);

const IMPORTABLE = new Set(['.txt', '.md', '.docx', '.odt', '.html', '.htm', '.vtt', '.srt']);

function corpusFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? corpusFiles(path) : IMPORTABLE.has(extname(name).toLowerCase()) ? [path] : [];
    })
    .sort();
}

const files = corpusFiles(CORPUS);
const speakersOf = (document: ParsedDocument): Set<string> => new Set(document.turns.flatMap((turn) => (turn.speaker === null ? [] : [turn.speaker])));
const importFile = async (name: string): Promise<ParsedDocument> => {
  const path = files.find((file) => basename(file).startsWith(name));
  if (path === undefined) throw new Error(`The corpus has no file starting with ${name}`);
  return (await parseDocumentFileWithDetails(path)).document;
};

describe.skipIf(!hasCorpus)('transcript corpus', () => {
  it.each(files.map((path) => [relative(CORPUS, path), path]))('imports %s with sound turns and speakers', async (_, path) => {
    const { document } = await parseDocumentFileWithDetails(path);
    expectTurnsCoverText(document);
    expect(document.text).not.toContain('\uFFFD');
    expect(document.text).not.toContain('-->');
    for (const turn of document.turns) {
      if (turn.speaker !== null) {
        expect(turn.speaker.length).toBeLessThanOrEqual(60);
        expect(turn.speaker).not.toMatch(/^\d|\d:\d\d/u); // a time read as a name
        expect(turn.speaker).toBe(turn.speaker.trim());
      }
      if (turn.tStartMs !== null && turn.tEndMs !== null) expect(turn.tEndMs).toBeGreaterThanOrEqual(turn.tStartMs);
    }
    if (document.format === 'vtt' || document.format === 'srt') {
      expect(document.turns.every((turn) => turn.tStartMs !== null && turn.tEndMs !== null)).toBe(true);
    }
  });

  it('finds the voices of WebVTT voice tags, each turn starting with its `Name: ` label', async () => {
    for (const name of ['talkpython_546_voice-tags', 'podcastindex_example.vtt']) {
      const document = await importFile(name);
      expect(speakersOf(document).size).toBeGreaterThanOrEqual(2);
      for (const turn of document.turns) expect(document.text.slice(turn.start, turn.labelEnd)).toBe(`${turn.speaker}: `);
    }
  });

  it('carries the names of an .srt file given only when the speaker changes', async () => {
    const document = await importFile('podcastindex_example.srt');
    expect(speakersOf(document).size).toBeGreaterThanOrEqual(2);
    expect(document.turns.every((turn) => turn.speaker !== null)).toBe(true);
  });

  it('splits dash and chevron captions into turns without inventing names, and merges unmarked captions by sentence', async () => {
    for (const name of ['talkpython_341_dash-turns', 'talkpython_422_chevron-turns', 'talkpython_001_no-speakers']) {
      const document = await importFile(name);
      expect(speakersOf(document).size).toBe(0);
      expect(document.turns.length).toBeGreaterThan(10);
      expect(document.text).not.toMatch(/(?:^|\n)(?:- |>>)/u);
    }
  });

  it('reads Teams-style name lines as labelled, timed turns', async () => {
    for (const name of ['qux360_interview_A', 'qux360_interview_B']) {
      const document = await importFile(name);
      expect(speakersOf(document).size).toBeGreaterThanOrEqual(2);
      expect(document.turns.every((turn) => turn.speaker !== null && turn.labelEnd > turn.start && turn.tStartMs !== null)).toBe(true);
      expect(document.text).not.toMatch(/\s\d{1,2}:\d\d(?:\n|$)/u);
    }
  });

  it('finds the speakers of the French interviews (Rhapsodie) on every turn', async () => {
    const interviews = files.filter((file) => basename(file).startsWith('rhapsodie_'));
    expect(interviews.length).toBeGreaterThan(0);
    for (const path of interviews) {
      const { document } = await parseDocumentFileWithDetails(path);
      expect(speakersOf(document).size).toBeGreaterThanOrEqual(2);
      expect(document.turns.every((turn) => turn.speaker !== null && turn.labelEnd > turn.start)).toBe(true);
    }
  });

  it('finds Markdown and bracket labels, and timestamps that open lines', async () => {
    for (const name of ['changelog_brain-science-1', 'changelog_the-changelog-205', 'qualcoder_example_focusgroup']) {
      expect(speakersOf(await importFile(name)).size).toBeGreaterThanOrEqual(2);
    }
    const timestamped = await importFile('talkpython_001_nicola-iarocci_timestamped');
    expect(speakersOf(timestamped).size).toBe(0);
    expect(timestamped.turns.every((turn) => turn.tStartMs !== null)).toBe(true);
    expect(timestamped.text).not.toMatch(/(?:^|\n)\d\d:\d\d:\d\d/u);
  });

  it('finds no speaker in documents without labels', async () => {
    for (const name of ['qualcoder_ID1', 'qualcoder_special.chars', 'qualcoder_test_file_greek']) {
      expect(speakersOf(await importFile(name)).size).toBe(0);
    }
  });
});
