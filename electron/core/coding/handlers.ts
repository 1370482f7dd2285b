import type { AppliedCoding, Code } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { mustGetCode, type CodeRepo } from '../codebook/code-repo';
import { prepareCodeInPath } from '../codebook/handlers';
import type { ProjectHandlers } from '../dispatch';
import type { DocumentRepo } from '../documents/document-repo';
import type { DocumentTexts, TextWindow } from '../documents/document-texts';
import type { ProjectContext } from '../project/context';
import { createCodingRepo, type CodingRepo } from './coding-repo';
import { createPassageRules, type PassageResult, type PassageRules } from './one-passage';

type CodingHandlers = Pick<
  ProjectHandlers,
  | 'codings:apply'
  | 'codings:applyMany'
  | 'codings:get'
  | 'codings:applyNew'
  | 'codings:update'
  | 'codings:remove'
  | 'codings:copyToCoder'
  | 'codings:removeRange'
  | 'codings:listByDocument'
  | 'codings:retrieve'
  | 'codings:list'
>;

type Repos = { documents: DocumentRepo; codes: CodeRepo; codings: CodingRepo; texts: DocumentTexts; passages: PassageRules };
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

/** The document's text around a range, for the anchor of a passage the rule may have widened. */
const textAround = (repos: Repos, documentId: number) => (start: number, end: number) => repos.texts.around(documentId, start, end)!;

/** Codes one range with one code under the rule “one code, one passage” (see one-passage.ts). */
function codeRange(ctx: ProjectContext, repos: Repos, codeId: number, { documentId, start, end }: Range): PassageResult {
  return repos.passages.code({ documentId, codeId, coderId: ctx.coderId(), start, end }, textAround(repos, documentId), () => ({
    guid: ctx.newGuid(),
    createdAt: ctx.now().toISOString(),
  }));
}

const applied = (repos: Repos, r: PassageResult): AppliedCoding => ({ ...repos.codings.get(r.id)!, absorbed: r.absorbed });

/**
 * Applies codes to one range of a document, in one undoable step. A code already applied by this
 * coder to overlapping or touching words is extended over the range rather than applied twice.
 */
export function applyCodes(
  ctx: ProjectContext,
  repos: Repos,
  codeIds: readonly number[],
  range: Range,
  action: 'codings:apply' | 'codings:applyMany' = 'codings:apply',
): AppliedCoding[] {
  checkedText(repos, range);
  const codes = [...new Set(codeIds)].map((id) => mustGetCode(repos.codes, id));
  codes.forEach(checkCodable);
  const subject = codes.length === 1 ? codes[0]!.name : codes.map((c) => c.name).join(', ');
  const results = ctx.journal.run({ action, subject }, () => codes.map((c) => codeRange(ctx, repos, c.id, range)));
  return results.map((r) => applied(repos, r));
}

export function createCodingHandlers(ctx: ProjectContext, repos: { documents: DocumentRepo; codes: CodeRepo }): CodingHandlers & { repo: CodingRepo } {
  const codings = createCodingRepo(ctx.db);
  const all: Repos = { ...repos, codings, texts: ctx.texts, passages: createPassageRules(ctx.db) };
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
      checkedText(all, { documentId, start, end });
      const also = [...new Set(alsoCodeIds)].map((id) => mustGetCode(repos.codes, id));
      also.forEach(checkCodable);
      const insertCode = prepareCodeInPath(ctx, repos.codes, { name, parentId, color, parents });
      const range = { documentId, start, end };
      const { codeId, result, alsoResults } = ctx.journal.run({ action: 'codings:applyNew', subject: name }, () => {
        const codeId = insertCode();
        return { codeId, result: codeRange(ctx, all, codeId, range), alsoResults: also.map((c) => codeRange(ctx, all, c.id, range)) };
      });
      const alsoCodings = also.length > 0 ? { also: alsoResults.map((r) => applied(all, r)) } : {};
      return { code: mustGetCode(repos.codes, codeId), coding: applied(all, result), ...alsoCodings };
    },
    'codings:update': ({ id, start, end }) => {
      const coding = mustGetCoding(id);
      checkedText(all, { documentId: coding.documentId, start, end });
      if (coding.start === start && coding.end === end) return { ...coding, absorbed: [] };
      const code = mustGetCode(repos.codes, coding.codeId);
      const result = ctx.journal.run({ action: 'codings:update', subject: code.name }, () =>
        all.passages.move({ ...coding, start, end }, textAround(all, coding.documentId)),
      );
      return applied(all, result);
    },
    'codings:remove': ({ id }) => {
      const coding = mustGetCoding(id);
      const code = mustGetCode(repos.codes, coding.codeId);
      ctx.journal.run({ action: 'codings:remove', subject: code.name }, () => codings.remove(id));
      return { ok: true };
    },
    'codings:copyToCoder': ({ codingId, coderId, start: from, end: to }) => {
      const coding = mustGetCoding(codingId);
      if (!ctx.db.prepare('SELECT 1 FROM coders WHERE id = ?').get(coderId)) throw new AppError('NOT_FOUND', `No coder with id ${coderId}`);
      const code = mustGetCode(repos.codes, coding.codeId);
      const { documentId } = coding;
      const start = from ?? coding.start;
      const end = to ?? coding.end;
      if (!(coding.start <= start && start < end && end <= coding.end)) {
        throw new AppError('INVALID_INPUT', `The range ${start}–${end} is not inside the coding (${coding.start}–${coding.end})`);
      }
      const result = ctx.journal.run({ action: 'codings:copyToCoder', subject: code.name }, () =>
        all.passages.code({ documentId, codeId: coding.codeId, coderId, start, end }, textAround(all, documentId), () => ({
          guid: ctx.newGuid(),
          createdAt: ctx.now().toISOString(),
        })),
      );
      return applied(all, result);
    },
    'codings:removeRange': ({ id, start, end }) => {
      const coding = mustGetCoding(id);
      if (!(start < end)) throw new AppError('INVALID_INPUT', `The range ${start}–${end} is empty`);
      const code = mustGetCode(repos.codes, coding.codeId);
      const text = ctx.texts.text(coding.documentId) ?? '';
      // What is left on each side; a piece of white space alone is not a passage.
      const pieces = [
        { start: coding.start, end: Math.min(coding.end, start) },
        { start: Math.max(coding.start, end), end: coding.end },
      ].filter((p) => p.start < p.end && text.slice(p.start, p.end).trim() !== '');
      const ids = ctx.journal.run({ action: 'codings:removeRange', subject: code.name }, () => {
        const [first, second] = pieces;
        if (!first) {
          codings.remove(id);
          return [];
        }
        // The coding keeps its id, memos and theme-sheet places on its first remaining piece.
        all.passages.move({ ...coding, ...first }, textAround(all, coding.documentId));
        if (!second) return [id];
        const added = all.passages.code({ ...coding, ...second }, textAround(all, coding.documentId), () => ({
          guid: ctx.newGuid(),
          createdAt: ctx.now().toISOString(),
        }));
        return [id, added.id];
      });
      return { remaining: ids.map(mustGetCoding) };
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
