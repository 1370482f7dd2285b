/**
 * Default code colours, shared by the core (new codes without a colour) and the colour picker:
 * twelve hues that stay distinguishable as highlights on light and dark backgrounds (drawn from
 * ColorBrewer's qualitative sets).
 */
export const CODE_PALETTE = [
  '#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#17becf',
  '#e377c2', '#8c564b', '#bcbd22', '#7f7f7f', '#393b79', '#637939',
] as const;

/** The least-used palette colour (the first one among equals), so that new codes stay apart. */
export function nextColor(usedColors: Iterable<string>): string {
  const uses = new Map<string, number>(CODE_PALETTE.map((c) => [c, 0]));
  for (const color of usedColors) {
    const key = color.toLowerCase();
    if (uses.has(key)) uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  let best: string = CODE_PALETTE[0];
  for (const c of CODE_PALETTE) if ((uses.get(c) ?? 0) < (uses.get(best) ?? 0)) best = c;
  return best;
}

/**
 * `nextColor` for many codes in a row (an import of thousands of codes): the uses are counted once
 * and kept up to date, so each pick costs the palette's size, not the number of codes so far.
 */
export function createColorTally(usedColors: Iterable<string>) {
  const uses = new Map<string, number>(CODE_PALETTE.map((c) => [c, 0]));
  const use = (color: string) => {
    const key = color.toLowerCase();
    if (uses.has(key)) uses.set(key, (uses.get(key) ?? 0) + 1);
  };
  for (const color of usedColors) use(color);
  return {
    use,
    next(): string {
      let best: string = CODE_PALETTE[0];
      for (const c of CODE_PALETTE) if ((uses.get(c) ?? 0) < (uses.get(best) ?? 0)) best = c;
      return best;
    },
  };
}
