import { STRENGTH, type Candidate } from './types';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const LOCAL_PART = /[\p{L}\p{N}._%+-]/u;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"«»()]+/giu;
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)/gu;
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])/giu;
/** French numbers: `06 12 34 56 78`, `06.12.34.56.78`, `0612345678`, `+33 6 12 34 56 78`, `+33 (0)6 …`, `0033 6 …`. */
const PHONE_FR = /(?<![\d+])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)/gu;
/** Other international numbers: `+44 20 7946 0958`, `+1 (555) 123-4567`. */
const PHONE_INTL = /(?<![\d+])\+(?!33)\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,6}(?!\d)/gu;
/** North American style without a country code: `(555) 123-4567`, `555-123-4567`. */
const PHONE_NA = /(?<!\d)(?:\(\d{3}\)\s?|\d{3}-)\d{3}-\d{4}(?!\d)/gu;

const trimUrl = (u: string) => u.replace(/[.,;:!?'’»)\]]+$/u, '');
const digits = (s: string) => s.replace(/\D/gu, '').length;

/** Emails, web addresses, IP addresses and phone numbers. */
export function detectContacts(text: string): Candidate[] {
  const found: Candidate[] = [];
  const strength = STRENGTH.structured;
  // Only around an `@`: the email pattern tried at every position of a long text is slow.
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && LOCAL_PART.test(text[from - 1]!)) from--;
    EMAIL.lastIndex = from;
    const m = EMAIL.exec(text);
    if (m) found.push({ text: m[0].replace(/[.]+$/u, ''), category: 'email', reason: 'email address', strength });
  }
  for (const m of text.matchAll(URL)) {
    // An email's domain is not a web address of its own.
    found.push({ text: trimUrl(m[0]), category: 'url', reason: 'web address', strength });
  }
  for (const m of text.matchAll(IPV4)) {
    if (m[0].split('.').every((p) => Number(p) <= 255)) found.push({ text: m[0], category: 'ip', reason: 'IPv4 address', strength });
  }
  for (const m of text.matchAll(IPV6)) found.push({ text: m[0], category: 'ip', reason: 'IPv6 address', strength });
  for (const m of text.matchAll(PHONE_FR)) found.push({ text: m[0], category: 'phone', reason: 'French phone number', strength });
  for (const m of text.matchAll(PHONE_INTL)) {
    const n = digits(m[0]);
    if (n >= 8 && n <= 15) found.push({ text: m[0].trim(), category: 'phone', reason: 'international phone number', strength });
  }
  for (const m of text.matchAll(PHONE_NA)) found.push({ text: m[0], category: 'phone', reason: 'phone number', strength });
  return found;
}
