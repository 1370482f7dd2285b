import { isUpperCode, isWordCode } from '../fold';

/** A word of a text: letters, digits and inner hyphens (`Saint-Brieuc`, `Jean-Pierre`). */
export type Token = { start: number; end: number; text: string; capital: boolean; sentenceStart: boolean };

const OPENERS = new Set([...'«"“‘\'([—–-*•']);
const ENDERS = new Set([...'.!?…:;\n']);
const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mlle', 'dr', 'pr', 'mr', 'mrs', 'ms', 'me', 'st', 'ste']);

/**
 * Whether the word at `start` begins a sentence (or a paragraph, a quote, a speaker's turn):
 * there a capital says nothing about names.
 */
export function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f' || OPENERS.has(c)) {
      i--;
      continue;
    }
    if (c === '.') {
      // `M. Roux`, `Dr. Puig`, `J. Dupont`: the dot ends a title or an initial, not a sentence.
      const word = /(?:^|[^\p{L}])(\p{L}{1,4})$/u.exec(text.slice(Math.max(0, i - 5), i))?.[1];
      if (word && (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()))) return false;
    }
    return ENDERS.has(c);
  }
  return true;
}

/** The words of a text, with whether each is capitalised and starts a sentence. */
export function tokenize(text: string): Token[] {
  // A hand-written scan over the word-character table: a regex with matchAll allocates a match
  // array per word, which at 2M words is most of detection's time.
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let start = i;
    // `O’Neill` is one word.
    if (start >= 2 && (text[start - 1] === '’' || text[start - 1] === "'") && text[start - 2] === 'O' && (start < 3 || !isWordCode(text.charCodeAt(start - 3))) && isUpperCode(text.charCodeAt(start))) {
      start -= 2;
    }
    let e = i + 1;
    for (;;) {
      while (e < n && isWordCode(text.charCodeAt(e))) e++;
      const c = text.charCodeAt(e);
      if ((c === 0x2d || c === 0x2010 || c === 0x2011) && e + 1 < n && isWordCode(text.charCodeAt(e + 1))) e += 2;
      else break;
    }
    if (start < i && tokens.length > 0 && tokens[tokens.length - 1]!.start === start) tokens.pop(); // the `O` itself
    tokens.push({ start, end: e, text: text.slice(start, e), capital: isUpperCode(text.charCodeAt(start)), sentenceStart: false });
    i = e;
  }
  for (const t of tokens) if (t.capital) t.sentenceStart = isSentenceStart(text, t.start);
  return tokens;
}

/** Whether only spaces (no punctuation, no line break) separate two positions. */
export function onlySpacesBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\u00a0' && c !== '\u202f') return false;
  }
  return to > from;
}

/** All-capital words of two letters or more are acronyms (`CNRS`, `RH`), not names. */
export const isAcronym = (word: string): boolean => word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);

/** Lower-case particles inside names: `Charles de Gaulle`, `Ludwig van Beethoven`. */
export const NAME_PARTICLES = new Set(['de', 'du', 'des', 'van', 'von', 'der', 'di', 'da', 'del', 'della', 'le', 'la', 'ben', 'bin', 'al', 'el']);
/** Lower-case words inside organisation and place names: `Banque de France`, `Les Amis du Quartier`. */
export const ORG_CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'en', 'sur', 'sous', 'of', 'the', 'and', 'for', 'on', 'upon', '&']);
