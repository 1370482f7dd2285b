import { foldKey } from '../normalize';
import { HONORIFICS, isCommonWord, isRoleLabel } from './common-words';
import { STRENGTH, type Candidate, type DetectionInput } from './types';

/** A case name such as `E01`, `P-12`, `Int3`: already a pseudonym, usable as a replacement. */
export const isIdentifier = (name: string): boolean => /\d/u.test(name) || /^[A-Z]{1,4}$/u.test(name.trim());

/** The words of a person's name without its title (`Dr. Ana Puig` → `Ana Puig`) and initials (`Martine L.`). */
export function nameWords(label: string): string[] {
  const words = label
    .replace(/[()[\]{}:,;]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  while (words.length > 0 && HONORIFICS.has(words[0]!.toLowerCase())) words.shift();
  return words.filter((w) => !/^\p{Lu}\.$/u.test(w) && /\p{L}{2}/u.test(w));
}

/** Whether a label or value reads as a person's name (capitalised words, not a role or a common word). */
export function isPersonName(label: string): boolean {
  if (isRoleLabel(label)) return false;
  const words = nameWords(label);
  if (words.length === 0 || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(de|du|des|van|von|der|di|da|le|la)$/u.test(w)) && !words.every((w) => isCommonWord(w));
}

/** The forms of a name that identify its bearer: the whole name, the first name, the surname. */
export function nameForms(label: string): { full: string; parts: string[] } {
  const words = nameWords(label);
  const full = words.join(' ');
  const parts: string[] = [];
  if (words.length >= 2) {
    parts.push(words[0]!);
    // The surname: everything after the first name (`de La Fontaine`), without leading particles.
    const rest = words.slice(1);
    while (rest.length > 1 && /^\p{Ll}/u.test(rest[0]!)) rest.shift();
    parts.push(rest.join(' '));
    if (rest.length > 1) parts.push(rest[rest.length - 1]!);
  }
  // A part that is also a common word (`Rose`, `Pierre`) stays a variant; matching decides (see the table).
  return { full, parts: [...new Set(parts)].filter((p) => foldKey(p) !== foldKey(full)) };
}

/**
 * Participants: names in the cases table, in identifying attribute values of a name-like attribute,
 * and in speaker labels (linked to a case, the interviewee of a document linked to one, or any
 * name-like label). Replaced by the case's identifier (`[E01]`) when it has one.
 */
export function detectParticipants(input: DetectionInput): Candidate[] {
  const found: Candidate[] = [];
  const caseName = new Map(input.cases.map((c) => [c.id, c.name]));
  const replacementFor = (caseId: number | null | undefined) => {
    const name = caseId == null ? undefined : caseName.get(caseId);
    return name !== undefined && isIdentifier(name) ? `[${name}]` : undefined;
  };
  const add = (label: string, caseId: number | null | undefined, reason: string) => {
    if (!isPersonName(label)) return;
    const { full, parts } = nameForms(label);
    if (!full) return;
    const replacement = replacementFor(caseId);
    found.push({ text: full, category: 'participant', reason, variants: parts, strength: STRENGTH.participant, ...(replacement ? { replacement } : {}) });
  };
  for (const c of input.cases) add(c.name, c.id, 'participant name');
  for (const v of input.identifyingValues) {
    if (/\b(nom|pr[ée]nom|name|surname|first|last|identit[ée]|pseudo)/iu.test(v.attribute)) add(v.value, v.caseId, `attribute “${v.attribute}”`);
  }
  const linked = new Map(input.speakerCases.map((s) => [`${s.documentId}\u0000${s.speaker}`, s.caseId]));
  for (const d of input.documents) {
    const speakers = new Set(d.turns.map((t) => t.speaker).filter((s): s is string => s !== null));
    const people = [...speakers].filter((s) => !isRoleLabel(s));
    for (const s of speakers) {
      const caseId = linked.get(`${d.id}\u0000${s}`) ?? (people.length === 1 && people[0] === s ? d.caseId : null);
      add(s, caseId, 'speaker label');
    }
  }
  return found;
}
