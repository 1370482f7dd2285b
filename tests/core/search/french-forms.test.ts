import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createFrenchLexicon, frenchLexicon } from '../../../electron/core/search/french-lexicon';
import { frenchFormsOf, nominalForms } from '../../../electron/core/search/french-forms';
import { createTextCache } from '../../../electron/core/search/index-store';
import { fold } from '../../../electron/core/search/language';
import { runSearch } from '../../../electron/core/search/run-search';
import { FORM_PAIRS, formsTranscript, measureRecall } from '../../helpers/french-forms-fixture';
import { createTestCore } from '../../helpers/test-core';

describe('the French lexicon', () => {
  it('gives every form of verbs of all three groups, irregular ones included, and their derived nouns', () => {
    const lexicon = frenchLexicon();
    expect(lexicon.lemmasOf('négociations')).toEqual(['negocier']);
    expect(lexicon.lemmasOf('prennent')).toEqual(['prendre']);
    expect(lexicon.lemmasOf('irons')).toEqual(['aller']);
    expect(lexicon.lemmasOf('viennent')).toEqual(['venir']);
    expect(lexicon.lemmasOf('Établissement')).toEqual(['etablir']);
    expect(lexicon.formsOf('prendre')).toEqual(expect.arrayContaining(['pris', 'prise', 'prennent', 'prendrons']));
    expect(lexicon.formsOf('produire')).toEqual(expect.arrayContaining(['production', 'productions', 'produit']));
    expect(lexicon.formsOf('verifier')).toContain('verification');
    expect(lexicon.formsOf('appliquer')).toContain('application');
    expect(lexicon.formsOf('payer')).toContain('paiement');
    // Auxiliaries stay out (été, the summer, is no search for `fut`), and so do adverbs in -ement.
    expect(lexicon.lemmasOf('été')).toEqual([]);
    expect(lexicon.lemmasOf('complètement')).toEqual([]);
    expect(lexicon.lemmasOf('également')).toEqual([]);
  });

  it('derives nouns only from the verbs that make them (second group: -issement)', () => {
    const lexicon = createFrenchLexicon({
      finir: { P: ['finis', 'finis', 'finit', 'finissons', 'finissez', 'finissent'] },
      partir: { P: ['pars', 'pars', 'part', 'partons', 'partez', 'partent'] },
      'contre-attaquer': { P: ['contre-attaque'] },
    });
    expect(lexicon.formsOf('finir')).toEqual(expect.arrayContaining(['finissement', 'finition']));
    expect(lexicon.formsOf('partir')).not.toContain('partition');
    expect(lexicon.lemmasOf('contre')).toEqual([]);
  });

  it('joins feminines and plurals the stems leave apart, accents aside', () => {
    expect(nominalForms('actrice')).toEqual(expect.arrayContaining(['acteur', 'acteurs', 'actrices']));
    expect(nominalForms('salarié')).toEqual(expect.arrayContaining(['salariee', 'salaries', 'salariees']));
    expect(nominalForms('salariees')).toContain('salarie');
    expect(nominalForms('travaux')).toContain('travail');
    expect(nominalForms('première')).toContain('premier');
    // No feminine of a word without the accent that marks a participle, nor of a short word.
    expect(nominalForms('salarie')).toEqual([]);
    expect(nominalForms('mer')).toEqual([]);
    expect(frenchFormsOf('temps').size).toBe(0);
  });
});

describe('French search finds the forms of a word', () => {
  it('négocier finds négocie, négocient, négociait, négociations, and the other way round', async () => {
    const core = await createTestCore();
    const text = [
      'Enquêtrice : Vous négociez comment ?',
      'Martine Lebrun : Je négocie chaque contrat, ils négocient aussi.',
      'Karim Benali : Avant, on négociait moins. Les négociations duraient.',
      'Martine Lebrun : Le fer et les affaires, rien à voir.',
      'Karim Benali : Nous ferons le point, il faut le faire.',
    ].join('\n');
    await core.call('documents:import', { paths: [core.file('E01.txt', text)] });
    const document = (await core.call('documents:list', {}))[0]!;
    const full = (await core.call('documents:get', { id: document.id })).text;
    // Hits come best first: the words found, in the order of the text.
    const words = async (query: string) =>
      (await core.call('search:query', { query, filters: {} })).hits
        .flatMap((h) => h.matches)
        .sort((a, b) => a.start - b.start)
        .map((m) => full.slice(m.start, m.end));
    expect(await words('négocier')).toEqual(['négociez', 'négocie', 'négocient', 'négociait', 'négociations']);
    expect(await words('négociations')).toEqual(['négociez', 'négocie', 'négocient', 'négociait', 'négociations']);
    expect(await words('negocient')).toContain('négociations');
    // `ferai` is stemmed as `fer` is: the metal is not a form of faire.
    expect(await words('faire')).toEqual(['ferons', 'faire']);
    // Lunr's syntax is unchanged: prefixes, exclusions, and phrases stay exact.
    expect(await words('négoci*')).toEqual(['négociez', 'négocie', 'négocient', 'négociait', 'négociations']);
    expect(await words('"ils négocient"')).toEqual(['ils négocient']);
    expect(await words('"ils négocier"')).toEqual([]);
    expect(await words('contrat -négocier')).toEqual([]);
    expect(await words('contrat -faire')).toEqual(['contrat']);
    expect(await words('point -fer')).toEqual(['point']);
  });

  it('English projects are left as they were', async () => {
    const core = await createTestCore();
    await core.call('search:setLanguage', { language: 'en' });
    await core.call('documents:import', { paths: [core.file('E02.txt', 'Karim: We negotiate. They negotiated. Talks were held.\n')] });
    const hits = (await core.call('search:query', { query: 'negotiate', filters: {} })).hits;
    expect(hits).toHaveLength(1);
    expect(hits[0]!.matches).toHaveLength(2);
  });

  it(`recall over ${FORM_PAIRS.length} query/form pairs: at least 97 % with the lexicon, where stems alone stay far below; unrelated words never meet`, async () => {
    expect(FORM_PAIRS.length).toBeGreaterThanOrEqual(150);
    const core = await createTestCore();
    await core.call('documents:import', { paths: [core.file('formes.txt', formsTranscript())] });
    const document = (await core.call('documents:list', {}))[0]!;
    const full = (await core.call('documents:get', { id: document.id })).text;
    const slices = (hits: { matches: { start: number; end: number }[] }[]) => hits.flatMap((h) => h.matches.map((m) => full.slice(m.start, m.end)));
    const withLexicon = await measureRecall(async (query) => slices((await core.call('search:query', { query, filters: {}, limit: 2000 })).hits), fold);

    const db = new Database(core.projectPath, { readonly: true });
    const texts = createTextCache(db);
    const stemsOnly = await measureRecall(async (query) => slices(runSearch(db, 'fr', query, {}, 2000, { textOf: texts.get, frenchForms: false }).hits), fold);
    db.close();

    expect(withLexicon.misses).toEqual([]);
    expect(withLexicon.recall).toBeGreaterThanOrEqual(0.97);
    expect(stemsOnly.recall).toBeLessThan(0.8);
    // Unrelated words never meet through the lexicon; those the stems already join (accents folded,
    // `complètement` and `compléter` both `complet`) are not the lexicon's doing, and are listed.
    const stemLeaks = new Set(stemsOnly.leaks.map((l) => l.join(' → ')));
    expect(withLexicon.leaks.map((l) => l.join(' → ')).filter((l) => !stemLeaks.has(l))).toEqual([]);
    expect(stemsOnly.leaks.length).toBeLessThanOrEqual(3);
  });
});
