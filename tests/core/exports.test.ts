import { strFromU8, unzipSync } from 'fflate';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { parseCsv } from '../../electron/core/cases/csv';
import { readXlsxRows } from '../../electron/core/cases/xlsx';
import { CSV_LOCALES, csvText } from '../../shared/csv';
import { createTestCore } from '../helpers/test-core';

const TEXT = `Enquêtrice : Et la confiance des habitants ?
Martine Lebrun : La confiance se perd en une semaine, « vraiment », et se regagne en des années.
Enquêtrice : Et le tableur ?
Martine Lebrun : =HYPERLINK("http://evil.example","clic") puis +33 6 12 34 56 78 et -moins @tous.`;

async function codedProject() {
  const core = await createTestCore({ name: 'Étude' });
  await core.call('cases:import', { path: core.file('p.csv', 'Id;Type;Âge;Entretien le\nE01;élue;42,5;14/03/2025\n') });
  await core.call('documents:import', { paths: [core.file('E01 - élue.txt', TEXT)] });
  await core.call('cases:autoLink', {});
  const [doc] = await core.call('documents:list', {});
  const parent = await core.call('codes:create', { name: 'Gouvernance', parentId: null, description: 'Définition, avec ; et "guillemets"' });
  const child = await core.call('codes:create', { name: 'Confiance / défiance', parentId: parent.id });
  const quote = 'La confiance se perd en une semaine, « vraiment »';
  const start = TEXT.indexOf(quote);
  const coding = await core.call('codings:apply', { documentId: doc!.id, codeId: child.id, start, end: start + quote.length });
  await core.call('memos:create', { target: { type: 'coding', id: coding.id }, title: '', body: 'Ton ironique ; à vérifier' });
  return { core, quote, start, doc: doc!, parent, child };
}

/** Codes a passage that a spreadsheet would run as a formula, with a code and a participant value that would too. */
async function withFormulas(p: Awaited<ReturnType<typeof codedProject>>) {
  const formula = '=HYPERLINK("http://evil.example","clic")';
  const start = TEXT.indexOf(formula);
  const code = await p.core.call('codes:create', { name: '@SUM(1+1)', parentId: null, description: '-2+3' });
  await p.core.call('codings:apply', { documentId: p.doc.id, codeId: code.id, start, end: start + formula.length });
  const [attribute] = (await p.core.call('attributes:list', {})).filter((a) => a.name === 'Type');
  const [participant] = await p.core.call('cases:list', {});
  await p.core.call('cases:setValue', { caseId: participant!.id, attributeId: attribute!.id, value: '+élue' });
  return { formula };
}

/** Every cell of every row of a CSV, split on `separator` (RFC 4180 quotes). */
const readCsv = (path: string, separator: ';' | ',' | '\t') => parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), separator);


describe('exports', () => {
  it('writes coded segments as CSV for French Excel by default: ;, decimal comma, BOM, French headers, the memo beside the quote', async () => {
    const { core, quote, start } = await codedProject();
    const result = await core.call('exports:write', { format: 'csv', path: join(core.dir, 'out') });
    expect(result).toMatchObject({ format: 'csv', fileName: 'Étude - codages.csv' });
    const bytes = readFileSync(result.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFDocument;Participant;Type;Âge;Entretien le;Code;Citation;Mémo;Locuteur;Tour;Temps;Début;Fin;Codeur;Codé le');
    const rows = readCsv(result.path, ';');
    expect(rows[1]!.slice(0, 13)).toEqual([
      'E01 - élue',
      'E01',
      'élue',
      '42,5',
      '2025-03-14',
      'Gouvernance/Confiance \\/ défiance',
      quote,
      'Ton ironique ; à vérifier',
      'Martine Lebrun',
      '2',
      '',
      String(start),
      String(start + quote.length),
    ]);
    expect(rows[1]![14]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('writes English CSV (, and a decimal point, English headers) when asked, and any separator on request', async () => {
    const { core } = await codedProject();
    const english = await core.call('exports:write', { format: 'csv', path: join(core.dir, 'en.csv'), language: 'en' });
    const lines = readFileSync(english.path, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFDocument,Participant,Type,Âge,Entretien le,Code,Quote,Memo,Speaker,Turn,Time,Start,End,Coder,Coded at');
    expect(readCsv(english.path, ',')[1]!.slice(2, 8)).toEqual(['élue', '42.5', '2025-03-14', 'Gouvernance/Confiance \\/ défiance', expect.any(String), 'Ton ironique ; à vérifier']);
    // English headers for a French spreadsheet, and a tab-separated file.
    const mixed = await core.call('exports:write', { format: 'csv', path: join(core.dir, 'mixed.csv'), language: 'en', csvLocale: 'fr' });
    expect(readFileSync(mixed.path, 'utf8').split('\r\n')[0]).toMatch(/^\uFEFFDocument;Participant;.*;Quote;Memo;/);
    expect(readCsv(mixed.path, ';')[1]![3]).toBe('42,5');
    const tabbed = await core.call('exports:write', { format: 'csv', path: join(core.dir, 'tab.csv'), csvSeparator: '\t' });
    expect(readCsv(tabbed.path, '\t')[0]!.slice(0, 3)).toEqual(['Document', 'Participant', 'Type']);
    // The project's report language decides when nothing is asked.
    await core.call('report:setSettings', { language: 'en' });
    const byProject = await core.call('exports:write', { format: 'codebook-csv', path: join(core.dir, 'codebook.csv') });
    expect(readFileSync(byProject.path, 'utf8').split('\r\n')[0]).toBe('\uFEFFCode,Name,Parent,Definition,Colour,Codable,Codings,Documents');
  });

  it('writes an XLSX with French headers, numbers as number cells and dates and times as date cells', async () => {
    const { core, quote } = await codedProject();
    const result = await core.call('exports:write', { format: 'xlsx', path: join(core.dir, 'codages.xlsx') });
    const bytes = new Uint8Array(readFileSync(result.path));
    const rows = readXlsxRows(bytes, 'codages.xlsx');
    expect(rows[0]).toEqual(['Document', 'Participant', 'Type', 'Âge', 'Entretien le', 'Code', 'Citation', 'Mémo', 'Locuteur', 'Tour', 'Temps', 'Début', 'Fin', 'Codeur', 'Codé le']);
    expect(rows[1]).toContain(quote);
    expect(rows[1]).toContain('Ton ironique ; à vérifier');
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toContain('xl/worksheets/sheet2.xml');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="Codages" sheetId="1" r:id="rId1"/><sheet name="Grille de codes"');
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    // Âge (D2) is a number; the interview date (E2) is 14 March 2025 as Excel's serial day 45730 with a date format.
    expect(sheet).toContain('<c r="D2"><v>42.5</v></c>');
    expect(sheet).toContain('<c r="E2" s="2"><v>45730</v></c>');
    // Turn, start and end are numbers; the coding date a date-time cell.
    expect(sheet).toMatch(/<c r="J2"><v>2<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="O2" s="3"><v>\d{5}\.\d+<\/v><\/c>/);
    const styles = strFromU8(files['xl/styles.xml']!);
    expect(styles).toContain('<xf numFmtId="14"');
    expect(styles).toContain('<xf numFmtId="22"');
    const english = await core.call('exports:write', { format: 'xlsx', path: join(core.dir, 'en.xlsx'), language: 'en' });
    const englishBytes = new Uint8Array(readFileSync(english.path));
    expect(readXlsxRows(englishBytes, 'en.xlsx')[0]!.slice(5, 9)).toEqual(['Code', 'Quote', 'Memo', 'Speaker']);
    expect(strFromU8(unzipSync(englishBytes)['xl/workbook.xml']!)).toContain('<sheet name="Coded segments"');
  });

  it('keeps a media time as a duration cell in XLSX and hh:mm:ss in CSV', async () => {
    const core = await createTestCore({ name: 'Minutage' });
    const vtt = 'WEBVTT\n\n00:01:05.000 --> 00:01:09.000\n<v Martine>La confiance se perd vite.\n';
    await core.call('documents:import', { paths: [core.file('e.vtt', vtt)] });
    const [doc] = await core.call('documents:list', {});
    const text = (await core.call('documents:get', { id: doc!.id })).text;
    const code = await core.call('codes:create', { name: 'Confiance', parentId: null });
    const start = text.indexOf('La confiance');
    await core.call('codings:apply', { documentId: doc!.id, codeId: code.id, start, end: start + 12 });
    const csv = await core.call('exports:write', { format: 'csv', path: join(core.dir, 't.csv') });
    expect(readCsv(csv.path, ';')[1]![7]).toBe('00:01:05');
    const xlsx = await core.call('exports:write', { format: 'xlsx', path: join(core.dir, 't.xlsx') });
    const sheet = strFromU8(unzipSync(new Uint8Array(readFileSync(xlsx.path)))['xl/worksheets/sheet1.xml']!);
    // 65 s of a day, with the [h]:mm:ss format.
    expect(sheet).toContain(`<c r="H2" s="4"><v>${65_000 / 86_400_000}</v></c>`);
  });

  it('writes the codebook as CSV in tree order with definitions and counts, in French by default', async () => {
    const { core } = await codedProject();
    const result = await core.call('exports:write', { format: 'codebook-csv', path: join(core.dir, 'grille.csv') });
    expect(readCsv(result.path, ';')).toEqual([
      ['Code', 'Nom', 'Parent', 'Définition', 'Couleur', 'Codable', 'Codages', 'Documents'],
      ['Gouvernance', 'Gouvernance', '', 'Définition, avec ; et "guillemets"', expect.stringMatching(/^#/), 'oui', '0', '0'],
      ['Gouvernance/Confiance \\/ défiance', 'Confiance / défiance', 'Gouvernance', '', expect.stringMatching(/^#/), 'oui', '1', '1'],
    ]);
  });
});

describe('formula injection (issue 14)', () => {
  it('neutralises =, +, -, @ at the start of any cell of the coded-segments and codebook CSVs with a leading apostrophe', async () => {
    const p = await codedProject();
    const { formula } = await withFormulas(p);
    for (const language of ['fr', 'en'] as const) {
      const separator = language === 'fr' ? ';' : ',';
      const codings = readCsv((await p.core.call('exports:write', { format: 'csv', path: join(p.core.dir, `c-${language}.csv`), language })).path, separator);
      const row = codings.find((r) => r.includes(`'${formula}`));
      expect(row, language).toBeDefined();
      expect(row).toContain("'@SUM(1+1)");
      expect(row).toContain("'+élue");
      expect(codings.flat().some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
      const codebook = readCsv((await p.core.call('exports:write', { format: 'codebook-csv', path: join(p.core.dir, `g-${language}.csv`), language })).path, separator);
      expect(codebook.find((r) => r[0] === "'@SUM(1+1)")).toEqual(["'@SUM(1+1)", "'@SUM(1+1)", '', "'-2+3", expect.any(String), language === 'fr' ? 'oui' : 'yes', '1', '1']);
      expect(codebook.flat().some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
    }
  });

  it('the one CSV writer prefixes text starting with a tab or a carriage return too, but never a number', () => {
    const text = csvText([['\tcmd', '\r=1', '-1', -1, 2.5, 'ok']], CSV_LOCALES.fr);
    expect(text).toBe(`\uFEFF'\tcmd;"'\r=1";'-1;-1;2,5;ok\r\n`);
    expect(csvText([['a,b', 'c;d', 2.5]], CSV_LOCALES.en)).toBe('\uFEFF"a,b",c;d,2.5\r\n');
  });

  it('writes such cells in XLSX as inline strings, never formulas', async () => {
    const p = await codedProject();
    const { formula } = await withFormulas(p);
    const result = await p.core.call('exports:write', { format: 'xlsx', path: join(p.core.dir, 'f.xlsx') });
    const bytes = new Uint8Array(readFileSync(result.path));
    const files = unzipSync(bytes);
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const xml = strFromU8(files[name]!);
      expect(xml).not.toMatch(/<f[ >]/);
      expect(xml).toContain('t="inlineStr"');
    }
    // The text itself is kept exactly: a cell typed as text needs no apostrophe.
    expect(readXlsxRows(bytes, 'f.xlsx').flat()).toEqual(expect.arrayContaining([formula, '@SUM(1+1)', '+élue']));
  });

  it('neutralises the pseudonym key too', async () => {
    const p = await codedProject();
    await p.core.call('pseudonyms:add', { original: 'Martine Lebrun', category: 'person', replacement: '=1+1' });
    const key = await p.core.call('pseudonyms:exportKey', { path: join(p.core.dir, 'key.csv') });
    const cells = parseCsv(readFileSync(key.path, 'utf8').replace(/^\uFEFF/, ''));
    expect(cells.flat()).toContain("'=1+1");
    expect(cells.flat().some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
  });
});

describe('CSV options of the CLI', () => {
  it('defaults to the system locale (French: ;), and takes --language, --csv-locale and --csv-separator; a wrong value is a usage error', async () => {
    const { core } = await codedProject();
    await core.close();
    const run = async (args: string[], locale = 'fr_FR.UTF-8') => {
      let stderr = '';
      const code = await runCli(args, { stdout: () => undefined, stderr: (s) => (stderr += s), dataDir: core.dataDir, locale });
      return { code, stderr };
    };
    const header = (name: string) => readFileSync(join(core.dir, name), 'utf8').split('\r\n')[0];
    expect((await run(['export', core.projectPath, '--format', 'csv', '--out', join(core.dir, 'a.csv')])).code).toBe(0);
    expect(header('a.csv')).toMatch(/^\uFEFFDocument;Participant;.*;Citation;Mémo;/);
    expect((await run(['export', core.projectPath, '--format', 'csv', '--out', join(core.dir, 'us.csv')], 'en_US.UTF-8')).code).toBe(0);
    expect(header('us.csv')).toMatch(/^\uFEFFDocument,Participant,.*,Quote,Memo,/);
    expect((await run(['export', core.projectPath, '--format', 'csv', '--out', join(core.dir, 'b.csv'), '--language', 'en'])).code).toBe(0);
    expect(header('b.csv')).toMatch(/^\uFEFFDocument,Participant,.*,Quote,Memo,/);
    expect((await run(['export', core.projectPath, '--format', 'csv', '--out', join(core.dir, 'c.csv'), '--language', 'en', '--csv-locale', 'fr'])).code).toBe(0);
    expect(header('c.csv')).toMatch(/^\uFEFFDocument;Participant;.*;Quote;/);
    expect((await run(['export', core.projectPath, '--format', 'codebook-csv', '--out', join(core.dir, 'd.csv'), '--csv-separator', 'tab'])).code).toBe(0);
    expect(header('d.csv')).toBe('\uFEFFCode\tNom\tParent\tDéfinition\tCouleur\tCodable\tCodages\tDocuments');
    const bad = await run(['export', core.projectPath, '--format', 'csv', '--out', join(core.dir, 'e.csv'), '--csv-separator', '|']);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('--csv-separator') });
    expect((await run(['export', core.projectPath, '--format', 'csv', '--out', join(core.dir, 'e.csv'), '--language', 'de'])).stderr).toContain('--language must be fr or en');
  });
});

describe('export targets', () => {
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
