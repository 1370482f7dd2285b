import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { tempDir } from '../helpers/temp-dir';

async function cli(args: string[], dataDir: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), dataDir });
  return { code, stdout, stderr };
}

const E01 = `Enquêtrice : Pouvez-vous vous présenter ?
Martine Lebrun : Je suis adjointe à la mairie de Villeneuve-sur-Lot. Je travaille avec Mme Fabre et mon collègue Karim Haddad.
Enquêtrice : Merci.
`;

describe('verbatim anonymize and export --anonymized', () => {
  it('prints suggestions as JSON, accepts them all, writes the key, and exports anonymized transcripts', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const project = join(dir, 'étude.verbatim');
    const file = (name: string, content: string) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    await cli(['create', project], dataDir);
    await cli(['import', project, file('E01 - élue.txt', E01), file('participants.csv', 'Id;Fonction\nE01;élue\n')], dataDir);

    const suggested = await cli(['anonymize', project, '--suggest', '--json'], dataDir);
    expect(suggested).toMatchObject({ code: 0, stderr: '' });
    const { suggestions } = JSON.parse(suggested.stdout) as { suggestions: { text: string; category: string; occurrences: number; replacement: string }[] };
    expect(suggestions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: 'Martine Lebrun', category: 'participant', occurrences: 1, replacement: '[E01]' }),
        expect.objectContaining({ text: 'Villeneuve-sur-Lot', category: 'place', occurrences: 1, replacement: '[Lieu 1]' }),
        expect.objectContaining({ text: 'Fabre', category: 'person' }),
        expect.objectContaining({ text: 'Karim Haddad', category: 'person' }),
      ]),
    );

    const accepted = await cli(['anonymize', project, '--accept-all', '--key', join(dir, 'clé.csv'), '--json'], dataDir);
    expect(accepted.code).toBe(0);
    expect((JSON.parse(accepted.stdout) as { accepted: unknown[] }).accepted).toHaveLength(suggestions.length);
    expect(readFileSync(join(dir, 'clé.csv'), 'utf8')).toContain('Martine Lebrun,Martine | Lebrun,[E01],participant,yes,word');
    expect(JSON.parse((await cli(['anonymize', project, '--suggest', '--json'], dataDir)).stdout)).toEqual({ suggestions: [] });

    const exported = await cli(['export', project, '--format', 'transcripts-txt', '--out', join(dir, 'out'), '--anonymized', '--json'], dataDir);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const { path } = JSON.parse(exported.stdout) as { path: string };
    const text = new TextDecoder().decode(unzipSync(readFileSync(path))['E01 - élue.txt']!);
    expect(text).toMatch(/^Enquêtrice : Pouvez-vous vous présenter \?\n\[E01\] : Je suis adjointe à la mairie de \[Lieu 1\]\. Je travaille avec Mme \[Personne \d\] et mon collègue \[Personne \d\]\./u);
  });

  it('refuses an export that would leak, with the list on stderr, and writes nothing', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const project = join(dir, 'étude.verbatim');
    writeFileSync(join(dir, 'E01.txt'), E01);
    await cli(['create', project], dataDir);
    await cli(['import', project, join(dir, 'E01.txt')], dataDir);
    await cli(['anonymize', project, '--accept-all'], dataDir);
    // A code names Karim Haddad by his surname alone, which is not a variant of his entry.
    await cli(['code', project, '--document', 'E01', '--quote', 'Mme Fabre', '--code', 'Relations avec Haddad'], dataDir);
    const refused = await cli(['export', project, '--format', 'codebook-csv', '--out', join(dir, 'out'), '--anonymized'], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^verbatim: The anonymized export was not written: 1 original\(s\) remain: « Haddad »/u);
    expect(existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : []).toEqual([]);
    expect((await cli(['anonymize', project], dataDir)).code).toBe(2);
  });
});
