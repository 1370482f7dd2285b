/**
 * Default code colours: twelve hues that stay distinguishable as highlights on white and on dark
 * backgrounds (drawn from ColorBrewer's qualitative sets), given in turn to new codes.
 */
export const CODE_PALETTE = [
  '#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#17becf',
  '#e377c2', '#8c564b', '#bcbd22', '#7f7f7f', '#393b79', '#637939',
] as const;

export const paletteColor = (index: number): string => CODE_PALETTE[index % CODE_PALETTE.length]!;
