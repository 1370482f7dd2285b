import { lunr, fold, wordsOf } from './language';

/** One clause of a researcher's query, once Lunr's query parser has read it. */
export type Clause = {
  /** The word as typed (without its operators). */
  text: string;
  presence: 'required' | 'prohibited';
  /** `négoc*`: any word starting so. */
  prefix: boolean;
  /** `negotiation~1`: words within this edit distance (transcription typos). */
  editDistance: number;
};

export type ParsedQuery = {
  clauses: Clause[];
  /** `"exact phrase"`s, each as its words; a phrase may be prohibited with a leading `-`. */
  phrases: { words: string[]; presence: 'required' | 'prohibited' }[];
  /** True when the input was not valid query syntax and was read as plain words. */
  fellBack: boolean;
};

const PHRASE = /(-?)"([^"]*)"/g;

// Parts of Lunr 2.3's query API that its type definitions leave out.
type LunrQueryParser = new (input: string, query: lunr.Query) => { parse(): void };
type LunrClause = lunr.Query.Clause & { presence?: number };
const QueryParser = (lunr as unknown as { QueryParser: LunrQueryParser }).QueryParser;
/** `lunr.Query.presence.PROHIBITED`. */
const PROHIBITED = 3;

/** Plain words, every operator ignored: what a malformed query falls back to. */
const plainClauses = (text: string): Clause[] =>
  wordsOf(text).map((w) => ({ text: w.text, presence: 'required', prefix: false, editDistance: 0 }));

/**
 * Reads a query as researchers write it, with Lunr's query syntax for words: plain words (all must
 * match), `-exclude`, `prefix*`, `word~1`, and quoted `"exact phrases"`, which Lunr lacks and are
 * taken out first. Apostrophes and inner hyphens separate words, as in the index (`l’école`).
 * Malformed input never throws: it is read as plain words.
 */
export function parseQuery(input: string): ParsedQuery {
  const phrases: ParsedQuery['phrases'] = [];
  const rest = input.normalize('NFC').replace(PHRASE, (_m, minus: string, body: string) => {
    const words = wordsOf(body).map((w) => w.text);
    if (words.length > 0) phrases.push({ words, presence: minus ? 'prohibited' : 'required' });
    return ' ';
  });
  // Lunr's lexer reads `-` and `+` as presence only before a term; split elisions and compounds first.
  const cleaned = rest
    .replace(/["“”«»]/g, ' ')
    .replace(/[’'`]/g, ' ')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
    .trim();
  if (cleaned === '') return { clauses: [], phrases, fellBack: false };
  try {
    const query = new lunr.Query(['t']);
    new QueryParser(cleaned, query).parse();
    const clauses = (query.clauses as LunrClause[])
      .filter((c) => c.term.trim() !== '')
      .map((c) => {
        const term = c.term.replace(/^\*+/, '');
        return {
          text: term.replace(/\*+$/, ''),
          presence: c.presence === PROHIBITED ? ('prohibited' as const) : ('required' as const),
          prefix: term.endsWith('*'),
          editDistance: Math.min(2, c.editDistance ?? 0),
        };
      })
      .filter((c) => c.text !== '');
    return { clauses, phrases, fellBack: false };
  } catch {
    return { clauses: plainClauses(cleaned), phrases, fellBack: true };
  }
}

/** Edit distance with an early exit: is `a` within `max` edits of `b`? */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}

export { fold };
