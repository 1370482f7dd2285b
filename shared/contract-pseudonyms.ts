/**
 * Pseudonymization (issue 7): suggestions, the pseudonym table, the key export.
 *
 * The stored transcripts always keep the originals: the table below is applied only to what leaves
 * the project (`exports:write` with `anonymized: true`), and a leak check refuses any anonymized
 * export in which an enabled original remains (`EXPORT_LEAK`, with the list in `details.leaks`:
 * `{ original, where, context }[]`). The check also reports a word of a person's or participant's
 * name that is no form of any entry (`Lebrun` alone when only `Martine Lebrun` is listed): offer to
 * add it as a variant (`pseudonyms:update` with `variants`).
 *
 * For the UI author — the calls, in the order a review goes:
 * - `pseudonyms:suggest` runs detection over every document, participant, speaker label,
 *   identifying attribute value, memo and code and returns what is not yet in the table nor rejected, each with its
 *   category, occurrence count, a few contexts (document, offsets, snippet), a proposed replacement
 *   and the variants found (`Mme Lebrun`, `Lebrun` for `Martine Lebrun`). Recomputed on each call
 *   (a few hundred ms for a typical study; seconds at 2M words): show a spinner.
 * - `pseudonyms:accept` adds suggestions to the table (the UI may edit `replacement` and `variants`
 *   first), or `{ all: true }` every current suggestion; `pseudonyms:reject` hides suggestions for good
 *   (`pseudonyms:rejected` / `pseudonyms:unreject` to review that list).
 * - `pseudonyms:list` is the table; `pseudonyms:add` adds an entry by hand or from a selection in a
 *   transcript (`selection`: document id + offsets); `pseudonyms:update` edits one entry (replacement,
 *   category, enabled, matching, variants); `pseudonyms:merge` folds entries into one (their originals
 *   and variants become variants of the target: `Martine Lebrun`, `Mme Lebrun`, `Lebrun` → `[E01]`);
 *   `pseudonyms:delete` removes entries.
 * - `pseudonyms:occurrences` gives, for one document, every place an enabled original (or variant)
 *   occurs: highlight them in the transcript view so the user sees what will be replaced.
 * - `pseudonyms:exportKey` writes the key (CSV: original, variants, replacement, category, enabled,
 *   matching) as a separate file, atomically; the key is never part of an anonymized export.
 * - `pseudonyms:wordLists` / `pseudonyms:setWordList` / `pseudonyms:importWordList`: the user's lists
 *   of known places, organisations and persons, used by detection.
 * - `attributes:setIdentifying`: which participant attributes hold identifying values (replaced in
 *   anonymized exports and scanned by detection), in one step; `attributes:update` sets one.
 * Every mutation is one undoable operation (`history:undo`) and emits `project:changed` with
 * `pseudonyms` (`attributes:setIdentifying` emits `cases`, as attribute changes do).
 *
 * Matching is case- and accent-insensitive and respects word boundaries (`Lebrun` matches `LEBRUN`,
 * `Lébrun`, `d’Lebrun`, `Lebrun's`, not `Lebrunet`). `whole-name` matching is for entries that are also
 * common words (Rose, Pierre, Paris): they match only where written with a capital initial, as a name.
 */
import { z } from 'zod';

import { Empty, Id, Offset, Ok, Path, type MethodTable } from './contract-base';

export const PseudonymCategory = z.enum([
  'person',
  'participant',
  'place',
  'organisation',
  'email',
  'phone',
  'url',
  'ip',
  'postal-code',
  'address',
  'date-of-birth',
  'age',
  'nir',
  'siret',
  'iban',
  'custom',
]);
export type PseudonymCategory = z.infer<typeof PseudonymCategory>;

/**
 * `word`: the original and its variants are replaced wherever they occur as whole words, ignoring
 * case and accents. `whole-name`: only where written with a capital initial (for names that are also
 * common words: `Rose` the participant, not `rose` the colour).
 */
export const PseudonymMatching = z.enum(['word', 'whole-name']);
export type PseudonymMatching = z.infer<typeof PseudonymMatching>;

/** The categories users may supply word lists for. */
export const WordListCategory = z.enum(['person', 'place', 'organisation']);
export type WordListCategory = z.infer<typeof WordListCategory>;

const Original = z.string().trim().min(1).max(500);
const Replacement = z.string().trim().min(1).max(200);

/** Where a suggestion (or an entry) occurs: a document's text, or another part of the project. */
export const PseudonymContext = z.object({
  /** The document, or null in a memo or a code (then `start`/`end` are 0 and `where` names it). */
  documentId: Id.nullable(),
  /** What it is found in: the document's name, `Memo <title>`, `Code <name>`. */
  where: z.string(),
  /** UTF-16 offsets into the document's stored text (0 when not in a document). */
  start: Offset,
  end: Offset,
  /** The words around the occurrence; `highlight` is relative to it. */
  snippet: z.string(),
  highlight: z.object({ start: Offset, end: Offset }),
});
export type PseudonymContext = z.infer<typeof PseudonymContext>;

export const PseudonymSuggestion = z.object({
  /** Stable for a given text and category: `category:folded text`. */
  key: z.string(),
  text: z.string(),
  category: PseudonymCategory,
  /** Occurrences of the text and its variants in documents, memos and codes (whole words, case/accent-folded). */
  occurrences: z.number().int(),
  /** Up to 5 contexts, first documents first. */
  contexts: z.array(PseudonymContext),
  /** `[Personne 3]`, `[Ville 1]`, or the participant's identifier `[E01]`. */
  replacement: z.string(),
  /** Other forms found of the same identifier (`Mme Lebrun`, `Lebrun`, `Martine`). */
  variants: z.array(z.string()),
  /** Why it was suggested, for the reviewer: `participant E01`, `speaker label`, `after “à”`, `checksum ok`… */
  reason: z.string(),
  /** Also a common word (Rose, Pierre, Paris): the UI should propose `whole-name` matching. */
  commonWord: z.boolean(),
  /** The proposed matching: `whole-name` for common words, `word` otherwise. */
  matching: PseudonymMatching,
});
export type PseudonymSuggestion = z.infer<typeof PseudonymSuggestion>;

export const Pseudonym = z.object({
  id: Id,
  original: z.string(),
  replacement: z.string(),
  category: PseudonymCategory,
  enabled: z.boolean(),
  matching: PseudonymMatching,
  /** Other forms replaced by the same replacement (merged entries, name parts). */
  variants: z.array(z.string()),
  /** Occurrences of the original and its variants in every document. */
  occurrences: z.number().int(),
  /** Documents where it occurs. */
  documents: z.number().int(),
  createdAt: z.string(),
  /** A one-word original that is also an everyday word (`Blanc`, `Rose`, or written in lower case in a transcript): "proper name only" matching may fit it. */
  commonWord: z.boolean().optional(),
});
export type Pseudonym = z.infer<typeof Pseudonym>;

/** One occurrence of an enabled entry in a document, for highlighting. */
export const PseudonymOccurrence = z.object({
  pseudonymId: Id,
  start: Offset,
  end: Offset,
  /** The form found (the original or one of its variants, as written in the text). */
  text: z.string(),
  replacement: z.string(),
  category: PseudonymCategory,
});
export type PseudonymOccurrence = z.infer<typeof PseudonymOccurrence>;

export const RejectedSuggestion = z.object({ key: z.string(), text: z.string(), category: PseudonymCategory, rejectedAt: z.string() });
export type RejectedSuggestion = z.infer<typeof RejectedSuggestion>;

export const WordList = z.object({ category: WordListCategory, words: z.array(z.string()) });
export type WordList = z.infer<typeof WordList>;

/** A suggestion as accepted: the UI may have edited its replacement, category or variants. */
const AcceptItem = z.object({
  text: Original,
  category: PseudonymCategory,
  replacement: Replacement.optional(),
  variants: z.array(Original).max(200).optional(),
  matching: PseudonymMatching.optional(),
});

export const pseudonymMethods = {
  /** Runs detection; what is neither in the table nor rejected, most frequent first. */
  'pseudonyms:suggest': {
    input: z.object({ categories: z.array(PseudonymCategory).optional() }),
    output: z.object({ suggestions: z.array(PseudonymSuggestion) }),
  },
  /** Adds the given suggestions (as edited) to the table, or every current suggestion with `all`. */
  'pseudonyms:accept': {
    input: z.union([z.object({ items: z.array(AcceptItem).min(1).max(10_000) }), z.object({ all: z.literal(true) })]),
    output: z.object({ added: z.array(Pseudonym) }),
  },
  /** Hides suggestions for good (they are not suggested again until unrejected). */
  'pseudonyms:reject': {
    input: z.object({ items: z.array(z.object({ text: Original, category: PseudonymCategory })).min(1).max(10_000) }),
    output: Ok,
  },
  'pseudonyms:rejected': { input: Empty, output: z.array(RejectedSuggestion) },
  'pseudonyms:unreject': { input: z.object({ keys: z.array(z.string()).min(1) }), output: Ok },
  /** The table, by category then original. */
  'pseudonyms:list': { input: Empty, output: z.array(Pseudonym) },
  /**
   * Adds an entry by hand: `original` typed, or `selection` (the selected words of a transcript).
   * Without `replacement`, the next number of its category (`[Personne 4]`). `CONFLICT` if the
   * original is already an entry or a variant.
   */
  'pseudonyms:add': {
    input: z
      .object({
        original: Original.optional(),
        selection: z.object({ documentId: Id, start: Offset, end: Offset }).optional(),
        category: PseudonymCategory.default('custom'),
        replacement: Replacement.optional(),
        matching: PseudonymMatching.optional(),
        variants: z.array(Original).max(200).optional(),
      })
      .refine((v) => (v.original === undefined) !== (v.selection === undefined), 'Give either original or selection'),
    output: Pseudonym,
  },
  'pseudonyms:update': {
    input: z.object({
      id: Id,
      original: Original.optional(),
      replacement: Replacement.optional(),
      category: PseudonymCategory.optional(),
      enabled: z.boolean().optional(),
      matching: PseudonymMatching.optional(),
      /** The whole list of variants (replaces the previous one). */
      variants: z.array(Original).max(200).optional(),
    }),
    output: Pseudonym,
  },
  /** Folds `ids` into `into`: their originals and variants become its variants; they are deleted. */
  'pseudonyms:merge': { input: z.object({ ids: z.array(Id).min(1).max(1000), into: Id }), output: Pseudonym },
  'pseudonyms:delete': { input: z.object({ ids: z.array(Id).min(1).max(10_000) }), output: Ok },
  /** Where each enabled entry occurs in a document (sorted by start; no overlaps: longest form wins). */
  'pseudonyms:occurrences': { input: z.object({ documentId: Id }), output: z.array(PseudonymOccurrence) },
  /**
   * Writes the key (CSV, UTF-8 with BOM: original, variants, replacement, category, enabled,
   * matching) to `path` (a file, or a folder to write `<project> - clé des pseudonymes.csv` into),
   * atomically; without a path, into a folder of the app's data (browser mode serves it as a
   * download).
   */
  'pseudonyms:exportKey': {
    input: z.object({
      path: Path.optional(),
      /** Replace an existing file (asked first: without it an existing file answers `CONFLICT`). */
      overwrite: z.boolean().optional(),
    }),
    output: z.object({ path: z.string(), fileName: z.string(), bytes: z.number().int(), entries: z.number().int() }),
  },
  /** The user's word lists (known places, organisations, persons), used by detection. */
  'pseudonyms:wordLists': { input: Empty, output: z.array(WordList) },
  /** Replaces one word list (one entry per item; blank items dropped, duplicates merged). */
  'pseudonyms:setWordList': {
    input: z.object({ category: WordListCategory, words: z.array(z.string().max(500)).max(100_000) }),
    output: WordList,
  },
  /** Adds the lines of a text file (UTF-8, one word or phrase per line) to a word list. */
  'pseudonyms:importWordList': { input: z.object({ category: WordListCategory, path: Path }), output: WordList },
  /** Marks exactly these attributes as identifying (the others not), in one undoable step. */
  'attributes:setIdentifying': {
    input: z.object({ attributeIds: z.array(Id).max(10_000) }),
    output: z.array(z.object({ id: Id, name: z.string(), isIdentifying: z.boolean() })),
  },
} as const satisfies MethodTable;
