/**
 * Translating the core's error messages, gettext-style.
 *
 * Why this design: the core throws about a hundred and fifty `AppError`s, written in English at the
 * throw site (`A code named “${name}” already exists here`), and several capabilities change those
 * files every week. Giving each error a key would touch every throw site and every test that reads a
 * message; the CLI, the logs and the core tests want the English text anyway. So the English message
 * stays the message id, as in gettext: a catalogue maps each English template — the message as written
 * in the code, with `{name}` where the code interpolates a value — to its translation, and the renderer
 * translates an error where it reaches the user, in the interface's language (`createCall` in
 * api.ts, and the few places that show an error the core returned inside a value, such as a batch
 * import's refused files). Matching is done on the whole message: each template becomes an anchored
 * pattern, the most specific one (the most literal text) wins, and the interpolated values are put
 * back into the translation. Values are kept as they are (names, numbers, paths), except in the holes
 * named in PHRASE_HOLES, where the code puts an English phrase of its own ("a PDF", "Word document",
 * "12.5 MB"): those are translated through the catalogue's fragments.
 *
 * tests/renderer/error-catalogue.test.ts reads every message in the source and fails, listing them,
 * when one has no translation: adding an error means adding one line to fr-errors.ts.
 */
import type { ErrorCode } from '../../shared/result';

/** English template → translation. A template's `{name}` holes are filled by the translation's `{name}`. */
export type MessageCatalogue = Readonly<Record<string, string>>;

export type CoreMessageCatalogue = {
  /** Whole messages, as thrown. */
  messages: MessageCatalogue;
  /** English phrases the code puts inside a message (a format's name, a reason). */
  fragments: MessageCatalogue;
};

/** Hole names that hold a phrase written by the code, not user data: these values are translated too. */
export const PHRASE_HOLES: ReadonlySet<string> = new Set(['kind', 'actually', 'reason', 'what', 'supported', 'type', 'size', 'limit', 'detail', 'unit']);

/** An error as it crossed a boundary: a code (an ErrorCode, or a string in a report) and the core's message. */
export type ErrorLike = { readonly code: ErrorCode | string; readonly message: string };

type Entry = { pattern: RegExp; names: readonly string[]; translation: string; weight: number };
export type CompiledCatalogue = { messages: readonly Entry[]; fragments: readonly Entry[] };

const HOLE = /\{([A-Za-z][A-Za-z0-9]*)?\}/gu;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A template's shape with its holes unnamed: how the source scan and the catalogue are compared. */
export const templateShape = (template: string): string => template.replace(HOLE, '{}');

/** The hole names of a template, in order. */
export const holeNames = (template: string): string[] => [...template.matchAll(HOLE)].map((m) => m[1] ?? '');

function compileEntry(template: string, translation: string): Entry {
  const literals = template.split(HOLE).filter((_, i) => i % 2 === 0); // split also returns each hole's name
  const names = holeNames(template);
  const body = literals.map(escapeRegExp).join('([\\s\\S]*?)'); // a value may be empty (`${where}`)
  return { pattern: new RegExp(`^${body}$`, 'u'), names, translation, weight: literals.join('').length };
}

const compileAll = (catalogue: MessageCatalogue): Entry[] =>
  Object.entries(catalogue)
    .map(([template, translation]) => compileEntry(template, translation))
    // Most specific first: `“{file}” is a folder, not a file.` before `“{file}” {problem}`.
    .sort((a, b) => b.weight - a.weight);

export function compileCatalogue(catalogue: CoreMessageCatalogue): CompiledCatalogue {
  return { messages: compileAll(catalogue.messages), fragments: compileAll(catalogue.fragments) };
}

type Translation = { text: string; untranslatedPhrases: string[] };

function translateWith(entries: readonly Entry[], fragments: readonly Entry[], text: string, depth: number): Translation | null {
  for (const entry of entries) {
    const match = entry.pattern.exec(text);
    if (!match) continue;
    const values = new Map(entry.names.map((name, i) => [name, match[i + 1] ?? '']));
    const untranslatedPhrases: string[] = [];
    const translated = entry.translation.replace(HOLE, (hole, name: string | undefined) => {
      const value = values.get(name ?? '');
      if (value === undefined) return hole;
      if (!PHRASE_HOLES.has(name ?? '') || depth >= 3) return value;
      const inner = translateWith(fragments, fragments, value, depth + 1);
      if (inner === null) untranslatedPhrases.push(value);
      else untranslatedPhrases.push(...inner.untranslatedPhrases);
      return inner?.text ?? value;
    });
    return { text: translated, untranslatedPhrases };
  }
  return null;
}

/**
 * The translation of one English message, or null when the catalogue has none; with the phrases
 * that were left in English because no fragment translates them (what the tests look for).
 */
export function translateMessageDetailed(catalogue: CompiledCatalogue, text: string): Translation | null {
  return translateWith(catalogue.messages, catalogue.fragments, text, 0);
}

/** The translation of one English message, or null when the catalogue has none. */
export function translateMessage(catalogue: CompiledCatalogue, text: string): string | null {
  return translateMessageDetailed(catalogue, text)?.text ?? null;
}

export type ErrorLanguage = {
  /** The catalogue from English; null for English itself (the messages are written in it). */
  catalogue: CompiledCatalogue | null;
  /** Every known English message, to tell a message written for users from an unexpected one. */
  known: CompiledCatalogue;
  /** Said for an unexpected error (INTERNAL), and for any message with no translation yet. */
  generic: string;
  /** Said when a message of that code has no translation yet (a new error), instead of English. */
  byCode: Readonly<Partial<Record<string, string>>>;
};

/**
 * A warning, note or reason the core wrote in English, in the language's words (English when none is
 * known). A reason may be one of the fragments (`“x” is not a number`).
 */
export function describeCoreNote(language: ErrorLanguage, text: string): string {
  if (language.catalogue === null) return text;
  const { fragments } = language.catalogue;
  return translateMessage(language.catalogue, text) ?? translateMessage({ messages: fragments, fragments }, text) ?? text;
}

/**
 * What the user reads for an error. INTERNAL errors are bugs or lost connections: a known message
 * (the server cannot be reached) is translated, anything else becomes the generic sentence — never a
 * stack or an SQL error. Any other code has a message written for users: translated, or, if a new
 * message slipped in untranslated, the code's sentence rather than English in a French window.
 */
export function describeCoreError(language: ErrorLanguage, error: ErrorLike): string {
  const isKnown = translateMessage(language.known, error.message) !== null;
  if (error.code === 'INTERNAL' && !isKnown) return language.generic;
  if (language.catalogue === null) return error.message;
  return translateMessage(language.catalogue, error.message) ?? language.byCode[error.code] ?? language.generic;
}
