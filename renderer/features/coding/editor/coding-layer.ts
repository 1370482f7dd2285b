/**
 * Codings in the transcript (CodeMirror 6): a highlight per coding and coloured stripes in the
 * right margin, built to stay fast on long interviews (100,000 words, thousands of codings).
 *
 * - Highlights are one RangeSet built in order with RangeSetBuilder from codings sorted once; the
 *   selected coding is a separate one-range set, so selecting never rebuilds the big one.
 * - A new list that differs from the drawn one by a few codings (one applied, removed, moved, or
 *   brought back by an undo) patches the layer: those codings' highlights are taken out of or added
 *   to the set and get a lane of their own, the others keep theirs. Only a large difference (another
 *   document, a refetch far from the cache) lays everything out again.
 * - Stripes: each coding gets the lowest margin lane free at its start (greedy interval
 *   partitioning, O(n log n)): overlapping codings — one per code — sit side by side, and the
 *   margin is only as wide as the deepest overlap. Only stripes that meet the rendered viewport are
 *   drawn (a few dozen DOM nodes, not thousands), clipped to it, so scrolling stays smooth.
 * - Where there is room, a stripe's code is named in a small label at its start (see
 *   stripe-labels.ts), and a coding with a memo has a marker there; hovering a stripe names its code
 *   (and the start of its memo) and lights its passage; clicking selects the coding.
 *
 * The transcript adds `codingLayer(handlers)` to its extensions and dispatches
 * `setCodingLayer.of({ codings, codes, memos, selectedId })` when they change.
 */
import { RangeSetBuilder, StateEffect, StateField, type EditorState, type Extension } from '@codemirror/state';
import { Decoration, EditorView, layer, type DecorationSet, type LayerMarker } from '@codemirror/view';
import type { Code, Coding } from '../../../../shared/contract';
import { labelMeasurer, placeStripeLabels, type StripeBox } from './stripe-labels';

export type CodingLayerInput = {
  codings: readonly Coding[];
  codes: readonly Code[];
  /**
   * The codings that have a memo, with the memo's start (shown when hovering the stripe; may be
   * empty), by coding id: each has a marker at its stripe's start.
   */
  memos?: ReadonlyMap<number, string> | undefined;
  selectedId: number | null;
};

export type CodingLayerHandlers = {
  onSelectCoding(id: number): void;
  /** The hint under a stripe's tooltip (« Cliquer pour sélectionner ce codage »). */
  stripeHint?(): string;
};

/** A coding as the layer draws it (sorted by start, then end). */
export type LaidCoding = {
  id: number;
  codeId: number;
  start: number;
  end: number;
  color: string;
  name: string;
  memo: string;
  hasMemo: boolean;
  lane: number;
  /** The whole lines the coding touches: what its lane must not share. */
  paraFrom: number;
  paraTo: number;
};

type LayerValue = {
  input: CodingLayerInput;
  laid: readonly LaidCoding[];
  /** The longest paragraph-extended range of a laid coding (bounds the search for its neighbours). */
  maxSpan: number;
  decorations: DecorationSet;
  /**
   * Highlights of codings added since `decorations` was built, kept apart: codings overlap, so
   * adding one to the big set rebuilds most of it, while this one stays small (folded into the big
   * one once it holds `RECENT_MAX`).
   */
  recent: DecorationSet;
  recentCount: number;
  selected: DecorationSet;
  /** The highlights were mapped through a change of the text that the laid list has not followed. */
  mapped?: true;
};

/** Recently added highlights kept apart at most (see `LayerValue.recent`). */
const RECENT_MAX = 64;

export const setCodingLayer = StateEffect.define<CodingLayerInput>();

const EMPTY_INPUT: CodingLayerInput = { codings: [], codes: [], selectedId: null };

/**
 * Sorts the codings and gives each a margin lane that no coding sharing one of its paragraphs uses
 * (greedy interval partitioning over paragraph-extended ranges, O(n log n)): two stripes never
 * touch, even when their codings sit on the same lines without overlapping in the text. A code
 * keeps its previous lane when that lane is free, so that its stripes line up down the margin.
 */
export function layOutCodings(
  codings: readonly Coding[],
  codes: readonly Code[],
  memos?: ReadonlyMap<number, string>,
  /** The paragraph-extended range of a coding (the whole lines it touches). */
  extend: (start: number, end: number) => [number, number] = (start, end) => [start, end],
): LaidCoding[] {
  const byCode = new Map(codes.map((c) => [c.id, c]));
  const sorted = codings
    .filter((c) => c.start < c.end)
    .slice()
    .sort(drawOrder(codes));
  const active = new MinHeap<{ end: number; lane: number }>((a, b) => a.end - b.end);
  const free = new MinHeap<number>((a, b) => a - b);
  const used = new Set<number>();
  const lastLane = new Map<number, number>();
  let lanes = 0;
  return sorted.map((c) => {
    const [from, to] = extend(c.start, c.end);
    while (active.size > 0 && active.peek()!.end < from) {
      const lane = active.pop()!.lane;
      used.delete(lane);
      free.push(lane);
    }
    const preferred = lastLane.get(c.codeId);
    let lane: number;
    if (preferred !== undefined && preferred < lanes && !used.has(preferred)) {
      lane = preferred;
      free.remove(preferred);
    } else {
      lane = free.size > 0 ? free.pop()! : lanes++;
    }
    used.add(lane);
    lastLane.set(c.codeId, lane);
    active.push({ end: to, lane });
    return laidOut(c, byCode.get(c.codeId), memos, lane, from, to);
  });
}

/** The order codings are laid out in: by start, then codebook order, longer first, then id. */
function drawOrder(codes: readonly Code[]): (a: Pick<Coding, 'id' | 'codeId' | 'start' | 'end'>, b: Pick<Coding, 'id' | 'codeId' | 'start' | 'end'>) => number {
  const order = new Map(codes.map((c, i) => [c.id, i]));
  return (a, b) => a.start - b.start || (order.get(a.codeId) ?? 1e9) - (order.get(b.codeId) ?? 1e9) || b.end - a.end || a.id - b.id;
}

function laidOut(c: Coding, code: Code | undefined, memos: ReadonlyMap<number, string> | undefined, lane: number, paraFrom: number, paraTo: number): LaidCoding {
  return {
    id: c.id,
    codeId: c.codeId,
    start: c.start,
    end: c.end,
    color: code?.color ?? '#888888',
    name: code?.name ?? '',
    memo: memos?.get(c.id) ?? '',
    hasMemo: memos?.has(c.id) ?? false,
    lane,
    paraFrom,
    paraTo,
  };
}

/** The laid codings with the memos of `memos` (the objects of those whose memo did not change kept). */
function withMemos(laid: readonly LaidCoding[], memos: ReadonlyMap<number, string> | undefined): LaidCoding[] {
  return laid.map((c) => {
    const memo = memos?.get(c.id) ?? '';
    const hasMemo = memos?.has(c.id) ?? false;
    return c.memo === memo && c.hasMemo === hasMemo ? c : { ...c, memo, hasMemo };
  });
}

/** Laid codings by id, built once per laid list and only when asked (a hovered stripe, a click). */
const indexes = new WeakMap<readonly LaidCoding[], ReadonlyMap<number, LaidCoding>>();
function laidById(laid: readonly LaidCoding[], id: number): LaidCoding | undefined {
  let index = indexes.get(laid);
  if (!index) indexes.set(laid, (index = new Map(laid.map((c) => [c.id, c]))));
  return index.get(id);
}

/**
 * One decoration per coding: its id is in the DOM (for tests, and to light it on hover). Kept per
 * coding while its code looks the same, so that adding one coding to thousands creates one
 * decoration, and CodeMirror finds the others unchanged at once.
 */
const marks = new Map<number, { color: string; name: string; deco: Decoration }>();
function markFor(c: LaidCoding): Decoration {
  const known = marks.get(c.id);
  if (known && known.color === c.color && known.name === c.name) return known.deco;
  const deco = Decoration.mark({
    codingId: c.id,
    class: 'cm-coding',
    attributes: { style: `--coding-color: ${c.color}`, title: c.name, 'data-coding-id': String(c.id) },
  });
  if (marks.size > 50_000) marks.clear();
  marks.set(c.id, { color: c.color, name: c.name, deco });
  return deco;
}

const selectedMarks = new Map<string, Decoration>();
function selectedMark(c: LaidCoding): Decoration {
  const key = c.color;
  let d = selectedMarks.get(key);
  if (!d) {
    d = Decoration.mark({ class: 'cm-coding-selected', attributes: { style: `--coding-color: ${c.color}` } });
    selectedMarks.set(key, d);
  }
  return d;
}

/** The whole lines a passage touches. */
function paragraphsOf(state: EditorState): (start: number, end: number) => [number, number] {
  const { doc } = state;
  const length = doc.length;
  return (start, end) => [doc.lineAt(Math.min(start, length)).from, doc.lineAt(Math.min(end, length)).to];
}

function build(input: CodingLayerInput, state: EditorState): LayerValue {
  const length = state.doc.length;
  const laid = layOutCodings(input.codings, input.codes, input.memos, paragraphsOf(state)).filter((c) => c.start < length);
  const builder = new RangeSetBuilder<Decoration>();
  let maxSpan = 0;
  for (const c of laid) {
    builder.add(c.start, Math.min(c.end, length), markFor(c));
    maxSpan = Math.max(maxSpan, c.paraTo - c.paraFrom);
  }
  return {
    input,
    laid,
    maxSpan,
    decorations: builder.finish(),
    recent: Decoration.none,
    recentCount: 0,
    selected: selectedSet(laid, input.selectedId, length),
  };
}

/** Beyond this many codings added or taken out, laying everything out again is simpler and as fast. */
const MAX_PATCH = 64;

/** What differs between the drawn list and a new one: codings gone (or moved) and codings new (or moved). */
function diffCodings(allBefore: readonly Coding[], allAfter: readonly Coding[]): { removed: Set<number>; added: Coding[] } | null {
  if (Math.abs(allBefore.length - allAfter.length) > MAX_PATCH) return null;
  // The cache keeps unchanged codings as the same objects, in the same order: compare only what
  // lies between the common head and tail.
  let head = 0;
  const shorter = Math.min(allBefore.length, allAfter.length);
  while (head < shorter && allBefore[head] === allAfter[head]) head++;
  let tail = 0;
  while (tail < shorter - head && allBefore[allBefore.length - 1 - tail] === allAfter[allAfter.length - 1 - tail]) tail++;
  const before = allBefore.slice(head, allBefore.length - tail);
  const after = allAfter.slice(head, allAfter.length - tail);
  const old = new Map<number, Coding>();
  for (const c of before) old.set(c.id, c);
  const removed = new Set<number>();
  const added: Coding[] = [];
  const kept = new Set<number>();
  for (const c of after) {
    const o = old.get(c.id);
    if (o && o.start === c.start && o.end === c.end && o.codeId === c.codeId) {
      kept.add(c.id);
      continue;
    }
    if (o) removed.add(c.id);
    added.push(c);
    if (added.length > MAX_PATCH) return null;
  }
  for (const c of before) if (!kept.has(c.id)) removed.add(c.id);
  return removed.size > MAX_PATCH ? null : { removed, added };
}

/**
 * The layer with a few codings taken out and a few added (see `diffCodings`), or null when the
 * difference is too large to patch. The other codings keep their highlight and their lane; a new
 * coding takes its code's lane from the coding of that code just before it when no coding sharing
 * one of its paragraphs uses it, else the lowest lane none of them uses — so stripes still never touch.
 */
function patch(value: LayerValue, input: CodingLayerInput, state: EditorState): LayerValue | null {
  const diff = diffCodings(value.input.codings, input.codings);
  if (!diff) return null;
  const { removed } = diff;
  const length = state.doc.length;
  const paragraphs = paragraphsOf(state);
  const order = drawOrder(input.codes);
  const byCode = new Map(input.codes.map((c) => [c.id, c]));
  const laid = removed.size > 0 ? value.laid.filter((c) => !removed.has(c.id)) : value.laid.slice();
  let maxSpan = value.maxSpan;

  const added = diff.added.filter((c) => c.start < c.end && c.start < length).sort(order);
  const ranges = [];
  for (const c of added) {
    const [from, to] = paragraphs(c.start, c.end);
    // Where it goes in draw order (binary search), and the lanes of the codings it would touch:
    // those starting at most `maxSpan` before its first line and before the end of its last.
    const at = firstIndex(laid, (x) => order(x, c) >= 0);
    const taken = new Set<number>();
    for (let k = firstIndex(laid, (x) => x.start >= from - maxSpan); k < laid.length && laid[k]!.start <= to; k++) {
      const other = laid[k]!;
      if (other.paraFrom <= to && other.paraTo >= from) taken.add(other.lane);
    }
    let preferred: number | undefined;
    for (let i = at - 1; i >= 0 && preferred === undefined; i--) if (laid[i]!.codeId === c.codeId) preferred = laid[i]!.lane;
    let lane = 0;
    if (preferred !== undefined && !taken.has(preferred)) lane = preferred;
    else while (taken.has(lane)) lane++;
    const one = laidOut(c, byCode.get(c.codeId), input.memos, lane, from, to);
    laid.splice(at, 0, one);
    maxSpan = Math.max(maxSpan, to - from);
    ranges.push(markFor(one).range(c.start, Math.min(c.end, length)));
  }

  // Codings taken out: from the small set always, from the big one only if some were in it.
  const wasRecent = new Set<number>();
  for (let it = value.recent.iter(); it.value; it.next()) wasRecent.add(it.value.spec.codingId as number);
  const keep = (_from: number, _to: number, d: Decoration) => !removed.has(d.spec.codingId as number);
  let recent = removed.size > 0 ? value.recent.update({ filter: keep }) : value.recent;
  let recentCount = value.recentCount - [...removed].filter((id) => wasRecent.has(id)).length;
  let decorations = value.decorations;
  let filterFrom = length;
  let filterTo = 0;
  for (const id of removed) {
    if (wasRecent.has(id)) continue;
    const c = value.laid.find((x) => x.id === id);
    if (!c) continue;
    filterFrom = Math.min(filterFrom, c.start);
    filterTo = Math.max(filterTo, Math.min(c.end, length));
  }
  if (filterFrom <= filterTo) decorations = decorations.update({ filter: keep, filterFrom, filterTo });

  if (ranges.length > 0) {
    if (recentCount + ranges.length <= RECENT_MAX) {
      recent = recent.update({ add: ranges, sort: true });
      recentCount += ranges.length;
    } else {
      // Folded into the big set once in a while: one rebuild for many codings added.
      const all = [...ranges];
      for (let it = recent.iter(); it.value; it.next()) all.push(it.value.range(it.from, it.to));
      decorations = decorations.update({ add: all, sort: true });
      recent = Decoration.none;
      recentCount = 0;
    }
  }
  return { input, laid, maxSpan, decorations, recent, recentCount, selected: selectedSet(laid, input.selectedId, length) };
}

/** The first index of a sorted list where `atOrAfter` holds (binary search). */
function firstIndex<T>(list: readonly T[], atOrAfter: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Codes that draw the same (a refreshed list with new counts redraws nothing). */
function sameLook(a: readonly Code[], b: readonly Code[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.color !== y.color || x.name !== y.name) return false;
  }
  return true;
}

function selectedSet(laid: readonly LaidCoding[], id: number | null, length: number): DecorationSet {
  const c = id === null ? undefined : laidById(laid, id);
  if (!c) return Decoration.none;
  return Decoration.set([selectedMark(c).range(c.start, Math.min(c.end, length))]);
}

const codingField = StateField.define<LayerValue>({
  create: () => ({ input: EMPTY_INPUT, laid: [], maxSpan: 0, decorations: Decoration.none, recent: Decoration.none, recentCount: 0, selected: Decoration.none }),
  update(value, tr) {
    let next = value;
    for (const e of tr.effects) {
      if (!e.is(setCodingLayer)) continue;
      const input = e.value;
      const sameCodes = sameLook(input.codes, next.input.codes);
      const length = tr.state.doc.length;
      const patchable = !tr.docChanged && !next.mapped && sameCodes;
      if (input.codings === next.input.codings && sameCodes) {
        // Memos only change what the stripes show: the highlights stay as they are.
        const laid = input.memos === next.input.memos ? next.laid : withMemos(next.laid, input.memos);
        next = { ...next, input, laid, selected: selectedSet(laid, input.selectedId, length) };
      } else {
        const patched = patchable ? patch(next, input, tr.state) : null;
        next = patched && input.memos !== next.input.memos ? { ...patched, laid: withMemos(patched.laid, input.memos) } : (patched ?? build(input, tr.state));
      }
    }
    if (tr.docChanged && next === value) {
      // The highlights follow the text; the laid list does not, so the next list is laid out afresh.
      next = { ...next, decorations: next.decorations.map(tr.changes), recent: next.recent.map(tr.changes), selected: next.selected.map(tr.changes), mapped: true };
    }
    return next;
  },
  provide: (f) => [
    EditorView.decorations.from(f, (v) => v.decorations),
    EditorView.decorations.from(f, (v) => v.recent),
    EditorView.decorations.from(f, (v) => v.selected),
  ],
});

const handlersField = StateField.define<CodingLayerHandlers | null>({
  create: () => null,
  update: (v) => v,
});

/** The codings the layer draws (sorted, with lanes): for tests and for the owner. */
export const laidCodings = (state: EditorState): readonly LaidCoding[] => state.field(codingField, false)?.laid ?? [];

/** The highlights the layer draws, by coding id and range, in document order: for tests. */
export function codingHighlights(state: EditorState): { id: number; from: number; to: number }[] {
  const out: { id: number; from: number; to: number }[] = [];
  const value = state.field(codingField, false);
  if (!value) return out;
  for (const set of [value.decorations, value.recent]) for (let it = set.iter(); it.value; it.next()) out.push({ id: it.value.spec.codingId as number, from: it.from, to: it.to });
  return out.sort((a, b) => a.from - b.from || b.to - a.to || a.id - b.id);
}

const LANE_WIDTH = 6;
const STRIPE_WIDTH = 4;
const STRIPE_MIN_HEIGHT = 6;
/** A label: 11 px text on a 15 px line, 4 px from its stripe, at least about four letters. */
const LABEL = { gap: 4, height: 15, minWidth: 34, padding: 2, font: '500 11px Inter, system-ui, sans-serif' } as const;
const measureLabel = labelMeasurer(LABEL.font, LABEL.padding);

class StripeMarker implements LayerMarker {
  constructor(
    readonly id: number,
    readonly color: string,
    readonly left: number,
    readonly top: number,
    readonly height: number,
    readonly selected: boolean,
    /** The code's name beside the stripe's start, in that width (0: no label). */
    readonly label: string,
    readonly labelWidth: number,
    readonly hasMemo: boolean,
  ) {}

  eq(other: StripeMarker): boolean {
    return (
      other.id === this.id &&
      other.color === this.color &&
      other.left === this.left &&
      other.top === this.top &&
      other.height === this.height &&
      other.selected === this.selected &&
      other.labelWidth === this.labelWidth &&
      other.label === this.label &&
      other.hasMemo === this.hasMemo
    );
  }

  draw(): HTMLElement {
    const el = document.createElement('div');
    this.apply(el);
    return el;
  }

  /**
   * Any stripe's element serves: CodeMirror pairs the drawn elements with the new markers by
   * position, so one coding added near the top would otherwise recreate every stripe below it.
   */
  update(dom: HTMLElement): boolean {
    this.apply(dom);
    return true;
  }

  private apply(el: HTMLElement) {
    el.className = this.selected ? 'cm-stripe cm-stripe-selected' : 'cm-stripe';
    el.dataset.codingId = String(this.id);
    el.style.left = `${this.left}px`;
    el.style.top = `${this.top}px`;
    el.style.height = `${this.height}px`;
    el.style.backgroundColor = this.color;
    el.style.setProperty('--coding-color', this.color);
    // Children in a fixed order: the memo marker, then the label.
    let child = el.firstElementChild as HTMLElement | null;
    let memo: HTMLElement | null = child?.classList.contains('cm-stripe-memo') ? child : null;
    if (this.hasMemo && !memo) {
      memo = document.createElement('span');
      memo.className = 'cm-stripe-memo';
      el.prepend(memo);
    } else if (!this.hasMemo && memo) {
      memo.remove();
      memo = null;
    }
    child = (memo ? memo.nextElementSibling : el.firstElementChild) as HTMLElement | null;
    let label: HTMLElement | null = child?.classList.contains('cm-stripe-label') ? child : null;
    if (this.labelWidth > 0) {
      if (!label) {
        label = document.createElement('span');
        label.className = 'cm-stripe-label';
        el.append(label);
      }
      if (label.textContent !== this.label) label.textContent = this.label;
      label.style.width = `${this.labelWidth}px`;
    } else if (label) {
      label.remove();
    }
  }
}

/** The stripes of the codings that meet the rendered viewport, clipped to it. */
function stripeMarkers(view: EditorView): StripeMarker[] {
  const value = view.state.field(codingField);
  if (value.laid.length === 0) return [];
  const scroller = view.scrollDOM.getBoundingClientRect();
  const baseLeft = scroller.left - view.scrollDOM.scrollLeft;
  const baseTop = scroller.top - view.scrollDOM.scrollTop;
  const content = view.contentDOM.getBoundingClientRect();
  // The text column's horizontal padding is on the lines (so that selections stay inside the text).
  const line = view.contentDOM.querySelector('.cm-line');
  const padRight = line ? parseFloat(getComputedStyle(line).paddingRight) || 0 : 0;
  const x0 = content.right - baseLeft - padRight + 14;
  const { from: vFrom, to: vTo } = view.viewport;
  const length = view.state.doc.length;
  const selectedId = value.input.selectedId;

  const y = (pos: number, side: 1 | -1): number | null => {
    const c = view.coordsAtPos(pos, side);
    return c ? (side === 1 ? c.top : c.bottom) - baseTop : null;
  };

  const boxes: (StripeBox & { coding: LaidCoding })[] = [];
  for (const c of value.laid) {
    // Sorted by start: nothing after the viewport can meet it.
    if (c.start >= vTo) break;
    if (c.end <= vFrom) continue;
    const from = Math.max(c.start, vFrom);
    const to = Math.min(c.end, vTo, length);
    if (from >= to) continue;
    const top = y(from, 1);
    const bottom = y(to, -1);
    if (top === null || bottom === null) continue;
    const height = Math.max(STRIPE_MIN_HEIGHT, Math.round(bottom - top));
    boxes.push({ id: c.id, codeId: c.codeId, left: x0 + c.lane * LANE_WIDTH, top: Math.round(top), height, name: c.name, isStart: c.start >= vFrom, coding: c });
  }
  // Labels stay inside what the pane shows (no horizontal scrolling for them).
  const right = view.scrollDOM.scrollLeft + view.scrollDOM.clientWidth - 6;
  const labels = placeStripeLabels(boxes, { right, measure: measureLabel, stripeWidth: STRIPE_WIDTH, gap: LABEL.gap, height: LABEL.height, minWidth: LABEL.minWidth });
  return boxes.map((b) => {
    const width = labels.get(b.id) ?? 0;
    return new StripeMarker(b.id, b.coding.color, b.left, b.top, b.height, b.id === selectedId, width > 0 ? b.name : '', width, b.coding.hasMemo);
  });
}

/** A small card beside a hovered stripe: the code, the start of its memo, what a click does. */
function showStripeTip(view: EditorView, stripe: HTMLElement, coding: LaidCoding) {
  let tip = view.dom.querySelector<HTMLElement>(':scope > .cm-stripe-tip');
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'cm-stripe-tip';
    tip.setAttribute('role', 'tooltip');
    tip.dataset.testid = 'stripe-tooltip';
    view.dom.appendChild(tip);
  }
  tip.replaceChildren();
  const head = document.createElement('div');
  head.className = 'cm-stripe-tip-code';
  const swatch = document.createElement('span');
  swatch.className = 'cm-stripe-tip-swatch';
  swatch.style.backgroundColor = coding.color;
  head.append(swatch, document.createTextNode(coding.name));
  tip.append(head);
  if (coding.memo) {
    const memo = document.createElement('div');
    memo.className = 'cm-stripe-tip-memo';
    memo.textContent = coding.memo;
    tip.append(memo);
  }
  const hint = view.state.field(handlersField)?.stripeHint?.();
  if (hint) {
    const h = document.createElement('div');
    h.className = 'cm-stripe-tip-hint';
    h.textContent = hint;
    tip.append(h);
  }
  const box = view.dom.getBoundingClientRect();
  const at = stripe.getBoundingClientRect();
  tip.style.display = 'block';
  const width = tip.offsetWidth;
  const left = at.left - box.left - width - 10;
  tip.style.left = `${Math.max(4, left)}px`;
  tip.style.top = `${Math.max(4, Math.min(at.top - box.top, box.height - tip.offsetHeight - 4))}px`;
  for (const el of view.contentDOM.querySelectorAll(`.cm-coding[data-coding-id="${coding.id}"]`)) el.classList.add('cm-coding-hover');
}

function hideStripeTip(view: EditorView) {
  const tip = view.dom.querySelector<HTMLElement>(':scope > .cm-stripe-tip');
  if (tip) tip.style.display = 'none';
  for (const el of view.contentDOM.querySelectorAll('.cm-coding-hover')) el.classList.remove('cm-coding-hover');
}

const stripes = layer({
  above: true,
  class: 'cm-stripes',
  update: (u) => u.docChanged || u.viewportChanged || u.geometryChanged || u.startState.field(codingField) !== u.state.field(codingField),
  markers: stripeMarkers,
  mount(dom, view) {
    const codingOf = (e: Event) => {
      const target = (e.target as HTMLElement).closest<HTMLElement>('.cm-stripe[data-coding-id]');
      const id = target ? Number(target.dataset.codingId) : NaN;
      const coding = laidById(view.state.field(codingField).laid, id);
      return target && coding ? { target, coding } : null;
    };
    dom.addEventListener('mousedown', (e) => {
      const hit = codingOf(e);
      if (!hit) return;
      e.preventDefault();
      e.stopPropagation();
      hideStripeTip(view);
      view.state.field(handlersField)?.onSelectCoding(hit.coding.id);
    });
    dom.addEventListener('mouseover', (e) => {
      const hit = codingOf(e);
      if (hit) showStripeTip(view, hit.target, hit.coding);
    });
    dom.addEventListener('mouseout', (e) => {
      if (codingOf(e)) hideStripeTip(view);
    });
  },
});

const layerTheme = EditorView.baseTheme({
  '.cm-coding': {
    backgroundColor: 'color-mix(in srgb, var(--coding-color) var(--coding-alpha, 24%), transparent)',
    borderRadius: '2px',
  },
  '.cm-coding-selected': {
    backgroundColor: 'color-mix(in srgb, var(--coding-color) var(--coding-alpha, 24%), transparent)',
    boxShadow: '0 1.5px 0 var(--coding-color)',
  },
  '.cm-coding-hover': { boxShadow: '0 0 0 1.5px var(--coding-color)' },
  '.cm-stripes': { pointerEvents: 'none' },
  '.cm-stripe': { pointerEvents: 'auto', width: `${STRIPE_WIDTH}px`, borderRadius: '2px', cursor: 'pointer', opacity: '0.85' },
  '.cm-stripe:hover, .cm-stripe-selected': { opacity: '1', width: '6px', marginLeft: '-1px' },
  // The label and the marker stay put when the stripe widens.
  '.cm-stripe:hover > *, .cm-stripe-selected > *': { marginLeft: '1px' },
  '.cm-stripe-label': {
    position: 'absolute',
    left: `${STRIPE_WIDTH + LABEL.gap}px`,
    top: '-1px',
    height: `${LABEL.height}px`,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    font: LABEL.font,
    fontFamily: 'var(--font-ui, sans-serif)',
    lineHeight: `${LABEL.height}px`,
    color: 'color-mix(in srgb, var(--coding-color) 62%, var(--text, #222))',
    userSelect: 'none',
  },
  '.cm-stripe:hover > .cm-stripe-label, .cm-stripe-selected > .cm-stripe-label': { color: 'var(--text, #222)' },
  // A memo: a ring at the start of the stripe (within the stripe's lane, so it never touches the next one).
  '.cm-stripe-memo': {
    position: 'absolute',
    left: '-1.5px',
    top: '-3px',
    width: '7px',
    height: '7px',
    boxSizing: 'border-box',
    borderRadius: '50%',
    border: '2px solid var(--coding-color)',
    background: 'var(--paper, #fff)',
  },
  '.cm-stripe-tip': {
    position: 'absolute',
    zIndex: '50',
    display: 'none',
    maxWidth: '300px',
    padding: '7px 10px',
    borderRadius: '7px',
    background: 'var(--tooltip-bg, #24221f)',
    color: 'var(--tooltip-text, #f6f4f0)',
    fontFamily: 'var(--font-ui, sans-serif)',
    fontSize: '12.5px',
    lineHeight: '1.4',
    pointerEvents: 'none',
    boxShadow: '0 4px 16px rgba(0, 0, 0, 0.18)',
  },
  '.cm-stripe-tip-code': { display: 'flex', alignItems: 'center', gap: '7px', fontWeight: '600' },
  '.cm-stripe-tip-swatch': { width: '9px', height: '9px', borderRadius: '3px', flex: 'none' },
  '.cm-stripe-tip-memo': { marginTop: '4px', fontFamily: 'var(--font-serif, serif)', fontStyle: 'italic', opacity: '0.92' },
  '.cm-stripe-tip-hint': { marginTop: '4px', fontSize: '11.5px', opacity: '0.7' },
});

/** Highlights, margin stripes (with their tooltips and clicks) for the codings of a transcript. */
export function codingLayer(handlers: CodingLayerHandlers): Extension {
  return [handlersField.init(() => handlers), codingField, stripes, layerTheme];
}

/** A binary min-heap: the lane allocator's active codings (by end) and free lanes. */
class MinHeap<T> {
  private items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.less(a[i]!, a[p]!) >= 0) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  /** Removes one item equal to `item` (the heap is small: a linear search is fine). */
  remove(item: T): void {
    const i = this.items.indexOf(item);
    if (i === -1) return;
    const last = this.items.pop()!;
    if (i < this.items.length) {
      this.items[i] = last;
      // Restore the heap: rebuilding is simplest for the few lanes there are.
      const all = this.items.splice(0);
      for (const x of all) this.push(x);
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
