import { describe, expect, it } from 'vitest';
import { activeFilterCount, noFilters, toContractFilters } from '../../renderer/features/search/search-context';

describe('search filters', () => {
  it('send a date or number range as from/to (either end open), values as values, and count each attribute once', () => {
    const f = { ...noFilters, attributes: { 3: ['élu'], 4: [] }, ranges: { 7: { from: '2026-03-01' }, 8: { to: '40' }, 9: {} } };
    expect(toContractFilters(f)).toEqual({
      attributes: [
        { attributeId: 3, values: ['élu'] },
        { attributeId: 7, from: '2026-03-01' },
        { attributeId: 8, to: '40' },
      ],
    });
    expect(activeFilterCount(f)).toBe(3);
    expect(toContractFilters(noFilters)).toEqual({});
  });

  it('name the blind coder for the codes filter only, and only when codes are filtered', () => {
    const f = { ...noFilters, codeIds: [5], codeMode: 'outside' as const };
    expect(toContractFilters(f, 7)).toEqual({ codeIds: [5], codeMode: 'outside', coderIds: [7] });
    expect(toContractFilters(f)).toEqual({ codeIds: [5], codeMode: 'outside' });
    expect(toContractFilters(noFilters, 7)).toEqual({});
  });
});
