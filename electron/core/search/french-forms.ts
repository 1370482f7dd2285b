import { fold } from './language';
import { frenchLexicon, type FrenchLexicon } from './french-lexicon';

/**
 * Masculine singular ending → its feminine and plural endings, for the patterns Lunr's Snowball
 * stems leave apart once accents are folded (`actrice` → actric, `acteur` → acteur; `salariée` →
 * salarie, `salarié` → salar; `première` → premier, `premier` → premi). The patterns it already
 * joins (-eux/-euse, -el/-elle, -en/-enne, -al/-aux, plain -s and -e) are left to it.
 */
const PATTERNS: readonly (readonly [string, readonly string[]])[] = [
  ['teur', ['trice', 'teuse', 'teurs', 'trices', 'teuses']],
  ['eur', ['euse', 'eurs', 'euses']],
  ['if', ['ive', 'ifs', 'ives']],
  ['euf', ['euve', 'eufs', 'euves']],
  ['er', ['ere', 'ers', 'eres']],
];

/** Irregular feminines and plurals, folded (each line one word's forms). */
const IRREGULAR: readonly string[] = [
  'blanc blanche blancs blanches',
  'franc franche francs franches',
  'sec seche secs seches',
  'frais fraiche fraiches',
  'public publique publics publiques',
  'grec grecque grecs grecques',
  'turc turque turcs turques',
  'long longue longs longues',
  'beau bel belle beaux belles',
  'nouveau nouvel nouvelle nouveaux nouvelles',
  'jumeau jumelle jumeaux jumelles',
  'vieux vieil vieille vieilles',
  'fou fol folle fous folles',
  'mou molle mous molles',
  'doux douce douces',
  'faux fausse fausses',
  'roux rousse rousses',
  'gros grosse grosses',
  'gras grasse grasses',
  'bas basse basses',
  'epais epaisse epaisses',
  'gentil gentille gentils gentilles',
  'pareil pareille pareils pareilles',
  'bref breve brefs breves',
  'favori favorite favoris favorites',
  'malin maligne malins malignes',
  'oeil yeux',
  'ciel cieux',
  'travail travaux',
  'bail baux',
  'vitrail vitraux',
  'corail coraux',
  'email emaux',
];
const irregular = new Map<string, string[]>();
for (const line of IRREGULAR) {
  const forms = line.split(' ');
  for (const f of forms) irregular.set(f, forms);
}

/** The base word's length below which a pattern is not tried (`er` → `ère` on `mer` is no adjective). */
const MIN_BASE = 3;

/**
 * Feminine and plural forms of a noun or adjective (folded), from the patterns above: `actrice` →
 * acteur, acteurs, actrices; `salarié` → salariée, salariés, salariées. Forms that are no word
 * (`fleur` → fleuse) are harmless: a form is only ever compared with the words of the text.
 * `-é` words are recognised by their accent (`salarie` may be a verb form, `salarié` is not).
 */
export function nominalForms(word: string): string[] {
  const lower = word.normalize('NFC').toLocaleLowerCase('fr');
  const folded = fold(word);
  const out = new Set<string>(irregular.get(folded) ?? []);
  for (const [base, others] of PATTERNS) {
    const stems: string[] = [];
    if (folded.endsWith(base)) stems.push(folded.slice(0, -base.length));
    for (const o of others) if (folded.endsWith(o)) stems.push(folded.slice(0, -o.length));
    for (const stem of stems) {
      if (stem.length + base.length < MIN_BASE + 1 || stem.length < 2) continue;
      out.add(stem + base);
      for (const o of others) out.add(stem + o);
    }
  }
  // `salarié(e)(s)` by its accent; without accents, only `salariee(s)` says which word it is.
  const participle = /é(?:e|s|es)?$/.exec(lower) ?? /e(?:e|es)$/.exec(folded);
  if (participle) {
    const stem = folded.slice(0, folded.length - participle[0].length);
    if (stem.length >= 2) for (const ending of ['e', 'ee', 'es', 'ees']) out.add(stem + ending);
  }
  return [...out];
}

/** Past this many words looked up, the cache starts afresh (a bound on memory). */
const CACHE_LIMIT = 20_000;
const cache = new Map<string, ReadonlySet<string>>();

/**
 * Every form a French search for `word` should find, folded, as the best French search tools
 * lemmatise: the verbs it is a form of (or a derived noun of) with all their forms and derived
 * nouns (`négocier`, `négocie`, `négocient`, `négociait`, `négociations`), and its feminine and
 * plural forms. Empty when the lexicon knows nothing of it beyond what its stem already finds.
 */
export function frenchFormsOf(word: string, lexicon: FrenchLexicon = frenchLexicon()): ReadonlySet<string> {
  // Keyed by the word as typed, lower case: `salarié` and `salarie` are not looked up alike.
  const key = word.normalize('NFC').toLocaleLowerCase('fr');
  let forms = cache.get(key);
  if (!forms) {
    const found = new Set<string>();
    for (const lemma of lexicon.lemmasOf(key)) for (const f of lexicon.formsOf(lemma)) found.add(f);
    for (const f of nominalForms(word)) found.add(f);
    found.delete(fold(word));
    forms = found;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, forms);
  }
  return forms;
}
