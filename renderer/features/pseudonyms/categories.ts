import type { PseudonymCategory } from '../../../shared/contract';

/** The order categories are reviewed in: people first, then places and bodies, then numbers. */
export const CATEGORY_ORDER: readonly PseudonymCategory[] = [
  'participant',
  'person',
  'place',
  'organisation',
  'email',
  'phone',
  'address',
  'postal-code',
  'url',
  'ip',
  'date-of-birth',
  'age',
  'nir',
  'siret',
  'iban',
  'custom',
];

/** Items grouped by category, in review order, skipping empty categories. */
export function byCategory<T extends { category: PseudonymCategory }>(items: readonly T[]): { category: PseudonymCategory; items: T[] }[] {
  return CATEGORY_ORDER.map((category) => ({ category, items: items.filter((i) => i.category === category) })).filter((g) => g.items.length > 0);
}

/** Distinct forms, first spelling kept, case- and accent-insensitively; `except` forms left out. */
export function distinctForms(forms: readonly string[], except: readonly string[] = []): string[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  const seen = new Set(except.map(fold));
  const out: string[] = [];
  for (const f of forms) {
    const k = fold(f);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(f.trim());
  }
  return out;
}
