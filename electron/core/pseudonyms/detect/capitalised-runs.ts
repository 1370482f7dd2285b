import { HONORIFICS, isCommonWord, isRole } from './common-words';
import { isAcronym, NAME_PARTICLES, ORG_CONNECTORS, onlySpacesBetween, type Token } from './capitalised';
import { ORGANISATION_HEAD } from './cues';

/** A sequence of capitalised words (with lower-case connectors inside): a name, a place, an organisation. */
export type CapitalisedRun = {
  start: number;
  end: number;
  text: string;
  words: Token[];
  /** Where the run ends with its trailing capitalised common words kept (for organisations). */
  fullEnd: number;
  /** The first word begins a sentence: alone, it says nothing. */
  sentenceStart: boolean;
  /** A title stood right before it, or led it (`Mme Lebrun`, `docteure Puig`). */
  honorific: string | null;
  /** It ends with a name's initial and its dot (`Julie R.`): `end` is after the dot. */
  initial: boolean;
};

const isCapitalWord = (t: Token) => t.capital && !isAcronym(t.text) && t.text.length >= 2;
const lower = (t: Token) => t.text.toLowerCase();
const isHonorific = (t: Token, text: string) => HONORIFICS.has(lower(t)) || (text[t.end] === '.' && HONORIFICS.has(`${lower(t)}.`));

/**
 * The capitalised runs of a text, trimmed of the common words and titles around them (`Bonjour
 * Martine` → `Martine`, `Madame Lebrun` → `Lebrun` with its title kept as a cue). `Madame la Maire`
 * gives nothing: `la` is lower-case and `Maire` a common word.
 */
export function capitalisedRuns(text: string, tokens: Token[]): CapitalisedRun[] {
  const runs: CapitalisedRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.capital) {
      i++;
      continue;
    }
    // Extend: capital words, or connectors followed by a capital word, separated by spaces only
    // (an elision `d’`/`l’` may glue a connector to the next word).
    let j = i + 1;
    while (j < tokens.length) {
      const prev = tokens[j - 1]!;
      const t = tokens[j]!;
      const gap = text.slice(prev.end, t.start);
      const glued = onlySpacesBetween(text, prev.end, t.start) || ((lower(prev) === 'd' || lower(prev) === 'l') && /^['’]$/u.test(gap));
      if (!glued) break;
      // A title starts a new name: `Mme Lebrun et M. Roux` is two.
      if (isHonorific(t, text)) break;
      if (t.capital) {
        j++;
        continue;
      }
      if (ORG_CONNECTORS.has(lower(t)) && j + 1 < tokens.length && tokens[j + 1]!.capital) {
        j++;
        continue;
      }
      break;
    }
    let words = tokens.slice(i, j);
    // A title just before (`Dr. Le Goff`, `docteure Puig`) counts as leading the run.
    const before = i > 0 ? tokens[i - 1]! : null;
    let honorific: string | null = before && isHonorific(before, text) && /^\.?[ \u00a0\u202f]+$/u.test(text.slice(before.end, tokens[i]!.start)) ? before.text : null;
    // Leading titles and common words go; a title is remembered as a cue.
    while (words.length > 0) {
      const w = words[0]!;
      const key = lower(w);
      if (isHonorific(w, text)) honorific = w.text;
      else if (words.length > 1 && ORGANISATION_HEAD.test(w.text)) break; // `Fabrique des Communs`: the kind leads the name
      else if (honorific && w.capital && w.text.length >= 2 && !NAME_PARTICLES.has(key) && !isAcronym(w.text) && !isRole(w.text)) break; // `Mme Petit`: after a title, a word is a name
      else if (honorific && w.capital && words.length > 1 && NAME_PARTICLES.has(key) && isCapitalWord(words[1]!) && !isCommonWord(words[1]!.text)) break; // `Mme Le Goff`
      else if (isCommonWord(w.text) || !w.capital || isAcronym(w.text)) honorific = null; // `Madame la Maire de Lyon`: no title on Lyon
      else break;
      words = words.slice(1);
    }
    // Organisation names may end with common words (`Vélo Pour Tous`): remember the untrimmed end.
    let fullEnd = -1;
    for (let k = words.length - 1; k >= 0; k--) {
      if (words[k]!.capital) {
        fullEnd = words[k]!.end;
        break;
      }
    }
    // A first name and an initial (`Julie R.`, `Marc D.`) is how transcripts hide a surname: the
    // initial stays with the name, dot included.
    const initial = isInitialAfterName(words, text);
    while (!initial && words.length > 0) {
      const w = words[words.length - 1]!;
      if (isCapitalWord(w) && (!isCommonWord(w.text) || (honorific !== null && words.length === 1 && !NAME_PARTICLES.has(lower(w)) && !isRole(w.text)))) break;
      words = words.slice(0, -1);
    }
    if (words.length > 0 && words.some(isCapitalWord)) {
      const first = words[0]!;
      const last = words[words.length - 1]!;
      const end = initial ? last.end + 1 : last.end;
      runs.push({
        start: first.start,
        end,
        text: text.slice(first.start, end),
        words,
        fullEnd: Math.max(fullEnd, end),
        sentenceStart: first.sentenceStart,
        honorific,
        initial,
      });
    }
    i = j;
  }
  return runs;
}

/** Whether the run ends with one capital letter and a dot right after a name word (`Julie R.`). */
function isInitialAfterName(words: readonly Token[], text: string): boolean {
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  const name = words[words.length - 2]!;
  return /^\p{Lu}$/u.test(last.text) && text[last.end] === '.' && isCapitalWord(name) && !isCommonWord(name.text) && !isHonorific(name, text);
}

/**
 * Splits a run into person names where it joins several (`Martine Lebrun et Paul Roux`): only name
 * particles (`de`, `van`…) stay inside a person's name.
 */
export function personParts(run: CapitalisedRun, text: string): CapitalisedRun[] {
  const parts: CapitalisedRun[] = [];
  let current: Token[] = [];
  const flush = () => {
    while (current.length > 0 && !current[current.length - 1]!.capital) current.pop();
    if (current.length > 0) {
      const first = current[0]!;
      const last = current[current.length - 1]!;
      // The run's initial (`Julie R.`) ends the last name, with its dot.
      const end = run.initial && last === run.words[run.words.length - 1] ? run.end : last.end;
      parts.push({ ...run, start: first.start, end, fullEnd: end, text: text.slice(first.start, end), words: current, sentenceStart: first.sentenceStart && first === run.words[0] && run.sentenceStart });
    }
    current = [];
  };
  for (const w of run.words) {
    if (!w.capital && !NAME_PARTICLES.has(lower(w))) flush();
    // An initial or a stray letter ends a name, except the run's own final initial (`Julie R.`).
    else if (w.capital && !isCapitalWord(w) && !(run.initial && w === run.words[run.words.length - 1] && current.length > 0)) flush();
    else current.push(w);
  }
  flush();
  return parts;
}
