import { useState, type KeyboardEvent } from 'react';
import type { Cooccurrence } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { circleLayout } from '../network-layout';
import type { Drill } from './DrillDownPanel';

export type CodeNetworkProps = { data: Cooccurrence; modeLabel: string; drillKey: string | null; onDrill: (drill: Drill) => void };

const WIDTH = 860;
const HEIGHT = 540;

const activate = (fn: () => void) => (e: KeyboardEvent) => {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  e.preventDefault();
  fn();
};

/**
 * Codes as nodes (area ∝ codings) on a circle, linked where they meet (width ∝ passages in common).
 * Codes without codings of their own (themes that only group sub-codes) would be empty dots: left out.
 */
export function CodeNetwork({ data: all, modeLabel, drillKey, onDrill }: CodeNetworkProps) {
  const data = withCodings(all);
  const t = useT();
  const c = t.analysis.cooccurrence;
  const nf = new Intl.NumberFormat(t.locale);
  const [hover, setHover] = useState<number | null>(null);
  const layout = circleLayout(data, { width: WIDTH, height: HEIGHT, padX: 190, padY: 48, format: (n) => nf.format(n) });
  const codeAt = (i: number) => data.codes[i]!;
  const pairKey = (a: number, b: number) => {
    const x = codeAt(a).codeId;
    const y = codeAt(b).codeId;
    return `cooc:${Math.min(x, y)}:${Math.max(x, y)}`;
  };
  const drillEdge = (a: number, b: number) =>
    onDrill({ key: pairKey(a, b), title: `${codeAt(a).name} + ${codeAt(b).name}`, subtitle: modeLabel, color: null, codingIds: data.cells[a]![b]!.codingIds });
  const drillNode = (i: number) =>
    onDrill({ key: pairKey(i, i), title: codeAt(i).path, subtitle: modeLabel, color: codeAt(i).color, codingIds: data.cells[i]![i]!.codingIds });
  const dimmed = (a: number, b: number) => hover !== null && hover !== a && hover !== b;

  return (
    <div className="an-network-wrap">
      <div className="an-network-head">
        <h3 className="an-chart-title">{c.networkTitle}</h3>
        <p className="an-note">{layout.edges.length === 0 ? c.noEdges : c.networkHint}</p>
      </div>
      <svg
        className="an-network"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={c.networkTitle}
        data-testid="cooccurrence-network"
        onMouseLeave={() => setHover(null)}
      >
        <g className="an-edges">
          {layout.edges.map((e) => {
            const a = layout.nodes[e.a]!;
            const b = layout.nodes[e.b]!;
            const key = pairKey(e.a, e.b);
            const label = c.cellLabel(a.name, b.name, e.count);
            return (
              <g
                key={key}
                className={`an-edge${drillKey === key ? ' is-selected' : ''}${dimmed(e.a, e.b) ? ' is-dimmed' : ''}`}
                role="button"
                tabIndex={0}
                aria-label={label}
                data-testid="network-edge"
                onClick={() => drillEdge(e.a, e.b)}
                onKeyDown={activate(() => drillEdge(e.a, e.b))}
              >
                <title>{label}</title>
                <line className="an-edge-hit" x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
                <line className="an-edge-line" x1={a.x} y1={a.y} x2={b.x} y2={b.y} style={{ strokeWidth: e.width }} />
              </g>
            );
          })}
        </g>
        <g className="an-edge-labels" aria-hidden="true">
          {layout.edges.map(
            (e) =>
              e.label && (
                <g
                  key={pairKey(e.a, e.b)}
                  className={dimmed(e.a, e.b) ? 'is-dimmed' : undefined}
                  transform={`translate(${e.label.x} ${e.label.y})`}
                  data-testid="network-edge-label"
                >
                  <rect x={-e.label.box.width / 2} y={-e.label.box.height / 2} width={e.label.box.width} height={e.label.box.height} rx={9} />
                  <text y={4}>{e.label.text}</text>
                </g>
              ),
          )}
        </g>
        <g className="an-nodes">
          {layout.nodes.map((n) => {
            const label = c.nodeLabel(n.name, n.codings);
            const key = pairKey(n.index, n.index);
            return (
              <g
                key={n.codeId}
                className={`an-node${drillKey === key ? ' is-selected' : ''}${hover !== null && hover !== n.index && !linked(layout.edges, hover, n.index) ? ' is-dimmed' : ''}`}
                role="button"
                tabIndex={0}
                aria-label={label}
                data-testid="network-node"
                onMouseEnter={() => setHover(n.index)}
                onFocus={() => setHover(n.index)}
                onBlur={() => setHover(null)}
                onClick={() => drillNode(n.index)}
                onKeyDown={activate(() => drillNode(n.index))}
              >
                <title>{label}</title>
                <circle cx={n.x} cy={n.y} r={n.r} style={{ fill: n.color }} />
                <text x={n.label.x} y={n.label.y} textAnchor={n.label.anchor} className="an-node-label">
                  {n.name}
                  <tspan className="an-node-count"> {nf.format(n.codings)}</tspan>
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}

const linked = (edges: readonly { a: number; b: number }[], x: number, y: number) => edges.some((e) => (e.a === x && e.b === y) || (e.a === y && e.b === x));

function withCodings(data: Cooccurrence): Cooccurrence {
  const kept = data.codes.map((_, i) => i).filter((i) => (data.cells[i]?.[i]?.count ?? 0) > 0);
  return { codes: kept.map((i) => data.codes[i]!), cells: kept.map((i) => kept.map((j) => data.cells[i]![j]!)) };
}
