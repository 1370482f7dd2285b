import type { Code, Coding } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { mustGetCode, type CodeRepo } from '../codebook/code-repo';
import { prepareCodeInPath } from '../codebook/handlers';
import type { ProjectHandlers } from '../dispatch';
import type { DocumentRepo } from '../documents/document-repo';
import type { DocumentTexts, TextWindow } from '../documents/document-texts';
import type { ProjectContext } from '../project/context';
import { anchorOf } from './anchor';
import { createCodingRepo, type CodingRepo } from './coding-repo';

type CodingHandlers = Pick<
  ProjectHandlers,
  | 'codings:apply'
  | 'codings:applyMany'
  | 'codings:get'
  | 'codings:applyNew'
  | 'codings:update'
  | 'codings:remove'
  | 'codings:listByDocument'
  | 'codings:retrieve'
  | 'codings:list'
>;

type Repos = { documents: DocumentRepo; codes: CodeRepo; codings: CodingRepo; texts: DocumentTexts };
type Range = { documentId: number; start: number; end: number };

/** The document's text around the range, once the range is known to be inside it and to hold some words. */
function checkedText(repos: Repos, { documentId, start, end }: Range): TextWindow {
  const text = repos.texts.around(documentId, start, end);
  if (text === undefined) throw new AppError('NOT_FOUND', `No document with id ${documentId}`);
  if (!(start < end) || end > text.length) {
    throw new AppError('INVALID_INPUT', `The range ${start}–${end} is not inside the document (length ${text.length})`);
  }
  if (text.slice(start, end).trim() === '') throw new AppError('INVALID_INPUT', 'The selection contains only white space');
  return text;
}

function checkCodable(code: Code) {
  if (!code.isCodable) throw new AppError('INVALID_INPUT', `“${code.name}” is a folder and cannot be applied to text`);
}

/** Inserts a coding unless the code already covers exactly this range; returns its id. */
function insertCoding(ctx: ProjectContext, repos: Repos, text: TextWindow, codeId: number, { documentId, start, end }: Range): number {
  const existing = repos.codings.findSame(documentId, codeId, start, end);
  if (existing) return existing.id;
  return repos.codings.insert({
    guid: ctx.newGuid(),
    documentId,
    codeId,
    coderId: ctx.coderId(),
    start,
    end,
    ...anchorOf(text, start, end),
    createdAt: ctx.now().toISOString(),
  });
}

/** Applies codes to one range of a document, in one undoable step (no duplicate codings). */
export function applyCodes(
  ctx: ProjectContext,
  repos: Repos,
  codeIds: readonly number[],
  range: Range,
  action: 'codings:apply' | 'codings:applyMany' = 'codings:apply',
): Coding[] {
  const text = checkedText(repos, range);
  const codes = [...new Set(codeIds)].map((id) => mustGetCode(repos.codes, id));
  codes.forEach(checkCodable);
  const subject = codes.length === 1 ? codes[0]!.name : codes.map((c) => c.name).join(', ');
  const ids = ctx.journal.run({ action, subject }, () => codes.map((c) => insertCoding(ctx, repos, text, c.id, range)));
  return ids.map((id) => repos.codings.get(id)!);
}

export function createCodingHandlers(ctx: ProjectContext, repos: { documents: DocumentRepo; codes: CodeRepo }): CodingHandlers & { repo: CodingRepo } {
  const codings = createCodingRepo(ctx.db);
  const all: Repos = { ...repos, codings, texts: ctx.texts };
  const mustGetCoding = (id: number) => {
    const coding = codings.get(id);
    if (!coding) throw new AppError('NOT_FOUND', `No coding with id ${id}`);
    return coding;
  };
  return {
    repo: codings,
    'codings:apply': ({ documentId, codeId, start, end }) => applyCodes(ctx, all, [codeId], { documentId, start, end })[0]!,
    'codings:applyMany': ({ documentId, codeIds, start, end }) => applyCodes(ctx, all, codeIds, { documentId, start, end }, 'codings:applyMany'),
    'codings:get': ({ id }) => mustGetCoding(id),
    'codings:applyNew': ({ documentId, start, end, name, parentId, color, parents, alsoCodeIds = [] }) => {
      const text = checkedText(all, { documentId, start, end });
      const also = [...new Set(alsoCodeIds)].map((id) => mustGetCode(repos.codes, id));
      also.forEach(checkCodable);
      const insertCode = prepareCodeInPath(ctx, repos.codes, { name, parentId, color, parents });
      const { codeId, codingId, alsoIds } = ctx.journal.run({ action: 'codings:applyNew', subject: name }, () => {
        const codeId = insertCode();
        const codingId = insertCoding(ctx, all, text, codeId, { documentId, start, end });
        return { codeId, codingId, alsoIds: also.map((c) => insertCoding(ctx, all, text, c.id, { documentId, start, end })) };
      });
      const alsoCodings = also.length > 0 ? { also: alsoIds.map((id) => codings.get(id)!) } : {};
      return { code: mustGetCode(repos.codes, codeId), coding: codings.get(codingId)!, ...alsoCodings };
    },
    'codings:update': ({ id, start, end }) => {
      const coding = mustGetCoding(id);
      const text = checkedText(all, { documentId: coding.documentId, start, end });
      if (coding.start === start && coding.end === end) return coding;
      const clash = codings.findSame(coding.documentId, coding.codeId, start, end);
      if (clash) throw new AppError('CONFLICT', 'This code is already applied to exactly that passage');
      const code = mustGetCode(repos.codes, coding.codeId);
      ctx.journal.run({ action: 'codings:update', subject: code.name }, () => codings.move(id, start, end, anchorOf(text, start, end)));
      return mustGetCoding(id);
    },
    'codings:remove': ({ id }) => {
      const coding = mustGetCoding(id);
      const code = mustGetCode(repos.codes, coding.codeId);
      ctx.journal.run({ action: 'codings:remove', subject: code.name }, () => codings.remove(id));
      return { ok: true };
    },
    'codings:listByDocument': ({ documentId }) => {
      if (!repos.documents.get(documentId)) throw new AppError('NOT_FOUND', `No document with id ${documentId}`);
      return codings.listByDocument(documentId);
    },
    'codings:list': ({ codeIds, documentIds }) => {
      const codes = codeIds && new Set(codeIds);
      const documents = documentIds && new Set(documentIds);
      return codings
        .retrieve(null, (id) => ctx.texts.text(id) ?? '')
        .filter((c) => (!codes || codes.has(c.codeId)) && (!documents || documents.has(c.documentId)));
    },
    'codings:retrieve': ({ codeId }) => {
      mustGetCode(repos.codes, codeId);
      return codings.retrieve(codeId, (id) => ctx.texts.text(id) ?? '');
    },
  };
}
