import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferColumnType, isPersonNameHeader, parseDate, parseNumber } from '../../electron/core/cases/attribute-values';
import { parseCsv } from '../../electron/core/cases/csv';
import { toXlsx } from '../../electron/core/export/xlsx-writer';
import { defaultGroupAttribute } from '../../shared/group-attribute';
import { buildXlsx } from '../helpers/fixtures/xlsx';
import { createTestCore, type TestCore } from '../helpers/test-core';

/** Windows-1252 bytes of a string made only of Latin-1 characters plus ’ (0x92). */
const cp1252 = (s: string) => Uint8Array.from([...s].map((ch) => (ch === '’' ? 0x92 : ch.charCodeAt(0))));

async function table(core: TestCore) {
  const attributes = await core.call('attributes:list', {});
  const cases = await core.call('cases:list', {});
  return {
    types: Object.fromEntries(attributes.map((a) => [a.name, a.type])),
    identifying: attributes.filter((a) => a.isIdentifying).map((a) => a.name),
    values: Object.fromEntries(cases.map((c) => [c.name, Object.fromEntries(attributes.map((a) => [a.name, c.values[String(a.id)] ?? null]))])),
  };
}

/** Sixteen participants, as a French team writes them: phone numbers, postal codes, long ids, actor types. */
const SIXTEEN = Array.from({ length: 16 }, (_, i) => {
  const n = i + 1;
  const type = ['élu', 'prestataire', 'expert'][i % 3]!;
  return {
    id: `E${String(n).padStart(2, '0')}`,
    type,
    phone: `06 12 34 56 ${String(10 + n)}`,
    postal: n % 2 === 0 ? '01000' : `750${String(n).padStart(2, '0')}`,
    ident: `12345678901234567${String(n).padStart(2, '0')}`,
    age: String(30 + n),
    score: `${n},5`,
    date: `${String(n).padStart(2, '0')}/03/2017`,
  };
});

const FRENCH_CSV =
  'Identifiant;Type d’acteur;Téléphone;Code postal;Numéro FINESS;Âge;Note;Date d’entretien\n' +
  SIXTEEN.map((p) => [p.id, p.type, p.phone, p.postal, p.ident, p.age, p.score, p.date].join(';')).join('\n') +
  '\n';

describe('participants tables keep every value as written', () => {
  it('keeps phones, postal codes and 19-digit identifiers as text, and types the rest (UTF-8, ;)', async () => {
    const core = await createTestCore();
    const report = await core.call('cases:import', { path: core.file('participants.csv', FRENCH_CSV) });
    expect(report.warnings).toEqual([]);
    const { types, values } = await table(core);
    expect(types).toEqual({
      'Type d’acteur': 'category',
      Téléphone: 'text',
      'Code postal': 'text',
      'Numéro FINESS': 'text',
      Âge: 'number',
      Note: 'number',
      'Date d’entretien': 'date',
    });
    expect(values.E02).toEqual({
      'Type d’acteur': 'prestataire',
      Téléphone: '06 12 34 56 12',
      'Code postal': '01000',
      'Numéro FINESS': '1234567890123456702',
      Âge: '32',
      Note: '2.5',
      'Date d’entretien': '2017-03-02',
    });
    expect(values.E01!['Code postal']).toBe('75001');
  });

  it('gives the same values from Windows-1252 with commas and CRLF', async () => {
    const core = await createTestCore();
    const csv = FRENCH_CSV.replace(/;/g, ',').replace(/(\d+),5/g, '"$1,5"').replace(/\n/g, '\r\n');
    await core.call('cases:import', { path: core.file('participants-excel.csv', cp1252(csv)) });
    const { types, values } = await table(core);
    expect(types).toMatchObject({ 'Type d’acteur': 'category', Téléphone: 'text', 'Code postal': 'text', 'Numéro FINESS': 'text', Note: 'number' });
    expect(values.E04).toMatchObject({ Téléphone: '06 12 34 56 14', 'Code postal': '01000', 'Numéro FINESS': '1234567890123456704', Note: '4.5' });
  });

  it('reads XLSX number cells as numbers and text cells as written (Verbatim’s own writer and Excel-style shared strings)', async () => {
    const core = await createTestCore();
    const own = toXlsx([
      {
        name: 'Participants',
        rows: [
          ['Identifiant', 'Code postal', 'Âge', 'Revenu', 'Type'],
          ['E01', '01000', 52, 1234.5, 'élu'],
          ['E02', '75011', 47, 0.1, 'expert'],
          ['E03', '69003', 39, 2000, 'élu'],
        ],
      },
    ]);
    await core.call('cases:import', { path: core.file('participants.xlsx', own) });
    const first = await table(core);
    expect(first.types).toEqual({ 'Code postal': 'text', Âge: 'number', Revenu: 'number', Type: 'category' });
    expect(first.values.E01).toEqual({ 'Code postal': '01000', Âge: '52', Revenu: '1234.5', Type: 'élu' });
    expect(first.values.E02).toMatchObject({ Revenu: '0.1' });

    const excel = await createTestCore();
    await excel.call('cases:import', {
      path: excel.file('excel.xlsx', buildXlsx([['Id', 'Téléphone', 'Identifiant long'], ['A', '06 12 34 56 78', '1234567890123456789'], ['B', '0612345679', '9876543210987654321']])),
    });
    expect((await table(excel)).values.A).toEqual({ Téléphone: '06 12 34 56 78', 'Identifiant long': '1234567890123456789' });
    expect((await table(excel)).types).toEqual({ Téléphone: 'text', 'Identifiant long': 'text' });
  });

  it('into an existing number attribute, a value that would change is refused with a warning, never rounded', async () => {
    const core = await createTestCore();
    await core.call('cases:import', { path: core.file('a.csv', 'Id;Effectif\nA;12\nB;30\n') });
    const report = await core.call('cases:import', { path: core.file('b.csv', 'Id;Effectif\nA;012\nB;12345678901234567890\n') });
    expect(report.warnings).toEqual([expect.stringMatching(/“012”.*left as it was/u), expect.stringMatching(/“12345678901234567890”.*left as it was/u)]);
    expect((await table(core)).values).toEqual({ A: { Effectif: '12' }, B: { Effectif: '30' } });
  });
});

describe('number and date conversions are lossless', () => {
  it('accepts a number only when it gives back what was written (decimal comma and thousands spaces allowed)', () => {
    for (const [written, value] of [['0', 0], ['12', 12], ['-3,5', -3.5], ['1 234,5', 1234.5], ['1\u00a0234\u00a0567', 1234567], ['0,25', 0.25], ['12,50', 12.5], ['9007199254740991', 9007199254740991]] as const) {
      expect(parseNumber(written), written).toBe(value);
    }
    for (const written of ['01000', '06 12 34 56 78', '+33612345678', '9007199254740993', '9007199254740992', '1234567890123456789', '0.12345678901234567890', '1e5', '12 ans', '1 23', '-0', '']) {
      expect(parseNumber(written), written).toBeNull();
    }
  });

  it('types a column number only when every value converts and no two writings give one value', () => {
    expect(inferColumnType(['12', '', '7,5']).type).toBe('number');
    expect(inferColumnType(['12', '01000']).type).toBe('text');
    expect(inferColumnType(['1.1', '1.10', '2']).type).toBe('text');
  });

  it('reads slashed dates day first, month first only when a value proves it, and refuses impossible or timed ones', () => {
    expect(parseDate('02/04/2017')).toBe('2017-04-02');
    expect(parseDate('02/04/2017', 'mdy')).toBe('2017-02-04');
    expect(parseDate('2017-03-14T00:00:00')).toBe('2017-03-14');
    expect(parseDate('2017-03-14T10:30')).toBeNull();
    expect(parseDate('31/04/2017')).toBeNull();
    expect(inferColumnType(['14/03/2017', '02/04/2017'])).toEqual({ type: 'date', dateOrder: 'dmy', ambiguousDates: false });
    expect(inferColumnType(['03/14/2017', '04/02/2017'])).toEqual({ type: 'date', dateOrder: 'mdy', ambiguousDates: false });
    expect(inferColumnType(['02/04/2017', '05/06/2017'])).toEqual({ type: 'date', dateOrder: 'dmy', ambiguousDates: true });
    // Neither order reads every value: the column keeps what was written.
    expect(inferColumnType(['14/03/2017', '03/14/2017']).type).toBe('text');
  });

  it('imports a US table month first, and says when the order could not be told', async () => {
    const core = await createTestCore();
    const us = await core.call('cases:import', { path: core.file('us.csv', 'Id,Interview\nA,03/14/2017\nB,04/02/2017\n') });
    expect(us.warnings).toEqual([expect.stringContaining('month first')]);
    expect((await table(core)).values).toEqual({ A: { Interview: '2017-03-14' }, B: { Interview: '2017-04-02' } });
    const unclear = await createTestCore();
    const report = await unclear.call('cases:import', { path: unclear.file('fr.csv', 'Id;Entretien\nA;02/04/2017\nB;05/06/2017\n') });
    expect(report.warnings).toEqual([expect.stringContaining('read day first')]);
    expect((await table(unclear)).values.A).toEqual({ Entretien: '2017-04-02' });
  });
});

describe('categories and the default group attribute', () => {
  it('types as category a column of a few values repeated over the rows, or named as a grouping', () => {
    const sixteen = SIXTEEN.map((p) => p.type);
    expect(inferColumnType(sixteen, 'Type d’acteur').type).toBe('category');
    expect(inferColumnType(sixteen, 'Colonne 2').type).toBe('category');
    // Three participants, three types: only the header tells it is a grouping.
    expect(inferColumnType(['élu', 'expert', 'prestataire'], 'Type d’acteur').type).toBe('category');
    expect(inferColumnType(['élu', 'expert', 'prestataire'], 'Remarque').type).toBe('text');
    expect(inferColumnType(['Martine', 'Karim', 'Sofia', 'Jean'], 'Prénom').type).toBe('text');
    expect(inferColumnType(['Oui', 'non'], 'A déjà participé').type).toBe('category');
    // A remark repeated word for word is still a remark.
    const remark = 'Entretien réalisé dans les locaux de la mairie, en présence de la secrétaire générale';
    expect(inferColumnType([remark, remark, remark, 'RAS']).type).toBe('text');
  });

  it('starts the Analysis view and the report with the first category attribute', async () => {
    const core = await createTestCore();
    await core.call('cases:import', { path: core.file('p.csv', 'Id;Nom;Âge;Commentaire;Type d’acteur;Commune\nE01;Martine;52;a;élu;Valmont\nE02;Karim;47;b;expert;Valmont\nE03;Sofia;39;c;élu;Lyon\n') });
    const attributes = await core.call('attributes:list', {});
    const actor = attributes.find((a) => a.name === 'Type d’acteur')!;
    expect(actor.type).toBe('category');
    expect(defaultGroupAttribute(attributes)?.id).toBe(actor.id);
    expect((await core.call('report:getSettings', {})).groupAttributeId).toBe(actor.id);
    // Once the researcher chooses (here: no grouping), the choice stays.
    await core.call('report:setSettings', { groupAttributeId: null });
    expect((await core.call('report:getSettings', {})).groupAttributeId).toBeNull();
    expect(defaultGroupAttribute([{ type: 'category', isIdentifying: true, values: ['x'] }, { type: 'number', isIdentifying: false, values: ['1'] }])).toBeNull();
  });
});

describe('name columns are identifying', () => {
  it('recognises people’s name headers, loosely, and no other names', () => {
    for (const h of ['Nom', 'NAME', 'Prénom', 'prenom', 'Nom complet', 'First name', 'Surname', 'Last name', 'Full name', 'Nom de famille', 'Prénom(s)', 'NOM_PRENOM', 'FirstName', 'Nom d’usage', 'Name (2)']) {
      expect(isPersonNameHeader(h), h).toBe(true);
    }
    for (const h of ['Nom de la commune', 'Company name', 'Nom du projet', 'Identifiant', 'Type d’acteur', 'Username', 'Pseudonyme']) {
      expect(isPersonNameHeader(h), h).toBe(false);
    }
  });

  it('marks them identifying at import, so an anonymized export replaces their values', async () => {
    const core = await createTestCore();
    await core.call('cases:import', { path: core.file('p.csv', 'Identifiant;Prénom;Nom de famille;Type d’acteur;Nom de la commune\nE01;Martine;Lebrun;élu;Valmont\nE02;Karim;Benali;expert;Lyon\n') });
    expect((await table(core)).identifying).toEqual(['Prénom', 'Nom de famille']);
    const { imported } = await core.call('documents:import', { paths: [core.file('E01-entretien.txt', 'Enquêtrice : Et la confiance ?\n\nE01 : La confiance se perd vite.')] });
    await core.call('cases:autoLink', {});
    const code = await core.call('codes:create', { name: 'Confiance' });
    const text = (await core.call('documents:get', { id: imported[0]!.id })).text;
    const start = text.indexOf('La confiance');
    await core.call('codings:apply', { documentId: imported[0]!.id, start, end: start + 12, codeId: code.id });
    const result = await core.call('exports:write', { format: 'csv', path: join(core.dir, 'codages.csv'), anonymized: true });
    const rows = parseCsv(readFileSync(result.path, 'utf8').replace(/^\uFEFF/u, ''));
    const header = rows[0]!;
    const row = rows[1]!;
    expect(row[header.indexOf('Prénom')]).toMatch(/^\[Prénom \d+\]$/u);
    expect(row[header.indexOf('Type d’acteur')]).toBe('élu');
    expect(rows.flat().join(' ')).not.toMatch(/Martine|Lebrun/u);
  });
});
