import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { createTestCore, type TestCore } from '../../helpers/test-core';
import { tempDir } from '../../helpers/temp-dir';
import { zip } from './vendor-fixtures';

/**
 * A crafted REFI-QDA project must not pull a text file of the computer into the project: sources
 * outside the folder of the imported file are read only once the user confirms their exact path.
 */
const SECRET = 'Mot de passe du coffre : 1234';

/** A project naming one source by `plainTextPath`, with an optional `basePath`. */
const projectXml = (plainTextPath: string, basePath?: string) => `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="x"${basePath === undefined ? '' : ` basePath="${basePath}"`}>
  <CodeBook><Codes><Code guid="00000000-0000-4000-8000-000000000001" name="A" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="00000000-0000-4000-8000-000000000002" name="Fuite" plainTextPath="${plainTextPath}"/></Sources>
</Project>`;

/** A secret text file in a folder beside (not inside) the folder of the file to import. */
function layout() {
  const root = tempDir();
  const secretDir = join(root, 'privé');
  const importDir = join(root, 'import');
  mkdirSync(secretDir, { recursive: true });
  mkdirSync(join(importDir, 'sous-dossier'), { recursive: true });
  const secret = join(secretDir, 'secret.txt');
  writeFileSync(secret, SECRET);
  return { root, importDir, secret };
}

async function importedTexts(core: TestCore) {
  const docs = await core.call('documents:list', {});
  return Promise.all(docs.map(async (d) => (await core.call('documents:get', { id: d.id })).text));
}

describe('REFI-QDA sources outside the imported file’s folder', () => {
  const crafted: [string, (l: ReturnType<typeof layout>) => { xml: string; path?: string }][] = [
    ['absolute:/// to a file elsewhere', (l) => ({ xml: projectXml(`absolute://${l.secret}`) })],
    ['relative:/// climbing with ..', () => ({ xml: projectXml('relative:///../privé/secret.txt') })],
    ['a bare path climbing with ..', () => ({ xml: projectXml('../privé/secret.txt') })],
    ['basePath="/" with a relative path', (l) => ({ xml: projectXml(`relative://${l.secret}`, '/') })],
    ['a file:/// basePath', (l) => ({ xml: projectXml('relative:///secret.txt', `file://${join(l.root, 'privé')}`) })],
  ];
  for (const format of ['qdpx', 'qde'] as const) {
    for (const [label, make] of crafted) {
      it(`${format}: ${label} is skipped, named in the report, and read once confirmed`, async () => {
        const l = layout();
        const core = await createTestCore();
        const { xml } = make(l);
        const file = join(l.importDir, `projet.${format}`);
        writeFileSync(file, format === 'qdpx' ? zip({ 'project.qde': xml }) : xml);

        const report = await core.call('refi:import', { path: file });
        expect(report.counts.documents).toBe(0);
        expect(report.skipped).toEqual([expect.objectContaining({ what: 'source', name: 'Fuite', outsidePath: l.secret })]);
        expect(report.skipped[0]!.reason).toContain(l.secret);
        expect(report.skipped[0]!.reason).toContain(`“projet.${format}”`);
        expect(await importedTexts(core)).toEqual([]);

        // Confirming another path reads nothing; confirming this one reads it.
        const other = await core.call('refi:import', { path: file, allowOutsideSources: [join(l.root, 'autre.txt')] });
        expect(other.counts.documents).toBe(0);
        const confirmed = await core.call('refi:import', { path: file, allowOutsideSources: [l.secret] });
        expect(confirmed.counts.documents).toBe(1);
        expect(await importedTexts(core)).toEqual([SECRET]);
      });
    }
  }

  it('a symbolic link inside the folder that points outside counts as outside (its target is named)', async () => {
    const l = layout();
    symlinkSync(l.secret, join(l.importDir, 'sous-dossier', 'lien.txt'));
    const core = await createTestCore();
    const file = join(l.importDir, 'projet.qdpx');
    writeFileSync(file, zip({ 'project.qde': projectXml('relative:///sous-dossier/lien.txt') }));
    const report = await core.call('refi:import', { path: file });
    expect(report.counts.documents).toBe(0);
    expect(report.skipped).toEqual([expect.objectContaining({ what: 'source', outsidePath: l.secret })]);
    const viaDocuments = await core.call('documents:import', { paths: [file], allowOutsideSources: [l.secret] });
    expect(viaDocuments.exchanges?.[0]?.counts.documents).toBe(1);
    expect(await importedTexts(core)).toEqual([SECRET]);
  });

  it('sources in the folder and its sub-folders (and symbolic links that stay inside) are read without a question', async () => {
    const l = layout();
    writeFileSync(join(l.importDir, 'sous-dossier', 'entretien.txt'), 'Texte dans le dossier.');
    symlinkSync(join(l.importDir, 'sous-dossier', 'entretien.txt'), join(l.importDir, 'lien.txt'));
    const core = await createTestCore();
    for (const [name, path] of [
      ['a.qdpx', 'relative:///sous-dossier/entretien.txt'],
      ['b.qdpx', `absolute://${join(l.importDir, 'sous-dossier', 'entretien.txt')}`],
      ['c.qdpx', 'lien.txt'],
    ] as const) {
      writeFileSync(join(l.importDir, name), zip({ 'project.qde': projectXml(path) }));
      const report = await core.call('refi:import', { path: join(l.importDir, name) });
      expect(report.skipped).toEqual([]);
      expect(report.counts.documents).toBe(1);
    }
  });

  it('the package’s own copy wins over a path outside, without a question', async () => {
    const l = layout();
    const core = await createTestCore();
    const file = join(l.importDir, 'projet.qdpx');
    writeFileSync(file, zip({ 'project.qde': projectXml(`absolute://${l.secret}`), 'sources/secret.txt': 'La copie du paquet.' }));
    const report = await core.call('refi:import', { path: file });
    expect(report.skipped).toEqual([]);
    expect(await importedTexts(core)).toEqual(['La copie du paquet.']);
  });

  it('the CLI refuses them and says how to confirm; --allow-outside-sources names and reads them', async () => {
    const l = layout();
    const dataDir = join(l.root, 'data');
    const project = join(l.root, 'étude.verbatim');
    const file = join(l.importDir, 'projet.qdpx');
    writeFileSync(file, zip({ 'project.qde': projectXml('relative:///../privé/secret.txt') }));
    const run = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), dataDir });
      return { code, stdout, stderr };
    };
    expect((await run(['create', project])).code).toBe(0);
    const refused = await run(['import', project, file]);
    expect(refused.stderr).toContain(l.secret);
    expect(refused.stderr).toContain('--allow-outside-sources');
    expect(JSON.parse((await run(['info', project, '--json'])).stdout).documents).toEqual([]);

    const allowed = await run(['import', project, file, '--allow-outside-sources']);
    expect(allowed.stderr).toContain(`reading ${l.secret}`);
    expect(JSON.parse((await run(['info', project, '--json'])).stdout).documents).toEqual([expect.objectContaining({ name: 'Fuite' })]);
  });
});
