import type { Database } from 'better-sqlite3';
import type { DetectionInput } from './detect/types';

/** Reads what detection looks at: every document with its turns, participants, speakers, identifying values, word lists. */
export function loadDetectionInput(db: Database): DetectionInput {
  const turns = new Map<number, DetectionInput['documents'][number]['turns']>();
  for (const t of db
    .prepare<[], { documentId: number; start: number; labelEnd: number; speaker: string | null }>(
      `SELECT document_id AS documentId, start, label_end AS labelEnd, speaker FROM turns ORDER BY document_id, start`,
    )
    .all()) {
    const list = turns.get(t.documentId);
    const turn = { start: t.start, labelEnd: t.labelEnd, speaker: t.speaker };
    if (list) list.push(turn);
    else turns.set(t.documentId, [turn]);
  }
  const documents = db
    .prepare<[], { id: number; name: string; text: string; caseId: number | null }>(`SELECT id, name, text, case_id AS caseId FROM documents ORDER BY name COLLATE NOCASE, id`)
    .all()
    .map((d) => ({ ...d, turns: turns.get(d.id) ?? [] }));
  const lists = new Map<'person' | 'place' | 'organisation', string[]>();
  for (const w of db.prepare<[], { category: 'person' | 'place' | 'organisation'; word: string }>(`SELECT category, word FROM pseudonym_words ORDER BY id`).all()) {
    lists.set(w.category, [...(lists.get(w.category) ?? []), w.word]);
  }
  return {
    documents,
    cases: db.prepare<[], { id: number; name: string }>(`SELECT id, name FROM cases ORDER BY id`).all(),
    speakerCases: db.prepare<[], DetectionInput['speakerCases'][number]>(`SELECT document_id AS documentId, speaker, case_id AS caseId FROM speaker_cases`).all(),
    identifyingValues: db
      .prepare<[], DetectionInput['identifyingValues'][number]>(
        `SELECT v.case_id AS caseId, a.name AS attribute, v.value FROM case_values v JOIN attributes a ON a.id = v.attribute_id
         WHERE a.is_identifying = 1 AND a.type IN ('text', 'category') ORDER BY v.id`,
      )
      .all(),
    wordLists: [...lists].map(([category, words]) => ({ category, words })),
    notes: [
      ...db.prepare<[], { title: string; body: string }>(`SELECT title, body FROM memos ORDER BY id`).all().map((m) => ({ where: `Memo ${m.title}`.trim(), text: `${m.title}\n${m.body}` })),
      ...db.prepare<[], { name: string; description: string }>(`SELECT name, description FROM codes ORDER BY id`).all().map((c) => ({ where: `Code ${c.name}`, text: `${c.name}\n${c.description}` })),
    ],
  };
}
