import { Download } from 'lucide-react';
import { useId, useState, type CSSProperties } from 'react';
import type { Attribute, Matrix, MatrixColumn, SynthesisFilters } from '../../../../shared/contract';
import { CSV_LOCALES } from '../../../../shared/csv';
import { useLanguage, useT } from '../../../i18n';
import { Button } from '../../../ui';
import { groupableAttributes, matrixColumns, type ColumnsChoice } from '../column-choice';
import { downloadBlob, safeFileName } from '../download';
import { useMatrix } from '../hooks/useAnalysisQueries';
import { matrixCsv } from '../matrix-csv';
import { formatMeasure, heatOf, maxOf, measures, valueOf, type Measure } from '../measures';
import type { Drill } from './DrillDownPanel';
import { Segmented, ToolbarField } from './Segmented';

export type MatrixTabProps = {
  filters: SynthesisFilters;
  /** Null while the attributes load: the default columns depend on them. */
  attributes: readonly Attribute[] | null;
  /** The attribute that names actor groups, offered first. */
  defaultAttributeId: number | null;
  /** The columns chosen in the view (shared with the chart); null until the lead picks. */
  columns: ColumnsChoice | null;
  onColumnsChange: (columns: ColumnsChoice) => void;
  projectName: string;
  drillKey: string | null;
  onDrill: (drill: Drill) => void;
};

/** Codes × participants or × actor groups, as a heat map whose cells open their quotes. */
export function MatrixTab({ filters, attributes: loaded, defaultAttributeId, columns, onColumnsChange, projectName, drillKey, onDrill }: MatrixTabProps) {
  const t = useT();
  const m = t.analysis.matrix;
  const language = useLanguage();
  const attributes = loaded ?? [];
  const columnsId = useId();
  const [measure, setMeasure] = useState<Measure>('codings');
  const [includeChildren, setIncludeChildren] = useState(true);
  const effective = matrixColumns(columns, defaultAttributeId);
  const attribute = effective === 'cases' ? null : (attributes.find((a) => a.id === Number(effective)) ?? null);
  const matrix = useMatrix(
    loaded ? { includeChildren, columns: attribute ? { kind: 'attribute', attributeId: attribute.id } : { kind: 'cases' }, filters } : null,
  );
  const columnLabel = (c: MatrixColumn) => (c.key === 'none' ? (attribute ? m.noValue : m.none) : c.label);

  const exportCsv = (data: Matrix) => {
    const labels = { corner: `${m.code} — ${m.measures[measure]}${measure === 'share' ? ' (%)' : ''}`, total: m.total, column: columnLabel };
    // The interface's spreadsheet conventions: `;` and a decimal comma in French.
    const csv = matrixCsv(data, measure, labels, CSV_LOCALES[language]);
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), safeFileName(m.csvFile(projectName)));
  };

  return (
    <div className="an-tab" data-testid="analysis-matrix">
      <div className="an-toolbar">
        <ToolbarField label={m.columns} htmlFor={columnsId}>
          <select
            id={columnsId}
            className="select select-sm"
            value={effective}
            onChange={(e) => onColumnsChange(e.target.value as ColumnsChoice)}
            data-testid="matrix-columns"
          >
            {groupableAttributes(attributes).map((a) => (
                <option key={a.id} value={String(a.id)}>
                  {m.byAttribute(a.name)}
                </option>
              ))}
            <option value="cases">{m.byCases}</option>
          </select>
        </ToolbarField>
        <ToolbarField label={m.measure}>
          <Segmented
            label={m.measure}
            value={measure}
            onChange={setMeasure}
            options={measures.map((v) => ({ value: v, label: m.measures[v], title: m.measureHelp[v] }))}
            testId="matrix-measure"
          />
        </ToolbarField>
        <label className="an-toggle">
          <input type="checkbox" checked={includeChildren} onChange={(e) => setIncludeChildren(e.target.checked)} />
          {t.analysis.codes.includeChildren}
        </label>
        <span className="an-toolbar-spacer" />
        <Button size="sm" icon={<Download size={14} />} disabled={!matrix.data} onClick={() => matrix.data && exportCsv(matrix.data)} data-testid="matrix-export-csv">
          {m.exportCsv}
        </Button>
      </div>
      {(matrix.isPending || !loaded) && <p className="an-note an-pad">{t.analysis.loading}</p>}
      {matrix.data && (
        <MatrixTable
          matrix={matrix.data}
          measure={measure}
          columnLabel={columnLabel}
          emptyNote={!attribute && matrix.data.columns.length === 0 ? m.noParticipants : null}
          drillKey={drillKey}
          onDrill={onDrill}
        />
      )}
    </div>
  );
}

type MatrixTableProps = {
  matrix: Matrix;
  measure: Measure;
  columnLabel: (c: MatrixColumn) => string;
  emptyNote: string | null;
  drillKey: string | null;
  onDrill: (drill: Drill) => void;
};

function MatrixTable({ matrix, measure, columnLabel, emptyNote, drillKey, onDrill }: MatrixTableProps) {
  const t = useT();
  const m = t.analysis.matrix;
  const format = (v: number) => formatMeasure(v, measure, t.locale);
  const max = maxOf(matrix.cells, measure);
  if (emptyNote) return <p className="an-note an-pad">{emptyNote}</p>;
  return (
    <div className="an-matrix-wrap">
      <div className="an-scroll">
        <table className="an-matrix" data-testid="matrix-table" data-measure={measure}>
          <thead>
            <tr>
              <th scope="col" className="an-corner">
                {m.code}
              </th>
              {matrix.columns.map((c) => (
                <th key={c.key} scope="col" className="an-colhead">
                  <span className="an-colhead-label">{columnLabel(c)}</span>
                  {c.key.startsWith('value:') && <span className="an-colhead-sub">{m.columnCases(c.cases)}</span>}
                </th>
              ))}
              <th scope="col" className="an-colhead an-total">
                {m.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row, r) => (
              <tr key={row.codeId}>
                <th scope="row" className={row.depth === 0 ? 'an-rowhead is-top' : 'an-rowhead'} style={{ '--depth': row.depth } as CSSProperties} title={row.path}>
                  <span className="an-rowhead-inner">
                    <span className="an-dot" style={{ backgroundColor: row.color }} aria-hidden="true" />
                    <span className="an-rowhead-label">{row.name}</span>
                  </span>
                </th>
                {matrix.cells[r]!.map((cell, c) => {
                  const column = matrix.columns[c]!;
                  const value = valueOf(cell, measure);
                  const key = `matrix:${row.codeId}:${column.key}`;
                  return (
                    <td key={column.key} className="an-td">
                      <button
                        type="button"
                        className={`an-cell${value === 0 ? ' is-zero' : ''}${drillKey === key ? ' is-selected' : ''}`}
                        style={{ '--heat': heatOf(value, max) } as CSSProperties}
                        disabled={cell.codings === 0}
                        aria-label={m.cellLabel(row.name, columnLabel(column), format(value))}
                        data-testid="matrix-cell"
                        onClick={() =>
                          onDrill({ key, title: row.path, subtitle: columnLabel(column), color: row.color, codingIds: cell.codingIds })
                        }
                      >
                        {value === 0 ? '·' : format(value)}
                      </button>
                    </td>
                  );
                })}
                <td className="an-td an-total">{format(valueOf(matrix.rowTotals[r]!, measure))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="an-rowhead an-total">
                {m.total}
              </th>
              {matrix.columnTotals.map((cell, c) => (
                <td key={matrix.columns[c]!.key} className="an-td an-total">
                  {format(valueOf(cell, measure))}
                </td>
              ))}
              <td className="an-td an-total" />
            </tr>
          </tfoot>
        </table>
      </div>
      <HeatLegend max={max} format={format} />
    </div>
  );
}

/** The colour scale, from nothing to the largest cell. */
export function HeatLegend({ max, format }: { max: number; format: (v: number) => string }) {
  return (
    <div className="an-legend" aria-hidden="true">
      <span>{format(0)}</span>
      <span className="an-legend-ramp" />
      <span>{format(max)}</span>
    </div>
  );
}
