import type { KeyboardEvent } from 'react';
import type { BarChartLayout } from '../bar-chart-layout';

/** The chart's ink: CSS variables on screen (they follow the theme), fixed colours in exported files. */
export type ChartColors = { background: string; text: string; muted: string; grid: string; axis: string; font: string };

export const screenColors: ChartColors = {
  background: 'var(--surface)',
  text: 'var(--text)',
  muted: 'var(--text-muted)',
  grid: 'var(--border)',
  axis: 'var(--border-strong)',
  font: 'var(--font-ui)',
};

/** What an exported chart looks like on a report's white page, whatever the app's theme. */
export const printColors: ChartColors = {
  background: '#ffffff',
  text: '#1f1d1a',
  muted: '#67625a',
  grid: '#e3e0d9',
  axis: '#9a948a',
  font: "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
};

export type BarChartProps = {
  layout: BarChartLayout;
  title: string;
  axisLabel: string;
  colors: ChartColors;
  /** Bars open their quotes on screen; exported pictures are inert. */
  onBar?: ((row: number, group: number) => void) | undefined;
  selected?: { row: number; group: number } | null | undefined;
  /** Accessible text of a bar. */
  barLabel?: ((row: number, group: number) => string) | undefined;
};

/** Grouped horizontal bars, drawn by hand in SVG: codes down the side, actor groups as colours. */
export function BarChart({ layout, title, axisLabel, colors, onBar, selected, barLabel }: BarChartProps) {
  const { plot } = layout;
  const text = { fill: colors.text, fontFamily: colors.font };
  const muted = { fill: colors.muted, fontFamily: colors.font };
  const activate = (row: number, group: number) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onBar?.(row, group);
  };
  return (
    <svg
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={title}
      className="an-bar-chart"
      data-testid="bar-chart"
    >
      <rect x={0} y={0} width={layout.width} height={layout.height} style={{ fill: colors.background }} />
      <text x={plot.left} y={layout.titleY} style={{ ...text, fontSize: 16, fontWeight: 600 }}>
        {title}
      </text>
      <g aria-hidden="true">
        {layout.legend.map((item) => (
          <g key={item.label} transform={`translate(${item.x} ${item.y})`}>
            <rect x={0} y={-10} width={12} height={12} rx={2} style={{ fill: item.color }} />
            <text x={18} y={0} style={{ ...text, fontSize: 12.5 }}>
              {item.label}
            </text>
          </g>
        ))}
      </g>
      <g aria-hidden="true">
        {layout.ticks.map((tick) => (
          <g key={tick.x}>
            <line x1={tick.x} x2={tick.x} y1={plot.top} y2={plot.bottom} style={{ stroke: colors.grid, strokeWidth: 1 }} />
            <text x={tick.x} y={plot.bottom + 18} textAnchor="middle" style={{ ...muted, fontSize: 11.5 }}>
              {tick.label}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} style={{ stroke: colors.axis, strokeWidth: 1 }} />
        <text x={(plot.left + plot.right) / 2} y={layout.axisLabelY} textAnchor="middle" style={{ ...muted, fontSize: 12.5, fontWeight: 500 }}>
          {axisLabel}
        </text>
      </g>
      {layout.rowLabels.map((row) => (
        <text key={row.y} x={plot.left - 12} y={row.y + 4} textAnchor="end" style={{ ...text, fontSize: 12.5, fontWeight: row.strong ? 600 : 400 }}>
          <title>{row.full}</title>
          {row.label}
        </text>
      ))}
      {layout.bars.map((bar) => {
        const isSelected = selected?.row === bar.row && selected.group === bar.group;
        const interactive = onBar !== undefined && bar.value > 0;
        const color = layout.legend[bar.group]?.color ?? '#888888';
        return (
          <g
            key={`${bar.row}:${bar.group}`}
            className={interactive ? `an-bar${isSelected ? ' is-selected' : ''}` : undefined}
            {...(interactive && {
              role: 'button',
              tabIndex: 0,
              'aria-label': barLabel?.(bar.row, bar.group),
              'data-testid': 'chart-bar',
              onClick: () => onBar(bar.row, bar.group),
              onKeyDown: activate(bar.row, bar.group),
            })}
          >
            {bar.value > 0 && <rect x={bar.x} y={bar.y} width={Math.max(2, bar.width)} height={bar.height} rx={2} style={{ fill: color }} />}
            <text x={bar.x + bar.width + 6} y={bar.y + bar.height / 2 + 4} style={{ ...muted, fontSize: 11.5 }}>
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
