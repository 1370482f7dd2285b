import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from './language';

/**
 * French verbs and their inflected forms, from the Lefff's conjugation tables
 * (`french-verbs-lefff`): every tense and person of about 7,800 verbs of all three groups,
 * irregular ones included (prendre → pris, prennent; aller → va, irons). Each verb also lists the
 * nouns regularly derived from it (négocier → négociation, négociateur; changer → changement;
 * établir → établissement; produire → production), so that a search for one finds the others.
 *
 * Folded (lower case, no accents), as the index's words are compared.
 */
export type FrenchLexicon = {
  /** The verbs (folded infinitives) of which `word` is a form or a derived noun. */
  lemmasOf(word: string): string[];
  /** Every form of a verb, with its derived nouns (folded). */
  formsOf(lemma: string): string[];
};

type Conjugations = Record<string, Record<string, (string | null)[]>>;

/**
 * Auxiliaries are left out: nearly all their forms are stop words, and their participles are
 * common nouns (`été`, the summer), which would bring every `sera` and `fut` into a search for it.
 */
const LEFT_OUT = new Set(['etre', 'avoir']);

/**
 * Adverbs that the `-ement` rule would take for nouns of a verb (`compléter` → `complètement`,
 * `égaler` → `également`): kept apart from those verbs.
 */
const NOT_DERIVED = new Set(['completement', 'egalement', 'fermement', 'forcement', 'justement', 'seulement', 'directement', 'exactement', 'largement', 'librement', 'surement', 'precisement', 'evidemment', 'clairement', 'entierement', 'simplement', 'rarement', 'vivement', 'sincerement', 'severement', 'profondement', 'legerement', 'fortement', 'doucement', 'lentement', 'recemment', 'reellement', 'autrement', 'tellement', 'vraiment', 'notamment', 'carrement', 'nettement', 'aisement', 'commodement', 'couramment', 'proprement', 'purement', 'sommairement', 'grossierement', 'assurement']);

/** Nouns regularly derived from a verb (folded infinitive), with their plurals. */
export function derivedNouns(lemma: string, secondGroup: boolean): string[] {
  const out: string[] = [];
  const add = (...nouns: string[]) => {
    for (const n of nouns) if (!NOT_DERIVED.has(n)) out.push(n, `${n}s`);
  };
  if (lemma.endsWith('er')) {
    const stem = lemma.slice(0, -2);
    if (stem.endsWith('ifi')) add(`${stem}cation`, `${stem}cateur`, `${stem}catrice`);
    else if (stem.endsWith('qu')) add(`${stem.slice(0, -2)}cation`, `${stem.slice(0, -2)}cateur`, `${stem.slice(0, -2)}catrice`);
    else add(`${stem}ation`, `${stem}ateur`, `${stem}atrice`);
    // `-yer` verbs: paiement, déploiement, as well as payement.
    if (stem.endsWith('y')) add(`${stem.slice(0, -1)}iement`);
    add(`${stem}ement`);
  } else if (lemma.endsWith('uire')) {
    const stem = lemma.slice(0, -4);
    add(`${stem}uction`, `${stem}ucteur`, `${stem}uctrice`);
  } else if (lemma.endsWith('ir') && secondGroup) {
    const stem = lemma.slice(0, -2);
    add(`${stem}issement`, `${stem}ition`);
  }
  return out;
}

const WORD = /^[a-z]+$/;

/** `fold` for the lexicon's lower-case words, without Unicode normalisation: 400,000 of them. */
const LATIN: Record<string, string> = { à: 'a', â: 'a', ä: 'a', é: 'e', è: 'e', ê: 'e', ë: 'e', î: 'i', ï: 'i', ô: 'o', ö: 'o', ù: 'u', û: 'u', ü: 'u', ç: 'c', ÿ: 'y', œ: 'oe', æ: 'ae' };
const foldLower = (w: string) => {
  if (WORD.test(w)) return w;
  const latin = w.replace(/[^a-z]/g, (c) => LATIN[c] ?? c);
  return WORD.test(latin) ? latin : fold(latin);
};

/**
 * Lines of `lemma form form …`, and for finding a form: the lines holding a form that starts with
 * each two letters. Strings and arrays of numbers rather than a map of 300,000 forms, which took
 * over a second to build and tens of megabytes to keep; a lookup scans a few hundred lines.
 */
function build(conjugations: Conjugations): { lines: string[]; buckets: Map<string, number[]> } {
  const lines: string[] = [];
  const buckets = new Map<string, number[]>();
  for (const [infinitive, tenses] of Object.entries(conjugations)) {
    const lemma = foldLower(infinitive);
    // Hyphenated verbs are two words in the index; `uw`-like entries are noise of the source.
    if (!WORD.test(lemma) || LEFT_OUT.has(lemma) || lemma.length < 3) continue;
    const forms = new Set<string>([lemma]);
    for (const list of Object.values(tenses)) for (const f of list) if (f && f !== 'NA') forms.add(foldLower(f));
    // Second group: `nous finissons` (their nouns take `-issement`, `-ition`).
    const secondGroup = forms.has(`${lemma.slice(0, -2)}issons`);
    for (const n of derivedNouns(lemma, secondGroup)) forms.add(n);
    const index = lines.length;
    const kept = [...forms].filter((f) => WORD.test(f));
    lines.push(` ${kept.join(' ')} `);
    for (const f of kept) {
      const key = f.slice(0, 2);
      let list = buckets.get(key);
      if (!list) buckets.set(key, (list = []));
      if (list[list.length - 1] !== index) list.push(index);
    }
  }
  return { lines, buckets };
}

export function createFrenchLexicon(conjugations: Conjugations): FrenchLexicon {
  const { lines, buckets } = build(conjugations);
  const linesOf = (word: string): number[] => {
    const needle = ` ${word} `;
    return (buckets.get(word.slice(0, 2)) ?? []).filter((line) => lines[line]!.includes(needle));
  };
  const lemmaOf = (line: number) => lines[line]!.slice(1, lines[line]!.indexOf(' ', 1));
  return {
    lemmasOf: (word) => [...new Set(linesOf(fold(word)).map(lemmaOf))],
    formsOf(lemma) {
      // Accents aside, two verbs may fold alike (pécher, pêcher): both are its lines.
      const own = linesOf(lemma).filter((line) => lemmaOf(line) === lemma);
      return [...new Set(own.flatMap((line) => lines[line]!.trim().split(' ')))];
    },
  };
}

let loaded: FrenchLexicon | null = null;

/**
 * The lexicon, read from the package on first use (in the search worker: once per project opened
 * in a session), a fraction of a second; the parsed JSON is dropped as soon as the lines are built.
 */
export function frenchLexicon(): FrenchLexicon {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const path = require.resolve('french-verbs-lefff/dist/conjugations.json');
    loaded = createFrenchLexicon(JSON.parse(readFileSync(path, 'utf8')) as Conjugations);
  }
  return loaded;
}
