import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { parseQdaXml } from '../../../electron/core/refi/parse-project';
import { createTestCore, type TestCore } from '../../helpers/test-core';
import { caseValues, codedQuotes, codeTree, memoList } from './refi-helpers';

/**
 * QDPX and QDC exports: valid against the REFI-QDA 2019 schemas (MIT; copied in ./schemas with
 * their notice), code-point offsets, and a round trip that gives the project back.
 */
const SCHEMAS = fileURLToPath(new URL('./schemas/', import.meta.url));
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint) console.info('[refi] xmllint not found (Debian: libxml2-utils): schema validation of exports is skipped.');

function validate(xml: string, schema: 'Project' | 'Codebook', dir: string): void {
  const file = join(dir, `check-${schema}.xml`);
  writeFileSync(file, xml);
  // Throws with xmllint's message when the document does not validate.
  execFileSync('xmllint', ['--noout', '--schema', join(SCHEMAS, `${schema}-mrt2019.xsd`), file], { stdio: 'pipe' });
}

const E01 = 'Enquêtrice : Vous êtes là depuis quand ? 🙂\nMartine Lebrun : Depuis 2009 🏡, et la confiance se perd vite.\nMartine Lebrun : On ne nous écoute pas « vraiment ».';
const E02 = 'Jean : Le quartier a changé, les commerces ont fermé.';

/** A project with everything a QDPX carries: hierarchy, folders, colours, codings after emoji, cases, typed attributes, memos everywhere. */
async function richProject(): Promise<TestCore> {
  const core = await createTestCore({ name: 'Étude <confiance> & "écoute"' });
  await core.call('documents:import', { paths: [core.file('E01 - élue.txt', E01), core.file('E02 - habitant.txt', E02)] });
  await core.call('cases:import', { path: core.file('participants.csv', 'Id;Âge;Arrivée;Groupe;Commentaire\nE01;54;14/03/2009;élue;Très engagée\nE02;31;01/02/2015;habitant;Réservé\nE03;40;;habitant;\n') });
  await core.call('cases:autoLink', {});
  const [e01, e02] = await core.call('documents:list', {});
  const folder = await core.call('codes:create', { name: 'Gouvernance', parentId: null, description: 'Définition : <pouvoir> & "décision"\nExclure : le vote.' });
  await core.call('codes:update', { id: folder.id, isCodable: false });
  const trust = await core.call('codes:create', { name: 'Confiance / défiance', parentId: folder.id, color: '#d62728' });
  const listen = await core.call('codes:create', { name: 'Écoute', parentId: null });
  const change = await core.call('codes:create', { name: 'Changement', parentId: null });
  const code = async (documentId: number, text: string, quote: string, codeId: number) => {
    const start = text.indexOf(quote);
    return core.call('codings:apply', { documentId, codeId, start, end: start + quote.length });
  };
  const coding = await code(e01!.id, E01, 'la confiance se perd vite', trust.id);
  await code(e01!.id, E01, 'On ne nous écoute pas « vraiment »', listen.id);
  await code(e01!.id, E01, 'Depuis 2009 🏡, et la confiance', change.id);
  await code(e02!.id, E02, 'les commerces ont fermé', change.id);
  const [case1] = await core.call('cases:list', {});
  await core.call('memos:create', { target: { type: 'project' }, title: 'Journal', body: 'Terrain commencé en mars.\nDeux entretiens.' });
  await core.call('memos:create', { target: { type: 'document', id: e01!.id }, title: 'Contexte', body: 'Entretien en mairie.' });
  await core.call('memos:create', { target: { type: 'code', id: trust.id }, title: 'Définition', body: 'Perte de confiance envers les élus.' });
  await core.call('memos:create', { target: { type: 'case', id: case1!.id }, title: 'Profil', body: 'Élue depuis 2014.' });
  await core.call('memos:create', { target: { type: 'coding', id: coding.id }, title: 'Citation forte', body: 'À reprendre dans le rapport.' });
  return core;
}

describe('QDPX export', () => {
  it('writes project.qde and sources/ in lowercase, no BOM, no richTextPath, code-point offsets', async () => {
    const core = await richProject();
    const result = await core.call('exports:write', { format: 'qdpx', path: join(core.dir, 'out') });
    expect(result.fileName).toMatch(/ - projet\.qdpx$/u);
    const files = unzipSync(new Uint8Array(readFileSync(result.path)));
    const names = Object.keys(files).sort();
    expect(names[0]).toBe('project.qde');
    expect(names.slice(1).every((n) => /^sources\/[0-9a-f-]{36}\.txt$/u.test(n))).toBe(true);
    expect(names).toHaveLength(3);
    const xml = strFromU8(files['project.qde']!);
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml).not.toContain('richTextPath');
    for (const name of names.slice(1)) expect(files[name]![0]).not.toBe(0xef);

    const project = parseQdaXml(xml, 'project.qde');
    const texts = new Map(project.sources.map((s) => [s.guid, strFromU8(files[`sources/${s.guid}.txt`]!)]));
    const selections = project.sources.flatMap((s) => s.selections.map((sel) => ({ text: texts.get(s.guid)!, sel })));
    expect(selections).toHaveLength(4);
    for (const { text, sel } of selections) {
      // Code points: the selected text is the same whichever way a reader slices it.
      expect([...text].slice(sel.start, sel.end).join('')).toBe(sel.name);
    }
    const afterEmoji = selections.find((s) => s.sel.name === 'la confiance se perd vite')!;
    expect(afterEmoji.sel.start).toBe([...E01.slice(0, E01.indexOf('la confiance se perd vite'))].length);
    expect(afterEmoji.sel.start).toBeLessThan(E01.indexOf('la confiance se perd vite'));
    expect(project.users.map((u) => u.name)).toEqual(['Codeur 1']);
    expect(project.variables.map((v) => [v.name, v.type])).toEqual([['Âge', 'Float'], ['Arrivée', 'Date'], ['Groupe', 'Text'], ['Commentaire', 'Text']]);
    expect(project.notes).toHaveLength(5);
    expect(project.links).toHaveLength(1);
  });

  it.skipIf(!hasXmllint)('validates against the 2019 Project schema, with and without content', async () => {
    const core = await richProject();
    const result = await core.call('exports:write', { format: 'qdpx', path: join(core.dir, 'projet.qdpx') });
    validate(strFromU8(unzipSync(new Uint8Array(readFileSync(result.path)))['project.qde']!), 'Project', core.dir);
    const empty = await createTestCore();
    const nothing = await empty.call('exports:write', { format: 'qdpx', path: join(empty.dir, 'vide.qdpx') });
    validate(strFromU8(unzipSync(new Uint8Array(readFileSync(nothing.path)))['project.qde']!), 'Project', empty.dir);
  });

  it.skipIf(!hasXmllint)('an invalid document is caught by the validation (the check can fail)', async () => {
    const core = await createTestCore();
    expect(() => validate('<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0"/>', 'Project', core.dir)).toThrow();
  });

  it('gives the same codes, documents, codings, cases, variables and memos back when imported into a new project', async () => {
    const core = await richProject();
    const result = await core.call('exports:write', { format: 'qdpx', path: join(core.dir, 'projet.qdpx') });
    const fresh = await createTestCore({ name: 'Copie' });
    const report = await fresh.call('refi:import', { path: result.path });
    expect(report).toMatchObject({ origin: 'Verbatim', offsetUnit: 'codepoints', skipped: [], notes: [] });

    expect(await codeTree(fresh)).toEqual(await codeTree(core));
    const documents = async (c: TestCore) =>
      Promise.all((await c.call('documents:list', {})).map(async (d) => ({ name: d.name, text: (await c.call('documents:get', { id: d.id })).text })));
    expect(await documents(fresh)).toEqual(await documents(core));
    expect(await codedQuotes(fresh)).toEqual(await codedQuotes(core));
    expect(await caseValues(fresh)).toEqual(await caseValues(core));
    const attributes = async (c: TestCore) => (await c.call('attributes:list', {})).map((a) => [a.name, a.type, a.values]);
    expect(await attributes(fresh)).toEqual(await attributes(core));
    expect(await memoList(fresh)).toEqual(await memoList(core));
    expect(await memoList(fresh)).toHaveLength(5);
  });
});

describe('anonymized QDPX export', () => {
  it('goes through the anonymization layer: names replaced in texts and selections, offsets still exact, no leak', async () => {
    const core = await richProject();
    await core.call('pseudonyms:add', { original: 'Martine Lebrun', category: 'person', replacement: 'Sophie Durand' });
    const result = await core.call('exports:write', { format: 'qdpx', path: join(core.dir, 'anonyme.qdpx'), anonymized: true });
    const files = unzipSync(new Uint8Array(readFileSync(result.path)));
    const all = Object.values(files).map((f) => strFromU8(f)).join('\n');
    expect(all).not.toContain('Martine');
    expect(all).toContain('Sophie Durand');
    const xml = strFromU8(files['project.qde']!);
    const project = parseQdaXml(xml, 'project.qde');
    for (const source of project.sources) {
      const text = strFromU8(files[`sources/${source.guid}.txt`]!);
      for (const sel of source.selections) expect([...text].slice(sel.start, sel.end).join('')).toBe(sel.name);
    }
    if (hasXmllint) validate(xml, 'Project', core.dir);
  });
});

describe('QDC export', () => {
  it.skipIf(!hasXmllint)('validates against the Codebook schema and imports back as the same codebook', async () => {
    const core = await richProject();
    const result = await core.call('exports:write', { format: 'qdc', path: join(core.dir, 'grille.qdc') });
    const xml = readFileSync(result.path, 'utf8');
    expect(xml.startsWith('<?xml')).toBe(true);
    validate(xml, 'Codebook', core.dir);
    const fresh = await createTestCore();
    await fresh.call('refi:import', { path: result.path });
    expect(await codeTree(fresh)).toEqual(await codeTree(core));
  });

  it('refuses an empty codebook, which the schema cannot express', async () => {
    const core = await createTestCore();
    await expect(core.call('exports:write', { format: 'qdc', path: join(core.dir, 'vide.qdc') })).rejects.toThrow(/codebook is empty/u);
  });
});

describe('REFI-QDA from the command line', () => {
  it('exports with --format qdpx and imports the .qdpx into another project', async () => {
    const core = await richProject();
    const project = core.projectPath;
    await core.close();
    const io = () => {
      const out = { stdout: '', stderr: '' };
      return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s), dataDir: core.dataDir } };
    };
    const exported = io();
    const qdpx = join(core.dir, 'cli.qdpx');
    expect(await runCli(['export', project, '--format', 'qdpx', '--out', qdpx], exported.io)).toBe(0);
    const other = join(core.dir, 'autre.verbatim');
    expect(await runCli(['create', other], io().io)).toBe(0);
    const imported = io();
    expect(await runCli(['import', other, qdpx, '--json'], imported.io)).toBe(0);
    const report = JSON.parse(imported.out.stdout) as { imported: { name: string }[]; exchanges: { counts: { codings: number; memos: number } }[] };
    expect(report.imported.map((d) => d.name).sort()).toEqual(['E01 - élue', 'E02 - habitant']);
    expect(report.exchanges[0]!.counts).toMatchObject({ codings: 4, memos: 5 });
  });
});
