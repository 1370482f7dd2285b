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
  | { kind: 'create'; name: string };

/**
 * The palette's choices for a query: codable codes whose name matches it fuzzily (a subsequence,
 * case and accents ignored), best first, then those matched through their parents' names; then
 * "Create code X" when no top-level code has exactly that name. With an empty query: the recent
 * codes first (most recent first), then the others in codebook order.
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
  for (const code of codable) {
    const path = pathOf(code);
    const own = fuzzyMatch(query, code.name);
    if (own) {
      matches.push({ code, path, positions: own.positions, score: own.score });
      continue;
    }
    // « gouv souv » finds Souveraineté under Gouvernance.
    const through = path.length > 1 ? fuzzyMatch(query, path.join(' ')) : null;
    if (through && through.score >= 200) matches.push({ code, path, positions: [], score: through.score - 300 });
  }
  matches.sort((a, b) => b.score - a.score || (order.get(a.code.id) ?? 0) - (order.get(b.code.id) ?? 0));
  const options: PaletteOption[] = matches.map(({ code, path, positions }) => ({ kind: 'code', code, path, positions }));
  const name = query.trim().replace(/\s+/g, ' ');
  if (name && !codes.some((c) => c.parentId === null && fold(c.name) === q)) options.push({ kind: 'create', name });
  return options;
}
