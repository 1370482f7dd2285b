import { describe, expect, it } from 'vitest';
import type { CodeQuery } from '../../../shared/contract';
import { codedStudy, TEXTS } from './fixture';

const code = (codeId: number, includeChildren?: boolean): CodeQuery => (includeChildren === undefined ? { op: 'code', codeId } : { op: 'code', codeId, includeChildren });

describe('retrieval', () => {
  it('retrieves the codings of a code with sub-codes, with text, turn, participant, attributes and coder', async () => {
    const { core, codes, k, type } = await codedStudy();
    const { codings, documents, cases } = await core.call('synthesis:retrieve', { codeIds: [codes.gouvernance.id] });
    expect(codings.map((c) => c.id)).toEqual([k.e01Confiance, k.e01Transparence, k.e01Mairie, k.e02Transparence, k.e02Confiance, k.fgConfiance, k.fgTransparence].map((c) => c.id));
    expect({ documents, cases }).toEqual({ documents: 3, cases: 4 });
    const fg = codings.find((c) => c.id === k.fgTransparence.id)!;
    expect(fg).toMatchObject({
      text: 'manque de transparence',
      words: 3,
      speaker: 'Bruno',
      case: { name: 'E04' },
      codePath: 'Gouvernance/Transparence',
      documentName: 'Focus groupe',
      values: { [String(type.id)]: 'élue' },
      coderName: expect.any(String),
    });
    expect(fg.turn).toMatchObject({ index: 2, start: TEXTS['Focus groupe'].indexOf('Bruno') });
    const own = await core.call('synthesis:retrieve', { codeIds: [codes.gouvernance.id], includeChildren: false });
    expect(own.codings).toEqual([]);
  });

  it('filters by attribute values, participants, documents and coders, and sorts', async () => {
    const { core, codes, k, type, caseId, doc } = await codedStudy();
    const residents = await core.call('synthesis:retrieve', {
      codeIds: [codes.confiance.id],
      filters: { attributes: [{ attributeId: type.id, values: ['habitant'] }] },
    });
    expect(residents.codings.map((c) => c.id)).toEqual([k.e02Confiance.id, k.fgConfiance.id]);
    const e04 = await core.call('synthesis:retrieve', { codeIds: [codes.budget.id, codes.confiance.id], filters: { caseIds: [caseId('E04')] } });
    expect(e04.codings.map((c) => c.id)).toEqual([k.fgBudget.id]);
    const inE02 = await core.call('synthesis:retrieve', { codeIds: [codes.budget.id], filters: { documentIds: [doc('E02 - habitant').id] } });
    expect(inE02.codings.map((c) => c.id)).toEqual([k.e02Budget.id]);
    const [coder] = await core.call('coders:list', {});
    expect(coder!.codings).toBe(10);
    const byCoder = await core.call('synthesis:retrieve', { codeIds: [codes.budget.id], filters: { coderIds: [coder!.id] } });
    expect(byCoder.codings).toHaveLength(3);

    const byCase = await core.call('synthesis:retrieve', { codeIds: [codes.confiance.id], sort: 'case' });
    expect(byCase.codings.map((c) => c.case?.name)).toEqual(['E01', 'E01', 'E02', 'E03']);
    const byLength = await core.call('synthesis:retrieve', { codeIds: [codes.budget.id], sort: 'length' });
    expect(byLength.codings.map((c) => c.id)).toEqual([k.e01Budget.id, k.fgBudget.id, k.e02Budget.id]);
    const byType = await core.call('synthesis:retrieve', { codeIds: [codes.confiance.id], sort: 'attribute', sortAttributeId: type.id });
    expect(byType.codings.map((c) => c.values[String(type.id)])).toEqual(['élue', 'élue', 'habitant', 'habitant']);
    const byCode = await core.call('synthesis:retrieve', { codeIds: [codes.gouvernance.id], sort: 'code' });
    expect(byCode.codings.map((c) => c.codeName)).toEqual(['Confiance', 'Confiance', 'Confiance', 'Confiance', 'Transparence', 'Transparence', 'Transparence']);
  });

  it('answers the quotes behind a cell by id, and refuses unknown ids', async () => {
    const { core, k } = await codedStudy();
    const quotes = await core.call('synthesis:codings', { ids: [k.fgBudget.id, k.e01Budget.id] });
    expect(quotes.map((q) => q.id)).toEqual([k.e01Budget.id, k.fgBudget.id]);
    await expect(core.call('synthesis:codings', { ids: [99999] })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No coding with id 99999' });
    await expect(core.call('synthesis:retrieve', { codeIds: [4242] })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No code with id 4242' });
    await expect(core.call('synthesis:retrieve', { codeIds: [] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('code queries', () => {
  it('code: a code with or without its sub-codes', async () => {
    const { core, codes } = await codedStudy();
    const { passages } = await core.call('synthesis:query', { query: code(codes.confiance.id) });
    expect(passages.map((p) => p.text)).toEqual([
      'La confiance se gagne lentement.',
      'La mairie écoute peu les habitants.',
      'la confiance revient quand on explique',
      'La confiance dans les élus est faible.',
    ]);
    expect((await core.call('synthesis:query', { query: code(codes.gouvernance.id, false) })).passages).toEqual([]);
    // Overlapping codings of the subtree (Transparence inside nothing else of Gouvernance) stay apart.
    expect((await core.call('synthesis:query', { query: code(codes.gouvernance.id) })).passages).toHaveLength(7);
  });

  it('and (overlap): where both codes cover the same words, spanning both passages', async () => {
    const { core, codes, k } = await codedStudy();
    const result = await core.call('synthesis:query', { query: { op: 'and', mode: 'overlap', operands: [code(codes.budget.id), code(codes.transparence.id)] } });
    expect(result.passages.map((p) => p.text)).toEqual([
      'Le budget participatif aide beaucoup.',
      'Le budget est opaque. Personne ne comprend les chiffres.',
      'Le budget manque de transparence.',
    ]);
    expect(result.passages[0]).toMatchObject({ codeIds: [codes.transparence.id, codes.budget.id].sort((a, b) => a - b), codingIds: [k.e01Budget.id, k.e01Transparence.id].sort((a, b) => a - b), case: { name: 'E01' }, speaker: 'Martine' });
    expect(result).toMatchObject({ documents: 3, cases: 3 });
    const none = await core.call('synthesis:query', { query: { op: 'and', mode: 'overlap', operands: [code(codes.confiance.id), code(codes.budget.id)] } });
    expect(none.passages).toEqual([]);
  });

  it('and (same turn): codes in the same speaker turn, even apart', async () => {
    const { core, codes } = await codedStudy();
    const { passages } = await core.call('synthesis:query', { query: { op: 'and', mode: 'turn', operands: [code(codes.confiance.id), code(codes.budget.id)] } });
    expect(passages.map((p) => p.text)).toEqual(['La confiance se gagne lentement. Le budget participatif aide beaucoup.']);
  });

  it('or: passages of any operand, overlapping ones merged', async () => {
    const { core, codes } = await codedStudy();
    const both = await core.call('synthesis:query', { query: { op: 'or', operands: [code(codes.confiance.id), code(codes.budget.id)] } });
    expect(both.passages).toHaveLength(7);
    const merged = await core.call('synthesis:query', { query: { op: 'or', operands: [code(codes.budget.id), code(codes.transparence.id)] } });
    expect(merged.passages.map((p) => p.text)).toEqual([
      'Le budget participatif aide beaucoup.',
      'Le budget est opaque. Personne ne comprend les chiffres.',
      'Le budget manque de transparence.',
    ]);
  });

  it('not: passages of one query meeting none of another (overlap or same turn)', async () => {
    const { core, codes } = await codedStudy();
    const overlap = await core.call('synthesis:query', { query: { op: 'not', mode: 'overlap', include: code(codes.budget.id), exclude: code(codes.transparence.id) } });
    expect(overlap.passages).toEqual([]);
    const turn = await core.call('synthesis:query', { query: { op: 'not', mode: 'turn', include: code(codes.confiance.id), exclude: code(codes.budget.id) } });
    expect(turn.passages.map((p) => p.text)).toEqual([
      'La mairie écoute peu les habitants.',
      'la confiance revient quand on explique',
      'La confiance dans les élus est faible.',
    ]);
  });

  it('near: within N characters, or N turns', async () => {
    const { core, codes } = await codedStudy();
    const near = (unit: 'characters' | 'turns', within: number) =>
      core.call('synthesis:query', { query: { op: 'near', unit, within, operands: [code(codes.confiance.id), code(codes.budget.id)] } });
    expect((await near('characters', 5)).passages.map((p) => p.documentName)).toEqual(['E01 - élue']);
    expect((await near('characters', 100)).passages.map((p) => p.documentName)).toEqual(['E01 - élue', 'E02 - habitant', 'Focus groupe']);
    expect((await near('turns', 0)).passages.map((p) => p.documentName)).toEqual(['E01 - élue']);
    const oneTurn = await near('turns', 1);
    expect(oneTurn.passages.map((p) => p.documentName)).toEqual(['E01 - élue', 'E02 - habitant', 'Focus groupe']);
    expect(oneTurn.passages[1]!.text).toBe(TEXTS['E02 - habitant'].slice(TEXTS['E02 - habitant'].indexOf('Le budget est'), TEXTS['E02 - habitant'].indexOf(' quand') + ' quand on explique'.length));
  });

  it('combines operators in a tree, with attribute filters', async () => {
    const { core, codes, type } = await codedStudy();
    // (Budget AND Transparence) OR Confiance, among residents only.
    const query: CodeQuery = { op: 'or', operands: [{ op: 'and', mode: 'overlap', operands: [code(codes.budget.id), code(codes.transparence.id)] }, code(codes.confiance.id)] };
    const { passages, cases } = await core.call('synthesis:query', { query, filters: { attributes: [{ attributeId: type.id, values: ['habitant'] }] } });
    expect(passages.map((p) => p.text)).toEqual([
      'Le budget est opaque. Personne ne comprend les chiffres.',
      'la confiance revient quand on explique',
      'La confiance dans les élus est faible.',
    ]);
    expect(cases).toBe(2);
  });

  it('refuses unknown codes and trees nested too deep', async () => {
    const { core, codes } = await codedStudy();
    await expect(core.call('synthesis:query', { query: { op: 'or', operands: [code(codes.budget.id), code(777)] } })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No code with id 777' });
    let deep: CodeQuery = code(codes.budget.id);
    for (let i = 0; i < 13; i++) deep = { op: 'or', operands: [deep] };
    await expect(core.call('synthesis:query', { query: deep })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('12 levels') });
    await expect(core.call('synthesis:query', { query: { op: 'and', mode: 'overlap', operands: [code(codes.budget.id)] } as CodeQuery })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
