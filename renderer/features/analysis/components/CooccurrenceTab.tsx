import { useState, type CSSProperties } from 'react';
import type { Cooccurrence, ProximityMode, SynthesisFilters } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { useCooccurrence } from '../hooks/useAnalysisQueries';
import { heatOf } from '../measures';
import { CodeNetwork } from './CodeNetwork';
import type { Drill } from './DrillDownPanel';
import { HeatLegend } from './MatrixTab';
import { Segmented, ToolbarField } from './Segmented';

export type CooccurrenceTabProps = { filters: SynthesisFilters; drillKey: string | null; onDrill: (drill: Drill) => void };

type Display = 'table' | 'network';

/** Which codes meet in the same passages (or turns): a symmetric table, or a network of codes. */
export function CooccurrenceTab({ filters, drillKey, onDrill }: CooccurrenceTabProps) {
  const t = useT();
  const c = t.analysis.cooccurrence;
  const [mode, setMode] = useState<ProximityMode>('overlap');
  const [display, setDisplay] = useState<Display>('table');
  const data = useCooccurrence({ mode, filters });
  const modeLabel = c.modes[mode];

  return (
    <div className="an-tab" data-testid="analysis-cooccurrence">
      <div className="an-toolbar">
        <ToolbarField label={c.mode}>
          <Segmented
            label={c.mode}
            value={mode}
            onChange={setMode}
            options={(['overlap', 'turn'] as const).map((v) => ({ value: v, label: c.modes[v] }))}
            testId="cooccurrence-mode"
          />
        </ToolbarField>
        <ToolbarField label={c.display}>
          <Segmented
            label={c.display}
            value={display}
            onChange={setDisplay}
            options={[
              { value: 'table', label: c.table },
              { value: 'network', label: c.network },
            ]}
            testId="cooccurrence-display"
          />
        </ToolbarField>
      </div>
      {data.isPending && <p className="an-note an-pad">{t.analysis.loading}</p>}
      {data.data && data.data.codes.length === 0 && <p className="an-note an-pad">{c.empty}</p>}
      {data.data && data.data.codes.length > 0 && display === 'table' && (
        <CooccurrenceTable data={data.data} modeLabel={modeLabel} drillKey={drillKey} onDrill={onDrill} />
      )}
      {data.data && data.data.codes.length > 0 && display === 'network' && (
        <CodeNetwork data={data.data} modeLabel={modeLabel} drillKey={drillKey} onDrill={onDrill} />
      )}
    </div>
  );
}

type TableProps = { data: Cooccurrence; modeLabel: string; drillKey: string | null; onDrill: (drill: Drill) => void };

function CooccurrenceTable({ data, modeLabel, drillKey, onDrill }: TableProps) {
  const t = useT();
  const c = t.analysis.cooccurrence;
  const nf = new Intl.NumberFormat(t.locale);
  let max = 0;
  data.cells.forEach((row, i) => row.forEach((cell, j) => i !== j && (max = Math.max(max, cell.count))));
  return (
    <div className="an-matrix-wrap">
      <div className="an-scroll">
        <table className="an-matrix an-cooc" data-testid="cooccurrence-table">
          <thead>
            <tr>
              <th scope="col" className="an-corner">
                {t.analysis.matrix.code}
              </th>
              {data.codes.map((code) => (
                <th key={code.codeId} scope="col" className="an-colhead an-colhead-vertical" title={code.path}>
                  <span className="an-colhead-label">
                    <span className="an-dot" style={{ backgroundColor: code.color }} aria-hidden="true" />
                    {code.name}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.codes.map((a, i) => (
              <tr key={a.codeId}>
                <th scope="row" className={a.depth === 0 ? 'an-rowhead is-top' : 'an-rowhead'} style={{ '--depth': a.depth } as CSSProperties} title={a.path}>
                  <span className="an-rowhead-inner">
                    <span className="an-dot" style={{ backgroundColor: a.color }} aria-hidden="true" />
                    <span className="an-rowhead-label">{a.name}</span>
                  </span>
                </th>
                {data.cells[i]!.map((cell, j) => {
                  const b = data.codes[j]!;
                  const diagonal = i === j;
                  // One key per unordered pair: both halves of the table light up together.
                  const key = `cooc:${Math.min(a.codeId, b.codeId)}:${Math.max(a.codeId, b.codeId)}`;
                  return (
                    <td key={b.codeId} className="an-td">
                      <button
                        type="button"
                        className={`an-cell${diagonal ? ' is-diagonal' : ''}${cell.count === 0 ? ' is-zero' : ''}${drillKey === key ? ' is-selected' : ''}`}
                        style={{ '--heat': diagonal ? 0 : heatOf(cell.count, max) } as CSSProperties}
                        disabled={cell.count === 0}
                        aria-label={diagonal ? c.nodeLabel(a.name, cell.count) : c.cellLabel(a.name, b.name, cell.count)}
                        data-testid="cooccurrence-cell"
                        onClick={() =>
                          onDrill(
                            diagonal
                              ? { key, title: a.path, subtitle: modeLabel, color: a.color, codingIds: cell.codingIds }
                              : { key, title: `${a.name} + ${b.name}`, subtitle: modeLabel, color: null, codingIds: cell.codingIds },
                          )
                        }
                      >
                        {cell.count === 0 ? '·' : nf.format(cell.count)}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="an-legend-row">
        <HeatLegend max={max} format={(v) => nf.format(v)} />
        <p className="an-note">{c.diagonal}</p>
      </div>
    </div>
  );
}
