import { unzipSync } from 'fflate';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../electron/core/cases/csv';
import { readXlsxRows } from '../../electron/core/cases/xlsx';
import { createTestCore } from '../helpers/test-core';

const TEXT = `Enquêtrice : Et la confiance des habitants ?
Martine Lebrun : La confiance se perd en une semaine, « vraiment », et se regagne en des années.`;

async function codedProject() {
  const core = await createTestCore({ name: 'Étude' });
  await core.call('cases:import', { path: core.file('p.csv', 'Id;Type\nE01;élue\n') });
  await core.call('documents:import', { paths: [core.file('E01 - élue.txt', TEXT)] });
  await core.call('cases:autoLink', {});
  const [doc] = await core.call('documents:list', {});
  const parent = await core.call('codes:create', { name: 'Gouvernance', parentId: null, description: 'Définition, avec ; et "guillemets"' });
  const child = await core.call('codes:create', { name: 'Confiance / défiance', parentId: parent.id });
  const quote = 'La confiance se perd en une semaine, « vraiment »';
  const start = TEXT.indexOf(quote);
  await core.call('codings:apply', { documentId: doc!.id, codeId: child.id, start, end: start + quote.length });
  return { core, quote, start };
}

const csvRows = (path: string) => parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));

describe('exports', () => {
  it('writes coded segments as CSV: one row per coding with participant, attributes, code path, quote and position', async () => {
    const { core, quote, start } = await codedProject();
    const result = await core.call('exports:write', { format: 'csv', path: join(core.dir, 'out') });
    expect(result).toMatchObject({ format: 'csv', fileName: 'Étude - codages.csv' });
    const bytes = readFileSync(result.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(result.path);
    expect(rows[0]).toEqual(['Document', 'Participant', 'Type', 'Code', 'Quote', 'Speaker', 'Turn', 'Time', 'Start', 'End', 'Coder', 'Coded at']);
    expect(rows[1]!.slice(0, 10)).toEqual(['E01 - élue', 'E01', 'élue', 'Gouvernance/Confiance \\/ défiance', quote, 'Martine Lebrun', '2', '', String(start), String(start + quote.length)]);
  });

  it('writes an XLSX that a spreadsheet reader opens, with the codings and the codebook', async () => {
    const { core, quote } = await codedProject();
    const result = await core.call('exports:write', { format: 'xlsx', path: join(core.dir, 'codages.xlsx') });
    const bytes = new Uint8Array(readFileSync(result.path));
    const rows = readXlsxRows(bytes, 'codages.xlsx');
    expect(rows[1]).toContain(quote);
    expect(Object.keys(unzipSync(bytes))).toContain('xl/worksheets/sheet2.xml');
  });

  it('writes the codebook as CSV in tree order with definitions and counts', async () => {
    const { core } = await codedProject();
    const result = await core.call('exports:write', { format: 'codebook-csv', path: join(core.dir, 'grille.csv') });
    expect(csvRows(result.path)).toEqual([
      ['Code', 'Name', 'Parent', 'Definition', 'Colour', 'Codable', 'Codings', 'Documents'],
      ['Gouvernance', 'Gouvernance', '', 'Définition, avec ; et "guillemets"', expect.stringMatching(/^#/), 'yes', '0', '0'],
      ['Gouvernance/Confiance \\/ défiance', 'Confiance / défiance', 'Gouvernance', '', expect.stringMatching(/^#/), 'yes', '1', '1'],
    ]);
  });

  it('writes to a fresh folder of the app data when no path is given', async () => {
    const { core } = await codedProject();
    const result = await core.call('exports:write', { format: 'csv' });
    expect(result.path.startsWith(join(core.dataDir, 'exports'))).toBe(true);
    expect(existsSync(result.path)).toBe(true);
  });

  it('refuses a target it cannot write with a clear error, and leaves nothing half-written', async () => {
    const { core } = await codedProject();
    const file = core.file('note.txt', 'x');
    await expect(core.call('exports:write', { format: 'csv', path: join(file, 'x.csv') })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('x.csv'),
    });
    expect(readdirSync(join(core.dir, 'files')).sort()).toEqual(['E01 - élue.txt', 'note.txt', 'p.csv']);
  });
});
