import { strToU8, unzipSync, zipSync } from 'fflate';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../electron/core/cases/csv';
import { findLeaksInBytes } from '../../../electron/core/pseudonyms/find-leaks';
import type { PseudonymEntry } from '../../../electron/core/pseudonyms/pseudonym-repo';
import type { TestCore } from '../../helpers/test-core';
import { labelledInterviews } from './labelled-interviews';
import { documentByName, interviewStudy } from './study';

const utf8 = new TextDecoder();
const unzipTexts = (path: string) => Object.fromEntries(Object.entries(unzipSync(readFileSync(path))).map(([name, data]) => [name, utf8.decode(data)]));

/** Every labelled identifier of the fixtures: none may remain in an anonymized export. */
const identifiers = [...new Set(labelledInterviews.flatMap((d) => d.spans.map((s) => s.text)))];

async function reviewedStudy(): Promise<TestCore> {
  const core = await interviewStudy();
  // A third interview mentions people of the first: their replacements must be the same.
  await core.call('documents:import', { paths: [core.file('E03 - agent.txt', 'Enquêtrice : Vous connaissez l’adjointe ?\nR : Oui, Martine Lebrun. Et Jean-Paul Garnier, bien sûr, à Villeneuve-sur-Lot.\n')] });
  await core.call('pseudonyms:accept', { all: true });
  const ville = (await core.call('attributes:list', {})).find((a) => a.name === 'Ville')!;
  await core.call('attributes:setIdentifying', { attributeIds: [ville.id] });
  return core;
}

describe('anonymized exports', () => {
  it('replace every identifier consistently across documents in a transcripts archive, leaving the project untouched', async () => {
    const core = await reviewedStudy();
    const before = await documentByName(core, 'E01 - élue');
    const result = await core.call('exports:write', { format: 'transcripts-txt', path: join(core.dir, 'out'), anonymized: true });
    expect(result.fileName).toBe('Étude mobilités - transcriptions.zip');
    const files = unzipTexts(result.path);
    expect(Object.keys(files).sort()).toEqual(['E01 - élue.txt', 'E02 - infirmier.txt', 'E03 - agent.txt', 'P01 - housing officer.txt', 'P02 - volunteer coordinator.txt']);
    const all = Object.values(files).join('\n');
    // As written (`rose des vents` stays: only the name `Rose` is an identifier).
    for (const id of identifiers) expect(all).not.toContain(id);
    expect(files['E01 - élue.txt']).toMatch(/\[E01\] : Oui\. Je m’appelle \[E01\], j’ai \[Âge \d\] et je suis adjointe à la mairie de \[Lieu \d\]/u);
    expect(files['E01 - élue.txt']).toContain('Madame la Maire m’a confié');
    expect(files['E01 - élue.txt']).toContain('Pierre de taille, rose des vents');
    const garnier = (await core.call('pseudonyms:list', {})).find((p) => p.original === 'Jean-Paul Garnier')!.replacement;
    expect(files['E03 - agent.txt']).toBe(`Enquêtrice : Vous connaissez l’adjointe ?\nR : Oui, [E01]. Et ${garnier}, bien sûr, à ${(await core.call('pseudonyms:list', {})).find((p) => p.original === 'Villeneuve-sur-Lot')!.replacement}.\n`);
    expect(files['E01 - élue.txt']).toContain(`surtout avec ${garnier}`.replace('surtout', 'Surtout'));

    const after = await documentByName(core, 'E01 - élue');
    expect(after.text).toBe(before.text);
    expect(after.text).toContain('Martine Lebrun');
  });

  it('anonymize every export format, with no identifier left in any part of the files', async () => {
    const core = await reviewedStudy();
    const code = await core.call('codes:create', { name: 'Relations avec Garnier', parentId: null, description: 'Ce que Martine Lebrun dit de Karim Haddad' });
    const doc = await documentByName(core, 'E01 - élue');
    await core.call('codings:apply', { documentId: doc.id, codeId: code.id, start: doc.text.indexOf('Surtout'), end: doc.text.indexOf('tranche.') });
    await core.call('memos:create', { target: { type: 'code', id: code.id }, title: 'Fabre', body: 'Voir Mme Fabre à Agen.' });
    const values = await core.call('attributes:list', {});
    expect(values.find((a) => a.name === 'Ville')!.values).toContain('Villeneuve-sur-Lot');
    for (const format of ['csv', 'xlsx', 'codebook-csv', 'md', 'html', 'docx', 'qdc', 'qdpx', 'transcripts-txt', 'transcripts-docx'] as const) {
      const result = await core.call('exports:write', { format, path: join(core.dir, format), anonymized: true });
      const bytes = readFileSync(result.path);
      const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
      const parts = isZip ? Object.entries(unzipSync(bytes)).flatMap(([name, data]) => [name, utf8.decode(data)]) : [utf8.decode(bytes)];
      // Nested archives (a zip of DOCX files) are opened too.
      const nested = isZip ? Object.values(unzipSync(bytes)).filter((d) => d[0] === 0x50 && d[1] === 0x4b).flatMap((d) => Object.values(unzipSync(d)).map((x) => utf8.decode(x))) : [];
      const all = [...parts, ...nested].join('\n');
      for (const id of identifiers) expect(all, `${id} in ${format}`).not.toContain(id);
    }
    expect((await documentByName(core, 'E01 - élue')).text).toBe(doc.text);
  });

  it('move coding offsets with the replaced text and replace identifying attribute values', async () => {
    const core = await reviewedStudy();
    const doc = await documentByName(core, 'E01 - élue');
    const quote = 'Surtout avec Jean-Paul Garnier, le directeur des services';
    const start = doc.text.indexOf(quote);
    const code = await core.call('codes:create', { name: 'Collègues', parentId: null });
    await core.call('codings:apply', { documentId: doc.id, codeId: code.id, start, end: start + quote.length });
    // A coding that ends inside a name grows to the end of its replacement.
    const partial = doc.text.indexOf('Je m’appelle Martine');
    await core.call('codings:apply', { documentId: doc.id, codeId: code.id, start: partial, end: partial + 'Je m’appelle Martine'.length });
    const result = await core.call('exports:write', { format: 'csv', path: join(core.dir, 'out'), anonymized: true, language: 'en' });
    const rows = parseCsv(readFileSync(result.path, 'utf8').replace(/^\uFEFF/u, ''));
    const header = rows[0]!;
    const quotes = rows.slice(1).map((r) => r[header.indexOf('Quote')]);
    const garnier = (await core.call('pseudonyms:list', {})).find((p) => p.original === 'Jean-Paul Garnier')!.replacement;
    expect(quotes).toEqual(['Je m’appelle [E01]', `Surtout avec ${garnier}, le directeur des services`]);
    expect(rows[1]![header.indexOf('Ville')]).toMatch(/^\[Lieu \d+\]$/u);
    expect(rows[1]![header.indexOf('Speaker')]).toBe('[E01]');
    const leeds = rows.slice(1).map((r) => r[header.indexOf('Ville')]);
    expect(leeds.join()).not.toContain('Villeneuve');
  });

  it('refuse an export where an original would remain, write nothing, and list where', async () => {
    const core = await reviewedStudy();
    // A replacement that itself contains another entry's original is a leak the check must catch.
    const karim = (await core.call('pseudonyms:list', {})).find((p) => p.original === 'Karim Haddad')!;
    await core.call('pseudonyms:update', { id: karim.id, replacement: '[collègue de Fabre]' });
    const out = join(core.dir, 'out');
    const error = await core.call('exports:write', { format: 'transcripts-txt', path: out, anonymized: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'EXPORT_LEAK', message: expect.stringContaining('Fabre') });
    const leaks = (error as { details: { leaks: { original: string; where: string }[] } }).details.leaks;
    expect(leaks).toEqual([expect.objectContaining({ original: 'Fabre', where: 'E01 - élue.txt, line 6' })]);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('refuse a name left alone in a memo or a code name when it is not a variant of its entry', async () => {
    const core = await interviewStudy();
    await core.call('pseudonyms:add', { original: 'Sophie Marchand', category: 'person' });
    await core.call('codes:create', { name: 'Conflit avec Marchand', parentId: null });
    const error = await core.call('exports:write', { format: 'codebook-csv', path: join(core.dir, 'out'), anonymized: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'EXPORT_LEAK' });
    expect((error as { details: { leaks: { original: string; where: string }[] } }).details.leaks).toEqual([
      expect.objectContaining({ original: 'Marchand', where: expect.stringContaining('part of “Sophie Marchand”') }),
    ]);
    // Made a variant, it is replaced, and the export goes through.
    const [entry] = await core.call('pseudonyms:list', {});
    await core.call('pseudonyms:update', { id: entry!.id, variants: ['Marchand'] });
    const ok = await core.call('exports:write', { format: 'codebook-csv', path: join(core.dir, 'out'), anonymized: true });
    expect(readFileSync(ok.path, 'utf8')).toContain(`Conflit avec ${entry!.replacement}`);
  });

  it('let common-word names be matched as names only, or disabled, never skipped silently', async () => {
    const core = await interviewStudy();
    const rose = await core.call('pseudonyms:add', { original: 'Rose', category: 'person', matching: 'whole-name' });
    await core.call('memos:create', { target: { type: 'project' }, title: 'Notes', body: 'Rose a parlé de la rose des vents. ROSE aussi.' });
    const txt = await core.call('exports:write', { format: 'transcripts-txt', path: join(core.dir, 'a'), anonymized: true });
    const e01 = unzipTexts(txt.path)['E01 - élue.txt']!;
    expect(e01).toContain(`Ma fille ${rose.replacement} vit`);
    expect(e01).toContain('rose des vents');
    // Disabled: nothing replaced and nothing checked, as the user chose.
    await core.call('pseudonyms:update', { id: rose.id, enabled: false });
    const plain = await core.call('exports:write', { format: 'transcripts-txt', path: join(core.dir, 'b'), anonymized: true });
    expect(unzipTexts(plain.path)['E01 - élue.txt']).toContain('Ma fille Rose vit');
  });

  it('anonymize a DOCX transcripts archive and find names split across runs, in attributes and in file names', async () => {
    const core = await reviewedStudy();
    const result = await core.call('exports:write', { format: 'transcripts-docx', path: join(core.dir, 'out'), anonymized: true });
    const archive = unzipSync(readFileSync(result.path));
    const e01 = unzipSync(archive['E01 - élue.docx']!);
    const xml = utf8.decode(e01['word/document.xml']!);
    expect(xml).toContain('<w:b/></w:rPr><w:t xml:space="preserve">[E01] : </w:t>');
    expect(xml).not.toContain('Lebrun');

    const entry: PseudonymEntry = { id: 1, original: 'Martine Lebrun', replacement: '[E01]', category: 'participant', enabled: true, matching: 'word', variants: ['Lebrun'], createdAt: '' };
    const docx = zipSync({
      'word/document.xml': strToU8('<w:p><w:r><w:t>Le</w:t></w:r><w:r><w:t>brun</w:t></w:r></w:p><w:p><w:t>x</w:t></w:p>'),
      'docProps/core.xml': strToU8('<cp:coreProperties><dc:creator author="M. Lebrun"/></cp:coreProperties>'),
      'Lebrun.txt': strToU8('rien'),
    });
    const leaks = findLeaksInBytes([entry], 'transcripts-docx', docx);
    expect(leaks.map((l) => l.where)).toEqual(['word/document.xml, line 1', 'docProps/core.xml, line 1', 'Lebrun.txt (file name)']);
    expect(findLeaksInBytes([{ ...entry, enabled: false }], 'transcripts-docx', docx)).toEqual([]);
    // A DOCX inside the transcripts archive is read too.
    const archived = zipSync({ 'E01.docx': [docx, { level: 0 }] });
    expect(findLeaksInBytes([entry], 'transcripts-docx', archived).map((l) => l.where)).toEqual([
      'E01.docx › word/document.xml, line 1',
      'E01.docx › docProps/core.xml, line 1',
      'E01.docx › Lebrun.txt (file name)',
    ]);
    expect(findLeaksInBytes([entry], 'csv', strToU8('a,b\r\nrien,"LÉBRUN\'s"\r\n'))).toEqual([{ original: 'LÉBRUN', where: 'csv, line 2', context: 'a,b rien,"LÉBRUN\'s"' }]);
  });
});
