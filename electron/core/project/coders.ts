import type { Database } from 'better-sqlite3';

/** The coder name used until the user chooses one: never the OS user name (privacy). */
export const DEFAULT_CODER_NAME = 'Codeur 1';

/** The coder this project records codings for; created on first use. */
export function ensureCoder(db: Database, newGuid: () => string, now: () => Date): { id: number; name: string } {
  const existing = db.prepare<[], { id: number; name: string }>('SELECT id, name FROM coders ORDER BY id LIMIT 1').get();
  if (existing) return existing;
  const id = Number(
    db
      .prepare('INSERT INTO coders (guid, name, created_at) VALUES (?, ?, ?)')
      .run(newGuid(), DEFAULT_CODER_NAME, now().toISOString()).lastInsertRowid,
  );
  return { id, name: DEFAULT_CODER_NAME };
}
