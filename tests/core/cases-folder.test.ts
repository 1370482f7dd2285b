import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/test-core';

describe('a study folder with its participants table', () => {
  it('imports the transcripts as documents and hands the table back for the participants import', async () => {
    const core = await createTestCore();
    core.file('Etude/E01-elue.txt', 'Enquêtrice : Et la confiance ?\n\nMartine : Elle se perd vite.');
    core.file('Etude/entretiens/E02 expert.txt', 'Enquêtrice : Et demain ?\n\nSofia : On verra.');
    const table = core.file('Etude/participants.csv', 'Identifiant;Type d’acteur\nE01;élu\nE02;expert\n');
    const report = await core.call('documents:import', { paths: [dirname(table)] });
    expect(report.errors).toEqual([]);
    expect(report.imported.map((d) => d.name)).toEqual(['E01-elue', 'E02 expert']);
    expect(report.tables).toEqual([table]);
    await core.call('cases:import', { path: report.tables![0]! });
    expect((await core.call('cases:autoLink', {})).linked).toEqual([
      { document: 'E01-elue', case: 'E01' },
      { document: 'E02 expert', case: 'E02' },
    ]);
    // A table named explicitly is no folder's table: the documents import still refuses it, by name.
    const direct = await core.call('documents:import', { paths: [table] });
    expect(direct.tables).toBeUndefined();
    expect(direct.errors).toEqual([expect.objectContaining({ file: 'participants.csv', code: 'UNSUPPORTED_FILE' })]);
  });
});
