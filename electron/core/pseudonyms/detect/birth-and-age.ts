import { STRENGTH, type Candidate } from './types';

const MONTHS =
  '(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sep\\.?|sept\\.?|oct\\.?|nov\\.?|dec\\.?)';
const DATE = `(?:\\d{1,2}(?:er)?\\s+${MONTHS}\\s+\\d{4}|${MONTHS}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTHS}\\s+\\d{4}|${MONTHS}\\s+\\d{4}|\\d{4})`;
const BIRTH = new RegExp(
  `(?<![\\p{L}])(?:n[ée]e?\\s+(?:le|en|au mois de)|date de naissance\\s*:?|naissance\\s*:|born\\s+(?:on|in)|date of birth\\s*:?|d\\.?o\\.?b\\.?\\s*:?|birthday\\s*:?)\\s*(?:le\\s+|the\\s+)?(${DATE})(?![\\p{N}])`,
  'giu',
);
/** Ages where marked: `j’ai 34 ans`, `âgée de 34 ans`, `34 years old`, `aged 34`, `âge : 34`. */
const AGE = [
  /(?<![\p{L}])(?:j['’]ai|(?<!\by\s)a|avait|avais|âg[ée]e?s? de|âge\s*:)\s+(\d{1,3}\s+ans)(?![\p{L}])/giu,
  /(?<![\p{L}\p{N}])(\d{1,3}(?:\s+|-)years?(?:\s+|-)old)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:aged|age\s*:|i am|i'm|he is|she is)\s+(\d{1,3})(?![\p{L}\p{N}])/giu,
];

/** Dates of birth and ages, only where the text marks them as such. */
export function detectBirthAndAge(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(BIRTH)) found.push({ text: m[1]!, category: 'date-of-birth', reason: 'marked as a date of birth', strength: STRENGTH.structured });
  for (const pattern of AGE) {
    for (const m of text.matchAll(pattern)) {
      const age = Number(m[1]!.match(/\d+/u)![0]);
      // `i am 3` minutes late: only plausible ages; a bare number needs an explicit cue.
      if (age < 1 || age > 120) continue;
      // A bare number is only an age with its cue: the cue stays in the original (`aged 34`, not every `34`).
      const bare = /^\d+$/u.test(m[1]!);
      if (bare && !/aged|age/iu.test(m[0])) continue;
      found.push({ text: bare ? m[0].trim() : m[1]!, category: 'age', reason: 'marked as an age', strength: STRENGTH.structured });
    }
  }
  return found;
}
