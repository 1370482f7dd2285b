import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestCore } from '../../helpers/test-core';
import { caseValues, codedQuotes, codeTree, memoList } from './refi-helpers';
import {
  ATLAS_CODEBOOK,
  ATLAS_QUOTES,
  atlasProject,
  MAXQDA_SOLO,
  maxqdaProject,
  NVIVO_QUOTES,
  nvivoProject,
  QUALCODER_QUOTES,
  qualcoderProject,
  stored,
  zip,
} from './vendor-fixtures';

describe('REFI-QDA import: NVivo for Windows', () => {
  it('reads UTF-16 offsets with CRLF counted as two, under a BOM and emoji, into the stored text', async () => {
    const core = await createTestCore();
    const report = await core.call('refi:import', { path: core.file('Quartiers.qdpx', nvivoProject()) });
    expect(report).toMatchObject({ kind: 'project', origin: 'NVivo 12 (12.6.0.959) for Windows', offsetUnit: 'utf16' });
    expect(report.counts).toEqual({ documents: 1, codes: 4, codings: 3, cases: 1, attributes: 3, values: 3, memos: 3, coders: 1 });
    const [document] = await core.call('documents:list', {});
    const detail = await core.call('documents:get', { id: document!.id });
    expect(detail.text).not.toMatch(/[\r\uFEFF]|\n\n/u);
    expect(detail.format).toBe('qdpx');
    expect(await codedQuotes(core)).toEqual([
      { code: 'Accueil', document: 'Entretien Camille', text: NVIVO_QUOTES.hello },
      { code: 'Changement', document: 'Entretien Camille', text: NVIVO_QUOTES.change },
      { code: 'Logement/Loyers', document: 'Entretien Camille', text: NVIVO_QUOTES.rents },
    ]);
  });

  it('normalizes colours and GUIDs, keeps the hierarchy, users, cases with typed values, and notes as memos', async () => {
    const core = await createTestCore();
    await core.call('refi:import', { path: core.file('Quartiers.qdpx', nvivoProject()) });
    expect(await codeTree(core)).toEqual([
      { path: 'Logement', color: '#ff8800', description: 'Tout ce qui touche au logement', isCodable: true },
      { path: 'Logement/Loyers', color: '#00ff00', description: '', isCodable: true },
      { path: 'Changement', color: '#112233', description: '', isCodable: true },
      { path: 'Accueil', color: '#ff0000', description: '', isCodable: true },
    ]);
    const db = core.session.current()!.context.db;
    expect(db.prepare(`SELECT guid FROM documents`).get()).toEqual({ guid: stored(30) });
    expect(db.prepare(`SELECT guid FROM codes WHERE name = 'Loyers'`).get()).toEqual({ guid: stored(11) });
    expect(db.prepare(`SELECT r.name FROM codings k JOIN coders r ON r.id = k.coder_id JOIN codes c ON c.id = k.code_id WHERE c.name = 'Loyers'`).get()).toEqual({ name: 'A. Martin' });
    expect(await caseValues(core)).toEqual([{ name: 'Camille', values: { Âge: '34', Propriétaire: 'false', 'Entretien le': '2019-03-14' }, documents: ['Entretien Camille'] }]);
    expect((await core.call('attributes:list', {})).map((a) => [a.name, a.type])).toEqual([['Âge', 'number'], ['Propriétaire', 'category'], ['Entretien le', 'date']]);
    expect(await memoList(core)).toEqual([
      { target: 'code', on: 'Logement', title: 'Définition', body: 'Logement social et privé.' },
      { target: 'coding', on: 'Loyers · Entretien Camille', title: 'Loyers', body: 'À recouper avec les chiffres de la ville.' },
      { target: 'document', on: 'Entretien Camille', title: 'Contexte', body: 'Entretien réalisé au café.' },
    ]);
  });

  it('detects UTF-16 from the spans alone when the file does not say who wrote it', async () => {
    const core = await createTestCore();
    const report = await core.call('refi:import', { path: core.file('anonyme.qdpx', nvivoProject({ origin: null })) });
    expect(report.offsetUnit).toBe('utf16');
    expect((await codedQuotes(core)).map((q) => q.text).sort()).toEqual([NVIVO_QUOTES.change, NVIVO_QUOTES.hello, NVIVO_QUOTES.rents].sort());
  });

  it('is one undoable operation, and a second import of the same file gets fresh GUIDs and unique names', async () => {
    const core = await createTestCore();
    const path = core.file('Quartiers.qdpx', nvivoProject());
    await core.call('refi:import', { path });
    const again = await core.call('refi:import', { path });
    expect(again.documents.map((d) => d.name)).toEqual(['Entretien Camille (2)']);
    expect(again.notes).toContain('The document “Entretien Camille” was imported as “Entretien Camille (2)” (the name was already taken).');
    expect((await codeTree(core)).map((c) => c.path)).toContain('Logement (2)/Loyers');
    expect((await core.call('history:state', {})).undo).toEqual({ action: 'refi:import', subject: 'Quartiers.qdpx' });
    await core.call('history:undo', {});
    await core.call('history:undo', {});
    expect(await core.call('documents:list', {})).toEqual([]);
    expect(await core.call('codes:list', {})).toEqual([]);
    expect(await core.call('cases:list', {})).toEqual([]);
    expect(await core.call('memos:list', {})).toEqual([]);
    await core.call('history:redo', {});
    expect(await codedQuotes(core)).toHaveLength(3);
  });
});

describe('REFI-QDA import: ATLAS.ti', () => {
  it('reads code points checked against selection names, a <name>.qde, duplicate names, and reports what it skips', async () => {
    const core = await createTestCore();
    const report = await core.call('refi:import', { path: core.file('Mobilités.qdpx', atlasProject()) });
    expect(report.offsetUnit).toBe('codepoints');
    expect(report.documents.map((d) => d.name)).toEqual(['Entretien', 'Entretien (2)']);
    expect(await codedQuotes(core)).toEqual([
      { code: 'Transport/Bus', document: 'Entretien', text: ATLAS_QUOTES.late },
      { code: 'Transport/Vélo', document: 'Entretien', text: ATLAS_QUOTES.bike },
    ]);
    expect(report.skipped.map((s) => [s.what, s.name])).toEqual([
      ['source', 'Vide'],
      ['source', 'Plan du réseau.pdf'],
      ['source', 'Arrêt de bus.jpg'],
      ['source', 'Entretien.m4a'],
      ['source', 'Trajet.mp4'],
      ['set', 'Mobilité douce'],
    ]);
    expect(report.skipped[1]!.reason).toContain('PDF');
    expect((await codeTree(core)).find((c) => c.path === 'Transport')!.color).toBe('#33aa77');
    expect(await memoList(core)).toEqual([{ target: 'project', on: expect.any(String) as unknown as string, title: 'Journal de bord', body: 'Deux entretiens, un seul codé.' }]);
  });
});

describe('REFI-QDA import: MAXQDA', () => {
  it('reads inline text and relative:/// paths, #AARRGGBB colours, folders, several coders and cases of selections', async () => {
    const core = await createTestCore();
    // The basePath is a folder beside the .qdpx (inside its folder): read without a question.
    const base = join(core.dir, 'files', 'maxqda-files');
    mkdirSync(base, { recursive: true });
    writeFileSync(join(base, 'nadia.txt'), MAXQDA_SOLO);
    const report = await core.call('refi:import', { path: core.file('Parcs.qdpx', maxqdaProject(base)) });
    expect(report.counts).toMatchObject({ documents: 2, codes: 3, codings: 3, cases: 4, coders: 2 });
    expect(await codeTree(core)).toEqual([
      { path: 'Thèmes', color: expect.any(String) as unknown as string, description: '', isCodable: false },
      { path: 'Thèmes/Espaces verts', color: '#336699', description: '', isCodable: true },
      { path: 'Thèmes/Commerce', color: '#cc0000', description: '', isCodable: true },
    ]);
    expect(await codedQuotes(core)).toEqual([
      { code: 'Thèmes/Commerce', document: 'Entretien Nadia', text: 'Le marché du samedi fait vivre le quartier' },
      { code: 'Thèmes/Espaces verts', document: 'Groupe parc', text: 'je trouve le parc trop petit' },
      { code: 'Thèmes/Espaces verts', document: 'Groupe parc', text: 'le parc me suffit' },
    ]);
    expect((await core.call('attributes:list', {})).map((a) => [a.name, a.type])).toEqual([['Groupe', 'category'], ['Ancienneté', 'number'], ['Arrivée', 'date']]);
    const cases = await caseValues(core);
    expect(cases.find((c) => c.name === 'Léa')).toEqual({ name: 'Léa', values: { Groupe: 'habitant', Ancienneté: '12.5', Arrivée: '2008-09-01' }, documents: [] });
    // A focus group holds several cases' passages: it is not linked to one of them; a single interview is.
    expect(cases.find((c) => c.name === 'Nadia')!.documents).toEqual(['Entretien Nadia']);
    expect(cases.map((c) => c.name).sort()).toEqual(['Hugo', 'Léa', 'Léa (2)', 'Nadia']);
    expect(report.notes.some((n) => n.includes('Groupe parc') && n.includes('2 cases'))).toBe(true);
    expect(report.skipped).toEqual([{ what: 'variable', name: 'Entretien Nadia', reason: expect.stringContaining('participants') as unknown as string }]);
    const db = core.session.current()!.context.db;
    // Codings without a creating user are the session coder's.
    const coders = db.prepare<[], { name: string }>(`SELECT DISTINCT r.name FROM codings k JOIN coders r ON r.id = k.coder_id ORDER BY r.name`).all();
    expect(coders.map((c) => c.name)).toEqual(['Codeur 1', 'MAXQDA user', 'Second codeur']);
  });
});

describe('REFI-QDA import: QualCoder', () => {
  it('reads a bare project.qde beside its sources folder, clamps spans past the end, skips codings of unknown codes', async () => {
    const core = await createTestCore();
    const { qde, sources } = qualcoderProject();
    for (const [name, text] of Object.entries(sources)) core.file(`qualcoder/sources/${name}`, text);
    const report = await core.call('refi:import', { path: core.file('qualcoder/project.qde', qde) });
    expect(report.offsetUnit).toBe('codepoints');
    expect((await codeTree(core)).map((c) => c.path)).toEqual(['Thème', 'Thème (2)']);
    expect(await codedQuotes(core)).toEqual([
      { code: 'Thème (2)', document: 'arrivee.txt', text: QUALCODER_QUOTES.now },
      { code: 'Thème', document: 'arrivee.txt', text: 'je connais tout le monde 🤝.' },
      { code: 'Thème', document: 'arrivee.txt', text: QUALCODER_QUOTES.arrival },
    ]);
    expect(report.notes).toContain('A selection of “arrivee.txt” reached beyond the end of its text: cut at the end of the text.');
    expect(report.skipped).toEqual([{ what: 'coding', name: expect.stringContaining('arrivee.txt') as unknown as string, reason: 'refers to a code that is not in the codebook.' }]);
    expect((await memoList(core)).map((m) => [m.target, m.title])).toEqual([
      ['code', 'Mémo de code'],
      ['coding', 'Mémo de codage'],
      ['project', 'Journal'],
    ]);
  });
});

describe('REFI-QDA import: where the texts are', () => {
  it('finds bare file names in the package and absolute:/// paths on disk, and reports a missing one by name', async () => {
    const core = await createTestCore();
    const outside = core.file('ailleurs/dehors.txt', 'Un texte rangé hors du paquet.');
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:0:10" name="Chemins">
  <Sources>
    <TextSource guid="${stored(30)}" plainTextPath="board_2017.txt"/>
    <TextSource guid="${stored(31)}" name="Dehors" plainTextPath="absolute:///${outside.replace(/^\//u, '')}"/>
    <TextSource guid="${stored(32)}" name="Perdu" plainTextPath="internal://perdu.txt"/>
  </Sources>
</Project>`;
    const report = await core.call('refi:import', { path: core.file('chemins.qdpx', zip({ 'project.qde': xml, 'sources/board_2017.txt': 'Compte rendu du conseil.' })) });
    expect(report.documents.map((d) => d.name)).toEqual(['board_2017', 'Dehors']);
    expect(report.skipped).toEqual([{ what: 'source', name: 'Perdu', reason: expect.stringContaining('internal://perdu.txt') as unknown as string }]);
  });
});

describe('REFI-QDA import: codebooks', () => {
  it('reads a .qdc in the old 0:4 namespace with braced, mixed-case GUIDs, folders and a set', async () => {
    const core = await createTestCore();
    const report = await core.call('refi:import', { path: core.file('émotions.qdc', ATLAS_CODEBOOK) });
    expect(report).toMatchObject({ kind: 'codebook', offsetUnit: null, documents: [] });
    expect(report.skipped).toEqual([{ what: 'set', name: 'Affects', reason: expect.any(String) as unknown as string }]);
    expect(await codeTree(core)).toEqual([
      { path: 'Émotions', color: expect.any(String) as unknown as string, description: '', isCodable: false },
      { path: 'Émotions/Joie', color: '#ffff00', description: 'Expressions de joie, rires.', isCodable: true },
      { path: 'Émotions/Colère', color: '#cc0000', description: '', isCodable: true },
    ]);
  });
});

describe('REFI-QDA files through documents:import', () => {
  it('routes .qdpx files to the REFI importer and the others to the transcript importer, with both reports', async () => {
    const core = await createTestCore();
    const report = await core.call('documents:import', { paths: [core.file('Quartiers.qdpx', nvivoProject()), core.file('notes.txt', 'Une note de terrain.')] });
    expect(report.imported.map((d) => d.name).sort()).toEqual(['Entretien Camille', 'notes']);
    expect(report.exchanges).toHaveLength(1);
    expect(report.exchanges![0]!.counts.codings).toBe(3);
  });
});
