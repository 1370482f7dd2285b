import { strToU8, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/result';
import { createTestCore, type TestCore } from '../../helpers/test-core';
import { dumpProject } from './refi-helpers';
import { nvivoProject, zip } from './vendor-fixtures';

const PROJECT = (body = '') => `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes><Code guid="00000000-0000-4000-8000-000000000001" name="A" isCodable="true"/></Codes></CodeBook>${body}</Project>`;

/** A project with content, so that "untouched" is checked against something. */
async function projectWithContent(): Promise<TestCore> {
  const core = await createTestCore();
  await core.call('documents:import', { paths: [core.file('E01.txt', 'Une phrase à coder.')] });
  const code = await core.call('codes:create', { name: 'Existant', parentId: null });
  const [doc] = await core.call('documents:list', {});
  await core.call('codings:apply', { documentId: doc!.id, codeId: code.id, start: 0, end: 10 });
  return core;
}

/** The project file and its write-ahead log, byte for byte. */
const projectBytes = (core: TestCore): string[] =>
  ['', '-wal'].map((suffix) => (existsSync(core.projectPath + suffix) ? createHash('sha256').update(readFileSync(core.projectPath + suffix)).digest('hex') : ''));

async function expectRefused(core: TestCore, name: string, content: string | Uint8Array, message: RegExp) {
  await core.session.current()?.ready;
  const before = dumpProject(core);
  const bytes = projectBytes(core);
  const history = await core.call('history:state', {});
  const error = await core.call('refi:import', { path: core.file(name, content) }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('BAD_FILE');
  expect((error as AppError).message).toContain(`“${name}”`);
  expect((error as AppError).message).toMatch(message);
  expect(dumpProject(core)).toEqual(before);
  expect(projectBytes(core)).toEqual(bytes);
  expect(await core.call('history:state', {})).toEqual(history);
}

describe('REFI-QDA import refuses malformed files and leaves the project untouched', () => {
  it('a truncated project.qde', async () => {
    const core = await projectWithContent();
    const xml = PROJECT();
    await expectRefused(core, 'coupé.qde', xml.slice(0, xml.length - 30), /damaged or incomplete/u);
  });

  it('a truncated .qdpx (the zip cut short)', async () => {
    const core = await projectWithContent();
    const bytes = nvivoProject();
    await expectRefused(core, 'coupé.qdpx', bytes.subarray(0, Math.floor(bytes.length / 2)), /not a valid REFI-QDA project/u);
  });

  it('a codebook whose XML stops in the middle', async () => {
    const core = await projectWithContent();
    await expectRefused(core, 'grille.qdc', '<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="x" name="A" isCodable="true">', /damaged or incomplete/u);
  });

  it('external entities (a DOCTYPE), in a .qde and inside a .qdpx', async () => {
    const core = await projectWithContent();
    const xxe = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>`;
    await expectRefused(core, 'entités.qde', xxe, /DOCTYPE/u);
    await expectRefused(core, 'entités.qdpx', zip({ 'project.qde': xxe }), /DOCTYPE/u);
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><Project name="&lol2;"/>`;
    await expectRefused(core, 'rires.qde', laughs, /DOCTYPE/u);
  });

  it('a zip bomb', async () => {
    const core = await projectWithContent();
    const bomb = zipSync({ 'project.qde': strToU8(PROJECT()), 'sources/bomb.txt': new Uint8Array(5 * 1024 * 1024) }, { level: 9 });
    await expectRefused(core, 'bombe.qdpx', bomb, /zip bomb/u);
  });

  it('a path that climbs out of the package', async () => {
    const core = await projectWithContent();
    await expectRefused(core, 'évasion.qdpx', zip({ 'project.qde': PROJECT(), '../../evil.txt': 'x' }), /unsafe name/u);
    await expectRefused(core, 'absolu.qdpx', zip({ 'project.qde': PROJECT(), '/etc/evil.txt': 'x' }), /unsafe name/u);
  });

  it('a .qdpx that is not a zip, or holds no project', async () => {
    const core = await projectWithContent();
    await expectRefused(core, 'texte.qdpx', 'ceci n’est pas un zip', /not a valid REFI-QDA project/u);
    await expectRefused(core, 'vide.qdpx', zip({ 'sources/a.txt': 'texte' }), /contains no project\.qde/u);
  });

  it('XML that is not REFI-QDA', async () => {
    const core = await projectWithContent();
    await expectRefused(core, 'page.qde', '<?xml version="1.0"?><html><body/></html>', /root element is <html>/u);
  });

  it('through documents:import, the bad file is reported by name and the good ones still import', async () => {
    const core = await projectWithContent();
    const report = await core.call('documents:import', { paths: [core.file('bombe.qdpx', zip({ '../x.txt': 'x' })), core.file('bon.qdpx', nvivoProject())] });
    expect(report.errors).toEqual([{ file: 'bombe.qdpx', code: 'BAD_FILE', message: expect.stringContaining('“bombe.qdpx”') as unknown as string }]);
    expect(report.imported.map((d) => d.name)).toEqual(['Entretien Camille']);
  });
});
