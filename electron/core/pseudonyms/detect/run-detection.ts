import type { PseudonymCategory, PseudonymContext, PseudonymMatching } from '../../../../shared/contract';
import { foldKey, normalizeForMatching, type MatchText } from '../normalize';
import { createMatcher } from '../matcher';
import { detectAddresses } from './addresses';
import { detectAttributeValues } from './attribute-values';
import { detectBirthAndAge } from './birth-and-age';
import { tokenize } from './capitalised';
import { isAlsoEverydayWord, isCommonWord } from './common-words';
import { detectContacts } from './contacts';
import { detectIdentityNumbers } from './identity-numbers';
import { detectNames } from './names';
import { detectParticipants } from './participants';
import { STRENGTH, type Candidate, type DetectionInput } from './types';
import { createWordListDetector } from './word-lists';

/** A detected identifier, grouped over every place it was found (before the table and rejections filter it). */
export type Detection = {
  key: string;
  text: string;
  category: PseudonymCategory;
  reason: string;
  variants: string[];
  /** A fixed replacement (a participant's identifier), or none: the table numbers it. */
  replacement: string | null;
  occurrences: number;
  contexts: PseudonymContext[];
  commonWord: boolean;
  matching: PseudonymMatching;
};

type Group = { text: string; category: PseudonymCategory; reason: string; strength: number; variants: Set<string>; replacement: string | null };

const MAX_CONTEXTS = 5;
const SNIPPET_SIDE = 50;

/**
 * Where an occurrence is, with the words around it: `start`/`end` are reported (offsets into a
 * document, 0 elsewhere), `at`/`to` locate the words in `text`.
 */
export function contextOf(documentId: number | null, where: string, text: string, start: number, end: number, at = start, to = end): PseudonymContext {
  let from = Math.max(0, at - SNIPPET_SIDE);
  let until = Math.min(text.length, to + SNIPPET_SIDE);
  // Cut at white space, not inside words.
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (until < text.length) until = text.lastIndexOf(' ', until) > to ? text.lastIndexOf(' ', until) : until;
  const snippet = text.slice(from, until).replace(/\s+/gu, ' ');
  const lead = text.slice(from, at).replace(/\s+/gu, ' ').length;
  const length = text.slice(at, to).replace(/\s+/gu, ' ').length;
  return { documentId, where, start, end, snippet, highlight: { start: lead, end: lead + length } };
}

/**
 * Runs every detector over the project and groups what they found by folded text: one identifier,
 * one category (the strongest signal wins: a participant over a cue over a guess), its variants and
 * every occurrence in the documents. `skip` says which folded texts are already handled (in the
 * table or rejected); their forms are not suggested again, not even as variants.
 */
export function runDetection(input: DetectionInput, skip: (key: string, category: PseudonymCategory) => boolean = () => false): Detection[] {
  const groups = new Map<string, Group>();
  const add = (c: Candidate) => {
    const text = c.text.replace(/\s+/gu, ' ').trim();
    const key = foldKey(text);
    if (key.length < 2) return;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { text, category: c.category, reason: c.reason, strength: c.strength, variants: new Set(c.variants ?? []), replacement: c.replacement ?? null });
      return;
    }
    for (const v of c.variants ?? []) g.variants.add(v);
    if (c.strength > g.strength) Object.assign(g, { text, category: c.category, reason: c.reason, strength: c.strength, replacement: c.replacement ?? g.replacement });
  };

  const lowerCaseWords = new Set<string>();
  /**
   * Capitalised words standing alone (no capitalised neighbour across a space), folded, even at
   * sentence starts: where a lone surname hides.
   */
  const loneCapitalised = new Set<string>();
  const wordList = createWordListDetector(input.wordLists);
  // Notes are scanned like documents (memos name people too); they have no document id.
  const texts = [...input.documents.map((d) => ({ id: d.id as number | null, name: d.name, text: d.text })), ...(input.notes ?? []).map((n) => ({ id: null, name: n.where, text: n.text }))];
  // Detectors read each text normalized (normalize.ts: `Ｍａｒｔｉｎｅ`, `Mar\u200Btine`, `@MartineLebrun`
  // read as the names they show); occurrences are reported in the original text.
  const prepared: MatchText[] = [];
  for (const d of texts) {
    const m = normalizeForMatching(d.text);
    prepared.push(m);
    const { text, folded: f } = m;
    const tokens = tokenize(text);
    tokens.forEach((t, i) => {
      if (!t.capital) return void lowerCaseWords.add(f.slice(t.start, t.end));
      const joined = (u: (typeof tokens)[number] | undefined, from: number, to: number) => u?.capital === true && /^\s+$/u.test(text.slice(from, to));
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      if (!joined(before, before?.end ?? 0, t.start) && !joined(after, t.end, after?.start ?? 0)) loneCapitalised.add(f.slice(t.start, t.end));
    });
    for (const c of detectNames(text, tokens)) add(c);
    for (const c of detectContacts(text)) add(c);
    for (const c of detectIdentityNumbers(text)) add(c);
    for (const c of detectAddresses(text)) add(c);
    for (const c of detectBirthAndAge(text)) add(c);
    for (const c of wordList(m)) add(c);
  }
  for (const c of detectParticipants(input)) add(c);
  for (const c of detectAttributeValues(input.identifyingValues)) add(c);

  // A lone capitalised word the texts also use in lower case is a common word, not a name.
  for (const [key, g] of groups) if (g.strength === STRENGTH.word && lowerCaseWords.has(key)) groups.delete(key);

  // A person's surname or first name found alone (`M. Roux`, `Roux`) is a variant of the full name
  // (`Paul Roux`) when only one full name has it.
  const partOwners = new Map<string, string[]>();
  for (const [key, g] of groups) {
    if ((g.category !== 'person' && g.category !== 'participant') || !key.includes(' ')) continue;
    const parts = new Set([...key.split(' ').filter((w) => w.length >= 2 && !isCommonWord(w)), ...[...g.variants].map(foldKey)]);
    for (const p of parts) partOwners.set(p, [...(partOwners.get(p) ?? []), key]);
  }
  for (const [part, all] of partOwners) {
    const g = groups.get(part);
    // A participant's name part belongs to the participant even if a looser guess shares it.
    const participants = all.filter((k) => groups.get(k)?.category === 'participant');
    const owners = participants.length > 0 ? participants : all;
    if (owners.length !== 1) continue;
    const owner = groups.get(owners[0]!)!;
    if (!g) {
      // The part was never found alone by a detector (`Dupuis` opening a sentence, after `Claire
      // Dupuis` earlier): it is still the same person wherever it is written capitalised, and a
      // name part left behind would identify them in an anonymized export.
      if (part.includes(' ') || !loneCapitalised.has(part) || lowerCaseWords.has(part)) continue;
      const written = owner.text.split(' ').find((w) => foldKey(w) === part);
      if (written) owner.variants.add(written);
      continue;
    }
    if (g.category !== 'person' && g.category !== 'participant') continue;
    owner.variants.add(g.text);
    owner.strength = Math.max(owner.strength, g.strength);
    groups.delete(part);
  }

  // Drop what is handled already; a variant handled already is dropped from its group.
  // Handled groups still take part in counting: a longer handled form (`221B Baker Street`) keeps
  // claiming its words, so that its parts (`Baker`) do not come back as suggestions of their own.
  const kept: [string, Group, boolean][] = [];
  for (const [key, g] of groups) {
    const handled = skip(key, g.category);
    if (!handled) g.variants = new Set([...g.variants].filter((v) => foldKey(v) !== key && !skip(foldKey(v), g.category)));
    kept.push([key, g, handled]);
  }

  // Count every form in every document at once: a form belongs to the first group that claims it.
  const forms: { entryId: number; text: string; wholeName: boolean }[] = [];
  kept.forEach(([, g], i) => {
    forms.push({ entryId: i, text: g.text, wholeName: false });
    for (const v of g.variants) forms.push({ entryId: i, text: v, wholeName: false });
  });
  const matcher = createMatcher(forms);
  const counts = new Array<number>(kept.length).fill(0);
  const contexts: PseudonymContext[][] = kept.map(() => []);
  texts.forEach((d, i) => {
    for (const m of matcher.find(prepared[i]!)) {
      counts[m.entryId]!++;
      const list = contexts[m.entryId]!;
      if (list.length < MAX_CONTEXTS) list.push(contextOf(d.id, d.name, d.text, d.id === null ? 0 : m.start, d.id === null ? 0 : m.end, m.start, m.end));
    }
  });

  return kept
    .map(([key, g, handled], i): Detection | null => {
      if (handled) return null;
      const commonWord = !key.includes(' ') && /\p{L}/u.test(key) && (isAlsoEverydayWord(key) || lowerCaseWords.has(key));
      return {
        key: `${g.category}:${key}`,
        text: g.text,
        category: g.category,
        reason: g.reason,
        variants: [...g.variants],
        replacement: g.replacement,
        occurrences: counts[i]!,
        contexts: contexts[i]!,
        commonWord,
        matching: commonWord ? 'whole-name' : 'word',
      };
    })
    .filter((d): d is Detection => d !== null && (d.occurrences > 0 || d.category === 'participant' || d.reason.startsWith('attribute')))
    .sort((a, b) => b.occurrences - a.occurrences || a.text.localeCompare(b.text, 'fr'));
}
