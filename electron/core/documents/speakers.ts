import type { Speaker } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ProjectHandlers } from '../dispatch';
import type { ProjectContext } from '../project/context';
import type { DocumentRepo } from './document-repo';
import { createSpeakerRoleRepo } from './speaker-roles';

type SpeakerHandlers = Pick<ProjectHandlers, 'speakers:list' | 'speakers:rename' | 'speakers:merge' | 'speakers:link' | 'speakers:setRole'>;

/**
 * Speakers are corrected per document (detection can split "Martine" and "Martine L."): renaming
 * and merging change the turns' speaker, never the transcript's text, which keeps labels as written.
 */
export function createSpeakerHandlers(ctx: ProjectContext, documents: DocumentRepo): SpeakerHandlers {
  const { db } = ctx;
  const setSpeaker = db.prepare(`UPDATE turns SET speaker = @to WHERE document_id = @documentId AND speaker = @from`);
  const links = db.prepare<[number], { speaker: string; case_id: number }>(`SELECT speaker, case_id FROM speaker_cases WHERE document_id = ?`);
  const unlink = db.prepare(`DELETE FROM speaker_cases WHERE document_id = ? AND speaker = ?`);
  const link = db.prepare(
    `INSERT INTO speaker_cases (document_id, speaker, case_id) VALUES (@documentId, @speaker, @caseId)
     ON CONFLICT (document_id, speaker) DO UPDATE SET case_id = excluded.case_id`,
  );
  const caseExists = db.prepare<[number], { id: number }>(`SELECT id FROM cases WHERE id = ?`);
  const roles = createSpeakerRoleRepo(db);

  const list = (documentId: number): Speaker[] => {
    const wordsIn = ctx.texts.wordCounter(documentId);
    if (wordsIn === undefined) throw new AppError('NOT_FOUND', `No document with id ${documentId}`);
    const caseOf = new Map(links.all(documentId).map((l) => [l.speaker, l.case_id]));
    const roleOf = roles.roles(documentId);
    const bySpeaker = new Map<string, Speaker>();
    for (const t of documents.turns(documentId)) {
      if (t.speaker === null) continue;
      const s = bySpeaker.get(t.speaker) ?? { name: t.speaker, turns: 0, words: 0, caseId: caseOf.get(t.speaker) ?? null, role: roleOf.get(t.speaker) ?? null };
      s.turns++;
      s.words += wordsIn(t.labelEnd, t.end);
      bySpeaker.set(t.speaker, s);
    }
    return [...bySpeaker.values()];
  };

  const mustHave = (documentId: number, names: readonly string[]) => {
    const known = new Set(list(documentId).map((s) => s.name));
    const missing = names.filter((n) => !known.has(n));
    if (missing.length > 0) throw new AppError('NOT_FOUND', `No speaker ${missing.map((m) => `“${m}”`).join(', ')} in this document`);
  };

  /** Moves every turn (and a participant link, and a role) of `from` to `to`. */
  const move = (documentId: number, from: string, to: string) => {
    setSpeaker.run({ documentId, from, to });
    roles.move(documentId, from, to);
    const current = new Map(links.all(documentId).map((l) => [l.speaker, l.case_id]));
    const caseId = current.get(from);
    unlink.run(documentId, from);
    if (caseId !== undefined && !current.has(to)) link.run({ documentId, speaker: to, caseId });
  };

  return {
    'speakers:list': ({ documentId }) => list(documentId),
    'speakers:rename': ({ documentId, from, to }) => {
      mustHave(documentId, [from]);
      if (from === to) return list(documentId);
      if (list(documentId).some((s) => s.name === to)) {
        throw new AppError('CONFLICT', `“${to}” is already a speaker in this document: merge the two speakers instead`);
      }
      ctx.journal.run({ action: 'speakers:rename', subject: `${from} → ${to}` }, () => move(documentId, from, to));
      return list(documentId);
    },
    'speakers:merge': ({ documentId, speakers, into }) => {
      mustHave(documentId, speakers);
      ctx.journal.run({ action: 'speakers:merge', subject: into }, () => {
        for (const s of speakers) if (s !== into) move(documentId, s, into);
      });
      return list(documentId);
    },
    'speakers:link': ({ documentId, speaker, caseId }) => {
      mustHave(documentId, [speaker]);
      if (caseId !== null && !caseExists.get(caseId)) throw new AppError('NOT_FOUND', `No participant with id ${caseId}`);
      ctx.journal.run({ action: 'speakers:link', subject: speaker }, () => {
        if (caseId === null) unlink.run(documentId, speaker);
        else link.run({ documentId, speaker, caseId });
      });
      return list(documentId);
    },
    'speakers:setRole': ({ documentId, speaker, role }) => {
      mustHave(documentId, [speaker]);
      ctx.journal.run({ action: 'speakers:setRole', subject: speaker }, () => roles.set(documentId, speaker, role));
      return list(documentId);
    },
  };
}
