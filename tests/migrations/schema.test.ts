import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, orderedMigrations } from '../../electron/core/db/migrate';
import { migrationSources } from '../../electron/core/db/migrations';

describe('migrations', () => {
  it('are numbered without gaps, each with a one-line comment saying why, and no BEGIN/COMMIT', () => {
    const files = Object.keys(migrationSources).map((p) => p.split('/').pop()!);
    expect(files.length).toBeGreaterThan(0);
    orderedMigrations(migrationSources);
    for (const [path, sql] of Object.entries(migrationSources)) {
      expect(sql.split('\n')[0], path).toMatch(/^-- \S/);
      expect(sql, path).not.toMatch(/^\s*(BEGIN|COMMIT)\b/im);
    }
  });

  it('bring an empty database to the latest schema (the only snapshot)', () => {
    const db = new Database(':memory:');
    const version = migrate(db, migrationSources);
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    const schema = db
      .prepare(`SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`)
      .all()
      .map((r) => {
        const row = r as { type: string; name: string; sql: string | null };
        return `${row.type} ${row.name}\n${row.sql ?? ''}`;
      })
      .join('\n\n');
    expect(schema).toMatchSnapshot();
  });

  it('refuse a database from a newer Verbatim, and stop at a target version when asked', () => {
    const db = new Database(':memory:');
    expect(migrate(db, migrationSources, 0)).toBe(0);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    db.pragma('user_version = 999');
    expect(() => migrate(db, migrationSources)).toThrow(/newer version/);
  });

  it('refuse a gap in the numbering', () => {
    expect(() => orderedMigrations({ './0001_a.sql': '', './0003_c.sql': '' })).toThrow(/gap/);
  });
});
