import type { Cooccurrence } from '../../../shared/contract';

export type Box = { x: number; y: number; width: number; height: number };
/** Where a node's name goes: beside the node, away from the circle's centre. */
export type NodeLabel = { x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Box };
export type NetworkNode = {
  index: number;
  codeId: number;
  name: string;
  color: string;
  codings: number;
  x: number;
  y: number;
  r: number;
  angle: number;
  label: NodeLabel;
};
/** An edge's count label: its centre, or null when no free spot exists on the edge (the count stays in the tooltip). */
export type EdgeLabel = { x: number; y: number; text: string; box: Box } | null;
export type NetworkEdge = { a: number; b: number; count: number; width: number; label: EdgeLabel };
export type NetworkLayout = { nodes: NetworkNode[]; edges: NetworkEdge[]; width: number; height: number };

export type LayoutOptions = {
  width: number;
  height: number;
  padX: number;
  padY: number;
  /** How a count is written (the reader's digits). */
  format?: (n: number) => string;
  /** Beyond this many links, counts on the links would hide the picture: none is drawn. */
  maxEdgeLabels?: number;
};

/** Text metrics for the SVG's fonts (13 px names, 11 px bold counts), a little generous so estimates err on the side of room. */
const NAME_CHAR = 7.2;
const NAME_HEIGHT = 16;
export const edgeLabelSize = (text: string) => ({ width: 8 + 7 * text.length, height: 18 });

/**
 * Codes on a circle (an ellipse) in codebook order (deterministic: the same data always draws the same picture,
 * and neighbours in the tree sit side by side), nodes sized by their codings (area ∝ count), edges
 * by the passages two codes share. Codes that meet no other still show, so absence is visible too.
 *
 * Edge counts are then placed so that none overlaps another, a node or a node's name (see
 * `placeEdgeLabels`). Why not a layout library: elkjs places edge labels only in its layered
 * (hierarchical) algorithm, which draws this undirected, cyclic network as a flow chart; d3-force
 * moves nodes but leaves label collisions to the caller. A circle keeps codebook neighbours side by
 * side and the picture stable between filters; the label pass is what the network needed.
 */
export function circleLayout(data: Cooccurrence, options: LayoutOptions): NetworkLayout {
  const { width, height, padX, padY, format = String, maxEdgeLabels = 40 } = options;
  const count = data.codes.length;
  const cx = width / 2;
  const cy = height / 2;
  // An ellipse: labels need room beside the nodes more than above them.
  const rx = Math.max(40, width / 2 - padX);
  const ry = Math.max(40, height / 2 - padY);
  const maxCodings = Math.max(1, ...data.codes.map((_, i) => data.cells[i]?.[i]?.count ?? 0));
  const nodes = data.codes.map((code, i): NetworkNode => {
    // Start at the top and go clockwise, as a reader expects.
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, count);
    const codings = data.cells[i]?.[i]?.count ?? 0;
    const x = cx + rx * Math.cos(angle);
    const y = cy + ry * Math.sin(angle);
    const r = 5 + 17 * Math.sqrt(codings / maxCodings);
    return { index: i, codeId: code.codeId, name: code.name, color: code.color, codings, x, y, r, angle, label: nodeLabel(x, y, r, angle, `${code.name} ${format(codings)}`) };
  });
  const pairs: { a: number; b: number; count: number }[] = [];
  for (let a = 0; a < count; a++) {
    for (let b = a + 1; b < count; b++) {
      const n = data.cells[a]?.[b]?.count ?? 0;
      if (n > 0) pairs.push({ a, b, count: n });
    }
  }
  const maxEdge = Math.max(1, ...pairs.map((p) => p.count));
  const edges = pairs.map((p) => ({ ...p, width: 1.5 + 8.5 * (p.count / maxEdge) }));
  const labels = edges.length <= maxEdgeLabels ? placeEdgeLabels(nodes, edges, format) : edges.map(() => null);
  return { nodes, edges: edges.map((e, i) => ({ ...e, label: labels[i] ?? null })), width, height };
}

/** A node's name beside it, on the side away from the centre; its box for collisions. */
function nodeLabel(x: number, y: number, r: number, angle: number, text: string): NodeLabel {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const anchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
  const gap = r + 8;
  const lx = x + gap * cos;
  const ly = y + gap * sin + (anchor === 'middle' ? (sin > 0 ? 12 : -4) : 4);
  const w = NAME_CHAR * text.length;
  const left = anchor === 'start' ? lx : anchor === 'end' ? lx - w : lx - w / 2;
  return { x: lx, y: ly, anchor, box: { x: left, y: ly - NAME_HEIGHT + 4, width: w, height: NAME_HEIGHT } };
}

const overlaps = (p: Box, q: Box, margin = 2) =>
  p.x < q.x + q.width + margin && q.x < p.x + p.width + margin && p.y < q.y + q.height + margin && q.y < p.y + p.height + margin;

/** Whether a box comes within `margin` of a circle. */
function touchesCircle(b: Box, c: { x: number; y: number; r: number }, margin = 3): boolean {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.width));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.height));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < (c.r + margin) ** 2;
}

/** Positions along an edge, from its middle outwards: the middle reads best, the ends are next to the nodes. */
const ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8];
/** Then the same positions beside the line, for edges that cross where their middles meet. */
const ACROSS = [0, 13, -13];

/**
 * Puts each edge's count on its own edge where it overlaps no other count, no node and no node's
 * name: strongest links first (they get the middle), each trying positions from the middle outwards,
 * then beside the line. An edge with no free spot gets no label rather than one on top of another;
 * its count stays in its tooltip and its accessible name.
 */
export function placeEdgeLabels(
  nodes: readonly Pick<NetworkNode, 'x' | 'y' | 'r' | 'label'>[],
  edges: readonly { a: number; b: number; count: number }[],
  format: (n: number) => string = String,
): EdgeLabel[] {
  const placed: Box[] = [];
  const result: EdgeLabel[] = edges.map(() => null);
  const order = edges.map((e, i) => ({ e, i })).sort((p, q) => q.e.count - p.e.count || p.i - q.i);
  for (const { e, i } of order) {
    const a = nodes[e.a]!;
    const b = nodes[e.b]!;
    const text = format(e.count);
    const { width, height } = edgeLabelSize(text);
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
    search: for (const off of ACROSS) {
      for (const t of ALONG) {
        const x = a.x + (b.x - a.x) * t + normal.x * off;
        const y = a.y + (b.y - a.y) * t + normal.y * off;
        const box = { x: x - width / 2, y: y - height / 2, width, height };
        if (placed.some((p) => overlaps(p, box))) continue;
        if (nodes.some((n) => touchesCircle(box, n) || overlaps(n.label.box, box))) continue;
        placed.push(box);
        result[i] = { x, y, text, box };
        break search;
      }
    }
  }
  return result;
}
