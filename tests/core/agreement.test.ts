import { describe, expect, it } from 'vitest';
import { countDocument, measuresOf } from '../../electron/core/synthesis/agreement-measures';
import { createTestCore } from '../helpers/test-core';
import { HUNDRED, twoCoderStudy } from '../helpers/two-coders';

// Three copies of one text, imported on purpose (the import asks before adding a text already there).
const twoCoders = () => twoCoderStudy([HUNDRED, HUNDRED, HUNDRED], { allowDuplicates: true });

describe('agreement measures, by hand', () => {
  it('A on 0–40, B on 20–60 of 100 units', () => {
    const counts = countDocument(100, [{ start: 0, end: 40 }], [{ start: 20, end: 60 }]);
    expect(counts).toEqual({ units: 100, both: 20, onlyA: 20, onlyB: 20, neither: 40 });
    const m = measuresOf(counts);
    expect(m.percent).toBeCloseTo(0.6, 12);
    // pA = pB = 0.4; Pe = 0.16 + 0.36 = 0.52; kappa = 0.08 / 0.48.
    expect(m.kappa).toBeCloseTo(1 / 6, 12);
    // N = 100, D = 40, n1 = 80, n0 = 120: alpha = 1 − 199·40 / 9600.
    expect(m.alpha).toBeCloseTo(1 - 7960 / 9600, 12);
  });

  it('perfect agreement with variation is 1; no variation at all is undefined, never 1 or NaN', () => {
    expect(measuresOf(countDocument(100, [{ start: 10, end: 30 }], [{ start: 10, end: 30 }]))).toEqual({ percent: 1, kappa: 1, alpha: 1 });
    // Nobody coded: pA = pB = 0, Pe = 1; n1 = 0.
    expect(measuresOf(countDocument(100, [], []))).toEqual({ percent: 1, kappa: null, alpha: null });
    // Both coded everything: Pe = 1; n0 = 0.
    expect(measuresOf(countDocument(100, [{ start: 0, end: 100 }], [{ start: 0, end: 100 }]))).toEqual({ percent: 1, kappa: null, alpha: null });
    expect(measuresOf({ units: 0, both: 0, onlyA: 0, onlyB: 0, neither: 0 })).toEqual({ percent: null, kappa: null, alpha: null });
  });

  it('a unit one coder covered twice counts once, and ranges past the end are clipped', () => {
    const counts = countDocument(50, [{ start: 0, end: 20 }, { start: 10, end: 30 }, { start: 25, end: 80 }], [{ start: 40, end: 45 }]);
    expect(counts).toEqual({ units: 50, both: 5, onlyA: 45, onlyB: 0, neither: 0 });
    // pA = 1 → Pe = pB = 0.1, kappa = (0.1 − 0.1) / 0.9 = 0; n1 = 55, n0 = 45: alpha = 1 − 99·45 / 2475.
    const m = measuresOf(counts);
    expect(m.kappa).toBeCloseTo(0, 12);
    expect(m.alpha).toBeCloseTo(1 - (99 * 45) / (45 * 55), 12);
  });

  it('total disagreement gives a negative kappa and alpha', () => {
    const m = measuresOf(countDocument(100, [{ start: 0, end: 50 }], [{ start: 50, end: 100 }]));
    expect(m.percent).toBe(0);
    expect(m.kappa).toBeCloseTo(-1, 12);
    // N = 100, D = 100, n1 = n0 = 100: alpha = 1 − 199·100 / 10000 = −0.99.
    expect(m.alpha).toBeCloseTo(-0.99, 12);
  });
});

describe('synthesis:agreement', () => {
  it('per code, per document and overall, over the documents both coders coded', async () => {
    const s = await twoCoders();
    expect((await s.core.call('documents:get', { id: s.doc('E01') })).text).toHaveLength(100);
    await s.as(s.a, 'E01', s.x.id, 0, 40);
    await s.as(s.b, 'E01', s.x.id, 20, 60);
    await s.as(s.a, 'E02', s.x.id, 10, 30);
    await s.as(s.b, 'E02', s.x.id, 10, 30);
    await s.as(s.b, 'E02', s.y.id, 0, 100);
    // E03: only Alice coded it, so it is not in the default scope.
    await s.as(s.a, 'E03', s.x.id, 0, 100);

    const r = await s.core.call('synthesis:agreement', { coders: [s.a.id, s.b.id] });
    expect(r.coders.map((c) => c.name)).toEqual(['Alice', 'Bruno']);
    expect(r.documents.map((d) => d.name)).toEqual(['E01', 'E02']);
    const x = r.codes.find((c) => c.path === 'X')!;
    // E01: 20/20/20/40; E02: 20/0/0/80.
    expect(x).toMatchObject({ units: 200, both: 40, onlyA: 20, onlyB: 20, neither: 120 });
    expect(x.percent).toBeCloseTo(0.8, 12);
    // pA = pB = 0.3; Pe = 0.09 + 0.49 = 0.58; kappa = 0.22 / 0.42.
    expect(x.kappa).toBeCloseTo(0.22 / 0.42, 12);
    // N = 200, D = 40, n1 = 120, n0 = 280: alpha = 1 − 399·40 / 33600.
    expect(x.alpha).toBeCloseTo(1 - (399 * 40) / 33600, 12);
    const y = r.codes.find((c) => c.path === 'Y')!;
    expect(y).toMatchObject({ units: 200, both: 0, onlyA: 0, onlyB: 100, neither: 100, percent: 0.5 });
    // pA = 0 → Pe = 1 − pB = 0.5; kappa = 0 / 0.5.
    expect(y.kappa).toBeCloseTo(0, 12);
    expect(r.overall).toMatchObject({ units: 400, both: 40, onlyA: 20, onlyB: 120, neither: 220 });
    expect(r.documents.find((d) => d.name === 'E02')).toMatchObject({ units: 200, both: 20, onlyA: 0, onlyB: 100, neither: 80 });
  });

  it('limits to the codes and documents asked, and says so when coders or codes are unknown', async () => {
    const s = await twoCoders();
    await s.as(s.a, 'E01', s.x.id, 0, 40);
    await s.as(s.b, 'E01', s.x.id, 20, 60);
    const only = await s.core.call('synthesis:agreement', { coders: [s.a.id, s.b.id], codeIds: [s.y.id], documentIds: [s.doc('E01'), s.doc('E03')] });
    expect(only.documents.map((d) => d.name)).toEqual(['E01', 'E03']);
    expect(only.codes).toEqual([expect.objectContaining({ path: 'Y', units: 200, neither: 200, percent: 1, kappa: null, alpha: null })]);
    await expect(s.core.call('synthesis:agreement', { coders: [s.a.id, s.a.id] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(s.core.call('synthesis:agreement', { coders: [s.a.id, 999] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.core.call('synthesis:agreement', { coders: [s.a.id, s.b.id], codeIds: [999] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('counts UTF-16 units of the stored text (an emoji is two)', async () => {
    const core = await createTestCore();
    const text = 'Camille : Le quartier 🏙️ a changé.';
    await core.call('documents:import', { paths: [core.file('E.txt', text)] });
    const [doc] = await core.call('documents:list', {});
    const code = await core.call('codes:create', { name: 'Q', parentId: null });
    const a = await core.call('coders:use', { name: 'A' });
    await core.call('codings:apply', { documentId: doc!.id, codeId: code.id, start: 10, end: 20 });
    const b = await core.call('coders:use', { name: 'B' });
    await core.call('codings:apply', { documentId: doc!.id, codeId: code.id, start: 10, end: 20 });
    const r = await core.call('synthesis:agreement', { coders: [a.id, b.id] });
    expect(r.codes[0]!.units).toBe(text.length);
    expect(r.codes[0]!.both).toBe(10);
  });
});

describe('coders', () => {
  it('records codings for the current coder, remembers it in the project, and renames', async () => {
    const core = await createTestCore();
    await core.call('documents:import', { paths: [core.file('E01.txt', HUNDRED)] });
    const [doc] = await core.call('documents:list', {});
    const code = await core.call('codes:create', { name: 'X', parentId: null });
    const first = (await core.call('project:current', {}))!.coder;
    expect(first.name).toBe('Codeur 1');
    const renamed = await core.call('coders:rename', { id: first.id, name: '  Claire   Dubois ' });
    expect(renamed).toEqual({ id: first.id, name: 'Claire Dubois' });
    const marc = await core.call('coders:use', { name: 'Marc' });
    const coding = await core.call('codings:apply', { documentId: doc!.id, codeId: code.id, start: 0, end: 9 });
    expect(coding.coderId).toBe(marc.id);
    await expect(core.call('coders:rename', { id: marc.id, name: 'Claire Dubois' })).rejects.toMatchObject({ code: 'CONFLICT' });
    // Only for this session: the project's coder stays Marc.
    const visitor = await core.call('coders:use', { name: 'Invité', remember: false });
    expect(visitor.id).not.toBe(marc.id);
    await core.close();
    await core.call('project:open', { path: core.projectPath });
    expect((await core.call('project:current', {}))!.coder).toEqual(marc);
    expect((await core.call('coders:list', {})).map((c) => [c.name, c.codings])).toEqual([
      ['Claire Dubois', 0],
      ['Marc', 1],
      ['Invité', 0],
    ]);
  });
});

describe('agreement in the report', () => {
  it('states the agreement of the two coders in the method, measured before anonymization; nothing with one coder', async () => {
    const s = await twoCoders();
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const report = async (name: string) => {
      const path = join(s.core.dir, name);
      await s.core.call('exports:write', { format: 'md', path });
      return readFileSync(path, 'utf8');
    };
    await s.as(s.a, 'E01', s.x.id, 0, 40);
    expect(await report('one.md')).not.toContain('inter-codeurs');
    await s.as(s.b, 'E01', s.x.id, 20, 60);
    await s.as(s.a, 'E02', s.x.id, 10, 30);
    await s.as(s.b, 'E02', s.x.id, 10, 30);
    await s.as(s.b, 'E02', s.y.id, 0, 100);
    await s.as(s.a, 'E03', s.x.id, 0, 100);
    // Over E01 and E02, codes X and Y: 400 units, both 40, onlyA 20, onlyB 120, neither 220 —
    // percent 0.65; pA 0.15, pB 0.4, Pe 0.57, kappa 0.08 / 0.43 ≈ 0.19; alpha 1 − 799·140 / (580·220) ≈ 0.12.
    expect(await report('two.md')).toContain(
      'Fiabilité inter-codeurs : Alice et Bruno ont codé les mêmes 2 transcriptions ; à l’échelle du caractère, accord de 65,0 %, kappa de Cohen 0,19, alpha de Krippendorff 0,12.',
    );
  });
});
