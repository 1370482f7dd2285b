import { createMatcher } from '../matcher';
import type { MatchText } from '../normalize';
import { STRENGTH, type Candidate, type DetectionInput } from './types';

/** The user's lists of known persons, places and organisations, found as whole words in one text. */
export function createWordListDetector(lists: DetectionInput['wordLists']) {
  const forms: { text: string; category: 'person' | 'place' | 'organisation' }[] = [];
  for (const list of lists) for (const w of list.words) forms.push({ text: w, category: list.category });
  const matcher = createMatcher(forms.map((f, i) => ({ entryId: i, text: f.text, wholeName: false })));
  return (text: MatchText): Candidate[] =>
    matcher.find(text).map((m) => {
      const form = forms[m.entryId]!;
      return { text: form.text, category: form.category, reason: 'in your word list', strength: STRENGTH.list };
    });
}
