/**
 * Code colours as REFI-QDA files write them, made `#rrggbb`: the schema allows `#RGB` and
 * `#RRGGBB`, and real files also carry `#AARRGGBB` (alpha first, .NET style), bare hex, `rgb(…)`,
 * a decimal integer or a colour name.
 */
const NAMED: Readonly<Record<string, string>> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', lime: '#00ff00', blue: '#0000ff',
  yellow: '#ffff00', cyan: '#00ffff', aqua: '#00ffff', magenta: '#ff00ff', fuchsia: '#ff00ff', gray: '#808080',
  grey: '#808080', silver: '#c0c0c0', maroon: '#800000', olive: '#808000', navy: '#000080', purple: '#800080',
  teal: '#008080', orange: '#ffa500', pink: '#ffc0cb', brown: '#a52a2a', violet: '#ee82ee', gold: '#ffd700',
  indigo: '#4b0082', turquoise: '#40e0d0', darkgreen: '#006400', darkblue: '#00008b', darkred: '#8b0000',
  lightblue: '#add8e6', lightgreen: '#90ee90', lightgray: '#d3d3d3', lightgrey: '#d3d3d3', darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9', salmon: '#fa8072', coral: '#ff7f50', khaki: '#f0e68c', beige: '#f5f5dc',
};

const hex2 = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');

/** `#rrggbb`, or null when the value is no colour at all (the caller picks one from the palette). */
export function normalizeColor(value: string | null): string | null {
  if (value === null) return null;
  const s = value.trim().toLowerCase();
  if (s === '') return null;
  const named = NAMED[s.replace(/[\s_-]/gu, '')];
  if (named !== undefined) return named;
  const hex = /^(?:#|0x)?([0-9a-f]+)$/u.exec(s)?.[1];
  // Bare digits are hex when they have the length of `rrggbb` (`008000`), decimal otherwise (`16711680`).
  if (hex !== undefined && (/^(?:#|0x)/u.test(s) || /[a-f]/u.test(hex) || hex.length === 6)) {
    if (hex.length === 3) return `#${[...hex].map((c) => c + c).join('')}`;
    if (hex.length === 6) return `#${hex}`;
    if (hex.length === 8) return `#${hex.slice(2)}`;
    return null;
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/u.exec(s);
  if (rgb) return `#${hex2(Number(rgb[1]))}${hex2(Number(rgb[2]))}${hex2(Number(rgb[3]))}`;
  // A decimal integer (0xRRGGBB as a number, as some tools write Color.ToArgb() without alpha).
  if (/^\d{1,10}$/u.test(s)) return `#${(Number(s) & 0xffffff).toString(16).padStart(6, '0')}`;
  return null;
}
