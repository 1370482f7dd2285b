import type { Database } from 'better-sqlite3';
import type { PseudonymCategory } from '../../../shared/contract';

const LABELS: Record<'fr' | 'en', Record<PseudonymCategory, string>> = {
  fr: {
    person: 'Personne',
    participant: 'Participant',
    place: 'Lieu',
    organisation: 'Organisation',
    email: 'Courriel',
    phone: 'Téléphone',
    url: 'Site',
    ip: 'Adresse IP',
    'postal-code': 'Code postal',
    address: 'Adresse',
    'date-of-birth': 'Date de naissance',
    age: 'Âge',
    nir: 'NIR',
    siret: 'SIRET',
    iban: 'IBAN',
    custom: 'Masqué',
  },
  en: {
    person: 'Person',
    participant: 'Participant',
    place: 'Place',
    organisation: 'Organisation',
    email: 'Email',
    phone: 'Phone',
    url: 'Website',
    ip: 'IP address',
    'postal-code': 'Postal code',
    address: 'Address',
    'date-of-birth': 'Date of birth',
    age: 'Age',
    nir: 'Social security number',
    siret: 'SIRET',
    iban: 'IBAN',
    custom: 'Redacted',
  },
};

/** Replacements are labelled in the project's language (its search language; French unless English only). */
export function replacementLanguage(db: Database): 'fr' | 'en' {
  const row = db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'search_language'`).get();
  return row?.value === 'en' ? 'en' : 'fr';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A participant's identifier as a replacement: a few letters and a number (`[E01]`, `[P-12]`), no name. */
const IDENTIFIER_LABEL = /^\[\p{L}{0,3}[-_ ]?\d{1,4}\]$/u;

/**
 * The labels Verbatim writes in place of identifiers: numbered category labels in either language
 * (`[Lieu 1]`, `[Person 2]`), numbered values of identifying attributes (`[Ville 2]`) and
 * participants' identifiers (`[E01]`, from `replacements`). They are made of the app's own words,
 * so a word of theirs that is also in the table (a header `Lieu` accepted as a name) is no leak; a
 * replacement the user wrote (`[collègue de Fabre]`) is not one of them and is checked like any text.
 */
export function generatedLabels(attributeNames: readonly string[], replacements: readonly string[] = []): RegExp {
  const words = [...new Set([...Object.values(LABELS.fr), ...Object.values(LABELS.en), ...attributeNames].filter((w) => w.trim() !== ''))];
  // Spaces may come out widened where a writer splits a label across XML runs.
  const alternatives = words.map((w) => escape(w.trim()).replace(/\s+/gu, '\\s+')).join('|');
  const identifiers = [...new Set(replacements.filter((r) => IDENTIFIER_LABEL.test(r)))].map(escape);
  return new RegExp([`\\[\\s*(?:${alternatives})\\s+\\d+\\s*\\]`, ...identifiers].join('|'), 'giu');
}

/**
 * Hands out numbered replacements per category (`[Personne 3]`, `[Lieu 1]`), continuing after the
 * highest number already used in the table so that a new entry never takes an existing one's label.
 */
export function createNumbering(language: 'fr' | 'en', existing: readonly string[]) {
  const next = new Map<PseudonymCategory, number>();
  const used = new Set(existing);
  const highest = (category: PseudonymCategory) => {
    const pattern = new RegExp(`^\\[${escape(LABELS[language][category])} (\\d+)\\]$`);
    let max = 0;
    for (const r of existing) {
      const m = pattern.exec(r);
      if (m) max = Math.max(max, Number(m[1]));
    }
    return max;
  };
  return {
    next(category: PseudonymCategory): string {
      let n = (next.get(category) ?? highest(category)) + 1;
      let label = `[${LABELS[language][category]} ${n}]`;
      while (used.has(label)) label = `[${LABELS[language][category]} ${++n}]`;
      next.set(category, n);
      used.add(label);
      return label;
    },
    /** A fixed label (a participant's identifier), kept distinct from the numbered ones. */
    reserve(label: string): void {
      used.add(label);
    },
  };
}

export type Numbering = ReturnType<typeof createNumbering>;
