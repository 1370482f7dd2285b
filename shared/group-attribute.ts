import type { AttributeType } from './contract';

/** What the choice needs to know of an attribute (an `Attribute`, or its row in the core). */
export type GroupCandidate = { type: AttributeType; isIdentifying: boolean; values: { length: number } };

/**
 * The attribute that most likely names actor groups, by which the Analysis view and the report
 * group participants until the researcher picks another: the first category in the participants
 * table's order (few values shared by several participants: élu, prestataire, expert), never an
 * identifying one (names) nor an empty one; for a project whose groups were typed as text, the first
 * text attribute with a dozen values at most.
 */
export function defaultGroupAttribute<A extends GroupCandidate>(attributes: readonly A[]): A | null {
  const usable = attributes.filter((a) => !a.isIdentifying && a.values.length > 0);
  return usable.find((a) => a.type === 'category') ?? usable.find((a) => a.type === 'text' && a.values.length <= 12) ?? null;
}
