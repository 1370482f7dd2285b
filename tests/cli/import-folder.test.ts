import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { buildXlsx } from '../helpers/fixtures/xlsx';
import { tempDir } from '../helpers/temp-dir';

async function cli(args: string[], dataDir: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), dataDir });
  return { code, stdout, stderr };
}

type ImportJson = {
  imported: { name: string }[];
  errors: { file: string; message: string }[];
  participants: { file: string; created: string[]; attributes: { name: string; type: string }[] }[];
  linked: { document: string; case: string }[];
};

/** A study folder as the README shows it: transcripts and a participants table side by side. */
function studyFolder(table: { name: string; content: string | Uint8Array }) {
  const dir = tempDir();
  const folder = join(dir, 'entretiens');
  mkdirSync(join(folder, 'vague 2'), { recursive: true });
  writeFileSync(join(folder, 'E01-elue.txt'), 'Enquêtrice : Et la confiance ?\n\nMartine Lebrun : Elle se perd vite.');
  writeFileSync(join(folder, 'E02-prestataire.md'), 'Enquêtrice : Et le budget ?\n\nKarim Benali : Il est serré.');
  writeFileSync(join(folder, 'vague 2', 'E03 expert.txt'), 'Enquêtrice : Et demain ?\n\nSofia Almeida : On verra.');
  writeFileSync(join(folder, table.name), table.content);
  return { dataDir: join(dir, 'data'), project: join(dir, 'étude.verbatim'), folder };
}

describe('verbatim import <folder>', () => {
  for (const table of [
    { name: 'participants.csv', content: 'Identifiant;Type d’acteur;Code postal\nE01;élu;01000\nE02;prestataire;75011\nE03;expert;69003\n' },
    { name: 'participants.xlsx', content: buildXlsx([['Identifiant', 'Type d’acteur', 'Code postal'], ['E01', 'élu', '01000'], ['E02', 'prestataire', '75011'], ['E03', 'expert', '69003']]) },
  ]) {
    it(`reads the folder’s ${table.name} as participants, its transcripts as documents, and links them`, async () => {
      const { dataDir, project, folder } = studyFolder(table);
      expect(await cli(['create', project], dataDir)).toMatchObject({ code: 0 });
      const run = await cli(['import', project, folder, '--json'], dataDir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as ImportJson;
      expect(report.errors).toEqual([]);
      expect(report.imported.map((d) => d.name)).toEqual(['E01-elue', 'E02-prestataire', 'E03 expert']);
      expect(report.participants).toEqual([
        expect.objectContaining({
          file: table.name,
          created: ['E01', 'E02', 'E03'],
          attributes: [
            { name: 'Type d’acteur', type: 'category', isNew: true },
            { name: 'Code postal', type: 'text', isNew: true },
          ],
        }),
      ]);
      expect(report.linked).toEqual([
        { document: 'E01-elue', case: 'E01' },
        { document: 'E02-prestataire', case: 'E02' },
        { document: 'E03 expert', case: 'E03' },
      ]);
      const info = JSON.parse((await cli(['info', project, '--json'], dataDir)).stdout) as { documents: { name: string; case: string | null }[] };
      expect(info.documents.map((d) => d.case)).toEqual(['E01', 'E02', 'E03']);
    });
  }

  it('reports a broken table of the folder by name and still imports the transcripts', async () => {
    const { dataDir, project, folder } = studyFolder({ name: 'participants.csv', content: 'Identifiant;Remarque\nE01;"jamais fermé\nE02;ok\n' });
    await cli(['create', project], dataDir);
    const run = await cli(['import', project, folder, '--json'], dataDir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as ImportJson;
    expect(report.errors).toEqual([{ file: 'participants.csv', message: expect.stringMatching(/^“participants\.csv” .*line 2/u) }]);
    expect(report.imported).toHaveLength(3);
  });
});
