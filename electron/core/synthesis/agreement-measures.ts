/**
 * Inter-coder agreement for two coders, one code, at character level: every UTF-16 unit of the
 * documents in scope is one unit, which each coder either coded with the code or did not. The four
 * counts of the 2 × 2 table give the three measures researchers report (formulas of the team-coding
 * issue; ARCHITECTURE.md §7). A measure without variation to measure is undefined: `null`, never 1
 * or NaN — a kappa of 1 on a table where nobody coded anything would be a lie in a methods section.
 */

export type AgreementCounts = { units: number; both: number; onlyA: number; onlyB: number; neither: number };
export type AgreementMeasures = { percent: number | null; kappa: number | null; alpha: number | null };

/** Denominators this close to zero mean “no variation”, not a huge measure (floating point). */
const EPSILON = 1e-12;

export function measuresOf({ units, both, onlyA, onlyB, neither }: AgreementCounts): AgreementMeasures {
  if (units <= 0) return { percent: null, kappa: null, alpha: null };
  const percent = (both + neither) / units;
  const pA = (both + onlyA) / units;
  const pB = (both + onlyB) / units;
  const expected = pA * pB + (1 - pA) * (1 - pB);
  const kappa = Math.abs(1 - expected) < EPSILON ? null : (percent - expected) / (1 - expected);
  // Krippendorff's alpha, nominal, two coders, binary values: 1 − (2N − 1)·D / (n0·n1).
  const n1 = 2 * both + onlyA + onlyB;
  const n0 = 2 * units - n1;
  const alpha = n0 * n1 === 0 ? null : 1 - ((2 * units - 1) * (onlyA + onlyB)) / (n0 * n1);
  return { percent, kappa, alpha };
}

export const addCounts = (a: AgreementCounts, b: AgreementCounts): AgreementCounts => ({
  units: a.units + b.units,
  both: a.both + b.both,
  onlyA: a.onlyA + b.onlyA,
  onlyB: a.onlyB + b.onlyB,
  neither: a.neither + b.neither,
});

export const NO_COUNTS: AgreementCounts = { units: 0, both: 0, onlyA: 0, onlyB: 0, neither: 0 };

type Range = { start: number; end: number };

/** Sorted, disjoint ranges covering what `ranges` cover: a unit coded twice by one coder counts once. */
export function unionOf(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

const lengthOf = (ranges: readonly Range[]) => ranges.reduce((n, r) => n + r.end - r.start, 0);

/** Units both disjoint sorted range lists cover (a linear merge). */
function overlapOf(a: readonly Range[], b: readonly Range[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    if (x.end <= y.end) i++;
    else j++;
  }
  return shared;
}

/**
 * The 2 × 2 counts for one code in one document of `length` units, from each coder's codings of
 * it (ranges clipped to the document).
 */
export function countDocument(length: number, a: readonly Range[], b: readonly Range[]): AgreementCounts {
  const clip = (rs: readonly Range[]) => unionOf(rs.map((r) => ({ start: Math.max(0, r.start), end: Math.min(length, r.end) })));
  const ua = clip(a);
  const ub = clip(b);
  const both = overlapOf(ua, ub);
  const onlyA = lengthOf(ua) - both;
  const onlyB = lengthOf(ub) - both;
  return { units: length, both, onlyA, onlyB, neither: length - both - onlyA - onlyB };
}
