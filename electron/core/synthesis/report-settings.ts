import type { Database } from 'better-sqlite3';
import type { AttributeType, Licence, ReportSettings } from '../../../shared/contract';
import { defaultGroupAttribute } from '../../../shared/group-attribute';

type SettingsRow = {
  title: string;
  subtitle: string;
  author: string;
  licence: Licence;
  language: 'fr' | 'en';
  all_themes: number;
  group_attribute_id: number | null;
  include_annex: number;
  draft: number;
};

/** What a project's report starts with: its name as title, CC BY 4.0, every theme, in French, as a deliverable (not a draft). */
export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  title: '',
  subtitle: '',
  author: '',
  licence: 'CC-BY-4.0',
  language: 'fr',
  codeIds: null,
  groupAttributeId: null,
  includeAnnex: true,
  draft: false,
};

/**
 * Reads the report settings (defaults until first changed: participants grouped by the same attribute
 * the Analysis view starts with). Deleted codes drop out by cascade.
 */
export function readReportSettings(db: Database): ReportSettings {
  const row = db.prepare<[], SettingsRow>(`SELECT * FROM report_settings WHERE id = 1`).get();
  if (!row) return { ...DEFAULT_REPORT_SETTINGS, groupAttributeId: defaultGroupAttributeId(db) };
  const themes = db.prepare<[], { codeId: number }>(`SELECT code_id AS codeId FROM report_themes ORDER BY position, id`).all();
  return {
    title: row.title,
    subtitle: row.subtitle,
    author: row.author,
    licence: row.licence,
    language: row.language,
    codeIds: row.all_themes === 1 ? null : themes.map((t) => t.codeId),
    groupAttributeId: row.group_attribute_id,
    includeAnnex: row.include_annex === 1,
    draft: row.draft === 1,
  };
}

/** Writes the whole settings row and the theme list (to run inside a journaled operation). */
export function writeReportSettings(db: Database, s: ReportSettings): void {
  db.prepare(
    `INSERT INTO report_settings (id, title, subtitle, author, licence, language, all_themes, group_attribute_id, include_annex, draft)
     VALUES (1, @title, @subtitle, @author, @licence, @language, @allThemes, @groupAttributeId, @includeAnnex, @draft)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, subtitle = excluded.subtitle, author = excluded.author,
       licence = excluded.licence, language = excluded.language, all_themes = excluded.all_themes,
       group_attribute_id = excluded.group_attribute_id, include_annex = excluded.include_annex, draft = excluded.draft`,
  ).run({
    title: s.title,
    subtitle: s.subtitle,
    author: s.author,
    licence: s.licence,
    language: s.language,
    allThemes: s.codeIds === null ? 1 : 0,
    groupAttributeId: s.groupAttributeId,
    includeAnnex: s.includeAnnex ? 1 : 0,
    draft: s.draft ? 1 : 0,
  });
  const current = db.prepare<[], { codeId: number }>(`SELECT code_id AS codeId FROM report_themes ORDER BY position, id`).all().map((t) => t.codeId);
  const wanted = s.codeIds ?? [];
  // Rewrite the list only when it changed: the journal then records nothing for it.
  if (current.length !== wanted.length || current.some((id, i) => id !== wanted[i])) {
    db.prepare(`DELETE FROM report_themes`).run();
    const insert = db.prepare(`INSERT INTO report_themes (code_id, position) VALUES (?, ?)`);
    wanted.forEach((id, i) => insert.run(id, i));
  }
}

function defaultGroupAttributeId(db: Database): number | null {
  const attributes = db
    .prepare<[], { id: number; type: AttributeType; is_identifying: number; distinct_values: number }>(
      `SELECT a.id, a.type, a.is_identifying, (SELECT count(DISTINCT v.value) FROM case_values v WHERE v.attribute_id = a.id) AS distinct_values
       FROM attributes a ORDER BY a.position, a.id`,
    )
    .all()
    .map((a) => ({ id: a.id, type: a.type, isIdentifying: a.is_identifying === 1, values: { length: a.distinct_values } }));
  return defaultGroupAttribute(attributes)?.id ?? null;
}
