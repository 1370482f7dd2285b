/**
 * The geometry of the grouped bar chart (codes down the side, one bar per actor group), computed
 * apart from drawing so that the screen and the exported SVG/PNG are the same picture.
 */
export type BarChartInput = {
  title: string;
  axisLabel: string;
  /** `strong`: a theme above sub-codes, set in bold. */
  rows: readonly { label: string; color: string; strong?: boolean }[];
  groups: readonly { label: string; color: string }[];
  /** `values[row][group]`. */
  values: readonly (readonly number[])[];
  format: (v: number) => string;
  width: number;
};

export type Bar = { row: number; group: number; x: number; y: number; width: number; height: number; value: number; label: string };
export type BarChartLayout = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  ticks: { x: number; label: string }[];
  rowLabels: { y: number; label: string; full: string; color: string; strong: boolean }[];
  bars: Bar[];
  legend: { x: number; y: number; label: string; color: string }[];
  titleY: number;
  axisLabelY: number;
};

/** Colour-blind-safe categorical colours (Okabe & Ito), readable on light and dark backgrounds. */
export const GROUP_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8C8C8C', '#F0E442'] as const;

const FONT_WIDTH = 6.9; // average advance of 12.5px Inter-like type, to size labels without a DOM
const BAR = 15;
const BAR_GAP = 3;
const ROW_GAP = 16;
const MAX_LABEL = 36;

/** 1, 2 or 5 times a power of ten: ticks people can read at a glance. */
export function niceStep(max: number, targetTicks = 5): number {
  if (max <= 0) return 1;
  const raw = max / targetTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  // Counts are whole: never a step below 1.
  return Math.max(1, step);
}

export const truncate = (s: string, max = MAX_LABEL) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function barChartLayout(input: BarChartInput): BarChartLayout {
  const { rows, groups, values, width } = input;
  const labels = rows.map((r) => truncate(r.label));
  const labelWidth = Math.min(260, Math.max(80, ...labels.map((l) => l.length * FONT_WIDTH)));
  // The legend wraps onto as many lines as it needs.
  const legend: { x: number; label: string; color: string; line: number }[] = [];
  let lx = labelWidth + 24;
  let line = 0;
  for (const g of groups) {
    const w = 22 + truncate(g.label, 28).length * FONT_WIDTH + 18;
    if (lx + w > width - 16 && lx > labelWidth + 24) {
      line += 1;
      lx = labelWidth + 24;
    }
    legend.push({ x: lx, label: truncate(g.label, 28), color: g.color, line });
    lx += w;
  }
  const titleY = 26;
  const legendY = 56;
  const top = legendY + 22 * (line + 1) + 6;
  const left = labelWidth + 24;
  const right = width - 48;
  const rowHeight = groups.length * (BAR + BAR_GAP) - BAR_GAP + ROW_GAP;
  const bottom = top + rows.length * rowHeight;
  const max = Math.max(0, ...values.flat());
  const step = niceStep(max);
  const niceMax = Math.max(step, Math.ceil(max / step) * step);
  const scale = (v: number) => left + ((right - left) * v) / niceMax;
  const ticks: { x: number; label: string }[] = [];
  for (let v = 0; v <= niceMax + 1e-9; v += step) ticks.push({ x: scale(v), label: input.format(v) });
  const bars: Bar[] = [];
  rows.forEach((_, r) =>
    groups.forEach((_, g) => {
      const value = values[r]?.[g] ?? 0;
      bars.push({
        row: r,
        group: g,
        x: left,
        y: top + r * rowHeight + ROW_GAP / 2 + g * (BAR + BAR_GAP),
        width: Math.max(0, scale(value) - left),
        height: BAR,
        value,
        label: input.format(value),
      });
    }),
  );
  return {
    width,
    height: bottom + 56,
    plot: { left, top, right, bottom },
    ticks,
    rowLabels: rows.map((r, i) => ({ y: top + i * rowHeight + rowHeight / 2, label: labels[i]!, full: r.label, color: r.color, strong: r.strong ?? false })),
    bars,
    legend: legend.map(({ line: l, ...rest }) => ({ ...rest, y: legendY + 22 * l })),
    titleY,
    axisLabelY: bottom + 44,
  };
}
