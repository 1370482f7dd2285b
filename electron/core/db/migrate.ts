import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/result';

const NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;

/** Orders migration sources by number and checks there is no gap or stray name. */
export function orderedMigrations(sources: Record<string, string>): string[] {
  const entries = Object.entries(sources)
    .map(([path, sql]) => ({ file: path.split('/').pop() ?? path, sql }))
    .sort((a, b) => a.file.localeCompare(b.file));
  entries.forEach(({ file }, i) => {
    if (Number(NAME.exec(file)?.[1]) !== i + 1) throw new Error(`Migration ${file}: bad name or gap`);
  });
  return entries.map((e) => e.sql);
}

export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema to `target` (default: the latest), one transaction per migration. A project made
 * by a newer Verbatim is refused before anything is written.
 */
export function migrate(db: Database, sources: Record<string, string>, target?: number): number {
  const migrations = orderedMigrations(sources);
  const latest = target ?? migrations.length;
  const current = schemaVersionOf(db);
  if (current > migrations.length) {
    throw new AppError(
      'PROJECT_TOO_NEW',
      `This project was saved by a newer version of Verbatim (schema ${current}, this version knows ${migrations.length}). Update Verbatim to open it.`,
    );
  }
  // SQLite's table-rebuild recipe needs foreign keys off; each migration verifies them before commit.
  db.pragma('foreign_keys = OFF');
  try {
    for (let v = current + 1; v <= latest; v++) {
      db.transaction(() => {
        db.exec(migrations[v - 1]!);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`Migration ${v} broke ${broken.length} foreign key(s)`);
        db.pragma(`user_version = ${v}`);
      })();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return Math.max(current, latest);
}
