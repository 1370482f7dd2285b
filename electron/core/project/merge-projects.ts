import type { Database as Db } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { MergeReport } from '../../../shared/contract';
import { countWords } from '../../../shared/words';
import { inTreeOrder } from '../codebook/code-repo';
import { createPassageRules } from '../coding/one-passage';
import { createDocumentRepo } from '../documents/document-repo';
import { createRelocator } from '../documents/edit/relocate';
import { nameKey, uniqueName } from '../documents/unique-name';
import type { ProjectContext } from './context';

type CoderRow = { id: number; guid: string; name: string; created_at: string };
type AttributeRow = { id: number; guid: string; name: string; type: string; position: number; is_identifying: number };
type CaseRow = { id: number; guid: string; name: string; description: string; created_at: string };
type CodeRow = { id: number; guid: string; parent_id: number | null; name: string; color: string; description: string; position: number; is_codable: number; created_at: string };
type DocumentRow = { id: number; guid: string; name: string; format: string; text: string; imported_from: string | null; imported_at: string; case_id: number | null };
type CodingRow = { id: number; guid: string; document_id: number; code_id: number; coder_id: number; start: number; end: number; anchor_text: string; anchor_before: string; anchor_after: string; created_at: string };
type MemoRow = { id: number; guid: string; document_id: number | null; code_id: number | null; case_id: number | null; coding_id: number | null; title: string; body: string; coder_id: number | null; created_at: string; updated_at: string };
type FindingRow = { id: number; guid: string; kind: 'theme' | 'recommendation' | 'framework'; title: string; body: string; code_id: number | null; case_id: number | null; position: number; created_at: string; updated_at: string };
type EvidenceRow = { finding_id: number; code_id: number | null; coding_id: number | null; position: number };

export type MergeOptions = {
  /** Name the report gives the other file. */
  file: string;
  /** REFI-QDA files from other tools carry their own user ids: their coders are matched by name. */
  codersByName?: boolean;
};

/** A deterministic guid for the copy of a conflicting memo or finding: merging twice adds it once. */
const versionGuid = (guid: string, body: string) => `${guid}-v${createHash('sha256').update(body).digest('hex').slice(0, 12)}`;

/**
 * Merges another project (an open, read-only copy) into this one, matching by identity, never by
 * position (ARCHITECTURE.md §7): coders by guid (a same-named coder with another guid stays apart,
 * renamed visibly), participants by guid then identifier, attributes by name, codes by guid then
 * path, documents by guid then identical text. Codings follow “one code, one passage”: one already
 * here (same guid, or its words already coded with its code by its coder) is a duplicate; on a
 * document whose text differs (a copy was corrected), passages are relocated with the diff edits
 * use, and those whose words are gone are reported, never dropped silently. Memos and findings
 * changed on both sides keep both, the other as “(version de …)”. Runs inside the caller's journal
 * operation (one undo step); merging the same file twice changes nothing the second time.
 */
export function mergeProjects(ctx: Pick<ProjectContext, 'db' | 'newGuid' | 'now' | 'texts'>, other: Db, options: MergeOptions): MergeReport {
  const { db } = ctx;
  const now = ctx.now().toISOString();
  const report: MergeReport = {
    file: options.file,
    documents: { matched: 0, added: 0, reanchored: 0 },
    codes: { matched: 0, added: 0 },
    codings: { added: 0, duplicates: 0, unplaced: 0 },
    unplaced: [],
    memos: { added: 0, conflicts: 0 },
    coders: [],
    cases: { matched: 0, added: 0 },
    findings: { added: 0, conflicts: 0 },
    notes: [],
  };
  const all = <T>(sql: string) => other.prepare<[], T>(sql).all();
  const guidTaken = (table: string) => {
    const stmt = db.prepare<[string], { id: number }>(`SELECT id FROM ${table} WHERE guid = ?`);
    return (guid: string) => stmt.get(guid)?.id;
  };
  const freshGuid = (table: string) => {
    const taken = guidTaken(table);
    return (guid: string) => (taken(guid) === undefined ? guid : ctx.newGuid());
  };

  // --- Coders
  const coderIds = new Map<number, number>();
  const coderNames = new Map<number, string>();
  {
    const byGuid = guidTaken('coders');
    const byName = db.prepare<[string], { id: number }>('SELECT id FROM coders WHERE name = ?');
    const names = () => db.prepare<[], { name: string }>('SELECT name FROM coders').all().map((r) => r.name);
    const insert = db.prepare('INSERT INTO coders (guid, name, created_at) VALUES (?, ?, ?)');
    for (const c of all<CoderRow>('SELECT id, guid, name, created_at FROM coders ORDER BY id')) {
      let id = byGuid(c.guid) ?? (options.codersByName ? byName.get(c.name)?.id : undefined);
      let name = c.name;
      if (id === undefined) {
        // Two people who both kept “Codeur 1” are two coders: the newcomer gets a visibly new name.
        name = uniqueName(c.name, names());
        if (name !== c.name) report.notes.push(`Coder “${c.name}” of ${options.file} is another person than “${c.name}” here: named “${name}”.`);
        id = Number(insert.run(c.guid, name, c.created_at).lastInsertRowid);
      } else name = db.prepare<[number], { name: string }>('SELECT name FROM coders WHERE id = ?').get(id)!.name;
      coderIds.set(c.id, id);
      coderNames.set(c.id, name);
    }
  }

  // Whose copy this is (its current coder): conflicting versions are named after them.
  const ownerGuid = other.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'current_coder'`).get()?.value;
  const ownerRow = ownerGuid === undefined ? undefined : other.prepare<[string], { id: number }>('SELECT id FROM coders WHERE guid = ?').get(ownerGuid);
  const owner = (ownerRow && coderNames.get(ownerRow.id)) ?? options.file;

  // --- Attributes and participants
  const attributeIds = new Map<number, number>();
  {
    const ours = new Map(db.prepare<[], { id: number; name: string }>('SELECT id, name FROM attributes').all().map((a) => [nameKey(a.name), a.id]));
    const guid = freshGuid('attributes');
    const insert = db.prepare('INSERT INTO attributes (guid, name, type, position, is_identifying) VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM attributes), ?)');
    for (const a of all<AttributeRow>('SELECT id, guid, name, type, position, is_identifying FROM attributes ORDER BY position, id')) {
      const id = ours.get(nameKey(a.name)) ?? Number(insert.run(guid(a.guid), a.name, a.type, a.is_identifying).lastInsertRowid);
      attributeIds.set(a.id, id);
    }
  }
  const caseIds = new Map<number, number>();
  {
    const byGuid = guidTaken('cases');
    const byName = db.prepare<[string], { id: number }>('SELECT id FROM cases WHERE name = ?');
    const insert = db.prepare('INSERT INTO cases (guid, name, description, created_at) VALUES (?, ?, ?, ?)');
    const value = db.prepare<[number, number], { value: string }>('SELECT value FROM case_values WHERE case_id = ? AND attribute_id = ?');
    const setValue = db.prepare('INSERT INTO case_values (case_id, attribute_id, value) VALUES (?, ?, ?)');
    const values = other.prepare<[number], { attribute_id: number; value: string }>('SELECT attribute_id, value FROM case_values WHERE case_id = ?');
    let differing = 0;
    for (const c of all<CaseRow>('SELECT id, guid, name, description, created_at FROM cases ORDER BY id')) {
      let id = byGuid(c.guid) ?? byName.get(c.name)?.id;
      if (id === undefined) {
        id = Number(insert.run(c.guid, c.name, c.description, c.created_at).lastInsertRowid);
        report.cases.added++;
      } else report.cases.matched++;
      caseIds.set(c.id, id);
      for (const v of values.all(c.id)) {
        const attributeId = attributeIds.get(v.attribute_id)!;
        const mine = value.get(id, attributeId);
        if (!mine) setValue.run(id, attributeId, v.value);
        else if (mine.value !== v.value) differing++;
      }
    }
    if (differing > 0) report.notes.push(`${differing} participant attribute value(s) differ in ${options.file}: this project's values were kept.`);
  }

  // --- Codes, parents first
  const codeIds = new Map<number, number>();
  {
    const otherCodes = all<CodeRow>('SELECT id, guid, parent_id, name, color, description, position, is_codable, created_at FROM codes');
    const byGuid = guidTaken('codes');
    const children = db.prepare<[number | null], { id: number; name: string }>('SELECT id, name FROM codes WHERE parent_id IS ?');
    const insert = db.prepare(
      `INSERT INTO codes (guid, parent_id, name, color, description, position, is_codable, created_at)
       VALUES (@guid, @parentId, @name, @color, @description,
         (SELECT coalesce(max(position), -1) + 1 FROM codes WHERE parent_id IS @parentId), @isCodable, @createdAt)`,
    );
    const ordered = inTreeOrder(otherCodes.map((c) => ({ ...c, parentId: c.parent_id })));
    for (const c of ordered) {
      const parentId = c.parent_id === null ? null : (codeIds.get(c.parent_id) ?? null);
      let id = byGuid(c.guid);
      if (id === undefined) id = children.all(parentId).find((s) => nameKey(s.name) === nameKey(c.name))?.id;
      if (id === undefined) {
        id = Number(insert.run({ guid: c.guid, parentId, name: c.name, color: c.color, description: c.description, isCodable: c.is_codable, createdAt: c.created_at }).lastInsertRowid);
        report.codes.added++;
      } else report.codes.matched++;
      codeIds.set(c.id, id);
    }
  }

  // --- Documents
  const documents = createDocumentRepo(db);
  const otherDocuments = createDocumentRepo(other);
  type Placement = { id: number; relocate: ((k: CodingRow) => { start: number; end: number } | null) | null; name: string };
  const documentIds = new Map<number, Placement>();
  {
    const byGuid = guidTaken('documents');
    const byText = db.prepare<[string], { id: number }>('SELECT id FROM documents WHERE text = ? ORDER BY id LIMIT 1');
    const insertSpeakerCase = db.prepare('INSERT OR IGNORE INTO speaker_cases (document_id, speaker, case_id) VALUES (?, ?, ?)');
    const speakerCases = other.prepare<[number], { speaker: string; case_id: number }>('SELECT speaker, case_id FROM speaker_cases WHERE document_id = ?');
    const rows = all<DocumentRow>('SELECT id, guid, name, format, text, imported_from, imported_at, case_id FROM documents ORDER BY id');
    for (const d of rows) {
      const id = byGuid(d.guid) ?? byText.get(d.text)?.id;
      if (id !== undefined) {
        report.documents.matched++;
        const ours = ctx.texts.text(id)!;
        const name = documents.get(id)!.name;
        if (ours === d.text) documentIds.set(d.id, { id, relocate: null, name });
        else {
          report.documents.reanchored++;
          const relocator = createRelocator(d.text, ours);
          documentIds.set(d.id, { id, name, relocate: (k) => relocator.place(k.start, k.end, { text: k.anchor_text, before: k.anchor_before, after: k.anchor_after }) });
        }
        continue;
      }
      const name = uniqueName(d.name, documents.names());
      const turns = otherDocuments.turns(d.id).map(({ start, end, labelEnd, speaker, tStartMs, tEndMs, times }) => ({ start, end, labelEnd, speaker, tStartMs, tEndMs, ...(times ? { cueTimes: times } : {}) }));
      const newId = documents.insert(
        {
          guid: d.guid,
          name,
          format: d.format as Parameters<typeof documents.insert>[0]['format'],
          text: d.text,
          words: countWords(d.text),
          importedFrom: d.imported_from,
          importedAt: d.imported_at,
        },
        turns,
      );
      if (d.case_id !== null) documents.setCase(newId, caseIds.get(d.case_id) ?? null);
      for (const s of speakerCases.all(d.id)) insertSpeakerCase.run(newId, s.speaker, caseIds.get(s.case_id)!);
      report.documents.added++;
      documentIds.set(d.id, { id: newId, relocate: null, name });
    }
  }

  // --- Codings
  const codingIds = new Map<number, number>();
  {
    const passages = createPassageRules(db);
    const byGuid = guidTaken('codings');
    const codeName = other.prepare<[number], { name: string }>('SELECT name FROM codes WHERE id = ?');
    const textOf = new Map<number, string>();
    const around = (documentId: number) => () => {
      let text = textOf.get(documentId);
      if (text === undefined) textOf.set(documentId, (text = ctx.texts.text(documentId)!));
      const whole = text;
      return { length: whole.length, slice: (s: number, e: number) => whole.slice(s, e) };
    };
    for (const k of all<CodingRow>('SELECT id, guid, document_id, code_id, coder_id, start, end, anchor_text, anchor_before, anchor_after, created_at FROM codings ORDER BY document_id, start, id')) {
      const existing = byGuid(k.guid);
      if (existing !== undefined) {
        report.codings.duplicates++;
        codingIds.set(k.id, existing);
        continue;
      }
      const doc = documentIds.get(k.document_id)!;
      const range = doc.relocate ? doc.relocate(k) : { start: k.start, end: k.end };
      if (!range) {
        report.codings.unplaced++;
        report.unplaced.push({ document: doc.name, code: codeName.get(k.code_id)?.name ?? '', text: k.anchor_text, coder: coderNames.get(k.coder_id) ?? '' });
        continue;
      }
      const result = passages.code(
        { documentId: doc.id, codeId: codeIds.get(k.code_id)!, coderId: coderIds.get(k.coder_id)!, start: range.start, end: range.end },
        around(doc.id),
        () => ({ guid: k.guid, createdAt: k.created_at }),
      );
      if (result.outcome === 'unchanged') report.codings.duplicates++;
      else report.codings.added++;
      codingIds.set(k.id, result.id);
    }
  }

  // --- Memos
  {
    const byGuid = db.prepare<[string], { id: number; title: string; body: string }>('SELECT id, title, body FROM memos WHERE guid = ?');
    const insert = db.prepare(
      `INSERT INTO memos (guid, document_id, code_id, case_id, coding_id, title, body, coder_id, created_at, updated_at)
       VALUES (@guid, @documentId, @codeId, @caseId, @codingId, @title, @body, @coderId, @createdAt, @updatedAt)`,
    );
    for (const m of all<MemoRow>('SELECT id, guid, document_id, code_id, case_id, coding_id, title, body, coder_id, created_at, updated_at FROM memos ORDER BY id')) {
      const target = {
        documentId: m.document_id === null ? null : documentIds.get(m.document_id)!.id,
        codeId: m.code_id === null ? null : codeIds.get(m.code_id)!,
        caseId: m.case_id === null ? null : caseIds.get(m.case_id)!,
        codingId: m.coding_id === null ? null : (codingIds.get(m.coding_id) ?? null),
      };
      // A memo on a passage that could not be placed goes with its document.
      if (m.coding_id !== null && target.codingId === null) continue;
      const coderId = m.coder_id === null ? null : (coderIds.get(m.coder_id) ?? null);
      const mine = byGuid.get(m.guid);
      if (!mine) {
        insert.run({ guid: m.guid, ...target, title: m.title, body: m.body, coderId, createdAt: m.created_at, updatedAt: m.updated_at });
        report.memos.added++;
        continue;
      }
      if (mine.title === m.title && mine.body === m.body) continue;
      const guid = versionGuid(m.guid, `${m.title}\n${m.body}`);
      if (byGuid.get(guid)) continue;
      insert.run({ guid, ...target, title: `${m.title || 'Mémo'} (version de ${owner})`, body: m.body, coderId, createdAt: m.created_at, updatedAt: m.updated_at });
      report.memos.conflicts++;
    }
  }

  // --- Findings: theme sheets, recommendations, framework cells, with their evidence
  {
    const byGuid = db.prepare<[string], FindingRow>('SELECT * FROM findings WHERE guid = ?');
    const bySlot = db.prepare<[string, number | null, number | null], FindingRow>(
      `SELECT * FROM findings WHERE kind = ? AND code_id IS ? AND case_id IS ? AND kind <> 'recommendation'`,
    );
    const insert = db.prepare(
      `INSERT INTO findings (guid, kind, title, body, code_id, case_id, position, created_at, updated_at)
       VALUES (@guid, @kind, @title, @body, @codeId, @caseId,
         CASE WHEN @kind = 'recommendation' THEN (SELECT coalesce(max(position), -1) + 1 FROM findings WHERE kind = 'recommendation') ELSE 0 END,
         @createdAt, @updatedAt)`,
    );
    const setBody = db.prepare('UPDATE findings SET body = ?, updated_at = ? WHERE id = ?');
    const evidence = other.prepare<[number], EvidenceRow>('SELECT finding_id, code_id, coding_id, position FROM finding_evidence WHERE finding_id = ? ORDER BY position');
    const addEvidence = db.prepare(
      `INSERT OR IGNORE INTO finding_evidence (finding_id, code_id, coding_id, position)
       VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM finding_evidence WHERE finding_id = ?))`,
    );
    const hasEvidence = db.prepare<[number, number | null, number | null], { id: number }>('SELECT id FROM finding_evidence WHERE finding_id = ? AND code_id IS ? AND coding_id IS ?');
    for (const f of all<FindingRow>('SELECT * FROM findings ORDER BY kind, position, id')) {
      const codeId = f.code_id === null ? null : codeIds.get(f.code_id)!;
      const caseId = f.case_id === null ? null : caseIds.get(f.case_id)!;
      // A theme sheet or framework cell is one per code (and participant): the slot matches too.
      const mine = byGuid.get(f.guid) ?? (f.kind === 'recommendation' ? undefined : bySlot.get(f.kind, codeId, caseId));
      let id: number;
      if (!mine) {
        id = Number(insert.run({ guid: f.guid, kind: f.kind, title: f.title, body: f.body, codeId, caseId, createdAt: f.created_at, updatedAt: f.updated_at }).lastInsertRowid);
        report.findings.added++;
      } else {
        id = mine.id;
        const theirs = f.body.trim();
        if (theirs !== '' && mine.body.trim() !== theirs && !mine.body.includes(theirs)) {
          if (mine.body.trim() === '') setBody.run(f.body, now, id);
          else if (f.kind === 'recommendation') {
            const guid = versionGuid(f.guid, `${f.title}\n${f.body}`);
            if (!byGuid.get(guid)) {
              id = Number(insert.run({ guid, kind: f.kind, title: `${f.title} (version de ${owner})`, body: f.body, codeId, caseId, createdAt: f.created_at, updatedAt: f.updated_at }).lastInsertRowid);
              report.findings.conflicts++;
            }
          } else {
            // One sheet per theme: both texts stay in it, the other's marked as its version.
            setBody.run(`${mine.body.trimEnd()}\n\n(version de ${owner})\n${f.body}`, now, id);
            report.findings.conflicts++;
          }
        }
      }
      for (const e of evidence.all(f.id)) {
        const evidenceCode = e.code_id === null ? null : codeIds.get(e.code_id)!;
        const evidenceCoding = e.coding_id === null ? null : (codingIds.get(e.coding_id) ?? null);
        if (evidenceCode === null && evidenceCoding === null) continue;
        if (!hasEvidence.get(id, evidenceCode, evidenceCoding)) addEvidence.run(id, evidenceCode, evidenceCoding, id);
      }
    }
  }

  // The coders whose work the file holds (a copy's unused default coder is no news to the lead).
  const working = new Set(
    other.prepare<[], { coder_id: number }>('SELECT coder_id FROM codings UNION SELECT coder_id FROM memos WHERE coder_id IS NOT NULL').all().map((r) => r.coder_id),
  );
  report.coders = [...new Set([...coderNames].filter(([id]) => working.has(id)).map(([, name]) => name))];
  const pseudonyms = (other.prepare('SELECT count(*) AS n FROM pseudonyms').get() as { n: number }).n;
  if (pseudonyms > 0) report.notes.push(`The pseudonym table of ${options.file} was not merged: this project's table applies (add entries it lacks in the Anonymization view).`);
  return report;
}
