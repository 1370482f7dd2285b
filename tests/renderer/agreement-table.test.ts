import { describe, expect, it } from 'vitest';
import { agreementCsv, bandOf, defaultPair, formatMeasure } from '../../renderer/features/analysis/agreement-table';
import { segmentsOf } from '../../renderer/features/analysis/disagreement-segments';
import { CSV_LOCALES } from '../../shared/csv';

describe('agreement table helpers', () => {
  it('reads alpha on the usual bands, undefined apart', () => {
    expect([0.8, 0.79, 0.667, 0.666, -0.2, null].map(bandOf)).toEqual(['reliable', 'tentative', 'tentative', 'insufficient', 'insufficient', 'undefined']);
    expect(formatMeasure(0.74166, 'fr-FR')).toBe('0,742');
    expect(formatMeasure(1, 'en-GB')).toBe('1.000');
    expect(formatMeasure(null, 'en-GB')).toBe('—');
  });

  it('defaults to the two coders with the most codings, and to none without two who coded', () => {
    expect(defaultPair([{ id: 1, codings: 3 }, { id: 2, codings: 9 }, { id: 3, codings: 5 }])).toEqual([2, 3]);
    expect(defaultPair([{ id: 1, codings: 3 }, { id: 2, codings: 0 }])).toBeNull();
  });

  it('writes the CSV with the counts, the locale’s decimal mark and empty cells for undefined measures', () => {
    const figures = { units: 100, both: 20, onlyA: 20, onlyB: 20, neither: 40, percent: 0.6, kappa: 1 / 6, alpha: null };
    const csv = agreementCsv(
      { coders: [{ id: 1, name: 'Alice' }, { id: 2, name: 'Bruno' }], codes: [{ codeId: 5, path: 'A/B', ...figures }], documents: [{ documentId: 7, name: 'E01', ...figures }], overall: figures },
      { code: 'Code', document: 'Entretien', overall: 'Ensemble', units: 'Unités', both: 'Les deux', only: (c) => `Seul ${c}`, neither: 'Aucun', percent: 'Accord', kappa: 'kappa', alpha: 'alpha' },
      CSV_LOCALES.fr,
    );
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('Code;Unités;Les deux;Seul Alice;Seul Bruno;Aucun;Accord;kappa;alpha');
    expect(lines[1]).toBe(`A/B;100;20;20;20;40;0,6;${String(1 / 6).replace('.', ',')};`);
    expect(lines[2]).toMatch(/^Ensemble;100;/);
    expect(lines[4]).toMatch(/^Entretien;/);
    expect(lines[5]).toMatch(/^E01;100;/);
  });
});

describe('segmentsOf', () => {
  // Document offsets 10–30 shown: before 10–15, disputed run 15–20, after 20–30.
  const passage = { start: 15, end: 20, before: 'aaaaa', text: 'bbbbb', after: 'cccccccccc' };
  it('marks, on the side of the coder who coded the run, what they coded around it and the run itself', () => {
    expect(segmentsOf(passage, [{ start: 12, end: 20 }])).toEqual([
      { kind: 'context', text: 'aa' },
      { kind: 'agreed', text: 'aaa' },
      { kind: 'disputed', text: 'bbbbb' },
      { kind: 'context', text: 'cccccccccc' },
    ]);
  });
  it('marks the run as absent on the side of the coder who did not code it', () => {
    expect(segmentsOf(passage, [{ start: 12, end: 15 }])).toEqual([
      { kind: 'context', text: 'aa' },
      { kind: 'agreed', text: 'aaa' },
      { kind: 'absent', text: 'bbbbb' },
      { kind: 'context', text: 'cccccccccc' },
    ]);
  });
});
