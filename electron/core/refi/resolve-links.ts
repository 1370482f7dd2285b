import type { QdaCase, QdaProject } from './parse-project';

/**
 * How the file's cross-references land in Verbatim once its entities have ids: which case each
 * document belongs to, and what each note (memo) is about. Pure functions of the ids, kept apart
 * from the writes so that the rules read on their own.
 */
export type ImportedIds = {
  codes: ReadonlyMap<string, number>;
  cases: ReadonlyMap<string, number>;
  documents: ReadonlyMap<string, number>;
  /** Selection GUID → its document. */
  selectionDocument: ReadonlyMap<string, number>;
  /** Selection GUID → its first coding (a note on a selection is a memo on that coding). */
  selectionCoding: ReadonlyMap<string, number>;
};

/**
 * A document belongs to one case in Verbatim: the first case that lists it as a source. A case
 * made of selections gets their document when no other case has passages there (an interview);
 * a document with passages of several cases (a focus group) is left for the user to link.
 */
export function caseOfDocuments(cases: readonly QdaCase[], ids: ImportedIds) {
  const links = new Map<number, number>();
  let conflicts = 0;
  const selectionCases = new Map<number, Set<number>>();
  for (const c of cases) {
    const caseId = ids.cases.get(c.guid)!;
    for (const sourceGuid of c.sourceGuids) {
      const documentId = ids.documents.get(sourceGuid);
      if (documentId === undefined) continue;
      if (links.has(documentId) && links.get(documentId) !== caseId) conflicts++;
      else links.set(documentId, caseId);
    }
    for (const selectionGuid of c.selectionGuids) {
      const documentId = ids.selectionDocument.get(selectionGuid);
      if (documentId !== undefined) selectionCases.set(documentId, (selectionCases.get(documentId) ?? new Set()).add(caseId));
    }
  }
  const shared: { documentId: number; cases: number }[] = [];
  for (const [documentId, caseIds] of selectionCases) {
    if (links.has(documentId)) continue;
    if (caseIds.size === 1) links.set(documentId, [...caseIds][0]!);
    else shared.push({ documentId, cases: caseIds.size });
  }
  return { links, conflicts, shared };
}

export type MemoTarget = { column: 'document_id' | 'code_id' | 'case_id' | 'coding_id'; id: number } | null;

/** Where notes are referenced from (`NoteRef`s), by the id of what references them. */
export type NoteRefs = {
  codings: [string[], number][];
  selections: [string[], string][];
  documents: [string[], number][];
  codes: [string[], number][];
};

/**
 * What each note is about: the most specific thing that refers to it (a coding, a selection's
 * coding, a document, a code, the project), or, for a note that nothing refers to, what a Link
 * joins it to (REFI-QDA cases have no NoteRef: Verbatim's own export links case memos). A note
 * found nowhere is a project memo. `unusedLinks` counts links Verbatim has no use for.
 */
export function noteTargets(project: QdaProject, ids: ImportedIds, refs: NoteRefs) {
  const targets = new Map<string, MemoTarget>();
  const attach = (guids: readonly string[], target: MemoTarget) => {
    for (const guid of guids) if (!targets.has(guid)) targets.set(guid, target);
  };
  for (const [guids, id] of refs.codings) attach(guids, { column: 'coding_id', id });
  for (const [guids, selectionGuid] of refs.selections) {
    const codingId = ids.selectionCoding.get(selectionGuid);
    attach(guids, codingId !== undefined ? { column: 'coding_id', id: codingId } : { column: 'document_id', id: ids.selectionDocument.get(selectionGuid)! });
  }
  for (const [guids, id] of refs.documents) attach(guids, { column: 'document_id', id });
  for (const [guids, id] of refs.codes) attach(guids, { column: 'code_id', id });
  attach(project.projectNoteGuids, null);

  const targetOf = (guid: string): MemoTarget | undefined => {
    const of = (map: ReadonlyMap<string, number>, column: NonNullable<MemoTarget>['column']) => (map.has(guid) ? { column, id: map.get(guid)! } : undefined);
    return of(ids.cases, 'case_id') ?? of(ids.codes, 'code_id') ?? of(ids.documents, 'document_id') ?? of(ids.selectionCoding, 'coding_id');
  };
  const notes = new Set(project.notes.map((n) => n.guid));
  let unusedLinks = 0;
  for (const link of project.links) {
    const [note, other] = link.originGuid !== null && notes.has(link.originGuid) ? [link.originGuid, link.targetGuid] : [link.targetGuid, link.originGuid];
    const target = other === null ? undefined : targetOf(other);
    if (note !== null && notes.has(note) && target !== undefined) attach([note], target);
    else unusedLinks++;
  }
  return { targets, unusedLinks };
}
