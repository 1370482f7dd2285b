import { strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportFormat } from '../../../shared/contract';
import { entryMatcher } from '../../../electron/core/pseudonyms/entry-matcher';
import { findLeaksInBytes } from '../../../electron/core/pseudonyms/find-leaks';
import { normalizeForMatching } from '../../../electron/core/pseudonyms/normalize';
import type { PseudonymEntry } from '../../../electron/core/pseudonyms/pseudonym-repo';
import { replaceText } from '../../../electron/core/pseudonyms/replace-text';
import { createTestCore } from '../../helpers/test-core';
import { documentByName } from './study';

const martine: PseudonymEntry = { id: 1, original: 'Martine Lebrun', replacement: '[E01]', category: 'participant', enabled: true, matching: 'word', variants: ['Martine', 'Lebrun'], createdAt: '' };
const replace = (text: string, entries: PseudonymEntry[] = [martine]) => replaceText(text, entryMatcher(entries, { enabledOnly: true }), (id) => entries.find((e) => e.id === id)!.replacement);

/** Names written so that a plain scan misses them. */
const TRAPS: [string, string, string][] = [
  ['a zero-width space inside a name', 'Merci Mar\u200Btine.', 'Merci [E01].'],
  ['a zero-width joiner and a soft hyphen', 'Vu Le\u200Dbrun et Le\u00ADbrun.', 'Vu [E01] et [E01].'],
  ['a camel-case handle', 'Écrivez à @MartineLebrun ou #MartineLebrun.', 'Écrivez à @[E01] ou #[E01].'],
  ['a hashtag of one name', 'Le tag #Lebrun circule.', 'Le tag #[E01] circule.'],
  ['a handle with an underscore', 'Suivez @martine_lebrun !', 'Suivez @[E01] !'],
  ['fullwidth letters', 'Signé Ｍａｒｔｉｎｅ Ｌｅｂｒｕｎ.', 'Signé [E01].'],
  ['mathematical letters', 'Par 𝐌𝐚𝐫𝐭𝐢𝐧𝐞.', 'Par [E01].'],
];

describe('names hidden by Unicode or handles', () => {
  it('normalizes and maps every unit back to the original', () => {
    const m = normalizeForMatching('Mar\u200Btine @JeanPaul Ｘ ﬁn');
    expect(m.text).toBe('Martine @Jean Paul X fin');
    // `Martine` covers the zero-width space; `Paul` begins where it was written.
    expect([m.startOf(0), m.endOf(7)]).toEqual([0, 8]);
    const paul = m.text.indexOf('Paul');
    expect([m.startOf(paul), m.endOf(paul + 4)]).toEqual(['Mar\u200Btine @Jean'.length, 'Mar\u200Btine @JeanPaul'.length]);
    expect(m.endOf(m.text.length)).toBe('Mar\u200Btine @JeanPaul Ｘ ﬁn'.length);
    // An email's `@` is not a handle; plain prose comes back as it was.
    expect(normalizeForMatching('martine.lebrun@ville-exemple.fr').text).toBe('martine.lebrun@ville-exemple.fr');
    expect(normalizeForMatching('Une phrase sans piège… « oui »').text).toBe('Une phrase sans piège… « oui »');
  });

  for (const [what, text, expected] of TRAPS) {
    it(`replaces and leak-checks ${what}`, () => {
      // The replacement takes the original characters, invisible ones included.
      expect(replace(text).text).toBe(expected);
      const leaks = findLeaksInBytes([martine], 'csv', strToU8(`Quote\r\n"${text}"\r\n`));
      expect(leaks.length, what).toBeGreaterThan(0);
      expect(leaks[0]!.where).toBe('csv, line 2');
      // Also inside a DOCX part and in a zip's file names.
      const docx = zipSync({ 'word/document.xml': strToU8(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`), [`${text}.txt`]: strToU8('x') });
      expect(findLeaksInBytes([martine], 'transcripts-docx', docx).map((l) => l.where)).toEqual(['word/document.xml, line 1', `${text}.txt (file name)`]);
    });
  }

  it('keeps coding offsets right across removed and widened characters', () => {
    const text = 'A Mar\u200Btine, B ﬁn @MartineLebrun C';
    const r = replace(text);
    expect(r.text).toBe('A [E01], B ﬁn @[E01] C');
    expect(r.map(text.indexOf('B'), 'start')).toBe(r.text.indexOf('B'));
    expect(r.map(text.indexOf('C'), 'start')).toBe(r.text.indexOf('C'));
    expect(r.map(text.indexOf('\u200B'), 'end')).toBe(r.text.indexOf(']') + 1);
  });

  it('detects names written with these traps', async () => {
    const core = await createTestCore();
    await core.call('documents:import', {
      paths: [core.file('E09.txt', 'Enquêtrice : Qui vous aide ?\nR : Surtout Ｋａｒｉｍ Ｈａｄｄａｄ, et on suit @SophieMarchand sur les réseaux, avec Jean\u200B-Paul Garnier.\n')],
    });
    const { suggestions } = await core.call('pseudonyms:suggest', {});
    const found = suggestions.map((s) => [s.text, s.category, s.occurrences]);
    expect(found).toEqual(expect.arrayContaining([['Karim Haddad', 'person', 1], ['Sophie Marchand', 'person', 1], ['Jean-Paul Garnier', 'person', 1]]));
    // The contexts point at the original text.
    const doc = await documentByName(core, 'E09');
    const karim = suggestions.find((s) => s.text === 'Karim Haddad')!.contexts[0]!;
    expect(doc.text.slice(karim.start, karim.end)).toBe('Ｋａｒｉｍ Ｈａｄｄａｄ');
  });
});

describe('every export path, with names hidden by Unicode or handles', () => {
  const HIDDEN = `Enquêtrice : Qui suivez-vous ?
Martine Lebrun : Mar\u200Btine, c’est moi ; mon compte est @MartineLebrun, le mot-clé #Lebrun. Je signe Ｍａｒｔｉｎｅ. Karim Haddad m’aide.
`;

  async function study() {
    const core = await createTestCore({ name: 'Étude pièges' });
    await core.call('documents:import', { paths: [core.file('E01.txt', HIDDEN)] });
    const doc = await documentByName(core, 'E01');
    await core.call('pseudonyms:add', { original: 'Martine Lebrun', category: 'participant', replacement: '[E01]', variants: ['Martine', 'Lebrun'] });
    const karim = await core.call('pseudonyms:add', { original: 'Karim Haddad', category: 'person' });
    const code = await core.call('codes:create', { name: 'Soutien de Karim Haddad', parentId: null, description: 'Ce que dit @MartineLebrun' });
    await core.call('codings:apply', { documentId: doc.id, codeId: code.id, start: doc.text.indexOf('Mar\u200Btine'), end: doc.text.indexOf(' m’aide') });
    return { core, karim };
  }

  const normalizedTextsOf = (path: string) => {
    const bytes = readFileSync(path);
    const decode = (b: Uint8Array) => new TextDecoder().decode(b);
    const parts = bytes[0] === 0x50 && bytes[1] === 0x4b ? Object.entries(unzipSync(bytes)).flatMap(([n, d]) => [n, d[0] === 0x50 && d[1] === 0x4b ? Object.values(unzipSync(d)).map(decode).join('\n') : decode(d)]) : [decode(bytes)];
    return normalizeForMatching(parts.join('\n')).folded;
  };

  it('replace every hidden form in every format', async () => {
    const { core } = await study();
    for (const format of ExportFormat.options) {
      const result = await core.call('exports:write', { format, path: join(core.dir, format), anonymized: true });
      const folded = normalizedTextsOf(result.path);
      expect(folded, format).not.toMatch(/martine|lebrun|karim|haddad/u);
    }
  });

  it('refuse every format when a replacement itself hides a name', async () => {
    const { core, karim } = await study();
    // Karim's replacement names Martine behind a zero-width space: the check must still see her.
    await core.call('pseudonyms:update', { id: karim.id, replacement: '[ami de Mar\u200Btine]' });
    for (const format of ExportFormat.options) {
      const error = await core.call('exports:write', { format, path: join(core.dir, format), anonymized: true }).catch((e: unknown) => e);
      expect(error, format).toMatchObject({ code: 'EXPORT_LEAK' });
      expect((error as { details: { leaks: { original: string }[] } }).details.leaks[0]!.original, format).toBe('Mar\u200Btine');
    }
  });
});
