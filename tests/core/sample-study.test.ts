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
    // A newcomer's first undo must not unpick the sample.
    expect((await core.call('history:state', {})).canUndo).toBe(false);

    await core.call('codes:create', { name: 'Ajout', parentId: null });
    await core.call('project:close', {});
    const again = await core.call('project:openSample', {});
    expect(again.codes).toBe(codes.length + 1);
  });
});
