import { isCommonWord } from './common-words';
import { capitalisedRuns, personParts, type CapitalisedRun } from './capitalised-runs';
import type { Token } from './capitalised';
import { cueBefore, ORGANISATION_HEAD, ORGANISATION_TAIL } from './cues';
import { isKnownPlace } from './known-places';
import { STRENGTH, type Candidate } from './types';

/**
 * Person, place and organisation names in running text: capitalised runs that are not sentence
 * starts or common words, classified by the cue before them (`Mme`, `ma fille`, `à`, `chez`,
 * `l’association`, `works at`…). Without a cue, a run of two capitalised words or more is taken for a
 * person; a single unknown capitalised word too, but weakly (run-detection drops it when the texts
 * also use it in lower case: `rose`, `pierre`).
 */
export function detectNames(text: string, tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const run of capitalisedRuns(text, tokens)) {
    const cue = cueBefore(text, run.start);
    const head = run.words[0]!.text;
    if (ORGANISATION_HEAD.test(head) && run.words.length > 1) {
      found.push({ text: text.slice(run.start, run.fullEnd), category: 'organisation', reason: `named “${head}”`, strength: STRENGTH.cue });
      continue;
    }
    const tail = /[\p{L}-]+$/u.exec(text.slice(run.start, run.fullEnd))?.[0];
    if (tail && run.words.length > 1 && ORGANISATION_TAIL.test(tail)) {
      found.push({ text: text.slice(run.start, run.fullEnd), category: 'organisation', reason: `named “${tail}”`, strength: STRENGTH.cue });
      continue;
    }
    // A large city is a place with or without a cue (`Toronto, c’est loin`), never a person.
    if (isKnownPlace(run.text) && cue?.category !== 'organisation') {
      found.push({ text: run.text, category: 'place', reason: cue ? `after “${cue.cue}”` : 'known city', strength: STRENGTH.cue });
      continue;
    }
    if (cue?.category === 'organisation' || cue?.category === 'place') {
      // `chez Martine Lebrun` is someone's home, not a firm.
      if (cue.cue === 'chez' && run.words.length > 1 && run.words.every((w) => w.capital)) {
        found.push({ text: run.text, category: 'person', reason: 'after “chez”', strength: STRENGTH.cue });
      } else {
        const name = cue.category === 'organisation' ? text.slice(run.start, run.fullEnd) : run.text;
        found.push({ text: name, category: cue.category, reason: `after “${cue.cue}”`, strength: STRENGTH.cue });
      }
      continue;
    }
    for (const part of personParts(run, text)) addPerson(found, part, cue?.category === 'person' ? cue.cue : run.honorific);
  }
  return found;
}

function addPerson(found: Candidate[], run: CapitalisedRun, cue: string | null) {
  if (cue) {
    found.push({ text: run.text, category: 'person', reason: `after “${cue}”`, strength: STRENGTH.honorific });
    return;
  }
  const capitals = run.words.filter((w) => w.capital);
  if (capitals.length >= 2) {
    found.push({ text: run.text, category: 'person', reason: 'capitalised name', strength: STRENGTH.sequence });
    return;
  }
  // One capitalised word, no cue: only mid-sentence, unknown as a common word, never written in lower case.
  if (run.sentenceStart || run.text.length < 3) return;
  if (isCommonWord(run.text)) return;
  found.push({ text: run.text, category: 'person', reason: 'capitalised word', strength: STRENGTH.word });
}
