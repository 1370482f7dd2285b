import type { AttributeFilter, AttributeType } from './contract';
import { AppError } from './result';

/**
 * Whether a participant's value passes one attribute filter: one of its values, within its range.
 * Numbers compare as numbers (`9` < `10`); dates and text by their canonical form (ISO dates sort).
 * Shared by the synthesis calls and search (its worker), so a range means the same everywhere.
 */
export function valueTest(filter: AttributeFilter, type: AttributeType): (value: string) => boolean {
  const values = filter.values && new Set(filter.values);
  const compare = type === 'number' ? (a: string, b: string) => Number(a) - Number(b) : (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  if (type === 'number' && [filter.from, filter.to].some((x) => x !== undefined && !Number.isFinite(Number(x)))) {
    throw new AppError('INVALID_INPUT', `The range of attribute ${filter.attributeId} needs numbers`);
  }
  return (value) => {
    if (values && !values.has(value)) return false;
    if (type === 'number' && (filter.from !== undefined || filter.to !== undefined) && !Number.isFinite(Number(value))) return false;
    if (filter.from !== undefined && compare(value, filter.from) < 0) return false;
    if (filter.to !== undefined && compare(value, filter.to) > 0) return false;
    return true;
  };
}
