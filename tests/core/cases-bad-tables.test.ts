import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readParticipantTable } from '../../electron/core/cases/read-table';
import { excelSerialToIso } from '../../electron/core/cases/xlsx';
import { buildXlsx } from '../helpers/fixtures/xlsx';
import { createTestCore } from '../helpers/test-core';

/** An .xlsx built by the fixture, with some of its parts rewritten. */
function tamperXlsx(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Uint8Array {
  const parts = unzipSync(bytes);
  for (const [name, edit] of Object.entries(edits)) parts[name] = strToU8(edit(parts[name] ? strFromU8(parts[name]) : ''));
  return zipSync(parts);
}

const BASE = buildXlsx([
  ['Identifiant', 'Type', 'Entretien'],
  ['E01', 'élu', { date: '2017-03-14' }],
  ['E02', 'expert', { date: '2017-03-21' }],
]);

describe('a CSV with a quote left open', () => {
  it('is refused with the file and the line where the quote opens, the project left as it was', async () => {
    const core = await createTestCore();
    const csv = 'Identifiant;Type;Remarque\nE01;élu;RAS\nE02;expert;"Très disponible\nE03;élu;RAS\nE04;expert;RAS\n';
    await expect(core.call('cases:import', { path: core.file('participants.csv', csv) })).rejects.toMatchObject({
      code: 'BAD_FILE',
      message: expect.stringMatching(/^“participants\.csv” .*opened on line 3 is never closed/u),
    });
    // The quote closes lines later in the middle of a field: rows would have been swallowed.
    const swallowed = 'Id,Remarque,Type\r\nE01,"Très disponible,élu\r\nE02,RAS,expert\r\nE03,"Vu deux fois",élu\r\n';
    await expect(core.call('cases:import', { path: core.file('swallowed.csv', swallowed) })).rejects.toMatchObject({
      code: 'BAD_FILE',
      message: expect.stringMatching(/“swallowed\.csv” .*opened on line 2 only closes on line 4/u),
    });
    expect(await core.call('cases:list', {})).toEqual([]);
    expect(await core.call('attributes:list', {})).toEqual([]);
  });

  it('still reads quoted fields on several lines, doubled quotes and quotes inside a field', async () => {
    const core = await createTestCore();
    const csv = 'Id;Remarque;Type\nE01;"Deux lignes\net ""citées""";élu\nE02;Il a dit "non";expert\nE03;"Vu" deux fois;élu\n';
    const report = await core.call('cases:import', { path: core.file('ok.csv', csv) });
    expect(report.created).toEqual(['E01', 'E02', 'E03']);
    const [remark] = await core.call('attributes:list', {});
    expect(remark!.values).toEqual(['Deux lignes\net "citées"', 'Il a dit "non"', 'Vu deux fois']);
  });
});

describe('duplicate and empty column names', () => {
  it('numbers a repeated column (`Autre (2)`) and says so, in CSV and XLSX', async () => {
    const core = await createTestCore();
    const csv = 'Id;Autre;Âge;autre;;Autre\nE01;vélo;52;bus;x;train\nE02;marche;47;;;\n';
    const report = await core.call('cases:import', { path: core.file('enquete.csv', csv) });
    expect(report.attributes.map((a) => a.name)).toEqual(['Autre', 'Âge', 'autre (2)', 'Colonne 5', 'Autre (3)']);
    expect(report.warnings).toEqual([
      'Columns 2 and 4 are both named “autre”: column 4 was imported as “autre (2)”.',
      'Columns 2 and 6 are both named “Autre”: column 6 was imported as “Autre (3)”.',
    ]);
    const e01 = (await core.call('cases:list', {})).find((c) => c.name === 'E01')!;
    const byName = Object.fromEntries((await core.call('attributes:list', {})).map((a) => [a.name, e01.values[String(a.id)]]));
    expect(byName).toEqual({ Autre: 'vélo', Âge: '52', 'autre (2)': 'bus', 'Colonne 5': 'x', 'Autre (3)': 'train' });

    const xlsx = await core.call('cases:import', { path: core.file('doublons.xlsx', buildXlsx([['Code', 'Nom', 'Nom'], ['X1', 'a', 'b']])) });
    expect(xlsx.attributes.map((a) => a.name)).toEqual(['Nom', 'Nom (2)']);
  });

  it('drops a column that has neither a header nor a value (trailing separators)', async () => {
    const table = await readParticipantTable(
      (await createTestCore({ open: false })).file('p.csv', 'Id;Type;;;\nE01;élu;;;\nE02;expert;;;\n'),
    );
    expect(table.header).toEqual(['Id', 'Type']);
    expect(table.rows).toEqual([['E01', 'élu'], ['E02', 'expert']]);
  });
});

describe('forged and oversized tables are refused with bounded memory', () => {
  it('refuses cell references beyond Excel’s sheet, naming the file', async () => {
    const core = await createTestCore();
    const forgeries: Record<string, string> = {
      'colonne.xlsx': '<c r="XFE1" t="s"><v>0</v></c>',
      'enorme.xlsx': '<c r="ZZZZZZZ1" t="s"><v>0</v></c>',
      'ligne.xlsx': '<c r="A1048577" t="s"><v>0</v></c>',
      'charabia.xlsx': '<c r="1A" t="s"><v>0</v></c>',
    };
    for (const [name, cell] of Object.entries(forgeries)) {
      const bytes = tamperXlsx(BASE, { 'xl/worksheets/sheet1.xml': (xml) => xml.replace('<c r="B1" t="s"><v>1</v></c>', cell) });
      await expect(core.call('cases:import', { path: core.file(name, bytes) }), name).rejects.toMatchObject({ code: 'BAD_FILE', message: expect.stringContaining(`“${name}”`) });
    }
    const badRow = tamperXlsx(BASE, { 'xl/worksheets/sheet1.xml': (xml) => xml.replace('<row r="2">', '<row r="99999999999">') });
    await expect(core.call('cases:import', { path: core.file('rang.xlsx', badRow) })).rejects.toMatchObject({ code: 'BAD_FILE' });
  });

  it('reads the last real cell (XFD1048576) of a sparse sheet without filling the gap', async () => {
    const core = await createTestCore();
    const before = process.memoryUsage().rss;
    const bytes = tamperXlsx(BASE, {
      'xl/worksheets/sheet1.xml': (xml) => xml.replace('</sheetData>', '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>E99</t></is></c><c r="XFD1048576" t="inlineStr"><is><t>loin</t></is></c></row></sheetData>'),
    });
    const report = await core.call('cases:import', { path: core.file('loin.xlsx', bytes) });
    expect(report.created).toEqual(['E01', 'E02', 'E99']);
    expect(report.attributes.map((a) => a.name)).toEqual(['Type', 'Entretien', 'Colonne 16384']);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses a grid of more cells than a participants table holds (cells scattered far apart, or a header of separators)', async () => {
    const core = await createTestCore();
    // 3,000 rows, each with one cell in its own column: 3,000 × 3,000 cells once laid out.
    const rows = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 4}"><c r="A${i + 4}" t="inlineStr"><is><t>P${i}</t></is></c><c r="${columnName(i + 3)}${i + 4}" t="inlineStr"><is><t>v</t></is></c></row>`).join('');
    const scattered = tamperXlsx(BASE, { 'xl/worksheets/sheet1.xml': (xml) => xml.replace('</sheetData>', `${rows}</sheetData>`) });
    await expect(core.call('cases:import', { path: core.file('dispersee.xlsx', scattered) })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: expect.stringMatching(/^“dispersee\.xlsx” is too large for a participants table: 3,002 rows × 3,003 columns/u),
    });
    const header = `Id${';h'.repeat(600_000)}\nE0;x\nE1;y\nE2;z\n`;
    await expect(core.call('cases:import', { path: core.file('separateurs.csv', header) })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(await core.call('cases:list', {})).toEqual([]);
  });

  it('refuses a sheet listing more cells than a table holds before parsing its XML', async () => {
    const core = await createTestCore();
    // Varied enough not to look like a zip bomb.
    const cells = Array.from({ length: 500_001 }, (_, i) => `<c r="A${i + 10}"/>`).join('');
    const bytes = tamperXlsx(BASE, { 'xl/worksheets/sheet1.xml': (xml) => xml.replace('</sheetData>', `<row r="9">${cells}</row></sheetData>`) });
    const started = Date.now();
    await expect(core.call('cases:import', { path: core.file('cellules.xlsx', bytes) })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: '“cellules.xlsx” is too large for a participants table: one of its sheets has more than 500,000 cells.',
    });
    // Parsing half a million cells takes seconds; counting them, a fraction of one.
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('large tables', () => {
  it('imports 20,000 participants in linear time (identifiers compared through one index, not row by row)', async () => {
    const core = await createTestCore();
    const rows = Array.from({ length: 20_000 }, (_, i) => `P${i};${['élu', 'expert', 'prestataire'][i % 3]};${20 + (i % 60)}`);
    const started = Date.now();
    const report = await core.call('cases:import', { path: core.file('grand.csv', `Id;Type;Âge\n${rows.join('\n')}\nP7;élu;33\n`) });
    expect(report.created).toHaveLength(20_000);
    expect(report.warnings).toEqual(['“P7” appears twice (lines 9 and 20002): line 20002 was used.']);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe('XLSX dates', () => {
  it('reads the 1904 date system (old Mac workbooks) and the 1900 system’s early serials', async () => {
    const mac = tamperXlsx(BASE, { 'xl/workbook.xml': (xml) => xml.replace('<sheets>', '<workbookPr date1904="1"/><sheets>') });
    // The fixture wrote 1900-system serials: read as 1904, each date moves 1,462 days later.
    const dates = async (name: string, bytes: Uint8Array) => {
      const scratch = await createTestCore();
      await scratch.call('cases:import', { path: scratch.file(name, bytes) });
      const attribute = (await scratch.call('attributes:list', {})).find((a) => a.name === 'Entretien')!;
      return { type: attribute.type, values: attribute.values };
    };
    expect(await dates('excel.xlsx', BASE)).toEqual({ type: 'date', values: ['2017-03-14', '2017-03-21'] });
    expect(await dates('mac.xlsx', mac)).toEqual({ type: 'date', values: ['2021-03-15', '2021-03-22'] });
    expect(excelSerialToIso(42808 - 1462, true)).toBe('2017-03-14');
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(Number.NaN)).toBeNull();
    expect(excelSerialToIso(1e12)).toBeNull();
    expect(excelSerialToIso(-5)).toBeNull();
    // A time of day is kept, never dropped: such a column is no column of dates.
    expect(excelSerialToIso(42808.4375)).toBe('2017-03-14 10:30');
    expect(excelSerialToIso(42808 + 37_230 / 86_400)).toBe('2017-03-14 10:20:30');
    expect(excelSerialToIso(42808.9999999)).toBe('2017-03-15');
  });

  it('keeps a date-styled cell that is no date as its number, instead of failing', async () => {
    const core = await createTestCore();
    const bytes = tamperXlsx(BASE, { 'xl/worksheets/sheet1.xml': (xml) => xml.replace(/<c r="C2" s="1"><v>[^<]*<\/v>/u, '<c r="C2" s="1"><v>99999999</v>') });
    const report = await core.call('cases:import', { path: core.file('serie.xlsx', bytes) });
    expect(report.attributes.find((a) => a.name === 'Entretien')).toMatchObject({ type: 'text' });
  });
});

function columnName(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : columnName(Math.floor(i / 26) - 1) + columnName(i % 26);
}
