import { describe, expect, it } from 'vitest';
import { createTestCore } from '../../helpers/test-core';

describe('entries that are also everyday words', () => {
  it('flag one-word originals known as words or written in lower case, not names or multi-word entries', async () => {
    const core = await createTestCore();
    await core.call('documents:import', {
      paths: [core.file('E01.txt', 'Enquêtrice : Qui ?\nR : Mme Blanc, M. Lebrun et Mme Bonnefoy. Le bonnefoy est un fromage local, et Sophie Marchand aussi.\n')],
    });
    for (const original of ['Blanc', 'Lebrun', 'Bonnefoy', 'Sophie Marchand', 'Rose']) await core.call('pseudonyms:add', { original, category: 'person' });
    const flags = Object.fromEntries((await core.call('pseudonyms:list', {})).map((p) => [p.original, p.commonWord]));
    // Blanc and Rose are words; bonnefoy is written in lower case in the transcript.
    expect(flags).toEqual({ Blanc: true, Lebrun: false, Bonnefoy: true, 'Sophie Marchand': false, Rose: true });
  });

  it('accepts suggestions of such names with proper-name matching', async () => {
    const core = await createTestCore();
    await core.call('documents:import', { paths: [core.file('E02.txt', 'Enquêtrice : Avec qui ?\nR : Avec Mme Petit et M. Marchand, tous les jours.\n')] });
    await core.call('pseudonyms:accept', { all: true });
    const matching = Object.fromEntries((await core.call('pseudonyms:list', {})).map((p) => [p.original, p.matching]));
    expect(matching).toMatchObject({ Petit: 'whole-name', Marchand: 'whole-name' });
  });
});
