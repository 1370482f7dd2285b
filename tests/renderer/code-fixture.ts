import type { Code, Coding } from '../../shared/contract';

/** A code as `codes:list` returns it, for tests of the workbench's pure parts (no counts). */
export function codeFixture(id: number, name: string, options: { parentId?: number | null; color?: string; isCodable?: boolean } = {}): Code {
  return {
    id,
    guid: String(id),
    parentId: options.parentId ?? null,
    name,
    color: options.color ?? '#1f77b4',
    description: '',
    position: id,
    isCodable: options.isCodable ?? true,
    codings: 0,
    documents: 0,
    codingsWithSubcodes: 0,
    documentsWithSubcodes: 0,
  };
}

/** A coding of document 1 by coder 1 (or `coderId`). */
export const codingFixture = (id: number, codeId: number, start: number, end: number, coderId = 1): Coding => ({
  id,
  documentId: 1,
  codeId,
  start,
  end,
  coderId,
  createdAt: '2025-01-01T00:00:00.000Z',
});
