import type { Database } from 'better-sqlite3';
import { rolesOfLabels, type SpeakerRole } from './import/speakers/speaker-roles';

export type { SpeakerRole };

/**
 * Speakers' roles in a document (`speaker_roles`): the interviewer, whom search can leave out, and
 * the respondent, who stands for the document's participant. Roles follow a speaker renamed or
 * merged, are set from the labels at import (`Q`/`R`, `Enquêtrice`…), and a respondent is linked
 * to the participant whenever the document is (now or later). Callers run inside the journal.
 */
export function createSpeakerRoleRepo(db: Database) {
  const rolesOf = db.prepare<[number], { speaker: string; role: SpeakerRole }>(`SELECT speaker, role FROM speaker_roles WHERE document_id = ?`);
  const upsert = db.prepare(
    `INSERT INTO speaker_roles (document_id, speaker, role) VALUES (@documentId, @speaker, @role)
     ON CONFLICT (document_id, speaker) DO UPDATE SET role = excluded.role`,
  );
  const remove = db.prepare(`DELETE FROM speaker_roles WHERE document_id = ? AND speaker = ?`);
  const speakersOf = db.prepare<[number], { speaker: string }>(`SELECT DISTINCT speaker FROM turns WHERE document_id = ? AND speaker IS NOT NULL ORDER BY start`);
  const linkOf = db.prepare<[number, string], { case_id: number }>(`SELECT case_id FROM speaker_cases WHERE document_id = ? AND speaker = ?`);
  const link = db.prepare(
    `INSERT INTO speaker_cases (document_id, speaker, case_id) VALUES (@documentId, @speaker, @caseId)
     ON CONFLICT (document_id, speaker) DO UPDATE SET case_id = excluded.case_id`,
  );
  const unlink = db.prepare(`DELETE FROM speaker_cases WHERE document_id = ? AND speaker = ?`);
  const caseOfDocument = db.prepare<[number], { case_id: number | null }>(`SELECT case_id FROM documents WHERE id = ?`);

  const roles = (documentId: number) => new Map(rolesOf.all(documentId).map((r) => [r.speaker, r.role]));

  /**
   * The document's respondents follow its participant: linked to the new one, unless the user had
   * linked them to someone else than the previous one; unlinked when the document is.
   */
  const linkRespondents = (documentId: number, caseId: number | null, previous: number | null) => {
    for (const [speaker, role] of roles(documentId)) {
      if (role !== 'respondent') continue;
      const current = linkOf.get(documentId, speaker)?.case_id ?? null;
      if (current !== null && current !== previous) continue;
      if (caseId === null) {
        if (current !== null) unlink.run(documentId, speaker);
      } else if (current !== caseId) link.run({ documentId, speaker, caseId });
    }
  };

  return {
    roles,
    /** Sets (or clears, with null) one speaker's role; a new respondent is linked to the document's participant. */
    set(documentId: number, speaker: string, role: SpeakerRole | null) {
      if (role === null) remove.run(documentId, speaker);
      else upsert.run({ documentId, speaker, role });
      const caseId = caseOfDocument.get(documentId)?.case_id ?? null;
      if (role === 'respondent' && caseId !== null && linkOf.get(documentId, speaker) === undefined) link.run({ documentId, speaker, caseId });
    },
    /** At import: the roles its labels make plain (`Q` and `R`, `Enquêtrice`, `Interviewer`…). */
    assignFromLabels(documentId: number) {
      const speakers = speakersOf.all(documentId).map((r) => r.speaker);
      for (const [speaker, role] of rolesOfLabels(speakers)) upsert.run({ documentId, speaker, role });
      linkRespondents(documentId, caseOfDocument.get(documentId)?.case_id ?? null, null);
    },
    /** A speaker renamed or merged into another: the role goes along, unless `to` has one already. */
    move(documentId: number, from: string, to: string) {
      const all = roles(documentId);
      const role = all.get(from);
      remove.run(documentId, from);
      if (role !== undefined && !all.has(to)) upsert.run({ documentId, speaker: to, role });
    },
    linkRespondents,
  };
}
export type SpeakerRoleRepo = ReturnType<typeof createSpeakerRoleRepo>;
