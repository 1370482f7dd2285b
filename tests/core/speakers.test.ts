import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/test-core';

const FOCUS_GROUP = `Modératrice : Bienvenue à toutes et à tous.
Martine : Merci. Je commence ?
Karim B. : Vas-y.
Martine L. : Donc, la ville a tout externalisé.
Karim B. : Pas tout, quand même.`;

async function focusGroup() {
  const core = await createTestCore();
  const { imported } = await core.call('documents:import', { paths: [core.file('groupe.txt', FOCUS_GROUP)] });
  return { core, documentId: imported[0]!.id };
}

describe('speakers', () => {
  it('lists a document’s speakers in order, with their turns and words', async () => {
    const { core, documentId } = await focusGroup();
    expect(await core.call('speakers:list', { documentId })).toEqual([
      { name: 'Modératrice', turns: 1, words: 6, caseId: null, role: 'interviewer' },
      { name: 'Martine', turns: 1, words: 3, caseId: null, role: null },
      { name: 'Karim B.', turns: 2, words: 6, caseId: null, role: null },
      { name: 'Martine L.', turns: 1, words: 6, caseId: null, role: null },
    ]);
  });

  it('counts words in the text as it is now: after an edit, its undo, and a change made by another program', async () => {
    const { core, documentId } = await focusGroup();
    const words = async () => Object.fromEntries((await core.call('speakers:list', { documentId })).map((s) => [s.name, s.words]));
    expect(await words()).toMatchObject({ Martine: 3 });
    await core.call('documents:edit', { id: documentId, text: FOCUS_GROUP.replace('Merci. Je commence ?', 'Merci beaucoup. Je commence tout de suite ?') });
    expect(await words()).toMatchObject({ Martine: 7 });
    await core.call('history:undo', {});
    expect(await words()).toMatchObject({ Martine: 3 });
    // Same length in bytes, one word fewer: only the file's data version tells the core.
    const other = new Database(core.projectPath);
    other.prepare(`UPDATE documents SET text = replace(text, 'Je commence', 'Jecommence_') WHERE id = ?`).run(documentId);
    other.close();
    expect(await words()).toMatchObject({ Martine: 2 });
  });

  it('merges two speakers and renames one, without changing the text; both undoable', async () => {
    const { core, documentId } = await focusGroup();
    const textBefore = (await core.call('documents:get', { id: documentId })).text;
    await core.call('speakers:merge', { documentId, speakers: ['Martine', 'Martine L.'], into: 'Martine L.' });
    const renamed = await core.call('speakers:rename', { documentId, from: 'Karim B.', to: 'Karim Benali' });
    expect(renamed.map((s) => [s.name, s.turns])).toEqual([
      ['Modératrice', 1],
      ['Martine L.', 2],
      ['Karim Benali', 2],
    ]);
    expect((await core.call('documents:get', { id: documentId })).text).toBe(textBefore);
    await expect(core.call('speakers:rename', { documentId, from: 'Karim Benali', to: 'Martine L.' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(core.call('speakers:rename', { documentId, from: 'Personne', to: 'X' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await core.call('history:undo', {});
    await core.call('history:undo', {});
    expect((await core.call('speakers:list', { documentId })).map((s) => s.name)).toEqual(['Modératrice', 'Martine', 'Karim B.', 'Martine L.']);
  });

  it('links focus-group speakers to participants; the link follows a rename and shows on the case', async () => {
    const { core, documentId } = await focusGroup();
    const karim = await core.call('cases:create', { name: 'P02' });
    await core.call('speakers:link', { documentId, speaker: 'Karim B.', caseId: karim.id });
    await core.call('speakers:rename', { documentId, from: 'Karim B.', to: 'Karim Benali' });
    expect((await core.call('speakers:list', { documentId })).find((s) => s.name === 'Karim Benali')!.caseId).toBe(karim.id);
    expect((await core.call('cases:list', {}))[0]!.speakers).toEqual([{ documentId, speaker: 'Karim Benali' }]);
    await core.call('speakers:link', { documentId, speaker: 'Karim Benali', caseId: null });
    expect((await core.call('cases:list', {}))[0]!.speakers).toEqual([]);
  });
});
