import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import french from 'lunr-languages/lunr.fr';

stemmerSupport(lunr);
french(lunr);

/** The languages a project's search understands; `fr+en` indexes both stems of each word. */
export type SearchLanguage = 'fr' | 'en' | 'fr+en';
export const SEARCH_LANGUAGES: readonly SearchLanguage[] = ['fr', 'en', 'fr+en'];

/** Lower case and accents removed: lunr-languages folds only French and Spanish, so we fold for all. */
export const fold = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');

/** Lunr's own pipelines: French (lunr-languages: stop words, accent folding, Snowball stemmer) and English. */
function pipelineFor(language: 'fr' | 'en'): lunr.Pipeline {
  const p = new lunr.Pipeline();
  if (language === 'fr') {
    const fr = lunr.fr;
    const steps = [fr.trimmer, fr.stopWordFilter, fr.accentFold, fr.stemmer];
    if (steps.some((f) => f === undefined)) throw new Error('lunr-languages’ French pipeline is missing');
    p.add(...(steps as lunr.PipelineFunction[]));
  } else {
    p.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  }
  return p;
}

/** Past this many distinct words, the cache starts afresh (a bound on memory, not a tuning knob). */
const CACHE_LIMIT = 500_000;
const analyzers = new Map<SearchLanguage, (word: string) => string[]>();

/**
 * The index terms of one word, as Lunr's pipeline for the project's language makes them: none for
 * a stop word, one stem, or two (French and English) in a bilingual project. One analyzer per
 * language lives as long as the process, with a cache keyed by the word as written: Lunr's
 * Snowball stemmers are the costly part of both indexing and querying.
 */
export function createAnalyzer(language: SearchLanguage): (word: string) => string[] {
  const existing = analyzers.get(language);
  if (existing) return existing;
  const pipelines = (language === 'fr+en' ? ['fr', 'en'] : [language]).map((l) => pipelineFor(l as 'fr' | 'en'));
  const cache = new Map<string, string[]>();
  const analyze = (word: string): string[] => {
    let terms = cache.get(word);
    if (!terms) {
      const folded = fold(word);
      const stems = new Set<string>();
      // A word any pipeline keeps is indexed; a stop word in one language may be a word in the other.
      for (const p of pipelines) for (const t of p.runString(folded)) if (t) stems.add(fold(t));
      terms = [...stems];
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, terms);
    }
    return terms;
  };
  analyzers.set(language, analyze);
  return analyze;
}

/**
 * Stop words are indexed too, as this mark followed by the folded word, so that a phrase such as
 * `"la ville"` is an FTS5 phrase of adjacent tokens rather than every paragraph holding `ville`,
 * checked one by one. The mark is a private-use character: no word of a text holds one (words are
 * letters, digits and marks), so no query term ever equals or starts like a marked stop word, and
 * FTS5's unicode61 tokenizer keeps it inside the token (its token characters are L*, N* and Co).
 */
export const STOP_MARK = '\uE000';

/** What the index holds for one word: its stems, or its marked form when it is a stop word. */
export function indexTermsOf(analyze: (word: string) => string[], word: string): string[] {
  const terms = analyze(word);
  return terms.length > 0 ? terms : [STOP_MARK + fold(word)];
}

export type WordToken = { start: number; end: number; text: string };

/**
 * Words of a text with their UTF-16 offsets. Apostrophes and hyphens separate words (`l’école` →
 * `l`, `école`), as Lunr's tokenizer does once its separator is set for French elisions.
 */
export function wordsOf(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export { lunr };
