import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { ExportFormat } from '../../shared/contract';
import { createTestCore } from '../helpers/test-core';

async function cli(args: string[], dataDir: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), dataDir });
  return { code, stdout, stderr };
}

/** An interview that opens with a header block, as transcription services write them. */
const E04 = `Entretien E04 — coordinatrice associative
Date : 12 mars 2025
Lieu : Lyon, locaux de l’association
Durée : 45 minutes
Interviewer : Julie R.

Enquêtrice : Pouvez-vous vous présenter ?

Nadia Ferhat : Je coordonne la Fabrique des Communs, dans le Nord. Avec Marc D. on couvre toute la Métropole, et nos partenaires du Benelux passent par Toronto.
`;

const utf8 = new TextDecoder();
/** Every text of a written export, archives opened (nested ones too). */
function textsOf(path: string): string {
  const bytes = readFileSync(path);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return utf8.decode(bytes);
  return Object.entries(unzipSync(bytes))
    .map(([name, data]) => (data[0] === 0x50 && data[1] === 0x4b ? Object.values(unzipSync(data)).map((d) => utf8.decode(d)).join('\n') : `${name}\n${utf8.decode(data)}`))
    .join('\n');
}

async function sampleStudy() {
  const core = await createTestCore({ open: false });
  const { path } = await core.call('project:openSample', {});
  await core.call('documents:import', { paths: [core.file('E04 - coordinatrice.txt', E04)] });
  await core.close();
  return { path, dataDir: core.dataDir, dir: core.dir };
}

describe('accept-all then an anonymized export, on the sample study', () => {
  it('suggests no header label as a person, and exports every format with no leak', async () => {
    const { path, dataDir, dir } = await sampleStudy();
    const suggested = JSON.parse((await cli(['anonymize', path, '--suggest', '--json'], dataDir)).stdout) as { suggestions: { text: string; category: string }[] };
    const byText = new Map(suggested.suggestions.map((s) => [s.text, s.category]));
    for (const label of ['Lieu', 'Date', 'Durée', 'Interviewer', 'Nord', 'Benelux', 'Fabrique', 'Métropole']) expect(byText.has(label), label).toBe(false);
    expect(byText.get('Julie R.')).toBe('person');
    expect(byText.get('Marc D.')).toBe('person');
    expect(byText.get('Lyon')).toBe('place');
    expect(byText.get('Toronto')).toBe('place');
    expect(byText.get('Lisbonne')).toBe('place');

    expect((await cli(['anonymize', path, '--accept-all'], dataDir)).code).toBe(0);
    for (const format of ExportFormat.options) {
      const r = await cli(['export', path, '--format', format, '--out', join(dir, format), '--anonymized', '--json'], dataDir);
      expect(r, format).toMatchObject({ code: 0, stderr: '' });
      const all = textsOf((JSON.parse(r.stdout) as { path: string }).path);
      for (const name of ['Martine Lebrun', 'Karim Benali', 'Sofia Almeida', 'Julie R.', 'Marc D.', 'Nadia Ferhat', 'Toronto']) expect(all, `${name} in ${format}`).not.toContain(name);
    }
    const transcripts = textsOf(join(dir, 'transcripts-txt', readdirOne(join(dir, 'transcripts-txt'))));
    expect(transcripts).toMatch(/Lieu : \[Lieu \d+\], locaux de l’association/u);
    expect(transcripts).toMatch(/Interviewer : \[Personne \d+\]\n/u);
  });

  it('never counts a replacement label as a leak, nor replaces it again, even when its word is in the table', async () => {
    const { path, dataDir, dir } = await sampleStudy();
    expect((await cli(['anonymize', path, '--accept-all'], dataDir)).code).toBe(0);
    // What detection did before: the header `Lieu` taken for a name, next to places labelled `[Lieu N]`.
    const core = await createTestCore({ open: false });
    await core.session.dispatch('project:open', { path });
    const lieu = await core.call('pseudonyms:add', { original: 'Lieu', category: 'person' });
    const personne = await core.call('pseudonyms:add', { original: 'Personne', category: 'person', matching: 'whole-name' });
    // A participant's identifier written in a transcript's title, put in the table as well.
    await core.call('pseudonyms:add', { original: 'E01', category: 'custom' });
    await core.close();
    for (const format of ExportFormat.options) {
      const r = await cli(['export', path, '--format', format, '--out', join(dir, `again-${format}`), '--anonymized', '--json'], dataDir);
      expect(r, format).toMatchObject({ code: 0, stderr: '' });
    }
    const transcripts = textsOf(join(dir, 'again-transcripts-txt', readdirOne(join(dir, 'again-transcripts-txt'))));
    expect(transcripts).toContain(`${lieu.replacement} : [Lieu `);
    expect(transcripts).toMatch(/Interviewer : \[Personne \d+\]\n/u);
    // One pass: `[Personne 2]` never becomes `[[Personne 3] 2]`.
    expect(personne.replacement).toMatch(/^\[Personne \d+\]$/u);
    expect(transcripts).not.toContain('[[');
  });
});

const readdirOne = (folder: string) => readdirSync(folder)[0]!;
