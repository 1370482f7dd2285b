import type { Attribute } from '../../../shared/contract';

/**
 * What the matrix's columns are: `cases`, or an attribute's id. The view keeps one choice for the
 * matrix and the chart, so the chart shows the groups the lead just read in the matrix.
 */
export type ColumnsChoice = 'cases' | `${number}`;

/** The attributes that can be columns or bar groups: with values, not identifying. */
export const groupableAttributes = (attributes: readonly Attribute[]): Attribute[] => attributes.filter((a) => a.values.length > 0 && !a.isIdentifying);

/** The matrix's columns: the choice, else the default attribute, else the participants. */
export function matrixColumns(choice: ColumnsChoice | null, defaultAttributeId: number | null): ColumnsChoice {
  return choice ?? (defaultAttributeId !== null ? `${defaultAttributeId}` : 'cases');
}

/** The chart's groups: the attribute chosen (in the matrix or the chart), else the default one, else the first groupable. */
export function chartAttribute(choice: ColumnsChoice | null, defaultAttributeId: number | null, attributes: readonly Attribute[]): Attribute | null {
  const groupable = groupableAttributes(attributes);
  const chosen = choice !== null && choice !== 'cases' ? Number(choice) : null;
  return groupable.find((a) => a.id === chosen) ?? groupable.find((a) => a.id === defaultAttributeId) ?? groupable[0] ?? null;
}

/** The attribute the current tool groups by (for the quote cards' tags); none for participants. */
export function columnAttributeId(choice: ColumnsChoice | null, defaultAttributeId: number | null): number | null {
  const columns = matrixColumns(choice, defaultAttributeId);
  return columns === 'cases' ? null : Number(columns);
}
