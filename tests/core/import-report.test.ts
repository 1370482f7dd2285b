import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { decodeText } from '../../electron/core/documents/import/decode-text';
import { buildDocx, paragraph } from '../helpers/fixtures/docx';
import { createTestCore } from '../helpers/test-core';
import { tempDir } from '../helpers/temp-dir';

const INTERVIEW = [
  'Enquêtrice : Pouvez-vous vous présenter ?',
  'Martine Lebrun : Je suis adjointe à la mairie, « depuis 2020 » — c’est ça.',
  'Enquêtrice : Merci.',
];

describe('importing a text already in the project', () => {
  it('reports a .txt whose text is that of a .docx already imported, and imports it only when asked', async () => {
    const core = await createTestCore();
    const docx = core.file('E01 - élue.docx', buildDocx(INTERVIEW.map((line) => paragraph(line)).join('')));
    const first = await core.call('documents:import', { paths: [docx] });
    expect(first).toMatchObject({ imported: [{ name: 'E01 - élue' }], duplicates: [], errors: [] });

    // Same words, other line ends, spacing, apostrophes and quotes: the same interview saved as text.
    const txt = core.file('E01.txt', `${INTERVIEW[0]}\r\n\r\n${INTERVIEW[1]!.replace('’', "'").replace('« ', '"').replace(' »', '"')}  \r\n${INTERVIEW[2]}\r\n`);
    const other = core.file('E02.txt', 'Enquêtrice : Autre entretien.\nPaul : Oui.');
    const second = await core.call('documents:import', { paths: [txt, other] });
    expect(second.imported.map((d) => d.name)).toEqual(['E02']);
    expect(second.duplicates).toEqual([{ file: 'E01.txt', path: txt, existing: 'E01 - élue' }]);
    expect((await core.call('documents:list', {})).map((d) => d.name)).toEqual(['E01 - élue', 'E02']);

    const anyway = await core.call('documents:import', { paths: [txt], allowDuplicates: true });
    expect(anyway).toMatchObject({ imported: [{ name: 'E01' }], duplicates: [] });
  });

  it('reports a duplicate within one batch, named after the document the first file became', async () => {
    const core = await createTestCore();
    await core.call('documents:import', { paths: [core.file('a.txt', 'Déjà là.')] });
    const report = await core.call('documents:import', { paths: [core.file('sub/a.md', '**Nouveau** texte.'), core.file('b.txt', 'Nouveau texte.')] });
    expect(report.imported.map((d) => d.name)).toEqual(['a (2)']);
    expect(report.duplicates).toEqual([expect.objectContaining({ file: 'b.txt', existing: 'a (2)' })]);
  });

  it('the CLI prints duplicates in --json and imports them with --allow-duplicates', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const project = join(dir, 'étude.verbatim');
    const core = await createTestCore({ open: false });
    const a = core.file('E01.txt', INTERVIEW.join('\n'));
    const b = core.file('E01 copie.txt', INTERVIEW.join('\n\n'));
    const run = async (args: string[]) => {
      let stdout = '';
      const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: () => undefined, dataDir });
      return { code, stdout };
    };
    await run(['create', project]);
    expect(JSON.parse((await run(['import', project, a, '--json'])).stdout)).toMatchObject({ imported: [{ name: 'E01' }], duplicates: [] });
    const again = await run(['import', project, b, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: [], errors: [], duplicates: [{ file: 'E01 copie.txt', existing: 'E01' }] });
    expect(JSON.parse((await run(['import', project, b, '--json', '--allow-duplicates'])).stdout)).toMatchObject({ imported: [{ name: 'E01 copie' }], duplicates: [] });
  });
});

describe('a UTF-8 file with a bad byte', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

  it('stays UTF-8: the bad byte becomes U+FFFD and the import reports its line', async () => {
    const core = await createTestCore();
    const bytes = concat(utf8('Enquêtrice : Où étiez-vous ?\nMartine : À l’école'), Uint8Array.of(0xff), utf8(' élémentaire.\nEnquêtrice : Merci.\n'));
    const report = await core.call('documents:import', { paths: [core.file('E01.txt', bytes)] });
    const text = (await core.call('documents:get', { id: report.imported[0]!.id })).text;
    expect(text).toBe('Enquêtrice : Où étiez-vous ?\nMartine : À l’école\uFFFD élémentaire.\nEnquêtrice : Merci.');
    expect(report.warnings).toEqual([{ file: 'E01.txt', message: expect.stringContaining('line 2 has'), invalidLines: [2] }]);
    expect(report.warnings?.[0]?.message).toContain('“E01.txt”');
  });

  it('names every damaged line, a truncated sequence too, and leaves clean files without warning', () => {
    const bytes = concat(utf8('un été\n'), Uint8Array.of(0xc3), utf8('\ntrois déjà\nquatre'), Uint8Array.of(0xe9, 0xe8), utf8(' fin'));
    expect(decodeText(bytes, 'a.txt')).toMatchObject({ text: 'un été\n\uFFFD\ntrois déjà\nquatre\uFFFD\uFFFD fin', encoding: 'utf-8+replaced', invalidLines: [2, 4] });
    expect(decodeText(utf8('déjà'), 'a.txt')).toMatchObject({ encoding: 'utf-8', invalidLines: [] });
  });

  it('a real Windows-1252 file (no valid UTF-8 sequence, many high bytes) is still read as Windows-1252, without warning', async () => {
    const core = await createTestCore();
    const windows1252 = Uint8Array.from([...'Enqu'].map((c) => c.charCodeAt(0)).concat([0xea], [...'trice : o'].map((c) => c.charCodeAt(0)), [0xf9, 0x20, 0xe9, 0x74, 0xe9]));
    const report = await core.call('documents:import', { paths: [core.file('ancien.txt', windows1252)] });
    expect((await core.call('documents:get', { id: report.imported[0]!.id })).text).toBe('Enquêtrice : où été');
    expect(report.warnings).toEqual([]);
  });
});
