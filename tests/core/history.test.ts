import { describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/test-core';

/** Everything a user can see of the project, to compare states before and after undo/redo. */
async function snapshot(core: Awaited<ReturnType<typeof createTestCore>>) {
  const documents = await core.call('documents:list', {});
  const codes = await core.call('codes:list', {});
  const details = await Promise.all(documents.map((d) => core.call('documents:get', { id: d.id })));
  const codings = await Promise.all(documents.map((d) => core.call('codings:listByDocument', { documentId: d.id })));
  return { documents, codes, details, codings };
}

describe('undo and redo', () => {
  it('starts with nothing to undo and refuses an undo then', async () => {
    const core = await createTestCore();
    await expect(core.call('history:state', {})).resolves.toEqual({ canUndo: false, canRedo: false, undo: null, redo: null });
    await expect(core.call('history:undo', {})).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('reverts and re-applies every operation of the first slice, back to identical states', async () => {
    const core = await createTestCore();
    const states = [await snapshot(core)];
    const { imported } = await core.call('documents:import', {
      paths: [core.file('E01.txt', 'Premier paragraphe.\n\nDeuxième paragraphe, plus long.'), core.file('E02.txt', 'Autre entretien.')],
    });
    states.push(await snapshot(core));
    const parent = await core.call('codes:create', { name: 'Gouvernance', parentId: null });
    states.push(await snapshot(core));
    const child = await core.call('codes:create', { name: 'Souveraineté', parentId: parent.id });
    states.push(await snapshot(core));
    const coding = await core.call('codings:apply', { documentId: imported[0]!.id, codeId: child.id, start: 0, end: 7 });
    states.push(await snapshot(core));
    await core.call('codings:apply', { documentId: imported[0]!.id, codeId: parent.id, start: 3, end: 12 });
    states.push(await snapshot(core));
    await core.call('codings:remove', { id: coding.id });
    states.push(await snapshot(core));
    await core.call('documents:rename', { id: imported[1]!.id, name: 'E02 — prestataire' });
    states.push(await snapshot(core));
    await core.call('documents:delete', { id: imported[0]!.id });
    states.push(await snapshot(core));

    for (let i = states.length - 2; i >= 0; i--) {
      await core.call('history:undo', {});
      expect(await snapshot(core), `after undoing to state ${i}`).toEqual(states[i]);
    }
    expect((await core.call('history:state', {})).canUndo).toBe(false);
    for (let i = 1; i < states.length; i++) {
      await core.call('history:redo', {});
      expect(await snapshot(core), `after redoing to state ${i}`).toEqual(states[i]);
    }
    expect((await core.call('history:state', {})).canRedo).toBe(false);
  });

  it('names what the next undo and redo would do', async () => {
    const core = await createTestCore();
    await core.call('codes:create', { name: 'Confiance', parentId: null });
    expect(await core.call('history:state', {})).toMatchObject({ canUndo: true, undo: { action: 'codes:create', subject: 'Confiance' } });
    await core.call('history:undo', {});
    expect(await core.call('history:state', {})).toMatchObject({ canRedo: true, redo: { action: 'codes:create', subject: 'Confiance' } });
  });

  it('drops the redo stack when a new operation is made', async () => {
    const core = await createTestCore();
    await core.call('codes:create', { name: 'A', parentId: null });
    await core.call('history:undo', {});
    await core.call('codes:create', { name: 'B', parentId: null });
    expect((await core.call('history:state', {})).canRedo).toBe(false);
    expect((await core.call('codes:list', {})).map((c) => c.name)).toEqual(['B']);
  });

  it('survives closing and reopening the project', async () => {
    const core = await createTestCore();
    await core.call('codes:create', { name: 'A', parentId: null });
    await core.call('codes:create', { name: 'B', parentId: null });
    await core.call('history:undo', {});
    await core.close();
    await core.call('project:open', { path: core.projectPath });
    expect(await core.call('history:state', {})).toMatchObject({ canUndo: true, canRedo: true });
    await core.call('history:redo', {});
    await core.call('history:undo', {});
    await core.call('history:undo', {});
    expect(await core.call('codes:list', {})).toEqual([]);
  });

  it('tells views what changed, through project:changed events', async () => {
    const core = await createTestCore();
    await core.call('codes:create', { name: 'A', parentId: null });
    await core.call('history:undo', {});
    const changes = core.events.filter((e) => e.name === 'project:changed').map((e) => e.payload);
    expect(changes).toEqual([{ entities: ['history', 'codes'] }, { entities: ['history', 'codes'] }]);
  });

  it('does not record reads or refused operations', async () => {
    const core = await createTestCore();
    await core.call('codes:create', { name: 'A', parentId: null });
    await core.call('codes:list', {});
    await expect(core.call('codes:create', { name: 'a', parentId: null })).rejects.toMatchObject({ code: 'CONFLICT' });
    await core.call('history:undo', {});
    expect((await core.call('history:state', {})).canUndo).toBe(false);
  });
});
