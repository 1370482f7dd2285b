/** Names are compared as a reader would: case, accents' composition and surrounding spaces ignored. */
export const nameKey = (name: string): string => name.normalize('NFC').trim().toLocaleLowerCase('fr');

/**
 * A name not yet taken: `entretien`, then `entretien (2)`, `entretien (3)`… (`a.txt` and `a.docx`
 * imported together become `a` and `a (2)`).
 */
export function uniqueName(wanted: string, taken: Iterable<string>): string {
  const keys = new Set([...taken].map(nameKey));
  const base = wanted.normalize('NFC').trim() || 'Document';
  if (!keys.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!keys.has(nameKey(candidate))) return candidate;
  }
}
