import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { migrationSources } from '../../electron/core/db/migrations';
import { readReportSettings } from '../../electron/core/synthesis/report-settings';

describe('migration 0008 (report draft mode)', () => {
  it('keeps existing report settings and makes them deliverables (draft off); draft takes only 0 or 1', () => {
    const db = new Database(':memory:');
    migrate(db, migrationSources, 7);
    db.prepare(`INSERT INTO report_settings (id, title, language, include_annex) VALUES (1, 'Synthèse', 'en', 0)`).run();
    migrate(db, migrationSources, 8);
    expect(readReportSettings(db)).toMatchObject({ title: 'Synthèse', language: 'en', includeAnnex: false, draft: false });
    db.prepare(`UPDATE report_settings SET draft = 1`).run();
    expect(readReportSettings(db).draft).toBe(true);
    expect(() => db.prepare(`UPDATE report_settings SET draft = 2`).run()).toThrow(/CHECK/);
  });
});
