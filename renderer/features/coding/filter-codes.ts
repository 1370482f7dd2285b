import type { Code } from '../../../shared/contract';

/** Case- and accent-insensitive form for matching (« Écoles » finds « ecole »). */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/\s+/g, ' ')
    .trim();

export type PaletteOption =
  | { kind: 'code'; code: Code; path: string[] }
  | { kind: 'create'; name: string };

/**
 * The palette's choices for a query: codable codes whose name (or path) contains it, names that
 * start with it first; then "Create code X" when no code has exactly that name.
 */
export function paletteOptions(codes: readonly Code[], paths: ReadonlyMap<number, string[]>, query: string): PaletteOption[] {
  const q = fold(query);
  const matches = codes
    .filter((c) => c.isCodable)
    .map((code) => {
      const path = paths.get(code.id) ?? [code.name];
      const name = fold(code.name);
      const rank = q === '' ? 1 : name.startsWith(q) ? 0 : name.includes(q) ? 1 : fold(path.join(' ')).includes(q) ? 2 : -1;
      return { code, path, rank };
    })
    .filter((m) => m.rank >= 0)
    .sort((a, b) => a.rank - b.rank);
  const options: PaletteOption[] = matches.map(({ code, path }) => ({ kind: 'code', code, path }));
  const name = query.trim().replace(/\s+/g, ' ');
  if (name && !codes.some((c) => c.parentId === null && fold(c.name) === q)) options.push({ kind: 'create', name });
  return options;
}
