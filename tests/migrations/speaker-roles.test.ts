import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { migrationSources } from '../../electron/core/db/migrations';

it('0007 marks the interviewer and respondent (`R` beside `Q`) labels of projects imported before speaker roles existed', () => {
  const db = new Database(':memory:');
  migrate(db, migrationSources, 6);
  db.prepare(`INSERT INTO cases (id, guid, name, created_at) VALUES (7, 'c7', 'E01', '2026-01-01')`).run();
  db.prepare(`INSERT INTO documents (id, guid, name, format, text, words, imported_at, case_id) VALUES (1, 'g1', 'E01', 'txt', 'x', 1, '2026-01-01', 7)`).run();
  const turn = db.prepare(`INSERT INTO turns (document_id, start, end, label_end, speaker) VALUES (1, 0, 0, 0, ?)`);
  for (const speaker of ['Q', 'R', 'Enquêtrice', 'Enquêtrice', 'Int.', 'Martine Lebrun', null]) turn.run(speaker);
  migrate(db, migrationSources, 7);
  expect(db.prepare(`SELECT speaker, role FROM speaker_roles ORDER BY speaker`).all()).toEqual([
    { speaker: 'Enquêtrice', role: 'interviewer' },
    { speaker: 'Int.', role: 'interviewer' },
    { speaker: 'Q', role: 'interviewer' },
    { speaker: 'R', role: 'respondent' },
  ]);
  expect(db.prepare(`SELECT speaker, case_id FROM speaker_cases`).all()).toEqual([{ speaker: 'R', case_id: 7 }]);
  expect(() => db.prepare(`INSERT INTO speaker_roles (document_id, speaker, role) VALUES (1, 'X', 'boss')`).run()).toThrow(/CHECK/);
});
