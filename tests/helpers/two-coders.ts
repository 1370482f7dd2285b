import { createTestCore } from './test-core';

/** A 100-unit text: agreement and disagreement figures are worked out by hand on it. */
export const HUNDRED = `${'abcdefghi '.repeat(9)}abcdefghij`;
/** Another 100-unit text (identical texts would be taken for one document imported twice). */
export const OTHER = `${'jihgfedcba '.repeat(9)}jihgfedcba`;

/**
 * A project with documents of the given texts (E01, E02…), codes X and Y and two coders, Alice and
 * Bruno; `as(coder, document, code, start, end)` codes a range as that coder.
 */
export async function twoCoderStudy(texts: readonly string[] = [HUNDRED, OTHER], options: { allowDuplicates?: boolean } = {}) {
  const core = await createTestCore();
  const paths = texts.map((text, i) => core.file(`E${String(i + 1).padStart(2, '0')}.txt`, text));
  await core.call('documents:import', { paths, ...(options.allowDuplicates ? { allowDuplicates: true } : {}) });
  const docs = await core.call('documents:list', {});
  const doc = (name: string) => docs.find((d) => d.name === name)!.id;
  const x = await core.call('codes:create', { name: 'X', parentId: null });
  const y = await core.call('codes:create', { name: 'Y', parentId: null });
  const a = await core.call('coders:use', { name: 'Alice' });
  const b = await core.call('coders:use', { name: 'Bruno' });
  const as = async (coder: { name: string }, document: string, codeId: number, start: number, end: number) => {
    await core.call('coders:use', { name: coder.name });
    return core.call('codings:apply', { documentId: doc(document), codeId, start, end });
  };
  return { core, doc, x, y, a, b, as };
}
