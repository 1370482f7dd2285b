/**
 * Cells of a participants table once laid out as a grid (rows × used columns): a large study (2,000
 * participants × 100 attributes) is 200,000 cells. A few cells scattered far apart (`A1`,
 * `XFD1048576`) or a header of a million separators would otherwise fill gigabytes of empty cells;
 * a sheet listing more cells than this is refused before its XML is parsed.
 */
export const MAX_TABLE_CELLS = 500_000;
