import { ibanValid, luhnValid, nirValid } from './checksums';
import { STRENGTH, type Candidate } from './types';

/** `1 84 12 76 451 089 46`, `184127645108946`, with Corsica's `2A`/`2B`. */
const NIR = /(?<![\p{L}\p{N}])[12][\s.]?\d{2}[\s.]?\d{2}[\s.]?(?:\d{2}|2A|2B)[\s.]?\d{3}[\s.]?\d{3}[\s.]?\d{2}(?![\p{L}\p{N}])/giu;
/** `732 829 320 00074`, `73282932000074`. */
const SIRET = /(?<![\p{L}\p{N}])\d{3}[\s.]?\d{3}[\s.]?\d{3}[\s.]?\d{5}(?![\p{L}\p{N}])/gu;
/** `FR76 3000 6000 0112 3456 7890 189`, `GB82WEST12345698765432`. */
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\p{L}\p{N}])/gu;

const compact = (s: string) => s.replace(/[\s.]/gu, '');

/** French social security numbers (NIR), SIRET numbers and IBANs, each only when its checksum holds. */
export function detectIdentityNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  const strength = STRENGTH.structured;
  const nirs = new Set<number>();
  for (const m of text.matchAll(NIR)) {
    if (nirValid(compact(m[0]))) {
      found.push({ text: m[0], category: 'nir', reason: 'NIR, key checked', strength });
      nirs.add(m.index);
    }
  }
  for (const m of text.matchAll(SIRET)) {
    if (!nirs.has(m.index) && luhnValid(compact(m[0]))) found.push({ text: m[0], category: 'siret', reason: 'SIRET, Luhn checked', strength });
  }
  for (const m of text.matchAll(IBAN)) {
    if (ibanValid(compact(m[0]))) found.push({ text: m[0], category: 'iban', reason: 'IBAN, mod 97 checked', strength });
  }
  return found;
}
