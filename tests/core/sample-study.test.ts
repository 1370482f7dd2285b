import { describe, expect, it } from 'vitest';
import { SAMPLE_CODINGS, SAMPLE_INTERVIEWS } from '../../electron/core/sample/sample-texts';
import { createTestCore } from '../helpers/test-core';

describe('the sample study', () => {
  it('is created on first use in the data folder with its interviews, codebook and codings, and reopened after', async () => {
    const core = await createTestCore({ open: false });
    const info = await core.call('project:openSample', {});
    expect(info).toMatchObject({ isSample: true, documents: SAMPLE_INTERVIEWS.length, codings: SAMPLE_CODINGS.length });
    expect(info.path.startsWith(core.dataDir)).toBe(true);
    const codes = await core.call('codes:list', {});
    expect(codes.find((c) => c.name === 'Souveraineté')).toMatchObject({ codings: 4, documents: 3 });
    // Participants with actor groups, linked to their interviews and to their speaker labels, so that
    // the analysis and synthesis views have groups to compare on first launch.
    const attributes = await core.call('attributes:list', {});
    expect(attributes.map((a) => [a.name, a.type, a.isIdentifying])).toEqual([
      ['Type d’acteur', 'category', false],
      ['Organisation', 'text', false],
      ['Date de l’entretien', 'date', false],
      ['Nom', 'text', true],
    ]);
    const cases = await core.call('cases:list', {});
    expect(cases.map((c) => c.name)).toEqual(['E01', 'E02', 'E03']);
    const documents = await core.call('documents:list', {});
    for (const d of documents) expect(cases.find((c) => c.id === d.caseId)?.name).toBe(d.name.slice(0, 3));
    const speakers = await core.call('speakers:list', { documentId: documents[0]!.id });
    expect(speakers.find((s) => s.name === 'Martine Lebrun')?.caseId).toBe(cases[0]!.id);
    const matrix = await core.call('synthesis:matrix', { columns: { kind: 'attribute', attributeId: attributes[0]!.id } });
    expect(matrix.columns.map((c) => c.label)).toEqual(expect.arrayContaining(['Élue', 'Prestataire de services', 'Experte internationale']));
    expect((await core.call('report:getSettings', {})).groupAttributeId).toBe(attributes[0]!.id);
    // A newcomer's first undo must not unpick the sample.
    expect((await core.call('history:state', {})).canUndo).toBe(false);

    await core.call('codes:create', { name: 'Ajout', parentId: null });
    await core.call('project:close', {});
    const again = await core.call('project:openSample', {});
    expect(again.codes).toBe(codes.length + 1);
  });
});
