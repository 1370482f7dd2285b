/** The analysis view's pure parts: query drafts, filters, heat, CSV, chart geometry, network layout, grouping. */
import { describe, expect, it } from 'vitest';
import { barChartLayout, niceStep, truncate } from '../../renderer/features/analysis/bar-chart-layout';
import { codeEntries } from '../../renderer/features/analysis/code-tree';
import { CSV_LOCALES, csvText } from '../../shared/csv';
import { chartAttribute, columnAttributeId, matrixColumns } from '../../renderer/features/analysis/column-choice';
import { activeFilterCount, chosenAttributeIds, noFilters, toSynthesisFilters } from '../../renderer/features/analysis/filters';
import { matrixCsv } from '../../renderer/features/analysis/matrix-csv';
import { formatMeasure, heatOf, maxOf } from '../../renderer/features/analysis/measures';
import { circleLayout, placeEdgeLabels, type Box } from '../../renderer/features/analysis/network-layout';
import type { Cooccurrence } from '../../shared/contract';
import { emptyDraft, toCodeQuery } from '../../renderer/features/analysis/query-builder';
import { codingView, groupQuotes } from '../../renderer/features/analysis/quote-views';
import { sampleState } from './fake-core';
import { attributes, codings, cooccurrence, matrixByActor } from './analysis-fakes';

describe('code query drafts', () => {
  const code = (codeId: number, includeChildren = true) => ({ op: 'code', codeId, includeChildren });

  it('waits for enough codes: two for AND, NOT and NEAR, one for OR', () => {
    expect(toCodeQuery({ ...emptyDraft, codeIds: [1, null] })).toBeNull();
    expect(toCodeQuery({ ...emptyDraft, op: 'not', codeIds: [1] })).toBeNull();
    expect(toCodeQuery({ ...emptyDraft, op: 'near', codeIds: [1, 1] })).toBeNull();
    expect(toCodeQuery({ ...emptyDraft, op: 'or', codeIds: [4, null] })).toEqual(code(4));
  });

  it('builds each operator as the contract’s tree', () => {
    expect(toCodeQuery({ ...emptyDraft, op: 'and', mode: 'turn', codeIds: [1, 2, 3] })).toEqual({ op: 'and', mode: 'turn', operands: [code(1), code(2), code(3)] });
    expect(toCodeQuery({ ...emptyDraft, op: 'or', codeIds: [1, 2], includeChildren: false })).toEqual({ op: 'or', operands: [code(1, false), code(2, false)] });
    expect(toCodeQuery({ ...emptyDraft, op: 'near', unit: 'characters', within: 120.6, codeIds: [1, 2] })).toEqual({
      op: 'near',
      unit: 'characters',
      within: 121,
      operands: [code(1), code(2)],
    });
    // NOT: the first code kept, any of the others excluded.
    expect(toCodeQuery({ ...emptyDraft, op: 'not', mode: 'overlap', codeIds: [1, 2] })).toEqual({ op: 'not', mode: 'overlap', include: code(1), exclude: code(2) });
    expect(toCodeQuery({ ...emptyDraft, op: 'not', mode: 'turn', codeIds: [1, 2, 3] })).toEqual({
      op: 'not',
      mode: 'turn',
      include: code(1),
      exclude: { op: 'or', operands: [code(2), code(3)] },
    });
  });
});

describe('filters', () => {
  it('sends only what narrows, and counts each narrowed group once', () => {
    expect(toSynthesisFilters(noFilters)).toEqual({});
    const f = { documentIds: [3], coderIds: [], attributes: { 10: ['Élu', 'Habitant'], 11: [] }, ranges: {} };
    expect(toSynthesisFilters(f)).toEqual({ documentIds: [3], attributes: [{ attributeId: 10, values: ['Élu', 'Habitant'] }] });
    expect(activeFilterCount(f)).toBe(2);
  });

  it('sends a date range as from/to (either end open), not as values, and counts it as one filter', () => {
    const f = { ...noFilters, ranges: { 12: { from: '2025-03-15' }, 13: {}, 14: { from: '2025-01-01', to: '2025-03-31' } } };
    expect(toSynthesisFilters(f)).toEqual({
      attributes: [
        { attributeId: 12, from: '2025-03-15' },
        { attributeId: 14, from: '2025-01-01', to: '2025-03-31' },
      ],
    });
    expect(activeFilterCount(f)).toBe(2);
    expect(activeFilterCount({ ...f, attributes: { 12: ['x'] } })).toBe(2);
  });

  it('shows on quote cards the column attribute first, then the filtered ones, each once', () => {
    const f = { ...noFilters, attributes: { 10: ['Élu'], 11: [] }, ranges: { 12: { to: '2025-04-01' }, 13: {} } };
    expect(chosenAttributeIds(f, 10)).toEqual([10, 12]);
    expect(chosenAttributeIds(f, 14)).toEqual([14, 10, 12]);
    expect(chosenAttributeIds(noFilters, null)).toEqual([]);
  });
});

describe('matrix and chart columns', () => {
  const attr = (id: number, extra: Partial<(typeof attributes)[number]> = {}) => ({ ...attributes[0]!, id, name: `A${id}`, ...extra });
  const list = [attr(10), attr(11, { isIdentifying: true }), attr(12), attr(13, { values: [] })];

  it('the chart groups by the attribute chosen in the matrix, else the default, else the first that can group', () => {
    expect(chartAttribute('12', 10, list)?.id).toBe(12);
    expect(chartAttribute(null, 12, list)?.id).toBe(12);
    // Participants as matrix columns: the chart keeps its default groups.
    expect(chartAttribute('cases', 12, list)?.id).toBe(12);
    // An identifying or empty attribute never groups.
    expect(chartAttribute('11', null, list)?.id).toBe(10);
    expect(chartAttribute('13', null, [attr(13, { values: [] })])).toBeNull();
  });

  it('the matrix shows the choice, else the default attribute, else participants', () => {
    expect(matrixColumns(null, 10)).toBe('10');
    expect(matrixColumns(null, null)).toBe('cases');
    expect(matrixColumns('cases', 10)).toBe('cases');
    expect(columnAttributeId('12', 10)).toBe(12);
    expect(columnAttributeId('cases', 10)).toBeNull();
  });
});

describe('heat and measures', () => {
  it('leaves zero blank, tints the smallest value visibly, and saturates at the largest', () => {
    expect(heatOf(0, 10)).toBe(0);
    expect(heatOf(3, 0)).toBe(0);
    expect(heatOf(10, 10)).toBe(1);
    expect(heatOf(1, 1000)).toBeGreaterThan(0.18);
    expect(heatOf(5, 10)).toBeCloseTo(0.59);
  });

  it('takes the largest cell, not a total', () => {
    expect(maxOf(matrixByActor.cells, 'codings')).toBe(3);
    expect(maxOf(matrixByActor.cells, 'share')).toBe(0.25);
  });

  it('formats counts and shares for the reader’s language', () => {
    expect(formatMeasure(1234, 'codings', 'fr-FR').replace(/\s/g, ' ')).toBe('1 234');
    expect(formatMeasure(0.125, 'share', 'fr-FR').replace(/\s/g, ' ')).toBe('12,5 %');
    expect(formatMeasure(0.125, 'share', 'en-GB')).toBe('12.5%');
  });
});

describe('CSV', () => {
  it('quotes cells holding the separator, quotes or line breaks', () => {
    expect(csvText([['a,b', 'say "hi"', 'x;y', 'two\nlines', 3]], CSV_LOCALES.en)).toBe('\uFEFF"a,b","say ""hi""",x;y,"two\nlines",3\r\n');
    expect(csvText([['a,b', 'x;y', 2.5]], CSV_LOCALES.fr)).toBe('\uFEFFa,b;"x;y";2,5\r\n');
  });

  it('writes one row per code path, the columns’ labels and the totals', () => {
    const csv = matrixCsv(matrixByActor, 'cases', { corner: 'Code', total: 'Total', column: (c) => c.label || '(none)' }, CSV_LOCALES.en);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFCode,Élu,Habitant,(none),Total',
      'Gouvernance,1,0,0,1',
      'Gouvernance/Souveraineté,1,0,0,1',
      'Confiance des habitants,1,1,0,2',
      'Total,1,1,0,',
      '',
    ]);
  });

  it('writes the matrix for French Excel (; and a decimal comma) and neutralises a code or group that reads as a formula', () => {
    const risky = { ...matrixByActor, rows: matrixByActor.rows.map((r, i) => (i === 0 ? { ...r, path: '=HYPERLINK("x")' } : r)) };
    const csv = matrixCsv(risky, 'share', { corner: 'Code — Part (%)', total: 'Total', column: (c) => (c.label ? `+${c.label}` : '(aucun)') }, CSV_LOCALES.fr);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe("\uFEFFCode — Part (%);'+Élu;'+Habitant;(aucun);Total");
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""x""\)";/);
    expect(lines.some((l) => /;\d+,\d+/.test(l))).toBe(true);
  });
});

describe('bar chart geometry', () => {
  it('picks round tick steps', () => {
    expect([0, 3, 7, 12, 48, 130, 999].map((m) => niceStep(m))).toEqual([1, 1, 2, 5, 10, 50, 200]);
  });

  it('scales bars to the last tick, stacks a row’s groups, and wraps a long legend', () => {
    const layout = barChartLayout({
      title: 'T',
      axisLabel: 'A',
      rows: [
        { label: 'Short', color: '#000' },
        { label: 'A very long code name that goes on and on and on', color: '#000' },
      ],
      groups: Array.from({ length: 9 }, (_, i) => ({ label: `Group number ${i + 1}`, color: '#111' })),
      values: [
        [7, 0, 1, 0, 0, 0, 0, 0, 0],
        [2, 3, 0, 0, 0, 0, 0, 0, 5],
      ],
      format: String,
      width: 800,
    });
    expect(layout.ticks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8']);
    const full = layout.plot.right - layout.plot.left;
    expect(layout.bars[0]!.width).toBeCloseTo((full * 7) / 8);
    expect(layout.bars[1]!.width).toBe(0);
    expect(layout.bars[1]!.y).toBeGreaterThan(layout.bars[0]!.y);
    expect(layout.bars[9]!.y).toBeGreaterThan(layout.bars[8]!.y);
    expect(layout.rowLabels[1]!.label).toBe(truncate('A very long code name that goes on and on and on'));
    expect(layout.rowLabels[1]!.label.endsWith('…')).toBe(true);
    expect(new Set(layout.legend.map((l) => l.y)).size).toBeGreaterThan(1);
    expect(Math.max(...layout.legend.map((l) => l.x))).toBeLessThan(800);
    expect(layout.plot.top).toBeGreaterThan(Math.max(...layout.legend.map((l) => l.y)));
  });
});

describe('code network layout', () => {
  it('places codes on an ellipse from the top, sizes nodes by codings and links only codes that meet', () => {
    const layout = circleLayout(cooccurrence, { width: 600, height: 400, padX: 100, padY: 50 });
    expect(layout.nodes.map((n) => n.codings)).toEqual([3, 1, 4]);
    expect(layout.nodes[0]!.x).toBeCloseTo(300);
    expect(layout.nodes[0]!.y).toBeCloseTo(50);
    expect(layout.nodes[2]!.r).toBeGreaterThan(layout.nodes[0]!.r);
    expect(layout.nodes[0]!.r).toBeGreaterThan(layout.nodes[1]!.r);
    expect(layout.edges.map(({ a, b, count }) => [a, b, count])).toEqual([
      [0, 1, 1],
      [1, 2, 2],
    ]);
    expect(layout.edges[1]!.width).toBeGreaterThan(layout.edges[0]!.width);
    // Deterministic: the same data draws the same picture.
    expect(circleLayout(cooccurrence, { width: 600, height: 400, padX: 100, padY: 50 })).toEqual(layout);
  });
});

describe('code network edge labels', () => {
  /** A co-occurrence where every code meets every other (`n` codes, counts varying): the worst case for labels. */
  function dense(n: number, countOf: (a: number, b: number) => number): Cooccurrence {
    const codes = Array.from({ length: n }, (_, i) => ({ codeId: i + 1, name: `Code numéro ${i + 1}`, path: `Code numéro ${i + 1}`, color: '#888', depth: 0 }));
    const cells = codes.map((_, a) => codes.map((__, b) => ({ count: a === b ? 5 + a : countOf(Math.min(a, b), Math.max(a, b)), cases: 1, codingIds: [] })));
    return { codes, cells } satisfies Cooccurrence;
  }
  const overlap = (p: Box, q: Box) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
  const size = { width: 860, height: 540, padX: 190, padY: 48 };

  it('never lets two counts overlap, nor a count cover a node or a node’s name, even where edges cross in the middle', () => {
    const placedShare: string[] = [];
    for (const n of [4, 6, 8, 10]) {
      const layout = circleLayout(dense(n, (a, b) => ((a * 7 + b * 3) % 12) + 1), size);
      const labels = layout.edges.flatMap((e) => (e.label ? [e.label] : []));
      for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!.box, labels[j]!.box), `n=${n}`).toBe(false);
      for (const l of labels) {
        for (const node of layout.nodes) {
          expect(overlap(l.box, node.label.box)).toBe(false);
          const nx = Math.max(l.box.x, Math.min(node.x, l.box.x + l.box.width));
          const ny = Math.max(l.box.y, Math.min(node.y, l.box.y + l.box.height));
          expect(Math.hypot(nx - node.x, ny - node.y)).toBeGreaterThanOrEqual(node.r);
        }
      }
      // Six codes: the three diameters meet at the centre; their labels move along their lines instead.
      if (n <= 6) expect(labels).toHaveLength(layout.edges.length);
      if (layout.edges.length <= 40) placedShare.push(`${n}:${labels.length}/${layout.edges.length}`);
    }
    expect(placedShare).toEqual(['4:6/6', '6:15/15', '8:28/28']);
  });

  it('keeps each count on its own edge, the strongest link in its middle', () => {
    const layout = circleLayout(dense(6, (a, b) => (a === 0 && b === 3 ? 9 : 1)), size);
    for (const e of layout.edges) {
      if (!e.label) continue;
      const a = layout.nodes[e.a]!;
      const b = layout.nodes[e.b]!;
      const distance = Math.abs((b.x - a.x) * (a.y - e.label.y) - (a.x - e.label.x) * (b.y - a.y)) / Math.hypot(b.x - a.x, b.y - a.y);
      expect(distance).toBeLessThanOrEqual(13.5);
      expect(e.label.text).toBe(String(e.count));
    }
    const strongest = layout.edges.find((e) => e.count === 9)!;
    const a = layout.nodes[strongest.a]!;
    const b = layout.nodes[strongest.b]!;
    expect(strongest.label!.x).toBeCloseTo((a.x + b.x) / 2);
    expect(strongest.label!.y).toBeCloseTo((a.y + b.y) / 2);
  });

  it('draws no count on a crowded network (over 40 links): they stay in the tooltips', () => {
    const layout = circleLayout(dense(10, () => 1), size);
    expect(layout.edges).toHaveLength(45);
    expect(layout.edges.every((e) => e.label === null)).toBe(true);
  });

  it('gives up a label rather than overlapping when a spot is taken everywhere on its edge', () => {
    const nodes = [
      { x: 0, y: 0, r: 5, label: { x: 0, y: 0, anchor: 'middle' as const, box: { x: -1000, y: -1000, width: 1, height: 1 } } },
      { x: 60, y: 0, r: 5, label: { x: 0, y: 0, anchor: 'middle' as const, box: { x: -1000, y: -1000, width: 1, height: 1 } } },
    ];
    // Two links between the same two nodes (as a stress case): the second finds a spot beside the line or none.
    const [first, second] = placeEdgeLabels(nodes, [{ a: 0, b: 1, count: 3 }, { a: 0, b: 1, count: 2 }]);
    expect(first).not.toBeNull();
    if (second) expect(overlap(first!.box, second.box)).toBe(false);
  });
});

describe('codebook order and quote groups', () => {
  it('gives each code its depth and escaped path', () => {
    const codes = sampleState().codes;
    codes[1] = { ...codes[1]!, name: 'A/B' };
    expect(codeEntries(codes).map((e) => [e.depth, e.path])).toEqual([
      [0, 'Gouvernance'],
      [1, 'Gouvernance/A\\/B'],
      [0, 'Confiance des habitants'],
    ]);
  });

  it('groups quotes in order of first appearance, with a label for what is missing', () => {
    const views = codings.map((c) => codingView(c, attributes));
    // Tags are the attributes asked for, named on hover; identifying ones never.
    expect(views[0]!.tags).toEqual([{ attribute: attributes[0]!.name, value: 'Élu' }]);
    expect(codingView(codings[0]!, []).tags).toEqual([]);
    const fallback = { noParticipant: '(no participant)', noValue: '(no value)' };
    expect(groupQuotes(views, 'attribute:10', fallback).map(([label, items]) => [label, items.length])).toEqual([
      ['Élu', 2],
      ['Habitant', 3],
      ['(no value)', 1],
    ]);
    expect(groupQuotes(views, 'case', fallback).map(([label]) => label)).toEqual(['E01', 'E02', '(no participant)']);
    expect(groupQuotes(views, 'none', fallback)).toEqual([['', views]]);
  });
});
