import type { Database } from 'better-sqlite3';
import type { Code } from '../../../shared/contract';
import { AppError } from '../../../shared/result';

type CodeRow = {
  id: number;
  guid: string;
  parent_id: number | null;
  name: string;
  color: string;
  description: string;
  position: number;
  is_codable: number;
  codings: number;
  documents: number;
};

const toCode = (r: CodeRow): Code => ({
  id: r.id,
  guid: r.guid,
  parentId: r.parent_id,
  name: r.name,
  color: r.color,
  description: r.description,
  position: r.position,
  isCodable: r.is_codable === 1,
  codings: r.codings,
  documents: r.documents,
});

/** Orders codes as the tree shows them: each parent followed by its children, siblings by position. */
export function inTreeOrder<C extends Pick<Code, 'id' | 'parentId' | 'position'>>(codes: readonly C[]): C[] {
  const children = new Map<number | null, C[]>();
  for (const c of codes) {
    const list = children.get(c.parentId) ?? [];
    list.push(c);
    children.set(c.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.id - b.id);
  const out: C[] = [];
  const visit = (parent: number | null) => {
    for (const c of children.get(parent) ?? []) {
      out.push(c);
      visit(c.id);
    }
  };
  visit(null);
  return out;
}

export type NewCode = { guid: string; parentId: number | null; name: string; color: string; description: string; createdAt: string };

export function createCodeRepo(db: Database) {
  // Counts come from the (code_id, document_id) index alone, then join the few codes.
  const all = db.prepare<[], CodeRow>(`
    WITH counts AS (
      SELECT code_id, count(*) AS codings, count(DISTINCT document_id) AS documents FROM codings GROUP BY code_id
    )
    SELECT c.id, c.guid, c.parent_id, c.name, c.color, c.description, c.position, c.is_codable,
      coalesce(n.codings, 0) AS codings, coalesce(n.documents, 0) AS documents
    FROM codes c LEFT JOIN counts n ON n.code_id = c.id`);
  const one = db.prepare<[number], CodeRow>(`
    SELECT c.id, c.guid, c.parent_id, c.name, c.color, c.description, c.position, c.is_codable,
      (SELECT count(*) FROM codings k WHERE k.code_id = c.id) AS codings,
      (SELECT count(DISTINCT k.document_id) FROM codings k WHERE k.code_id = c.id) AS documents
    FROM codes c WHERE c.id = ?`);
  const siblings = db.prepare<[number | null], { id: number; name: string }>(
    `SELECT id, name FROM codes WHERE parent_id IS ?`,
  );
  const nextPosition = db.prepare<[number | null], { p: number }>(
    `SELECT coalesce(max(position) + 1, 0) AS p FROM codes WHERE parent_id IS ?`,
  );
  const count = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM codes`);
  const insert = db.prepare(
    `INSERT INTO codes (guid, parent_id, name, color, description, position, created_at)
     VALUES (@guid, @parentId, @name, @color, @description, @position, @createdAt)`,
  );

  const update = db.prepare(
    `UPDATE codes SET name = @name, color = @color, description = @description, is_codable = @isCodable WHERE id = @id`,
  );
  const setPlace = db.prepare(`UPDATE codes SET parent_id = @parentId, position = @position WHERE id = @id`);
  const childrenOf = db.prepare<[number | null], { id: number }>(`SELECT id FROM codes WHERE parent_id IS ? ORDER BY position, id`);
  const parentOf = db.prepare<[number], { parent_id: number | null }>(`SELECT parent_id FROM codes WHERE id = ?`);
  const remove = db.prepare(`DELETE FROM codes WHERE id = ?`);

  return {
    list: (): Code[] => inTreeOrder(all.all().map(toCode)),
    update: (c: { id: number; name: string; color: string; description: string; isCodable: boolean }) =>
      update.run({ ...c, isCodable: c.isCodable ? 1 : 0 }),
    /** Child ids of a parent (null: top level), in order. */
    children: (parentId: number | null): number[] => childrenOf.all(parentId).map((r) => r.id),
    /** Places `ids` under `parentId` in that order, positions 0..n-1. */
    order: (parentId: number | null, ids: readonly number[]) => ids.forEach((id, position) => setPlace.run({ id, parentId, position })),
    /** True when `id` is `ancestor` or lies below it. */
    isWithin: (id: number, ancestor: number): boolean => {
      for (let at: number | null = id; at !== null; at = parentOf.get(at)?.parent_id ?? null) if (at === ancestor) return true;
      return false;
    },
    remove: (id: number) => remove.run(id),
    get: (id: number): Code | undefined => {
      const row = one.get(id);
      return row && toCode(row);
    },
    siblings: (parentId: number | null) => siblings.all(parentId),
    count: () => count.get()!.n,
    insert: (code: NewCode): number =>
      Number(insert.run({ ...code, position: nextPosition.get(code.parentId)!.p }).lastInsertRowid),
  };
}
export type CodeRepo = ReturnType<typeof createCodeRepo>;

export function mustGetCode(repo: CodeRepo, id: number): Code {
  const code = repo.get(id);
  if (!code) throw new AppError('NOT_FOUND', `No code with id ${id}`);
  return code;
}
