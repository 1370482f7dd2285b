import type { Cooccurrence } from '../../../shared/contract';

export type NetworkNode = { index: number; codeId: number; name: string; color: string; codings: number; x: number; y: number; r: number; angle: number };
export type NetworkEdge = { a: number; b: number; count: number; width: number };
export type NetworkLayout = { nodes: NetworkNode[]; edges: NetworkEdge[]; width: number; height: number };

/**
 * Codes on a circle (an ellipse) in codebook order (deterministic: the same data always draws the same picture,
 * and neighbours in the tree sit side by side), nodes sized by their codings (area ∝ count), edges
 * by the passages two codes share. Codes that meet no other still show, so absence is visible too.
 */
export function circleLayout(data: Cooccurrence, size: { width: number; height: number; padX: number; padY: number }): NetworkLayout {
  const { width, height, padX, padY } = size;
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
    return {
      index: i,
      codeId: code.codeId,
      name: code.name,
      color: code.color,
      codings,
      x: cx + rx * Math.cos(angle),
      y: cy + ry * Math.sin(angle),
      r: 5 + 17 * Math.sqrt(codings / maxCodings),
      angle,
    };
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
  return { nodes, edges, width, height };
}
