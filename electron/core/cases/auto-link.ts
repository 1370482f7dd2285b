/** Letters and digits runs, accent- and case-folded: `E01-élue` → `e01`, `elue`. */
export function tokensOf(name: string): string[] {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase('fr')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const containsRun = (haystack: readonly string[], needle: readonly string[]): boolean => {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((t, j) => haystack[i + j] === t)) return true;
  }
  return false;
};

export type LinkDecision<C> = { kind: 'linked'; case: C } | { kind: 'ambiguous'; candidates: C[] } | { kind: 'none' };

/**
 * Which case a document belongs to, by its name: the case whose identifier appears in it as whole
 * tokens (`E01-elue` ↔ `E01`, never `E010`). When several match, the longest identifier wins if it
 * is the only one that long (`P1-bis` over `P1`); otherwise the user decides.
 */
export function matchCase<C extends { name: string }>(documentName: string, cases: readonly C[]): LinkDecision<C> {
  const docTokens = tokensOf(documentName);
  const matches = cases
    .map((c) => ({ c, tokens: tokensOf(c.name) }))
    .filter(({ tokens }) => containsRun(docTokens, tokens));
  if (matches.length === 0) return { kind: 'none' };
  const longest = Math.max(...matches.map((m) => m.tokens.join(' ').length));
  const best = matches.filter((m) => m.tokens.join(' ').length === longest);
  return best.length === 1 ? { kind: 'linked', case: best[0]!.c } : { kind: 'ambiguous', candidates: matches.map((m) => m.c) };
}
