import { splitCodePath } from '../../../shared/code-path';
import type { Code } from '../../../shared/contract';
import { fold, fuzzyMatch } from './fuzzy-match';

export { fold };

export type PaletteOption =
  | {
      kind: 'code';
      code: Code;
      path: string[];
      /** Matched characters of the name (code points), for highlighting. */
      positions: number[];
      /** Shown among the recent codes (query empty). */
      isRecent?: boolean;
    }
  | {
      kind: 'create';
      /** The new code's name (the path's last name). */
      name: string;
      /** The existing code it goes under (null: the top level). */
      parentId: number | null;
      /** Codes to create between `parentId` and the new code, in order. */
      parents: string[];
      /** The whole path as it will read: existing codes as the codebook spells them, then the new names. */
      path: string[];
    };

/**
 * The names a query writes, as code paths are written everywhere (`Gouvernance/Confiance`, `\/`
 * for a slash inside a name): spaces tidied, empty names (`Gouvernance/` while typing) dropped.
 */
export function queryPath(query: string): string[] {
  return splitCodePath(query)
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter((n) => n !== '');
}

/**
 * The existing codes a path names, from the top level down, compared loosely (case, accents and
 * spaces ignored: `gouvernânce / confiance` is `Gouvernance › Confiance`); stops at the first name
 * that has no code there.
 */
export function resolvePath(codes: readonly Code[], names: readonly string[]): Code[] {
  const found: Code[] = [];
  let parentId: number | null = null;
  for (const name of names) {
    const key = fold(name);
    const code = codes.find((c) => c.parentId === parentId && fold(c.name) === key);
    if (!code) break;
    found.push(code);
    parentId = code.id;
  }
  return found;
}

/**
 * What typing `query` would create, or null when it names a code that exists: a path's missing
 * codes (its existing start reused), or a single name that no code has anywhere (so that typing the
 * name of a sub-code offers that code, not a twin at the top level).
 */
export function creationFor(codes: readonly Code[], query: string): Extract<PaletteOption, { kind: 'create' }> | null {
  const names = queryPath(query);
  if (names.length === 0) return null;
  if (names.length === 1) {
    const key = fold(names[0]!);
    if (codes.some((c) => fold(c.name) === key)) return null;
    return { kind: 'create', name: names[0]!, parentId: null, parents: [], path: names };
  }
  const found = resolvePath(codes, names);
  if (found.length === names.length) return null;
  return {
    kind: 'create',
    name: names[names.length - 1]!,
    parentId: found.length > 0 ? found[found.length - 1]!.id : null,
    parents: names.slice(found.length, -1),
    path: [...found.map((c) => c.name), ...names.slice(found.length)],
  };
}

/**
 * How a code matches a path query (`gouv/conf`): its name matches the last name, and its parents
 * (in order, not necessarily all of them) the names before it; the code the path names exactly
 * comes first.
 */
function matchPath(names: readonly string[], path: readonly string[]): { score: number; positions: number[] } | null {
  const own = fuzzyMatch(names[names.length - 1]!, path[path.length - 1]!);
  if (!own) return null;
  let score = own.score;
  let at = 0;
  const ancestors = path.slice(0, -1);
  for (const name of names.slice(0, -1)) {
    while (at < ancestors.length && !fuzzyMatch(name, ancestors[at]!)) at++;
    if (at === ancestors.length) return null;
    score += fuzzyMatch(name, ancestors[at]!)!.score / 10;
    at++;
  }
  const exact = names.length === path.length && names.every((n, i) => fold(n) === fold(path[i]!));
  return { score: exact ? score + 10_000 : score, positions: own.positions };
}

/**
 * The palette's choices for a query: codable codes whose name matches it fuzzily (a subsequence,
 * case and accents ignored), best first, then those matched through their parents' names; then
 * "Create X" when the query names no existing code (see `creationFor`). A query with a `/` is a
 * path: the last name matches codes, the names before it their parents. With an empty query: the
 * recent codes first (most recent first), then the others in codebook order.
 */
export function paletteOptions(
  codes: readonly Code[],
  paths: ReadonlyMap<number, string[]>,
  query: string,
  recent: readonly number[] = [],
): PaletteOption[] {
  const q = fold(query);
  const codable = codes.filter((c) => c.isCodable);
  const pathOf = (code: Code) => paths.get(code.id) ?? [code.name];

  if (q === '') {
    const byId = new Map(codable.map((c) => [c.id, c]));
    const first = recent.map((id) => byId.get(id)).filter((c): c is Code => c !== undefined);
    const seen = new Set(first.map((c) => c.id));
    return [
      ...first.map((code): PaletteOption => ({ kind: 'code', code, path: pathOf(code), positions: [], isRecent: true })),
      ...codable.filter((c) => !seen.has(c.id)).map((code): PaletteOption => ({ kind: 'code', code, path: pathOf(code), positions: [] })),
    ];
  }

  const order = new Map(codes.map((c, i) => [c.id, i]));
  const matches: { code: Code; path: string[]; positions: number[]; score: number }[] = [];
  const names = queryPath(query);
  // One name (`Gouvernance/` while a path is being typed, `Entrée\/sortie`): matched as written in the codebook.
  const single = names.length === 1 ? names[0]! : query;
  for (const code of codable) {
    const path = pathOf(code);
    if (names.length > 1) {
      const hit = matchPath(names, path);
      if (hit) matches.push({ code, path, ...hit });
      continue;
    }
    const own = fuzzyMatch(single, code.name);
    if (own) {
      matches.push({ code, path, positions: own.positions, score: own.score });
      continue;
    }
    // « gouv souv » finds Souveraineté under Gouvernance.
    const through = path.length > 1 ? fuzzyMatch(single, path.join(' ')) : null;
    if (through && through.score >= 200) matches.push({ code, path, positions: [], score: through.score - 300 });
  }
  matches.sort((a, b) => b.score - a.score || (order.get(a.code.id) ?? 0) - (order.get(b.code.id) ?? 0));
  const options: PaletteOption[] = matches.map(({ code, path, positions }) => ({ kind: 'code', code, path, positions }));
  const create = creationFor(codes, query);
  if (create) options.push(create);
  return options;
}
