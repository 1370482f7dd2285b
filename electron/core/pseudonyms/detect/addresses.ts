import { STRENGTH, type Candidate } from './types';

const STREET_FR =
  /(?<![\p{L}\p{N}])\d{1,4}(?:\s?(?:bis|ter|[A-Da-d])(?![\p{L}]))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|all[ée]e|impasse|chemin|route|quai|cours|square|passage|lieu-dit|r[ée]sidence|cit[ée])\s+(?:(?:de la|de l['’]|du|des|de|d['’]|la|le|les|l['’])\s*)?[\p{Lu}\p{N}][\p{L}\p{N}'’-]*(?:\s+(?:(?:de la|du|des|de|d['’]|la|le|les|l['’]|et)\s*)?\p{Lu}[\p{L}'’-]*)*/gu;
const STREET_EN =
  /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Close|Way|Place|Square|Court|Boulevard|Terrace|Crescent)(?![\p{L}])/gu;
/** A French postal code before its town (`35000 Rennes`, `75011 Paris`) or after `code postal`. */
const POSTAL_FR = /(?<![\p{L}\p{N}])((?:0[1-9]|[1-8]\d|9[0-8])\d{3})(?=\s+\p{Lu}[\p{L}'’-]+)/gu;
const POSTAL_CUED = /\b(?:code postal|cp|postcode|zip(?: code)?)\s*:?\s*((?:\d{5}(?:-\d{4})?)|(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}))/giu;
const POSTCODE_UK = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?![\p{L}\p{N}])/gu;
const TOWN_AFTER_CODE = /(?<![\p{L}\p{N}])(?:0[1-9]|[1-8]\d|9[0-8])\d{3}\s+(\p{Lu}[\p{L}'’-]+(?:[\s-](?:sur|sous|en|lès|les|le|la)[\s-]\p{Lu}[\p{L}'’-]+)?)/gu;

/** Street addresses, postal codes, and the town named after a postal code. */
export function detectAddresses(text: string): Candidate[] {
  const found: Candidate[] = [];
  const strength = STRENGTH.structured;
  for (const m of text.matchAll(STREET_FR)) found.push({ text: m[0].trim(), category: 'address', reason: 'street address', strength });
  for (const m of text.matchAll(STREET_EN)) found.push({ text: m[0].trim(), category: 'address', reason: 'street address', strength });
  for (const m of text.matchAll(POSTAL_FR)) found.push({ text: m[1]!, category: 'postal-code', reason: 'postal code before a town', strength });
  for (const m of text.matchAll(POSTAL_CUED)) found.push({ text: m[1]!, category: 'postal-code', reason: 'after “code postal”', strength });
  for (const m of text.matchAll(POSTCODE_UK)) found.push({ text: m[0], category: 'postal-code', reason: 'UK postcode', strength });
  for (const m of text.matchAll(TOWN_AFTER_CODE)) found.push({ text: m[1]!, category: 'place', reason: 'town after its postal code', strength: STRENGTH.cue });
  return found;
}
