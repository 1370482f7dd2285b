import type { AttributeType, RefiImportReport } from '../../../shared/contract';
import { createColorTally } from '../../../shared/palette';
import { countWords } from '../../../shared/words';
import { inferType, normalizeValue } from '../cases/attribute-values';
import { anchorOf } from '../coding/anchor';
import { createPassageRules } from '../coding/one-passage';
import { createDocumentRepo } from '../documents/document-repo';
import { createNameAllocator, nameKey, uniqueName } from '../documents/unique-name';
import type { ProjectContext } from '../project/context';
import { normalizeColor } from './colors';
import { parseQdaXml, type QdaCode, type QdaCoding, type QdaVariableType } from './parse-project';
import { planImport, type ImportPlan } from './plan-import';
import { readRefiPackage, type RefiReadOptions } from './read-package';
import { caseOfDocuments, noteTargets, type ImportedIds, type MemoTarget } from './resolve-links';

/**
 * Imports a REFI-QDA project (.qdpx, .qde) or codebook (.qdc) into the open project. The file is
 * read, parsed and planned entirely before anything is written (a bad file throws and changes
 * nothing), then everything is written in one journaled transaction: one undo removes it all.
 *
 * @throws AppError BAD_FILE / FILE_TOO_LARGE naming the file.
 */
export function importRefiFile(ctx: ProjectContext, path: string, options: RefiReadOptions = {}): RefiImportReport {
  const pkg = readRefiPackage(path, options);
  const project = parseQdaXml(pkg.xml, pkg.fileName);
  const plan = planImport(pkg, project);
  return ctx.journal.run({ action: 'refi:import', subject: pkg.fileName }, () => writePlan(ctx, pkg.fileName, plan));
}

/**
 * Reads a REFI-QDA project into a scratch project in memory (for a merge, which then matches it with
 * the open one by guid): the same reading, planning and writing as an import, nothing on disk.
 */
export function readRefiIntoScratch(scratch: Pick<ProjectContext, 'db' | 'newGuid' | 'now' | 'coderId'>, path: string): RefiImportReport {
  const pkg = readRefiPackage(path);
  const project = parseQdaXml(pkg.xml, pkg.fileName);
  const plan = planImport(pkg, project);
  return scratch.db.transaction(() => writePlan(scratch, pkg.fileName, plan))();
}

const ATTRIBUTE_TYPES: Record<QdaVariableType, AttributeType> = {
  Text: 'text',
  Boolean: 'category',
  Integer: 'number',
  Float: 'number',
  Date: 'date',
  DateTime: 'date',
};

function writePlan(ctx: Pick<ProjectContext, 'db' | 'newGuid' | 'now' | 'coderId'>, fileName: string, plan: ImportPlan): RefiImportReport {
  const { db } = ctx;
  const { project, skipped, notes } = plan;
  const now = ctx.now().toISOString();
  const counts = { documents: 0, codes: 0, codings: 0, cases: 0, attributes: 0, values: 0, memos: 0, coders: 0 };
  const timestamp = (value: string | null): string => {
    const time = value === null ? Number.NaN : Date.parse(value);
    return Number.isNaN(time) ? now : new Date(time).toISOString();
  };
  // A GUID already in the project (the same file imported twice) gets a fresh one.
  const freshGuid = (table: string, guid: string): string => {
    const valid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u.test(guid);
    return valid && !db.prepare(`SELECT 1 FROM ${table} WHERE guid = ?`).get(guid) ? guid : ctx.newGuid();
  };
  const renamed = (kind: string, from: string, to: string) => {
    if (from.trim() !== '' && from !== to) notes.push(`The ${kind} “${from}” was imported as “${to}” (the name was already taken).`);
  };

  // Users → coders, matched by name with the project's coders.
  const coderIds = new Map<string, number>();
  const coderByName = db.prepare<[string], { id: number }>('SELECT id FROM coders WHERE name = ?');
  const insertCoder = db.prepare('INSERT INTO coders (guid, name, created_at) VALUES (?, ?, ?)');
  for (const user of project.users) {
    const name = user.name?.trim() || `Coder ${user.guid.slice(0, 8)}`;
    const existing = coderByName.get(name);
    if (existing) coderIds.set(user.guid, existing.id);
    else {
      coderIds.set(user.guid, Number(insertCoder.run(freshGuid('coders', user.guid), name, now).lastInsertRowid));
      counts.coders++;
    }
  }
  const coderOf = (...guids: (string | null)[]): number => {
    for (const guid of guids) if (guid !== null && coderIds.has(guid)) return coderIds.get(guid)!;
    return ctx.coderId();
  };

  // Codes, depth first; names stay unique among siblings.
  const codeIds = new Map<string, number>();
  // Names and colours are allocated from running tallies: a file may hold 100,000 codes (issue 14).
  const colors = createColorTally(db.prepare<[], { color: string }>('SELECT color FROM codes').all().map((r) => r.color));
  const insertCode = db.prepare(
    `INSERT INTO codes (guid, parent_id, name, color, description, position, is_codable, created_at)
     VALUES (@guid, @parentId, @name, @color, @description, @position, @isCodable, @createdAt)`,
  );
  const codeTargets: [string[], number][] = [];
  const addCodes = (codes: readonly QdaCode[], parentId: number | null) => {
    const siblingNames = createNameAllocator(db.prepare<[number | null], { name: string }>('SELECT name FROM codes WHERE parent_id IS ?').all(parentId).map((r) => r.name));
    let position = (db.prepare<[number | null], { p: number }>('SELECT coalesce(max(position) + 1, 0) AS p FROM codes WHERE parent_id IS ?').get(parentId)!).p;
    for (const code of codes) {
      const name = siblingNames.take(code.name.trim() || 'Code');
      renamed('code', code.name, name);
      const color = normalizeColor(code.color) ?? colors.next();
      colors.use(color);
      const id = Number(
        insertCode.run({ guid: freshGuid('codes', code.guid), parentId, name, color, description: code.description.trim(), position: position++, isCodable: code.isCodable ? 1 : 0, createdAt: now }).lastInsertRowid,
      );
      codeIds.set(code.guid, id);
      codeTargets.push([code.noteGuids, id]);
      counts.codes++;
      addCodes(code.children, id);
    }
  };
  addCodes(project.codes, null);

  // Variables → attributes (reused when the project has one with the same name and type).
  const attributeIds = new Map<string, { id: number; type: AttributeType }>();
  const existingAttributes = db.prepare<[], { id: number; name: string; type: AttributeType }>('SELECT id, name, type FROM attributes').all();
  const insertAttribute = db.prepare(
    `INSERT INTO attributes (guid, name, type, position, is_identifying) VALUES (?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM attributes), 0)`,
  );
  const valuesOfVariable = new Map<string, string[]>();
  for (const c of project.cases) {
    for (const v of c.values) {
      const values = valuesOfVariable.get(v.variableGuid) ?? [];
      values.push(v.value ?? '');
      valuesOfVariable.set(v.variableGuid, values);
    }
  }
  for (const variable of project.variables) {
    let type = ATTRIBUTE_TYPES[variable.type];
    if (variable.type === 'Text') {
      // Text variables holding a few repeated values (gender, group, town) are categories.
      if (inferType(valuesOfVariable.get(variable.guid) ?? []) === 'category') type = 'category';
    }
    if (variable.type === 'DateTime') notes.push(`The variable “${variable.name}” holds dates with times: the dates were kept, the times dropped.`);
    const wanted = variable.name.trim() || 'Variable';
    const same = existingAttributes.find((a) => nameKey(a.name) === nameKey(wanted) && a.type === type);
    if (same) {
      attributeIds.set(variable.guid, { id: same.id, type });
      continue;
    }
    const name = uniqueName(wanted, existingAttributes.map((a) => a.name));
    renamed('variable', wanted, name);
    const id = Number(insertAttribute.run(freshGuid('attributes', variable.guid), name, type).lastInsertRowid);
    existingAttributes.push({ id, name, type });
    attributeIds.set(variable.guid, { id, type });
    counts.attributes++;
  }

  // Cases with their values.
  const caseIds = new Map<string, number>();
  const caseNames = createNameAllocator(db.prepare<[], { name: string }>('SELECT name FROM cases').all().map((r) => r.name));
  const insertCase = db.prepare('INSERT INTO cases (guid, name, description, created_at) VALUES (?, ?, ?, ?)');
  const insertValue = db.prepare('INSERT INTO case_values (case_id, attribute_id, value) VALUES (?, ?, ?) ON CONFLICT (case_id, attribute_id) DO UPDATE SET value = excluded.value');
  project.cases.forEach((c, index) => {
    const wanted = c.name?.trim() || `Case ${index + 1}`;
    const name = caseNames.take(wanted);
    renamed('case', wanted, name);
    const id = Number(insertCase.run(freshGuid('cases', c.guid), name, c.description.trim(), now).lastInsertRowid);
    caseIds.set(c.guid, id);
    counts.cases++;
    for (const value of c.values) {
      const attribute = attributeIds.get(value.variableGuid);
      if (!attribute) continue;
      const raw = attribute.type === 'date' ? (value.value ?? '').trim().slice(0, 10) : value.value;
      const normalized = normalizeValue(attribute.type, raw);
      if (!normalized.ok) {
        skipped.push({ what: 'variable', name: `${name}`, reason: normalized.reason });
        continue;
      }
      if (normalized.value === null) continue;
      insertValue.run(id, attribute.id, normalized.value);
      counts.values++;
    }
  });

  // Documents, their selections and codings.
  const documents = createDocumentRepo(db);
  const documentNames = createNameAllocator(documents.names());
  const documentIds = new Map<string, number>();
  const selectionDocument = new Map<string, number>();
  const firstCodingOfSelection = new Map<string, number>();
  const documentTargets: [string[], number][] = [];
  const codingTargets: [string[], number][] = [];
  const selectionNotes: [string[], string][] = [];
  const insertCoding = db.prepare(
    `INSERT INTO codings (guid, document_id, code_id, coder_id, start, end, anchor_text, anchor_before, anchor_after, created_at)
     VALUES (@guid, @documentId, @codeId, @coderId, @start, @end, @anchorText, @anchorBefore, @anchorAfter, @createdAt)`,
  );
  const imported: RefiImportReport['documents'] = [];
  const importedTexts = new Map<number, string>();
  const memoInsert = db.prepare(
    `INSERT INTO memos (guid, document_id, code_id, case_id, coding_id, title, body, coder_id, created_at, updated_at)
     VALUES (@guid, @document_id, @code_id, @case_id, @coding_id, @title, @body, @coderId, @createdAt, @updatedAt)`,
  );
  const addMemo = (target: MemoTarget, memo: { guid: string; title: string; body: string; coderId: number | null; createdAt: string; updatedAt: string }) => {
    const columns = { document_id: null, code_id: null, case_id: null, coding_id: null } as Record<string, number | null>;
    if (target) columns[target.column] = target.id;
    memoInsert.run({ ...columns, ...memo, guid: freshGuid('memos', memo.guid) });
    counts.memos++;
  };

  for (const planned of plan.documents) {
    const name = documentNames.take(planned.name);
    renamed('document', planned.name, name);
    const id = documents.insert(
      {
        guid: freshGuid('documents', planned.source.guid),
        name,
        format: 'qdpx',
        text: planned.text,
        words: countWords(planned.text),
        importedFrom: fileName,
        importedAt: now,
      },
      planned.turns,
    );
    imported.push({ id, name });
    importedTexts.set(id, planned.text);
    counts.documents++;
    documentIds.set(planned.source.guid, id);
    documentTargets.push([planned.source.noteGuids, id]);
    if (planned.source.description.trim() !== '') {
      addMemo({ column: 'document_id', id }, { guid: ctx.newGuid(), title: 'Description', body: planned.source.description.trim(), coderId: null, createdAt: now, updatedAt: now });
    }
    const seen = new Set<string>();
    const addCoding = (coding: QdaCoding, start: number, end: number, userGuid: string | null, createdAt: string | null, where: string): number | null => {
      const codeId = coding.codeGuid === null ? undefined : codeIds.get(coding.codeGuid);
      if (codeId === undefined) {
        skipped.push({ what: 'coding', name: `${name}: ${where}`, reason: 'refers to a code that is not in the codebook.' });
        return null;
      }
      const coderId = coderOf(coding.userGuid, userGuid);
      // The same code twice on the same passage by one coder: Verbatim keeps one (two coders keep theirs).
      const key = `${codeId}:${coderId}:${start}:${end}`;
      if (seen.has(key)) return null;
      seen.add(key);
      const codingId = Number(
        insertCoding.run({
          guid: freshGuid('codings', coding.guid),
          documentId: id,
          codeId,
          coderId,
          start,
          end,
          ...anchorOf(planned.text, start, end),
          createdAt: timestamp(coding.createdAt ?? createdAt),
        }).lastInsertRowid,
      );
      counts.codings++;
      codingTargets.push([coding.noteGuids, codingId]);
      return codingId;
    };
    for (const selection of planned.selections) {
      selectionDocument.set(selection.guid, id);
      const where = selection.name?.trim().slice(0, 60) || `${selection.start}–${selection.end}`;
      for (const coding of selection.codings) {
        const codingId = addCoding(coding, selection.start, selection.end, selection.userGuid, selection.createdAt, where);
        if (codingId !== null && !firstCodingOfSelection.has(selection.guid)) firstCodingOfSelection.set(selection.guid, codingId);
      }
      selectionNotes.push([selection.noteGuids, selection.guid]);
    }
    for (const coding of planned.source.codings) addCoding(coding, 0, planned.text.length, null, null, 'the whole document');
  }

  const ids: ImportedIds = { codes: codeIds, cases: caseIds, documents: documentIds, selectionDocument, selectionCoding: firstCodingOfSelection };
  const cases = caseOfDocuments(project.cases, ids);
  const setCase = db.prepare('UPDATE documents SET case_id = ? WHERE id = ?');
  for (const [documentId, caseId] of cases.links) setCase.run(caseId, documentId);
  if (cases.conflicts > 0) notes.push('Some documents belong to several cases in the file: Verbatim links each to the first one only.');
  for (const { documentId, cases: count } of cases.shared) {
    const name = imported.find((d) => d.id === documentId)?.name ?? '';
    notes.push(`“${name}” holds passages of ${count} cases: it was not linked to any (link its speakers to participants instead).`);
  }

  const { targets, unusedLinks } = noteTargets(project, ids, { codings: codingTargets, selections: selectionNotes, documents: documentTargets, codes: codeTargets });
  if (unusedLinks > 0) skipped.push({ what: 'link', name: unusedLinks === 1 ? '1 link' : `${unusedLinks} links`, reason: 'Verbatim has no links between codes or documents.' });
  for (const note of project.notes) {
    addMemo(targets.get(note.guid) ?? null, {
      guid: note.guid,
      title: note.name?.trim() ?? '',
      body: (plan.noteTexts.get(note.guid) ?? '').replace(/\r\n?/gu, '\n').replace(/^\uFEFF/u, ''),
      coderId: note.userGuid === null ? null : coderOf(note.userGuid),
      createdAt: timestamp(note.createdAt),
      updatedAt: timestamp(note.modifiedAt ?? note.createdAt),
    });
  }
  if (project.description.trim() !== '') {
    addMemo(null, { guid: ctx.newGuid(), title: 'Description', body: project.description.trim(), coderId: null, createdAt: now, updatedAt: now });
  }

  for (const set of project.sets) {
    const members = set.members === 0 ? 'it is empty' : set.members === 1 ? 'its member was imported, without the set' : `its ${set.members} members were imported, without the set`;
    skipped.push({ what: 'set', name: set.name, reason: `Verbatim has no sets: ${members}.` });
  }
  for (const source of plan.documents.filter((d) => d.source.variableValues > 0)) {
    skipped.push({ what: 'variable', name: source.name, reason: `${source.source.variableValues === 1 ? 'A value' : `${source.source.variableValues} values`} set on the document itself: Verbatim keeps attributes on participants (cases).` });
  }
  // One code, one passage: other tools keep overlapping selections of one code by one user apart; Verbatim joins them.
  const passages = createPassageRules(db);
  let united = 0;
  for (const { id } of imported) {
    const text = importedTexts.get(id)!;
    united += passages.uniteAll(id, () => ({ length: text.length, slice: (s, e) => text.slice(s, e) }));
  }
  if (united > 0) {
    counts.codings -= united;
    notes.push(`${united === 1 ? 'One coding overlapped or touched' : `${united} codings overlapped or touched`} another of the same code by the same coder: Verbatim keeps one coding per passage and joined them (memos kept).`);
  }
  if (project.graphs > 0) notes.push(`${project.graphs === 1 ? 'A graph (network view) was' : `${project.graphs} graphs (network views) were`} not imported.`);

  return {
    file: fileName,
    kind: project.kind,
    origin: project.origin,
    offsetUnit: plan.offsetUnit,
    documents: imported,
    counts,
    skipped,
    notes,
  };
}

/**
 * The text files outside the imported file's folder that a REFI-QDA file names (resolved paths):
 * what `verbatim import --allow-outside-sources` confirms after naming them. None of them is read.
 * @throws AppError BAD_FILE / FILE_TOO_LARGE naming the file.
 */
export function listOutsideSources(path: string): string[] {
  const pkg = readRefiPackage(path);
  const project = parseQdaXml(pkg.xml, pkg.fileName);
  const paths = [...project.sources.map((s) => s.plainTextPath), ...project.notes.map((n) => n.plainTextPath)];
  const outside = new Set<string>();
  for (const p of paths) {
    const found = p === null ? null : pkg.readSource(p, project.basePath);
    if (found !== null && 'outside' in found) outside.add(found.outside);
  }
  return [...outside];
}
