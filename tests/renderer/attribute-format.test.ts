import { describe, expect, it } from 'vitest';
import { compareValues, displayValue, editableValue } from '../../renderer/features/cases/attribute-format';

describe('attribute values as the table shows them', () => {
  it('shows ISO dates day first and numbers with the locale’s decimal comma', () => {
    expect(displayValue('date', '2017-03-14', 'fr-FR')).toBe('14/03/2017');
    expect(displayValue('number', '12.5', 'fr-FR')).toBe('12,5');
    expect(displayValue('number', '1234.5', 'fr-FR').replace(/\s/g, ' ')).toBe('1 234,5');
    expect(displayValue('number', '12.5', 'en-GB')).toBe('12.5');
    expect(displayValue('text', 'Élue', 'fr-FR')).toBe('Élue');
    expect(displayValue('number', undefined, 'fr-FR')).toBe('');
  });

  it('edits numbers without thousands separators', () => {
    expect(editableValue('number', '1234.5', 'fr-FR')).toBe('1234,5');
    expect(editableValue('date', '2017-03-14', 'fr-FR')).toBe('14/03/2017');
  });

  it('sorts by type, empty values last', () => {
    expect(['10', '9', undefined, '100'].sort((a, b) => compareValues('number', a, b))).toEqual(['9', '10', '100', undefined]);
    expect(['2017-03-14', '2016-12-01'].sort((a, b) => compareValues('date', a, b))).toEqual(['2016-12-01', '2017-03-14']);
  });
});
