import type { Coding } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { mustGetCode } from '../codebook/handlers';
import type { CodeRepo } from '../codebook/code-repo';
import type { ProjectHandlers } from '../dispatch';
import type { DocumentRepo } from '../documents/document-repo';
import type { ProjectContext } from '../project/context';
import { anchorOf } from './anchor';
import { createCodingRepo, type CodingRepo } from './coding-repo';

type CodingHandlers = Pick<
  ProjectHandlers,
  'codings:apply' | 'codings:remove' | 'codings:listByDocument' | 'codings:retrieve'
>;

export type ApplyCodingInput = { documentId: number; codeId: number; start: number; end: number };

/**
 * Applies a code to a range of a document's stored text. Applying the same code to the same range
 * twice returns the existing coding (no duplicate, no extra undo step).
 */
export function applyCoding(
  ctx: ProjectContext,
  repos: { documents: DocumentRepo; codes: CodeRepo; codings: CodingRepo },
  { documentId, codeId, start, end }: ApplyCodingInput,
): Coding {
  const text = repos.documents.text(documentId);
  if (text === undefined) throw new AppError('NOT_FOUND', `No document with id ${documentId}`);
  const code = mustGetCode(repos.codes, codeId);
  if (!code.isCodable) throw new AppError('INVALID_INPUT', `“${code.name}” is a folder and cannot be applied to text`);
  if (!(start < end) || end > text.length) {
    throw new AppError('INVALID_INPUT', `The range ${start}–${end} is not inside the document (length ${text.length})`);
  }
  if (text.slice(start, end).trim() === '') {
    throw new AppError('INVALID_INPUT', 'The selection contains only white space');
  }
  const existing = repos.codings.findSame(documentId, codeId, start, end);
  if (existing) return existing;
  const id = ctx.journal.run({ action: 'codings:apply', subject: code.name }, () =>
    repos.codings.insert({
      guid: ctx.newGuid(),
      documentId,
      codeId,
      coderId: ctx.coderId(),
      start,
      end,
      ...anchorOf(text, start, end),
      createdAt: ctx.now().toISOString(),
    }),
  );
  return repos.codings.get(id)!;
}

export function createCodingHandlers(
  ctx: ProjectContext,
  repos: { documents: DocumentRepo; codes: CodeRepo },
): CodingHandlers & { repo: CodingRepo } {
  const codings = createCodingRepo(ctx.db);
  const all = { ...repos, codings };
  return {
    repo: codings,
    'codings:apply': (input) => applyCoding(ctx, all, input),
    'codings:remove': ({ id }) => {
      const coding = codings.get(id);
      if (!coding) throw new AppError('NOT_FOUND', `No coding with id ${id}`);
      const code = mustGetCode(repos.codes, coding.codeId);
      ctx.journal.run({ action: 'codings:remove', subject: code.name }, () => codings.remove(id));
      return { ok: true };
    },
    'codings:listByDocument': ({ documentId }) => {
      if (!repos.documents.get(documentId)) throw new AppError('NOT_FOUND', `No document with id ${documentId}`);
      return codings.listByDocument(documentId);
    },
    'codings:retrieve': ({ codeId }) => {
      mustGetCode(repos.codes, codeId);
      return codings.retrieve(codeId, (id) => repos.documents.text(id) ?? '');
    },
  };
}
