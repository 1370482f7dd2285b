/**
 * Names beside the margin stripes, as MAXQDA's and NVivo's coding stripes have them: a small label
 * just right of a stripe, on the coding's first line, where there is room. Room means: up to the
 * next stripe on its right that the label would cross, or the edge of the pane; and no other label
 * there. A label that would show less than a few letters is left out (the stripe's tooltip still
 * names the code), so that a crowded stretch of the margin stays readable rather than full of
 * stubs; so is one that would repeat the label of a stripe of the same code beside it (two codings
 * of one code in one paragraph). Pure (boxes in, widths out), run on the stripes of the rendered viewport only.
 */

export type StripeBox = {
  id: number;
  /** The coding's code: a code named beside a stripe is not named again beside the stripes next to it. */
  codeId: number;
  /** Left edge of the stripe, in the layer's coordinates. */
  left: number;
  top: number;
  height: number;
  /** The label's text (the code's name). */
  name: string;
  /** The stripe starts where its coding starts (not clipped by the top of the viewport). */
  isStart: boolean;
};

export type LabelRoom = {
  /** Right edge labels must not pass (the pane's visible width). */
  right: number;
  /** The label's natural width for a name (its text and padding). */
  measure: (name: string) => number;
  stripeWidth: number;
  /** Space between a stripe and its label, and kept before the next stripe. */
  gap: number;
  /** Height of a label. */
  height: number;
  /** Narrowest truncated label worth showing. */
  minWidth: number;
};

/** The width of each stripe's label (its left is the stripe's left + stripe width + gap), by stripe id. */
export function placeStripeLabels(stripes: readonly StripeBox[], room: LabelRoom): Map<number, number> {
  const placed: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const labelled: StripeBox[] = [];
  const out = new Map<number, number>();
  // Top to bottom, then left to right: a coding's label goes before those that start lower.
  const order = stripes.filter((s) => s.isStart && s.name !== '').sort((a, b) => a.top - b.top || a.left - b.left);
  for (const s of order) {
    const x1 = s.left + room.stripeWidth + room.gap;
    const y1 = s.top;
    const y2 = s.top + room.height;
    let limit = room.right;
    for (const o of stripes) {
      if (o.id === s.id || o.left <= s.left || o.left - room.gap >= limit) continue;
      if (o.top < y2 && o.top + o.height > y1) limit = o.left - room.gap;
    }
    // The same code already named beside a stripe that runs alongside this one (or its label).
    if (labelled.some((o) => o.codeId === s.codeId && o.top < Math.max(y2, s.top + s.height) && s.top < o.top + Math.max(o.height, room.height))) continue;
    const natural = room.measure(s.name);
    const width = Math.min(natural, limit - x1);
    if (width < natural && width < room.minWidth) continue;
    if (width <= 0) continue;
    const x2 = x1 + width;
    if (placed.some((p) => p.x1 < x2 && x1 < p.x2 && p.y1 < y2 && y1 < p.y2)) continue;
    placed.push({ x1, x2, y1, y2 });
    labelled.push(s);
    out.set(s.id, Math.floor(width));
  }
  return out;
}

/**
 * Widths of names in the labels' font, measured once each on a canvas (no layout); an estimate
 * where there is no canvas (tests).
 */
export function labelMeasurer(font: string, padding: number): (name: string) => number {
  const cache = new Map<string, number>();
  let context: CanvasRenderingContext2D | null | undefined;
  return (name) => {
    const known = cache.get(name);
    if (known !== undefined) return known;
    if (context === undefined) {
      try {
        context = document.createElement('canvas').getContext('2d');
      } catch {
        context = null;
      }
      if (context) context.font = font;
    }
    const width = Math.ceil((context ? context.measureText(name).width : name.length * 6.2) + padding);
    if (cache.size > 5000) cache.clear();
    cache.set(name, width);
    return width;
  };
}
