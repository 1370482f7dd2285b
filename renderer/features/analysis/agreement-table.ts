import type { Agreement } from '../../../shared/contract';
import { csvText, type CsvConventions } from '../../../shared/csv';

/** The usual reading of Krippendorff's alpha (Krippendorff 2004): ≥ 0.8 reliable, ≥ 0.667 tentative. */
export type Band = 'reliable' | 'tentative' | 'insufficient' | 'undefined';

export function bandOf(value: number | null): Band {
  if (value === null) return 'undefined';
  if (value >= 0.8) return 'reliable';
  if (value >= 0.667) return 'tentative';
  return 'insufficient';
}

/** A measure with three decimals (a methods section reports κ = 0.742), `—` when undefined. */
export const formatMeasure = (value: number | null, locale: string): string =>
  value === null ? '—' : new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);

/** Percent agreement with one decimal. */
export const formatPercent = (value: number | null, locale: string): string =>
  value === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

/** The two coders with the most codings, most first: the comparison a lead most likely wants. */
export function defaultPair(coders: readonly { id: number; codings: number }[]): [number, number] | null {
  const ranked = coders.filter((c) => c.codings > 0).sort((a, b) => b.codings - a.codings || a.id - b.id);
  return ranked.length >= 2 ? [ranked[0]!.id, ranked[1]!.id] : null;
}

export type AgreementCsvLabels = {
  code: string;
  document: string;
  overall: string;
  units: string;
  both: string;
  only: (coder: string) => string;
  neither: string;
  percent: string;
  kappa: string;
  alpha: string;
};

/**
 * The agreement as a spreadsheet through the app's CSV writer: per code, then the overall row, then
 * per document; the 2 × 2 counts (characters) beside the measures, so a reader can recompute them.
 * Percent agreement is a share (0–1) like κ and α; measures are written unrounded; undefined ones are empty cells.
 */
export function agreementCsv(data: Agreement, labels: AgreementCsvLabels, conventions: CsvConventions): string {
  const [a, b] = data.coders.map((c) => c.name);
  const l = labels;
  const header = (first: string) => [first, l.units, l.both, l.only(a ?? 'A'), l.only(b ?? 'B'), l.neither, l.percent, l.kappa, l.alpha];
  const figures = (f: Agreement['overall']) => [f.units, f.both, f.onlyA, f.onlyB, f.neither, f.percent, f.kappa, f.alpha];
  return csvText(
    [
      header(labels.code),
      ...data.codes.map((c) => [c.path, ...figures(c)]),
      [labels.overall, ...figures(data.overall)],
      [],
      header(labels.document),
      ...data.documents.map((d) => [d.name, ...figures(d)]),
    ],
    conventions,
  );
}
