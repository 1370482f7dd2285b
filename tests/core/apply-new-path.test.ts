/**
 * `codings:applyNew` with `parents`: the palette's `Gouvernance/Confiance` creates the missing codes
 * of the path (reusing those that exist, as the CLI's `--code "A/B"` does) and applies the last one,
 * all in one undoable step.
 */
import { describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/test-core';

const TEXT = `Enquêtrice : Et la confiance des habitants ?
Martine Lebrun : La confiance se perd en une semaine et se regagne en des années.`;

async function setup() {
  const core = await createTestCore();
  const { imported } = await core.call('documents:import', { paths: [core.file('E01.txt', TEXT)] });
  const documentId = imported[0]!.id;
  const start = TEXT.indexOf('La confiance se perd');
  const range = { documentId, start, end: start + 'La confiance se perd'.length };
  const state = async () => ({ codes: await core.call('codes:list', {}), codings: await core.call('codings:listByDocument', { documentId }) });
  return { core, range, state };
}

describe('codings:applyNew with a path', () => {
  it('creates the whole hierarchy and applies its last code; one undo removes it all, redo brings it back', async () => {
    const s = await setup();
    const before = await s.state();
    const { code, coding } = await s.core.call('codings:applyNew', { ...s.range, name: 'Confiance', parents: ['Gouvernance', 'Relations'] });
    const codes = await s.core.call('codes:list', {});
    const byName = new Map(codes.map((c) => [c.name, c]));
    expect(codes.map((c) => c.name)).toEqual(['Gouvernance', 'Relations', 'Confiance']);
    expect(byName.get('Gouvernance')!.parentId).toBeNull();
    expect(byName.get('Relations')!.parentId).toBe(byName.get('Gouvernance')!.id);
    expect(code).toMatchObject({ name: 'Confiance', parentId: byName.get('Relations')!.id, codings: 1 });
    expect(coding.codeId).toBe(code.id);
    // Three codes, three colours.
    expect(new Set(codes.map((c) => c.color)).size).toBe(3);
    const after = await s.state();

    await s.core.call('history:undo', {});
    expect(await s.state()).toEqual(before);
    await s.core.call('history:redo', {});
    expect(await s.state()).toEqual(after);
  });

  it('reuses parents that exist (case and spaces ignored) and refuses a last code that exists', async () => {
    const s = await setup();
    const gouvernance = await s.core.call('codes:create', { name: 'Gouvernance', parentId: null });
    const { code } = await s.core.call('codings:applyNew', { ...s.range, name: 'Confiance', parents: [' gouvernance '] });
    expect(code.parentId).toBe(gouvernance.id);
    expect(await s.core.call('codes:list', {})).toHaveLength(2);

    const before = await s.state();
    await expect(s.core.call('codings:applyNew', { ...s.range, name: 'CONFIANCE', parents: ['Gouvernance'] })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { id: code.id },
    });
    expect(await s.state()).toEqual(before);
  });

  it('leaves the project as it was when the range is wrong or the parent is unknown', async () => {
    const s = await setup();
    const before = await s.state();
    await expect(s.core.call('codings:applyNew', { ...s.range, end: 10_000, name: 'B', parents: ['A'] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(s.core.call('codings:applyNew', { ...s.range, name: 'B', parentId: 999, parents: ['A'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.core.call('codings:applyNew', { ...s.range, name: 'B', parents: ['  '] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await s.state()).toEqual(before);
  });
});

describe('codings:applyNew with the ticked codes', () => {
  it('creates the code and applies it with existing codes in one undoable step', async () => {
    const s = await setup();
    const a = await s.core.call('codes:create', { name: 'Attentes', parentId: null });
    const b = await s.core.call('codes:create', { name: 'Temporalité', parentId: null });
    const before = await s.state();
    const { code, coding, also } = await s.core.call('codings:applyNew', { ...s.range, name: 'Confiance', parents: ['Gouvernance'], alsoCodeIds: [a.id, b.id, a.id] });
    expect(also?.map((c) => [c.codeId, c.start, c.end])).toEqual([
      [a.id, coding.start, coding.end],
      [b.id, coding.start, coding.end],
    ]);
    expect((await s.core.call('codings:listByDocument', { documentId: s.range.documentId })).map((c) => c.codeId).sort()).toEqual([a.id, b.id, code.id].sort());
    await s.core.call('history:undo', {});
    expect(await s.state()).toEqual(before);
  });

  it('refuses a folder or an unknown code among them, changing nothing', async () => {
    const s = await setup();
    const folder = await s.core.call('codes:create', { name: 'Dossier', parentId: null });
    await s.core.call('codes:update', { id: folder.id, isCodable: false });
    const before = await s.state();
    await expect(s.core.call('codings:applyNew', { ...s.range, name: 'X', alsoCodeIds: [folder.id] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(s.core.call('codings:applyNew', { ...s.range, name: 'X', alsoCodeIds: [999] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await s.state()).toEqual(before);
  });
});
