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

/**
 * `uniqueName` for many names in a row (an import of thousands of codes, cases or documents): the
 * keys are kept in a set and the next free number per base is remembered, so that each name costs
 * about the same however many came before — and however many share one base (`Autre (2)` … `(900)`).
 */
export function createNameAllocator(taken: Iterable<string>) {
  const keys = new Set<string>();
  for (const name of taken) keys.add(nameKey(name));
  const nextNumber = new Map<string, number>();
  return {
    /** A name not yet taken, and now taken. */
    take(wanted: string): string {
      const base = wanted.normalize('NFC').trim() || 'Document';
      let name = base;
      if (keys.has(nameKey(base))) {
        const baseKey = nameKey(base);
        let n = nextNumber.get(baseKey) ?? 2;
        while (keys.has(nameKey(`${base} (${n})`))) n++;
        nextNumber.set(baseKey, n + 1);
        name = `${base} (${n})`;
      }
      keys.add(nameKey(name));
      return name;
    },
  };
}
