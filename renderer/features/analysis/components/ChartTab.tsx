import { Download, ImageDown } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import type { Attribute, Matrix, SynthesisFilters } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Button } from '../../../ui';
import { barChartLayout, GROUP_COLORS } from '../bar-chart-layout';
import { chartAttribute, groupableAttributes, type ColumnsChoice } from '../column-choice';
import { renderSvgMarkup } from '../chart-export';
import { downloadBlob, safeFileName, svgDocument, svgToPng } from '../download';
import { useMatrix } from '../hooks/useAnalysisQueries';
import { formatMeasure } from '../measures';
import { BarChart, printColors, screenColors } from './BarChart';
import type { Drill } from './DrillDownPanel';
import { Segmented, ToolbarField } from './Segmented';

export type ChartTabProps = {
  filters: SynthesisFilters;
  /** Null while the attributes load. */
  attributes: readonly Attribute[] | null;
  defaultAttributeId: number | null;
  /** The columns chosen in the view (the matrix's): the chart groups by that attribute. */
  columns: ColumnsChoice | null;
  onColumnsChange: (columns: ColumnsChoice) => void;
  projectName: string;
  drillKey: string | null;
  onDrill: (drill: Drill) => void;
};

type ChartMeasure = 'codings' | 'cases';
const WIDTH = 880;

/** Code frequency by actor group as grouped bars, exportable as SVG and PNG for reports. */
export function ChartTab({ filters, attributes, defaultAttributeId, columns, onColumnsChange, projectName, drillKey, onDrill }: ChartTabProps) {
  const t = useT();
  const ch = t.analysis.chart;
  const attributeSelect = useId();
  const groupable = groupableAttributes(attributes ?? []);
  const [measure, setMeasure] = useState<ChartMeasure>('codings');
  const [topLevel, setTopLevel] = useState(false);
  const attribute = chartAttribute(columns, defaultAttributeId, attributes ?? []);
  const matrix = useMatrix(attribute ? { includeChildren: true, columns: { kind: 'attribute', attributeId: attribute.id }, filters } : null);
  const chart = useMemo(() => (matrix.data && attribute ? chartOf(matrix.data, measure, topLevel) : null), [matrix.data, attribute, measure, topLevel]);

  if (!attributes) return <p className="an-note an-pad">{t.analysis.loading}</p>;
  if (!attribute) return <p className="an-note an-pad" data-testid="chart-need-attribute">{ch.needAttribute}</p>;

  const title = ch.title(attribute.name);
  const axisLabel = ch.axis[measure];
  const format = (v: number) => formatMeasure(v, measure, t.locale);
  const groupLabel = (key: string, label: string) => (key === 'none' ? t.analysis.matrix.noValue : label);
  const layout =
    chart &&
    barChartLayout({
      title,
      axisLabel,
      rows: chart.rows.map((r) => ({ label: r.name, color: r.color, strong: r.depth === 0 && chart.rows.some((x) => x.depth > 0) })),
      groups: chart.columns.map((c, i) => ({ label: groupLabel(c.key, c.label), color: GROUP_COLORS[i % GROUP_COLORS.length]! })),
      values: chart.values,
      format,
      width: WIDTH,
    });

  const exportAs = async (kind: 'svg' | 'png') => {
    if (!layout) return;
    const markup = renderSvgMarkup(<BarChart layout={layout} title={title} axisLabel={axisLabel} colors={printColors} />);
    const name = safeFileName(ch.file(projectName));
    if (kind === 'svg') downloadBlob(new Blob([svgDocument(markup)], { type: 'image/svg+xml' }), `${name}.svg`);
    else downloadBlob(await svgToPng(markup, layout.width, layout.height), `${name}.png`);
  };

  const selected = chart && drillKey ? chart.cellAt(drillKey) : null;
  return (
    <div className="an-tab" data-testid="analysis-chart">
      <div className="an-toolbar">
        <ToolbarField label={ch.attribute} htmlFor={attributeSelect}>
          <select id={attributeSelect} className="select select-sm" value={attribute.id} onChange={(e) => onColumnsChange(e.target.value as ColumnsChoice)} data-testid="chart-attribute">
            {groupable.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </ToolbarField>
        <ToolbarField label={ch.measure}>
          <Segmented
            label={ch.measure}
            value={measure}
            onChange={setMeasure}
            options={(['codings', 'cases'] as const).map((v) => ({ value: v, label: ch.measures[v] }))}
            testId="chart-measure"
          />
        </ToolbarField>
        <label className="an-toggle">
          <input type="checkbox" checked={topLevel} onChange={(e) => setTopLevel(e.target.checked)} data-testid="chart-top-level" />
          {ch.topLevel}
        </label>
        <span className="an-toolbar-spacer" />
        <span className="an-toolbar-actions">
          <Button size="sm" icon={<Download size={14} />} disabled={!layout} onClick={() => void exportAs('svg')} data-testid="chart-export-svg">
            {ch.exportSvg}
          </Button>
          <Button size="sm" icon={<ImageDown size={14} />} disabled={!layout} onClick={() => void exportAs('png')} data-testid="chart-export-png">
            {ch.exportPng}
          </Button>
        </span>
      </div>
      {matrix.isPending && <p className="an-note an-pad">{t.analysis.loading}</p>}
      {chart && chart.rows.length === 0 && <p className="an-note an-pad">{ch.empty}</p>}
      {chart && layout && chart.rows.length > 0 && (
        <div className="an-scroll an-chart-wrap">
          <BarChart
            layout={layout}
            title={title}
            axisLabel={axisLabel}
            colors={screenColors}
            selected={selected}
            barLabel={(r, g) => `${chart.rows[r]!.name} · ${groupLabel(chart.columns[g]!.key, chart.columns[g]!.label)} : ${format(chart.values[r]![g]!)}`}
            onBar={(r, g) => {
              const row = chart.rows[r]!;
              const column = chart.columns[g]!;
              onDrill({
                key: chart.keyOf(r, g),
                title: row.path,
                subtitle: groupLabel(column.key, column.label),
                color: row.color,
                codingIds: chart.cells[r]![g]!.codingIds,
              });
            }}
          />
        </div>
      )}
    </div>
  );
}

/** The matrix's rows and cells the chart shows, and a way back from a drill key to a bar. */
function chartOf(matrix: Matrix, measure: ChartMeasure, topLevel: boolean) {
  const keep = matrix.rows.map((row, r) => ({ row, r })).filter(({ row, r }) => (!topLevel || row.depth === 0) && matrix.rowTotals[r]!.codings > 0);
  const rows = keep.map(({ row }) => row);
  const cells = keep.map(({ r }) => matrix.cells[r]!);
  const keyOf = (r: number, g: number) => `chart:${rows[r]!.codeId}:${matrix.columns[g]!.key}`;
  return {
    rows,
    columns: matrix.columns,
    cells,
    values: cells.map((row) => row.map((cell) => cell[measure])),
    keyOf,
    cellAt: (key: string) => {
      for (let r = 0; r < rows.length; r++) for (let g = 0; g < matrix.columns.length; g++) if (keyOf(r, g) === key) return { row: r, group: g };
      return null;
    },
  };
}
