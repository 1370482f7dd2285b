import type { Database } from 'better-sqlite3';
import type { PseudonymCategory, PseudonymMatching } from '../../../shared/contract';
import { foldKey } from './normalize';

/** A row of the pseudonym table with its variants (occurrence counts are added by the handlers). */
export type PseudonymEntry = {
  id: number;
  original: string;
  replacement: string;
  category: PseudonymCategory;
  enabled: boolean;
  matching: PseudonymMatching;
  variants: string[];
  createdAt: string;
};

type Row = Omit<PseudonymEntry, 'enabled' | 'variants'> & { enabled: number };

export function createPseudonymRepo(db: Database) {
  const all = db.prepare<[], Row>(
    `SELECT id, original, replacement, category, enabled, matching, created_at AS createdAt FROM pseudonyms ORDER BY category, original COLLATE NOCASE, id`,
  );
  const one = db.prepare<[number], Row>(
    `SELECT id, original, replacement, category, enabled, matching, created_at AS createdAt FROM pseudonyms WHERE id = ?`,
  );
  const variantsAll = db.prepare<[], { pseudonymId: number; text: string }>(
    `SELECT pseudonym_id AS pseudonymId, text FROM pseudonym_variants ORDER BY id`,
  );
  const variantsOf = db.prepare<[number], { text: string }>(`SELECT text FROM pseudonym_variants WHERE pseudonym_id = ? ORDER BY id`);
  const insert = db.prepare(
    `INSERT INTO pseudonyms (original, folded, replacement, category, enabled, matching, created_at)
     VALUES (@original, @folded, @replacement, @category, @enabled, @matching, @createdAt)`,
  );
  const insertVariant = db.prepare(`INSERT INTO pseudonym_variants (pseudonym_id, text, folded) VALUES (?, ?, ?)`);
  const deleteVariants = db.prepare(`DELETE FROM pseudonym_variants WHERE pseudonym_id = ?`);
  const update = db.prepare(
    `UPDATE pseudonyms SET original = @original, folded = @folded, replacement = @replacement, category = @category,
       enabled = @enabled, matching = @matching WHERE id = @id`,
  );
  const remove = db.prepare(`DELETE FROM pseudonyms WHERE id = ?`);
  const owners = db.prepare<[string, string], { id: number }>(
    `SELECT id FROM pseudonyms WHERE folded = ? UNION SELECT pseudonym_id FROM pseudonym_variants WHERE folded = ?`,
  );

  const toEntry = (r: Row, variants: string[]): PseudonymEntry => ({ ...r, enabled: r.enabled === 1, variants });

  const setVariants = (id: number, original: string, variants: readonly string[]) => {
    deleteVariants.run(id);
    const seen = new Set([foldKey(original)]);
    for (const v of variants) {
      const folded = foldKey(v);
      if (folded === '' || seen.has(folded)) continue;
      seen.add(folded);
      insertVariant.run(id, v.trim(), folded);
    }
  };

  return {
    list(): PseudonymEntry[] {
      const variants = new Map<number, string[]>();
      for (const v of variantsAll.all()) {
        const list = variants.get(v.pseudonymId);
        if (list) list.push(v.text);
        else variants.set(v.pseudonymId, [v.text]);
      }
      return all.all().map((r) => toEntry(r, variants.get(r.id) ?? []));
    },
    get(id: number): PseudonymEntry | undefined {
      const r = one.get(id);
      return r && toEntry(r, variantsOf.all(id).map((v) => v.text));
    },
    /** The entries whose original or a variant folds to the same key as `text`. */
    ownersOf(text: string): number[] {
      const folded = foldKey(text);
      return owners.all(folded, folded).map((o) => o.id);
    },
    insert(e: Omit<PseudonymEntry, 'id'>): number {
      const id = Number(
        insert.run({
          original: e.original,
          folded: foldKey(e.original),
          replacement: e.replacement,
          category: e.category,
          enabled: e.enabled ? 1 : 0,
          matching: e.matching,
          createdAt: e.createdAt,
        }).lastInsertRowid,
      );
      setVariants(id, e.original, e.variants);
      return id;
    },
    update(e: PseudonymEntry, variantsChanged: boolean): void {
      update.run({
        id: e.id,
        original: e.original,
        folded: foldKey(e.original),
        replacement: e.replacement,
        category: e.category,
        enabled: e.enabled ? 1 : 0,
        matching: e.matching,
      });
      if (variantsChanged) setVariants(e.id, e.original, e.variants);
    },
    remove(id: number): void {
      remove.run(id);
    },
  };
}

export type PseudonymRepo = ReturnType<typeof createPseudonymRepo>;
