import { describe, expect, it } from 'vitest';
import type { Code } from '../../shared/contract';
import { fold, paletteOptions } from '../../renderer/features/coding/filter-codes';

const code = (id: number, name: string, parentId: number | null = null, isCodable = true): Code => ({
  id,
  guid: String(id),
  parentId,
  name,
  color: '#1f77b4',
  description: '',
  position: id,
  isCodable,
  codings: 0,
  documents: 0,
  codingsWithSubcodes: 0,
  documentsWithSubcodes: 0,
});
const codes = [code(1, 'École'), code(2, 'Rapport à l’école', null), code(3, 'Écoles privées', 1), code(4, 'Dossier', null, false)];
const paths = new Map([
  [1, ['École']],
  [2, ['Rapport à l’école']],
  [3, ['École', 'Écoles privées']],
  [4, ['Dossier']],
]);
const names = (query: string) => paletteOptions(codes, paths, query).map((o) => (o.kind === 'code' ? o.code.name : `+${o.name}`));

describe('palette filtering', () => {
  it('ignores case and accents', () => {
    expect(fold('  ÉCOLE  Privée ')).toBe('ecole privee');
    expect(names('ECOLE')).toEqual(['École', 'Écoles privées', 'Rapport à l’école']);
  });

  it('lists names that start with the query first, and leaves folders out', () => {
    expect(names('')).toEqual(['École', 'Rapport à l’école', 'Écoles privées']);
    expect(names('doss')).toEqual(['+doss']);
  });

  it('offers to create a code only when no code of the codebook has that name (a sub-code included)', () => {
    expect(names('école')).not.toContain('+école');
    expect(names('Écoles privées')).toEqual(['Écoles privées']);
    expect(names('  Mobilité   résidentielle ')).toEqual(['+Mobilité résidentielle']);
  });
});
