import type { Code } from '../../../shared/contract';
import { CODE_PALETTE, nextColor as nextPaletteColor } from '../../../shared/palette';

/** The shared palette (names are in i18n, `codebook.colours`, same order). */
export { CODE_PALETTE };

/** The least-used palette colour among the project's codes. */
export const nextColor = (codes: readonly Pick<Code, 'color'>[]): string => nextPaletteColor(codes.map((c) => c.color));
