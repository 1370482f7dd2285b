import { describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/test-core';
import { buildXlsx } from '../helpers/fixtures/xlsx';
import { parseDate, parseNumber, inferType } from '../../electron/core/cases/attribute-values';
import { matchCase } from '../../electron/core/cases/auto-link';

/** Windows-1252 bytes of a string made only of Latin-1 characters plus ’ (0x92). */
const cp1252 = (s: string) => Uint8Array.from([...s].map((ch) => (ch === '’' ? 0x92 : ch.charCodeAt(0))));

const CSV = `Identifiant;Nom;Type d’acteur;Âge;Date de l’entretien;Commune
E01;Martine Lebrun;élu;52;14/03/2017;Valmont
E02;Karim Benali;prestataire;47;21/03/2017;Lyon
E03;Sofia Almeida;expert;39;02/04/2017;Lisbonne
E04;Jean Roux;élu;61;03/04/2017;Valmont
`;

async function attributeValues(core: Awaited<ReturnType<typeof createTestCore>>) {
  const attributes = await core.call('attributes:list', {});
  const cases = await core.call('cases:list', {});
  return Object.fromEntries(cases.map((c) => [c.name, Object.fromEntries(attributes.map((a) => [a.name, c.values[String(a.id)] ?? null]))]));
}

describe('participants from a table', () => {
  it('imports a French ;-separated UTF-8 CSV with typed attributes', async () => {
    const core = await createTestCore();
    const report = await core.call('cases:import', { path: core.file('participants.csv', CSV) });
    expect(report).toMatchObject({ file: 'participants.csv', created: ['E01', 'E02', 'E03', 'E04'], updated: [], warnings: [] });
    expect(report.attributes).toEqual([
      { name: 'Nom', type: 'text', isNew: true },
      { name: 'Type d’acteur', type: 'category', isNew: true },
      { name: 'Âge', type: 'number', isNew: true },
      { name: 'Date de l’entretien', type: 'date', isNew: true },
      { name: 'Commune', type: 'category', isNew: true },
    ]);
    expect((await attributeValues(core)).E03).toEqual({
      Nom: 'Sofia Almeida',
      'Type d’acteur': 'expert',
      Âge: '39',
      'Date de l’entretien': '2017-04-02',
      Commune: 'Lisbonne',
    });
    const actor = (await core.call('attributes:list', {})).find((a) => a.name === 'Type d’acteur')!;
    expect(actor.values).toEqual(['expert', 'prestataire', 'élu']);
  });

  it('reads the same table in Windows-1252 with commas and CRLF, giving the same values', async () => {
    const core = await createTestCore();
    const csv = CSV.replace(/;/g, ',').replace(/\n/g, '\r\n');
    await core.call('cases:import', { path: core.file('participants-excel.csv', cp1252(csv)) });
    expect((await attributeValues(core)).E01).toMatchObject({ Nom: 'Martine Lebrun', 'Type d’acteur': 'élu', 'Date de l’entretien': '2017-03-14' });
  });

  it('reads an XLSX with real dates and numbers, and a chosen identifier column', async () => {
    const core = await createTestCore();
    const xlsx = buildXlsx([
      ['Nom', 'Code', 'Âge', 'Entretien'],
      ['Martine Lebrun', 'E01', 52, { date: '2017-03-14' }],
      ['Karim Benali', 'E02', 47.5, { date: '2017-03-21' }],
    ]);
    const report = await core.call('cases:import', { path: core.file('participants.xlsx', xlsx), idColumn: 'code' });
    expect(report.created).toEqual(['E01', 'E02']);
    expect((await attributeValues(core)).E02).toEqual({ Nom: 'Karim Benali', Âge: '47.5', Entretien: '2017-03-21' });
  });

  it('updates existing participants on a second import, keeps types, and warns about misfits and bad rows', async () => {
    const core = await createTestCore();
    await core.call('cases:import', { path: core.file('p.csv', CSV) });
    const second = `Identifiant;Âge;Profession
E02;48;ingénieur
E05;trente;chercheuse
;70;sans identifiant
E05;31;chercheuse
`;
    const report = await core.call('cases:import', { path: core.file('p2.csv', second) });
    expect(report.created).toEqual(['E05']);
    expect(report.updated).toEqual(['E02']);
    expect(report.attributes).toEqual([
      { name: 'Âge', type: 'number', isNew: false },
      { name: 'Profession', type: 'text', isNew: true },
    ]);
    expect(report.warnings).toEqual([
      expect.stringMatching(/^Line 4: no identifier/),
      expect.stringMatching(/“E05” appears twice \(lines 3 and 5\)/),
    ]);
    expect((await attributeValues(core)).E05).toMatchObject({ Âge: '31', Profession: 'chercheuse' });
    expect((await attributeValues(core)).E02).toMatchObject({ Âge: '48', Nom: 'Karim Benali' });
  });

  it('refuses broken tables with a message naming the file, leaving the project as it was', async () => {
    const core = await createTestCore();
    await core.call('cases:import', { path: core.file('p.csv', CSV) });
    const before = await core.call('cases:list', {});
    const bad: [string, string | Uint8Array, string][] = [
      ['vide.csv', '', 'BAD_FILE'],
      ['entete.csv', 'Identifiant;Nom\n', 'BAD_FILE'],
      ['faux.xlsx', 'pas un classeur', 'BAD_FILE'],
      ['notes.pdf', '%PDF-1.4', 'UNSUPPORTED_FILE'],
    ];
    for (const [name, content, code] of bad) {
      await expect(core.call('cases:import', { path: core.file(name, content) })).rejects.toMatchObject({ code, message: expect.stringContaining(name) });
    }
    await expect(core.call('cases:import', { path: core.file('p3.csv', CSV), idColumn: 'Code' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await core.call('cases:list', {})).toEqual(before);
  });

  it('undoes a whole import in one step', async () => {
    const core = await createTestCore();
    await core.call('cases:import', { path: core.file('p.csv', CSV) });
    await core.call('history:undo', {});
    expect(await core.call('cases:list', {})).toEqual([]);
    expect(await core.call('attributes:list', {})).toEqual([]);
  });
});

describe('editing participants', () => {
  it('creates, renames, sets typed values, and refuses values that do not fit the type', async () => {
    const core = await createTestCore();
    const c = await core.call('cases:create', { name: 'E01' });
    const age = await core.call('attributes:create', { name: 'Âge', type: 'number' });
    const date = await core.call('attributes:create', { name: 'Entretien', type: 'date' });
    await core.call('cases:setValue', { caseId: c.id, attributeId: age.id, value: '52,5' });
    const updated = await core.call('cases:setValue', { caseId: c.id, attributeId: date.id, value: '14/03/2017' });
    expect(updated.values).toEqual({ [String(age.id)]: '52.5', [String(date.id)]: '2017-03-14' });
    await expect(core.call('cases:setValue', { caseId: c.id, attributeId: age.id, value: 'cinquante' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.call('cases:setValue', { caseId: c.id, attributeId: date.id, value: '31/02/2017' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const cleared = await core.call('cases:setValue', { caseId: c.id, attributeId: age.id, value: '' });
    expect(cleared.values).toEqual({ [String(date.id)]: '2017-03-14' });
    await expect(core.call('cases:create', { name: 'e01' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(core.call('cases:update', { id: c.id, name: 'E01 bis' })).resolves.toMatchObject({ name: 'E01 bis' });
  });

  it('retypes an attribute when every value converts, and refuses otherwise', async () => {
    const core = await createTestCore();
    await core.call('cases:import', { path: core.file('p.csv', 'Id;Groupe;Note\nA;1;bien\nB;2;moyen\n') });
    const [groupe, note] = await core.call('attributes:list', {});
    expect(groupe).toMatchObject({ name: 'Groupe', type: 'number' });
    await expect(core.call('attributes:update', { id: groupe!.id, type: 'category' })).resolves.toMatchObject({ type: 'category', values: ['1', '2'] });
    await expect(core.call('attributes:update', { id: note!.id, type: 'number' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(core.call('attributes:update', { id: note!.id, isIdentifying: true })).resolves.toMatchObject({ isIdentifying: true });
  });
});

describe('linking documents to participants', () => {
  it('links by identifier as a whole token, reports ambiguous and unmatched documents, and is undoable', async () => {
    const core = await createTestCore();
    await core.call('cases:import', { path: core.file('p.csv', 'Id\nE01\nE1\nE10\nP1\nP1-bis\n') });
    const names = ['E01-elue', 'entretien E10 prestataire', 'E010 notes', 'P1-bis expert', 'groupe E01 et E10', 'sans identifiant'];
    await core.call('documents:import', { paths: names.map((n) => core.file(`${n}.txt`, `Texte de ${n}.`)) });
    const report = await core.call('cases:autoLink', {});
    expect(report.linked).toEqual([
      { document: 'E01-elue', case: 'E01' },
      { document: 'entretien E10 prestataire', case: 'E10' },
      { document: 'P1-bis expert', case: 'P1-bis' },
    ]);
    expect(report.ambiguous).toEqual([{ document: 'groupe E01 et E10', candidates: ['E01', 'E10'] }]);
    expect(report.unmatched).toEqual(['E010 notes', 'groupe E01 et E10', 'sans identifiant']);
    const cases = await core.call('cases:list', {});
    expect(cases.find((c) => c.name === 'E01')!.documentIds).toHaveLength(1);
    await core.call('history:undo', {});
    expect((await core.call('documents:list', {})).every((d) => d.caseId === null)).toBe(true);
  });

  it('links and unlinks a document by hand', async () => {
    const core = await createTestCore();
    const c = await core.call('cases:create', { name: 'E07' });
    const { imported } = await core.call('documents:import', { paths: [core.file('entretien.txt', 'Bonjour.')] });
    await expect(core.call('documents:setCase', { documentId: imported[0]!.id, caseId: c.id })).resolves.toMatchObject({ caseId: c.id });
    await expect(core.call('documents:setCase', { documentId: imported[0]!.id, caseId: null })).resolves.toMatchObject({ caseId: null });
    await expect(core.call('documents:setCase', { documentId: imported[0]!.id, caseId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('attribute values', () => {
  it('parses French numbers and dates', () => {
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('-3.25')).toBe(-3.25);
    expect(parseNumber('12 ans')).toBeNull();
    expect(parseDate('14/03/2017')).toBe('2017-03-14');
    expect(parseDate('4.3.17')).toBe('2017-03-04');
    expect(parseDate('2017-03-14')).toBe('2017-03-14');
    expect(parseDate('29/02/2023')).toBeNull();
    expect(parseDate('03/14/2017')).toBeNull(); // day first: there is no 14th month
  });

  it('infers categories only where values repeat', () => {
    expect(inferType(['élu', 'expert', 'élu', 'prestataire'])).toBe('category');
    expect(inferType(['Martine', 'Karim', 'Sofia'])).toBe('text');
    expect(inferType(['', '12', '7'])).toBe('number');
    expect(matchCase('E1 entretien', [{ name: 'E10' }])).toEqual({ kind: 'none' });
  });
});
