import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrationSources } from '../../../electron/core/db/migrations';

const NOW = '2026-01-01T00:00:00.000Z';

/** A project as Verbatim wrote it before synthesis existed (schema 4), with a coded document. */
function projectAtVersion4() {
  const db = new Database(':memory:');
  expect(migrate(db, migrationSources, 4)).toBe(4);
  db.exec(`
    INSERT INTO coders (guid, name, created_at) VALUES ('c1', 'Codeur 1', '${NOW}');
    INSERT INTO cases (guid, name, created_at) VALUES ('p1', 'E01', '${NOW}');
    INSERT INTO attributes (guid, name, type, position) VALUES ('a1', 'Type', 'category', 0);
    INSERT INTO documents (guid, name, format, text, words, imported_at, case_id) VALUES ('d1', 'E01', 'txt', 'Bonjour à tous.', 3, '${NOW}', 1);
    INSERT INTO codes (guid, parent_id, name, color, position, created_at) VALUES ('k1', NULL, 'Accueil', '#336699', 0, '${NOW}');
    INSERT INTO codings (guid, document_id, code_id, coder_id, start, end, anchor_text, anchor_before, anchor_after, created_at)
      VALUES ('g1', 1, 1, 1, 0, 7, 'Bonjour', '', ' à tous.', '${NOW}');`);
  return db;
}

describe('migration 0005 (synthesis)', () => {
  it('adds the findings and report tables to an existing project and keeps its data', () => {
    const db = projectAtVersion4();
    migrate(db, migrationSources);
    db.pragma('foreign_keys = ON');
    expect(db.prepare(`SELECT count(*) AS n FROM codings`).get()).toEqual({ n: 1 });
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('findings', 'finding_evidence', 'report_settings', 'report_themes') ORDER BY name`).all();
    expect(tables).toEqual([{ name: 'finding_evidence' }, { name: 'findings' }, { name: 'report_settings' }, { name: 'report_themes' }]);
    expect((db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'findings'`).get() as { sql: string }).sql).toMatch(/STRICT$/);
  });

  it('cleans up by foreign keys: a deleted code, coding or participant takes what rested on it', () => {
    const db = projectAtVersion4();
    migrate(db, migrationSources);
    db.pragma('foreign_keys = ON');
    db.exec(`
      INSERT INTO findings (guid, kind, body, code_id, created_at, updated_at) VALUES ('f1', 'theme', 'Synthèse', 1, '${NOW}', '${NOW}');
      INSERT INTO findings (guid, kind, body, code_id, case_id, created_at, updated_at) VALUES ('f2', 'framework', 'Cellule', 1, 1, '${NOW}', '${NOW}');
      INSERT INTO findings (guid, kind, title, created_at, updated_at) VALUES ('f3', 'recommendation', 'Accueillir', '${NOW}', '${NOW}');
      INSERT INTO finding_evidence (finding_id, coding_id, position) VALUES (1, 1, 0), (3, 1, 0);
      INSERT INTO finding_evidence (finding_id, code_id, position) VALUES (3, 1, 1);
      INSERT INTO report_settings (id, group_attribute_id, all_themes) VALUES (1, 1, 0);
      INSERT INTO report_themes (code_id, position) VALUES (1, 0);`);
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

    db.exec(`DELETE FROM codings WHERE id = 1`);
    expect(count('finding_evidence')).toBe(1);
    db.exec(`DELETE FROM cases WHERE id = 1`);
    expect(db.prepare(`SELECT kind FROM findings ORDER BY id`).all()).toEqual([{ kind: 'theme' }, { kind: 'recommendation' }]);
    db.exec(`DELETE FROM attributes WHERE id = 1`);
    expect(db.prepare(`SELECT group_attribute_id AS g FROM report_settings`).get()).toEqual({ g: null });
    db.exec(`DELETE FROM codes WHERE id = 1`);
    expect(db.prepare(`SELECT kind FROM findings`).all()).toEqual([{ kind: 'recommendation' }]);
    expect(count('finding_evidence') + count('report_themes')).toBe(0);
  });

  it('refuses findings that break the rules (a theme without code, two sheets for one code, evidence of both kinds)', () => {
    const db = projectAtVersion4();
    migrate(db, migrationSources);
    db.pragma('foreign_keys = ON');
    const insert = (sql: string) => () => db.exec(sql);
    expect(insert(`INSERT INTO findings (guid, kind, created_at, updated_at) VALUES ('x', 'theme', '${NOW}', '${NOW}')`)).toThrow(/CHECK/);
    db.exec(`INSERT INTO findings (guid, kind, code_id, created_at, updated_at) VALUES ('t1', 'theme', 1, '${NOW}', '${NOW}')`);
    expect(insert(`INSERT INTO findings (guid, kind, code_id, created_at, updated_at) VALUES ('t2', 'theme', 1, '${NOW}', '${NOW}')`)).toThrow(/UNIQUE/);
    expect(insert(`INSERT INTO finding_evidence (finding_id, code_id, coding_id, position) VALUES (1, 1, 1, 0)`)).toThrow(/CHECK/);
    expect(insert(`INSERT INTO report_settings (id) VALUES (2)`)).toThrow(/CHECK/);
  });
});
