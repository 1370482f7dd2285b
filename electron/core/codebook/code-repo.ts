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
};

type Counts = Pick<Code, 'codings' | 'documents' | 'codingsWithSubcodes' | 'documentsWithSubcodes'>;

const toCode = (r: CodeRow, counts: Counts): Code => ({
  id: r.id,
  guid: r.guid,
  parentId: r.parent_id,
  name: r.name,
  color: r.color,
  description: r.description,
  position: r.position,
  isCodable: r.is_codable === 1,
  ...counts,
});

/** One row per code and document where it is applied: [code id, document id, codings]. */
type Pair = [codeId: number, documentId: number, codings: number];

/**
 * Counts per code, own and with sub-codes, from (code, document, codings) triples: a document counts
 * once for a code however many of its sub-codes are applied there. Pairs are unique per code and
 * document, so own counts need no set; only codes with sub-codes collect document ids.
 */
function countTree(codes: readonly Pick<CodeRow, 'id' | 'parent_id'>[], pairs: readonly Pair[]) {
  const parentOf = new Map(codes.map((c) => [c.id, c.parent_id]));
  const parents = new Set(codes.map((c) => c.parent_id).filter((p): p is number => p !== null));
  const own = new Map<number, { codings: number; documents: number }>();
  const tree = new Map<number, { codings: number; documents: Set<number> }>();
  for (const [codeId, documentId, n] of pairs) {
    const o = own.get(codeId) ?? { codings: 0, documents: 0 };
    o.codings += n;
    o.documents += 1;
    own.set(codeId, o);
    // The code itself if it has sub-codes, then each ancestor (the guard stops at a cycle, which the tree never holds).
    let steps = 0;
    for (let at: number | null | undefined = parents.has(codeId) ? codeId : parentOf.get(codeId); at != null && steps <= codes.length; at = parentOf.get(at), steps++) {
      const t = tree.get(at) ?? { codings: 0, documents: new Set<number>() };
      t.codings += n;
      t.documents.add(documentId);
      tree.set(at, t);
    }
  }
  return (id: number): Counts => {
    const o = own.get(id) ?? { codings: 0, documents: 0 };
    const t = tree.get(id);
    return {
      codings: o.codings,
      documents: o.documents,
      codingsWithSubcodes: t ? t.codings : o.codings,
      documentsWithSubcodes: t ? t.documents.size : o.documents,
    };
  };
}

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
  const COLUMNS = `c.id, c.guid, c.parent_id, c.name, c.color, c.description, c.position, c.is_codable`;
  const all = db.prepare<[], CodeRow>(`SELECT ${COLUMNS} FROM codes c`);
  const one = db.prepare<[number], CodeRow>(`SELECT ${COLUMNS} FROM codes c WHERE c.id = ?`);
  // Counts come from the (code_id, document_id) index alone: one row per code and document.
  // Rows as arrays: thousands of them, read on every refresh of the tree.
  const pairs = db.prepare<[], Pair>(`SELECT code_id, document_id, count(*) AS n FROM codings GROUP BY code_id, document_id`).raw(true);
  const subtree = db.prepare<[number], { id: number; parent_id: number | null }>(`
    WITH RECURSIVE tree(id, parent_id) AS (
      SELECT id, NULL FROM codes WHERE id = ?
      UNION ALL SELECT c.id, c.parent_id FROM codes c JOIN tree t ON c.parent_id = t.id
    ) SELECT id, parent_id FROM tree`);
  const pairsOf = db
    .prepare<[string], Pair>(`SELECT code_id, document_id, count(*) AS n FROM codings WHERE code_id IN (SELECT value FROM json_each(?)) GROUP BY code_id, document_id`)
    .raw(true);
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
    list: (): Code[] => {
      const rows = all.all();
      const counts = countTree(rows, pairs.all());
      return inTreeOrder(rows.map((r) => toCode(r, counts(r.id))));
    },
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
      if (!row) return undefined;
      const tree = subtree.all(id);
      return toCode(row, countTree(tree, pairsOf.all(JSON.stringify(tree.map((t) => t.id))))(id));
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
