import { describe, expect, it } from 'vitest';
import { contextWindow, exclusiveRuns } from '../../electron/core/synthesis/disagreements';
import { HUNDRED, twoCoderStudy } from '../helpers/two-coders';

const twoCoders = () => twoCoderStudy();

describe('exclusiveRuns', () => {
  it('gives the maximal runs covered by exactly one side, split where the side changes', () => {
    expect(exclusiveRuns([{ start: 0, end: 40 }], [{ start: 20, end: 60 }])).toEqual([
      { start: 0, end: 20, side: 'a' },
      { start: 40, end: 60, side: 'b' },
    ]);
    expect(exclusiveRuns([{ start: 0, end: 10 }], [{ start: 10, end: 20 }])).toEqual([
      { start: 0, end: 10, side: 'a' },
      { start: 10, end: 20, side: 'b' },
    ]);
    expect(exclusiveRuns([{ start: 5, end: 10 }], [{ start: 5, end: 10 }])).toEqual([]);
    expect(exclusiveRuns([{ start: 0, end: 10 }, { start: 30, end: 40 }], [{ start: 0, end: 40 }])).toEqual([{ start: 10, end: 30, side: 'b' }]);
  });
});

describe('contextWindow', () => {
  it('gives up to 120 characters each side, never starting or ending inside a word, and all of a short text', () => {
    const words = 'mot '.repeat(100);
    const w = contextWindow(words, { start: 200, end: 204 });
    expect(w.from).toBeGreaterThanOrEqual(80);
    expect(w.to).toBeLessThanOrEqual(324);
    expect(words[w.from - 1]).toBe(' ');
    expect(words[w.to]).toBe(' ');
    expect(contextWindow('court texte', { start: 0, end: 5 })).toEqual({ from: 0, to: 11 });
  });
});

describe('synthesis:disagreements', () => {
  it('lists per document the passages one coder coded and not the other, with their codings and context; they sum to onlyA + onlyB', async () => {
    const s = await twoCoders();
    const alice = await s.as(s.a, 'E01', s.x.id, 0, 40);
    const bruno = await s.as(s.b, 'E01', s.x.id, 20, 60);
    await s.as(s.a, 'E02', s.x.id, 10, 30);
    await s.as(s.b, 'E02', s.x.id, 10, 30);
    await s.as(s.b, 'E02', s.y.id, 50, 70);

    const r = await s.core.call('synthesis:disagreements', { coders: [s.a.id, s.b.id], codeId: s.x.id });
    // E02 agrees fully on X: it is not listed.
    expect(r.documents.map((d) => d.name)).toEqual(['E01']);
    const [onlyA, onlyB] = r.documents[0]!.passages;
    expect(onlyA).toMatchObject({ coderId: s.a.id, start: 0, end: 20, text: HUNDRED.slice(0, 20), before: '', after: HUNDRED.slice(20, 100), beforeCut: false, afterCut: false });
    expect(onlyA!.codings).toEqual([{ id: alice.id, start: 0, end: 40 }]);
    expect(onlyB).toMatchObject({ coderId: s.b.id, start: 40, end: 60, before: HUNDRED.slice(0, 40), after: HUNDRED.slice(60) });
    expect(onlyB!.codings).toEqual([{ id: bruno.id, start: 20, end: 60 }]);
    // Each coder's coding within the shown window, for the side-by-side view.
    expect(onlyA!.coverage).toEqual([
      { coderId: s.a.id, start: 0, end: 40 },
      { coderId: s.b.id, start: 20, end: 60 },
    ]);

    const agreement = await s.core.call('synthesis:agreement', { coders: [s.a.id, s.b.id], codeIds: [s.x.id] });
    const lengths = (coder: number) => r.documents.flatMap((d) => d.passages).filter((p) => p.coderId === coder).reduce((n, p) => n + p.end - p.start, 0);
    expect(lengths(s.a.id)).toBe(agreement.codes[0]!.onlyA);
    expect(lengths(s.b.id)).toBe(agreement.codes[0]!.onlyB);

    // The document scope narrows it; bad input is refused.
    expect((await s.core.call('synthesis:disagreements', { coders: [s.a.id, s.b.id], codeId: s.x.id, documentIds: [s.doc('E02')] })).documents).toEqual([]);
    await expect(s.core.call('synthesis:disagreements', { coders: [s.a.id, s.a.id], codeId: s.x.id })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(s.core.call('synthesis:disagreements', { coders: [s.a.id, 999], codeId: s.x.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.core.call('synthesis:disagreements', { coders: [s.a.id, s.b.id], codeId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('codings:copyToCoder', () => {
  it('copies a coding to the other coder under the one-passage rule, changes the agreement, and undoes', async () => {
    const s = await twoCoders();
    const alice = await s.as(s.a, 'E01', s.x.id, 0, 40);
    await s.as(s.b, 'E01', s.x.id, 20, 60);
    const before = await s.core.call('synthesis:agreement', { coders: [s.a.id, s.b.id] });
    expect(before.overall).toMatchObject({ both: 20, onlyA: 20, onlyB: 20 });

    const kept = await s.core.call('codings:copyToCoder', { codingId: alice.id, coderId: s.b.id });
    // Bruno's 20–60 touches the copy: one passage 0–60 for Bruno, Alice's coding untouched.
    expect(kept).toMatchObject({ coderId: s.b.id, codeId: s.x.id, start: 0, end: 60 });
    expect(await s.core.call('codings:get', { id: alice.id })).toMatchObject({ coderId: s.a.id, start: 0, end: 40 });
    const after = await s.core.call('synthesis:agreement', { coders: [s.a.id, s.b.id] });
    expect(after.overall).toMatchObject({ both: 40, onlyA: 0, onlyB: 20 });

    await s.core.call('history:undo', {});
    expect((await s.core.call('synthesis:agreement', { coders: [s.a.id, s.b.id] })).overall).toMatchObject({ both: 20, onlyA: 20, onlyB: 20 });

    // Only a part of it: Alice's 0–40 has Bruno missing 0–20 (Bruno 20–60): copying 0–10 leaves 10–20 disputed.
    await s.core.call('codings:copyToCoder', { codingId: alice.id, coderId: s.b.id, start: 0, end: 10 });
    expect((await s.core.call('synthesis:agreement', { coders: [s.a.id, s.b.id] })).overall).toMatchObject({ both: 30, onlyA: 10, onlyB: 20 });
    await expect(s.core.call('codings:copyToCoder', { codingId: alice.id, coderId: s.b.id, start: 30, end: 50 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(s.core.call('codings:copyToCoder', { codingId: 999, coderId: s.b.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.core.call('codings:copyToCoder', { codingId: alice.id, coderId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('codings:removeRange', () => {
  it('shrinks a coding, splits it around a middle range, or removes it, in one undoable step each', async () => {
    const s = await twoCoders();
    const coding = await s.as(s.a, 'E01', s.x.id, 0, 60);
    const spans = async () =>
      (await s.core.call('codings:list', { codeIds: [s.x.id] })).map((c) => [c.start, c.end]).sort((p, q) => p[0]! - q[0]!);

    // A range at the end shrinks it (same id).
    expect((await s.core.call('codings:removeRange', { id: coding.id, start: 40, end: 60 })).remaining).toMatchObject([{ id: coding.id, start: 0, end: 40 }]);
    // A range in the middle splits it: the first piece keeps the id.
    const split = await s.core.call('codings:removeRange', { id: coding.id, start: 10, end: 20 });
    expect(split.remaining.map((c) => [c.start, c.end])).toEqual([
      [0, 10],
      [20, 40],
    ]);
    expect(split.remaining[0]!.id).toBe(coding.id);
    expect(await spans()).toEqual([
      [0, 10],
      [20, 40],
    ]);
    // Undo restores the coding as it was before the split, in one step.
    await s.core.call('history:undo', {});
    expect(await spans()).toEqual([[0, 40]]);
    // Covering the whole coding removes it; a remainder of white space alone is not kept (OTHER[10] is a space).
    expect((await s.core.call('codings:removeRange', { id: coding.id, start: 0, end: 40 })).remaining).toEqual([]);
    expect(await spans()).toEqual([]);
    await s.core.call('history:undo', {});
    expect((await s.core.call('codings:removeRange', { id: coding.id, start: 0, end: 9 })).remaining.map((c) => [c.start, c.end])).toEqual([[9, 40]]);
    const short = await s.as(s.a, 'E02', s.x.id, 0, 11);
    expect((await s.core.call('codings:removeRange', { id: short.id, start: 0, end: 10 })).remaining).toEqual([]);

    await expect(s.core.call('codings:removeRange', { id: 999, start: 0, end: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.core.call('codings:removeRange', { id: coding.id, start: 5, end: 5 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
