import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/result';

import { DEFAULT_CODER_NAME } from '../../../shared/coders';

/** The project's current coder, by guid (guids survive merges; ids do not). Not journaled: a preference, not work. */
const CURRENT_KEY = 'current_coder';

export type Coder = { id: number; name: string };

/** Names are compared as people type them: NFC, trimmed, inner white space collapsed. */
export const coderName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/gu, ' ');

/** The coders of a project and which of them this session records codings for. */
export function createCoders(db: Database, newGuid: () => string, now: () => Date) {
  const byGuid = db.prepare<[string], Coder>('SELECT c.id, c.name FROM coders c WHERE c.guid = ?');
  const byName = db.prepare<[string], Coder>('SELECT id, name FROM coders WHERE name = ?');
  const byId = db.prepare<[number], Coder & { guid: string }>('SELECT id, name, guid FROM coders WHERE id = ?');
  const first = db.prepare<[], Coder>('SELECT id, name FROM coders ORDER BY id LIMIT 1');
  const insert = db.prepare('INSERT INTO coders (guid, name, created_at) VALUES (?, ?, ?)');
  const rename = db.prepare('UPDATE coders SET name = ? WHERE id = ?');
  const remembered = db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = '${CURRENT_KEY}'`);
  const remember = db.prepare(`INSERT INTO meta (key, value) VALUES ('${CURRENT_KEY}', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);

  const create = (name: string): Coder => {
    const id = Number(insert.run(newGuid(), name, now().toISOString()).lastInsertRowid);
    return { id, name };
  };
  const initial = (): Coder => {
    const guid = remembered.get()?.value;
    const chosen = guid === undefined ? undefined : byGuid.get(guid);
    // A read-only file cannot get its first coder: codings need one only when something is written.
    return chosen ?? first.get() ?? (db.readonly ? { id: 0, name: DEFAULT_CODER_NAME } : create(DEFAULT_CODER_NAME));
  };
  let current = initial();

  return {
    current: (): Coder => current,
    /**
     * Makes `name` the coder whose codings and memos this session records (created if new). With
     * `remember`, it is the project's current coder from now on; else only for this session (the
     * CLI's `--coder`).
     */
    use(name: string, { remember: keep = true }: { remember?: boolean } = {}): Coder {
      const wanted = coderName(name);
      if (wanted === '') throw new AppError('INVALID_INPUT', 'A coder needs a name');
      current = byName.get(wanted) ?? create(wanted);
      if (keep) remember.run(byId.get(current.id)!.guid);
      return current;
    },
    rename(id: number, name: string): Coder {
      const wanted = coderName(name);
      if (wanted === '') throw new AppError('INVALID_INPUT', 'A coder needs a name');
      if (!byId.get(id)) throw new AppError('NOT_FOUND', `No coder with id ${id}`);
      const taken = byName.get(wanted);
      if (taken && taken.id !== id) throw new AppError('CONFLICT', `A coder named “${wanted}” already exists`);
      rename.run(wanted, id);
      if (current.id === id) current = { id, name: wanted };
      return { id, name: wanted };
    },
    /** Forgets what is kept in memory after an undo or a merge changed the table. */
    refresh(): void {
      current = byId.get(current.id) ?? initial();
    },
  };
}
export type Coders = ReturnType<typeof createCoders>;
