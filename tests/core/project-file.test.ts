import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPathOf } from '../../electron/core/db/lock';
import { APPLICATION_ID, latestSchemaVersion } from '../../electron/core/db/open';
import { backupDirOf, KEEP_BACKUPS } from '../../electron/core/project/backup';
import { createTestCore } from '../helpers/test-core';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the project file', () => {
  it('is a SQLite file with Verbatim’s application id, WAL, synchronous=FULL, foreign keys and STRICT tables', async () => {
    const core = await createTestCore();
    const db = core.session.current()!.context.db;
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    // FTS5 virtual tables and their shadow tables are SQLite's own: STRICT does not apply to them.
    const tables = db
      .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'search_fts_%'`)
      .all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT$/);
  });

  it('refuses to create over an existing file', async () => {
    const core = await createTestCore({ open: false });
    const path = core.file('existing.verbatim', 'hello');
    await expect(core.call('project:create', { path })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(readFileSync(path, 'utf8')).toBe('hello');
  });

  it('refuses random bytes and another application’s SQLite file as NOT_A_PROJECT, leaving them untouched', async () => {
    const core = await createTestCore({ open: false });
    const random = core.file('random.verbatim', new Uint8Array(4096).map((_, i) => (i * 7919) % 256));
    const other = join(core.dir, 'other.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'x\')');
    foreign.close();
    const empty = core.file('empty.verbatim', '');
    for (const path of [random, other, empty]) {
      const before = sha(path);
      await expect(core.call('project:open', { path })).rejects.toMatchObject({ code: 'NOT_A_PROJECT' });
      expect(sha(path)).toBe(before);
      expect(existsSync(`${path}-wal`)).toBe(false);
      expect(existsSync(lockPathOf(path))).toBe(false);
    }
  });

  it('refuses a project saved by a newer Verbatim without touching it', async () => {
    const core = await createTestCore();
    await core.close();
    const db = new Database(core.projectPath);
    db.pragma(`user_version = ${latestSchemaVersion() + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = sha(core.projectPath);
    await expect(core.call('project:open', { path: core.projectPath })).rejects.toMatchObject({ code: 'PROJECT_TOO_NEW' });
    expect(sha(core.projectPath)).toBe(before);
  });

  it('answers NOT_FOUND for a missing file and NO_PROJECT for project calls with none open', async () => {
    const core = await createTestCore({ open: false });
    await expect(core.call('project:open', { path: join(core.dir, 'nope.verbatim') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(core.call('documents:list', {})).rejects.toMatchObject({ code: 'NO_PROJECT' });
  });
});

describe('the lock file', () => {
  it('makes a second session fail with PROJECT_LOCKED while the first holds the project', async () => {
    const first = await createTestCore();
    const second = await createTestCore({ open: false });
    await expect(second.call('project:open', { path: first.projectPath })).rejects.toMatchObject({ code: 'PROJECT_LOCKED' });
    await first.close();
    await expect(second.call('project:open', { path: first.projectPath })).resolves.toMatchObject({ path: first.projectPath });
  });

  it('takes over a lock left by a dead process on this host, but not one from another host', async () => {
    const core = await createTestCore();
    await core.close();
    writeFileSync(lockPathOf(core.projectPath), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), startedAt: 'yesterday' }));
    await expect(core.call('project:open', { path: core.projectPath })).resolves.toBeTruthy();
    await core.close();
    expect(existsSync(lockPathOf(core.projectPath))).toBe(false);

    writeFileSync(lockPathOf(core.projectPath), JSON.stringify({ pid: 1, host: 'another-laptop', startedAt: 'today' }));
    await expect(core.call('project:open', { path: core.projectPath })).rejects.toMatchObject({
      code: 'PROJECT_LOCKED',
      message: expect.stringContaining('another-laptop'),
    });
  });
});

describe('backups', () => {
  it('copies the project into the data folder on open when it changed since the last backup, and rotates them', async () => {
    const core = await createTestCore();
    await core.session.current()!.ready;
    const dir = backupDirOf(core.dataDir, core.projectPath);
    const count = () => readdirSync(dir).filter((f) => f.endsWith('.verbatim')).length;
    expect(count()).toBe(1); // the new project has a revision of its own

    await core.close();
    await core.call('project:open', { path: core.projectPath });
    await core.session.current()!.ready;
    expect(count()).toBe(1); // unchanged: no new copy

    await core.call('codes:create', { name: 'Confiance', parentId: null });
    await core.close();
    await core.call('project:open', { path: core.projectPath });
    await core.session.current()!.ready;
    expect(count()).toBe(2);

    for (let i = 0; i < KEEP_BACKUPS + 3; i++) await core.session.current()!.context.backups.take('manual');
    expect(count()).toBe(KEEP_BACKUPS);
    // A backup is a valid project with the same content.
    const latest = readdirSync(dir).filter((f) => f.endsWith('.verbatim')).sort().at(-1)!;
    const copy = new Database(join(dir, latest), { readonly: true });
    expect(copy.prepare('SELECT name FROM codes').all()).toEqual([{ name: 'Confiance' }]);
    copy.close();
    expect(dir.startsWith(core.dataDir)).toBe(true);
  });

  it('is taken before a document is deleted', async () => {
    const core = await createTestCore();
    await core.session.current()!.ready;
    const { imported } = await core.call('documents:import', { paths: [core.file('a.txt', 'Bonjour.\n\nAu revoir.')] });
    const dir = backupDirOf(core.dataDir, core.projectPath);
    const before = readdirSync(dir).length;
    await core.call('documents:delete', { id: imported[0]!.id });
    expect(readdirSync(dir).some((f) => f.includes('before-delete'))).toBe(true);
    expect(readdirSync(dir).length).toBeGreaterThan(before);
  });
});

describe('the integrity check', () => {
  it('reports ok on a healthy project', async () => {
    const core = await createTestCore();
    await expect(core.call('project:check', {})).resolves.toEqual({ ok: true, problems: [] });
  });
});
