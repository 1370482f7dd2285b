import type { PseudonymCategory } from '../../../../shared/contract';
import { STRENGTH, type Candidate, type DetectionInput } from './types';

const BY_NAME: [RegExp, PseudonymCategory][] = [
  [/\b(nom|pr[ée]nom|name|surname|first|last|pseudo)/iu, 'participant'],
  [/(courriel|e-?mail|mail)/iu, 'email'],
  [/(t[ée]l[ée]phone|phone|portable|mobile|t[ée]l\b)/iu, 'phone'],
  [/(adresse|address|rue|street)/iu, 'address'],
  [/(code postal|postal|zip|postcode)/iu, 'postal-code'],
  [/(naissance|birth|dob)/iu, 'date-of-birth'],
  [/(ville|commune|city|town|lieu|place|village|quartier|r[ée]gion|d[ée]partement|pays|country|residence|r[ée]sidence)/iu, 'place'],
  [/(employeur|employer|entreprise|company|organisation|organization|structure|[ée]tablissement|association|[ée]cole|school|service)/iu, 'organisation'],
];

/**
 * Values of attributes marked identifying (a town, an employer, an email…), categorised by the
 * attribute's name. Names are left to the participants detector, which also finds their parts.
 */
export function detectAttributeValues(values: DetectionInput['identifyingValues']): Candidate[] {
  const found: Candidate[] = [];
  for (const v of values) {
    const category = BY_NAME.find(([re]) => re.test(v.attribute))?.[1] ?? 'custom';
    if (category === 'participant' || v.value.trim() === '') continue;
    found.push({ text: v.value.trim(), category, reason: `attribute “${v.attribute}”`, strength: STRENGTH.participant - 1 });
  }
  return found;
}
