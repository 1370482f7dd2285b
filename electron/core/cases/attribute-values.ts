import type { AttributeType } from '../../../shared/contract';

/**
 * Attribute values are stored as text in one canonical form per type, so that sorting, filtering and
 * exports agree: numbers as JavaScript writes them (`12.5`), dates as ISO (`2017-03-14`), text and
 * categories as written (trimmed, NFC).
 *
 * A value becomes a number or a date only when nothing of what the researcher wrote is lost: a postal
 * code `01000`, a phone number `06 12 34 56 78` or a 19-digit identifier stay text, because turning
 * them into 1000, 612345678 or a rounded number would silently change the data.
 */

/** Spaces a French or English spreadsheet puts between thousands: space, no-break space, narrow no-break space. */
const GROUP_SPACE = /[ \u00a0\u202f]/g;

/**
 * `12`, `-3,5` (French decimal comma), `1 234,5` (thousands in groups of three, separated by spaces),
 * `0.25`. Returns null for anything whose number would not give back what was written: a leading
 * zero (`01000`), a leading `+` (`+33…`), other groupings (`06 12 34 56 78`), more digits than a
 * double holds exactly (an integer beyond 2^53 − 1, a long decimal), exponents.
 */
export function parseNumber(raw: string): number | null {
  const s = raw.trim();
  const m = /^(-?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)?(?:[.,](\d+))?$/.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const integer = (m[2] ?? '0').replace(GROUP_SPACE, '');
  if (integer.length > 1 && integer.startsWith('0')) return null;
  // Trailing zeros of a decimal part (`12,50`) are formatting, not data: 12,50 and 12.5 are the same number.
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  const written = `${m[1]}${integer}${fraction ? `.${fraction}` : ''}`;
  const n = Number(written);
  if (!Number.isFinite(n) || Object.is(n, -0)) return null;
  if (fraction === '' && !Number.isSafeInteger(n)) return null;
  return String(n) === written ? n : null;
}

/** How a day and a month are ordered in a slashed date: `dmy` (14/03/2017, French and most of the world) or `mdy` (03/14/2017, US). */
export type DateOrder = 'dmy' | 'mdy';

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

const SLASHED = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;

/**
 * Dates as researchers write them: `14/03/2017`, `14-03-2017`, `14.03.2017` (day first, the French
 * and European order, unless `order` is `mdy`), `2017-03-14` (with a midnight time at most: a time of
 * day would be lost), and a two-digit year (`14/03/17` → 2017; ≥ 70 → 19xx). Returns the ISO date, or null.
 */
export function parseDate(raw: string, order: DateOrder = 'dmy'): string | null {
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(s);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = SLASHED.exec(s);
  if (!m) return null;
  let year = Number(m[4]);
  if (m[4]!.length === 2) year += year >= 70 ? 1900 : 2000;
  const [first, second] = [Number(m[1]), Number(m[3])];
  return order === 'dmy' ? validDate(year, second, first) : validDate(year, first, second);
}

export type Normalized = { ok: true; value: string | null } | { ok: false; reason: string };

/** A raw value in the canonical form of `type`; empty means "no value". */
export function normalizeValue(type: AttributeType, raw: string | null, dateOrder: DateOrder = 'dmy'): Normalized {
  const s = (raw ?? '').normalize('NFC').trim();
  if (s === '') return { ok: true, value: null };
  switch (type) {
    case 'number': {
      const n = parseNumber(s);
      return n === null ? { ok: false, reason: `“${s}” is not a number that can be stored without changing it` } : { ok: true, value: String(n) };
    }
    case 'date': {
      const d = parseDate(s, dateOrder);
      return d === null ? { ok: false, reason: `“${s}” is not a date (write 14/03/2017 or 2017-03-14)` } : { ok: true, value: d };
    }
    case 'text':
    case 'category':
      return { ok: true, value: s };
  }
}

/** What a column of a participants table holds, and how its dates are written when it holds dates. */
export type ColumnType = { type: AttributeType; dateOrder: DateOrder; ambiguousDates: boolean };

/** Header words that announce a grouping of participants (an actor type, a gender, a town…). */
const GROUPING_WORDS = new Set(
  [
    'type', 'types', 'groupe', 'group', 'categorie', 'category', 'profil', 'profile', 'statut', 'status', 'role', 'genre',
    'gender', 'sexe', 'sex', 'secteur', 'sector', 'fonction', 'function', 'college', 'segment', 'classe', 'class',
    'niveau', 'level', 'territoire', 'region', 'commune', 'ville', 'city', 'town', 'pays', 'country', 'site', 'terrain',
    'vague', 'wave', 'cohorte', 'cohort', 'collectif', 'famille', 'branche', 'filiere', 'structure', 'organisation', 'organization',
  ],
);

const foldedWords = (s: string): string[] =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/\p{L}+|\p{N}+/gu) ?? [];

/** Answers of a yes/no column, a category however few rows there are. */
const YES_NO = new Set(['oui', 'non', 'yes', 'no', 'vrai', 'faux', 'true', 'false', 'ne sait pas', 'nsp']);

/** Short labels (a few words): a free-text remark is never a category, however often it repeats. */
const isLabel = (v: string) => v.length <= 60 && v.split(/\s+/u).length <= 6;

/**
 * The type of a column of values (and of its header when known): number or date when every filled
 * cell converts without loss (dates day first, unless some value can only be month first and every
 * value reads month first: a US table); category when a few short values are shared by several
 * participants (actor groups, towns, genders) or the header names a grouping (`Type d’acteur`);
 * text otherwise.
 */
export function inferColumnType(values: readonly string[], header = ''): ColumnType {
  const filled = values.map((v) => v.normalize('NFC').trim()).filter((v) => v !== '');
  const result = (type: AttributeType, dateOrder: DateOrder = 'dmy', ambiguousDates = false): ColumnType => ({ type, dateOrder, ambiguousDates });
  if (filled.length === 0) return result('text');
  if (filled.every((v) => parseNumber(v) !== null) && isInjective(filled, (v) => String(parseNumber(v)))) return result('number');
  if (filled.every((v) => parseDate(v, 'dmy') !== null)) {
    const slashed = filled.filter((v) => SLASHED.test(v));
    // Both orders read every value, and some differ: nothing tells which was meant (02/04/2017).
    const ambiguous = slashed.length > 0 && slashed.every((v) => parseDate(v, 'mdy') !== null) && slashed.some((v) => parseDate(v, 'mdy') !== parseDate(v, 'dmy'));
    return result('date', 'dmy', ambiguous);
  }
  if (filled.every((v) => parseDate(v, 'mdy') !== null)) return result('date', 'mdy');

  const distinct = new Set(filled.map((v) => foldedWords(v).join(' '))).size;
  if (!filled.every(isLabel)) return result('text');
  const named = foldedWords(header).some((w) => GROUPING_WORDS.has(w)) || filled.every((v) => YES_NO.has(foldedWords(v).join(' ')));
  const repeats = filled.length >= 2 && distinct < filled.length;
  const few = distinct <= Math.max(3, Math.min(30, Math.ceil(filled.length / 2)));
  return result((repeats && few) || (named && distinct <= 30) ? 'category' : 'text');
}

/** The type alone; see {@link inferColumnType}. */
export const inferType = (values: readonly string[], header = ''): AttributeType => inferColumnType(values, header).type;

/** Two different writings giving one value (`1.1` and `1.10`) mean the column is not made of numbers. */
function isInjective(values: readonly string[], canonical: (v: string) => string): boolean {
  const seen = new Map<string, string>();
  for (const v of values) {
    const key = canonical(v);
    const written = v.replace(GROUP_SPACE, '').replace(',', '.');
    const before = seen.get(key);
    if (before !== undefined && before !== written) return false;
    seen.set(key, written);
  }
  return true;
}

/**
 * Header words of a column holding people's names (`Nom`, `Prénom`, `Nom complet`, `First name`,
 * `Surname`…): marked identifying at import, so that anonymized exports replace their values. Other
 * names (`Nom de la commune`, `Company name`) are not people's: any other word in the header rules it out.
 */
const NAME_WORDS = new Set(['nom', 'noms', 'prenom', 'prenoms', 'name', 'names', 'surname', 'firstname', 'lastname', 'fullname', 'forename', 'givenname', 'familyname']);
const NAME_QUALIFIERS = new Set([
  'complet', 'de', 'du', 'd', 'la', 'l', 'famille', 'naissance', 'usage', 'jeune', 'fille', 'et', 'ou', 'participant', 'participante',
  'enquete', 'enquetee', 'interroge', 'interrogee', 'interviewe', 'interviewee', 'personne', 's', 'first', 'last', 'full', 'given', 'family',
  'middle', 'maiden', 'middlename', 'and', 'or', 'of', 'the', 'respondent', 'person', 'participants', 'complete',
]);

export function isPersonNameHeader(header: string): boolean {
  const words = foldedWords(header.replace(/\s*\(\d+\)\s*$/u, '')).flatMap((w) => w.split(/_/u));
  return words.some((w) => NAME_WORDS.has(w)) && words.every((w) => NAME_WORDS.has(w) || NAME_QUALIFIERS.has(w));
}
