import type { Code } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ProjectHandlers } from '../dispatch';
import { nameKey } from '../documents/unique-name';
import type { ProjectContext } from '../project/context';
import { createCodeRepo, mustGetCode, type CodeRepo } from './code-repo';
import { deleteCode, mergeCodes, moveCode, updateCode } from './code-operations';
import { nextColor } from '../../../shared/palette';

type CodebookHandlers = Pick<
  ProjectHandlers,
  'codes:list' | 'codes:create' | 'codes:update' | 'codes:move' | 'codes:merge' | 'codes:delete'
>;

export { mustGetCode };

export type CreateCodeInput = { name: string; parentId: number | null; color?: string | undefined; description?: string | undefined };

/**
 * Checks a new code and returns the function that inserts it, to run inside a journaled operation
 * (alone, or with the coding that uses it). Sibling names are unique, case-insensitively.
 */
export function prepareCode(ctx: ProjectContext, repo: CodeRepo, input: CreateCodeInput): () => number {
  if (input.parentId !== null) mustGetCode(repo, input.parentId);
  const clash = repo.siblings(input.parentId).find((s) => nameKey(s.name) === nameKey(input.name));
  if (clash) throw new AppError('CONFLICT', `A code named “${clash.name}” already exists here`, { id: clash.id });
  return () =>
    repo.insert({
      guid: ctx.newGuid(),
      parentId: input.parentId,
      name: input.name,
      color: input.color ?? nextColor(repo.list().map((c) => c.color)),
      description: input.description ?? '',
      createdAt: ctx.now().toISOString(),
    });
}

export type CreateCodeInPathInput = CreateCodeInput & { parents?: readonly string[] | undefined };

/**
 * Like `prepareCode`, for a code at the end of a path below `parentId` (the palette's
 * `Gouvernance/Confiance`): each of `parents` is reused when a code of that name (compared as
 * sibling names are) is already there, created otherwise — as the CLI's `--code "A/B"` does — and
 * the last one must be new. Everything is checked before anything is written; the returned
 * function inserts what is missing (inside the caller's journaled step, so one undo removes it all).
 */
export function prepareCodeInPath(ctx: ProjectContext, repo: CodeRepo, input: CreateCodeInPathInput): () => number {
  const parents = input.parents ?? [];
  if (parents.length === 0) return prepareCode(ctx, repo, input);
  if (input.parentId !== null) mustGetCode(repo, input.parentId);
  const existing = (parentId: number | null, name: string) => repo.siblings(parentId).find((s) => nameKey(s.name) === nameKey(name));
  // Walk down the parents that exist; the first missing one and everything below it are new.
  let at: number | null = input.parentId;
  let reused = 0;
  for (const name of parents) {
    const found = existing(at, name);
    if (!found) break;
    at = found.id;
    reused++;
  }
  if (reused === parents.length) return prepareCode(ctx, repo, { ...input, parentId: at });
  const missing = parents.slice(reused);
  return () => {
    let parentId = at;
    for (const name of missing) {
      parentId = repo.insert({
        guid: ctx.newGuid(),
        parentId,
        name,
        // Apart from the colours in use and from the new code's own.
        color: nextColor([...repo.list().map((c) => c.color), ...(input.color ? [input.color] : [])]),
        description: '',
        createdAt: ctx.now().toISOString(),
      });
    }
    return prepareCode(ctx, repo, { ...input, parentId })();
  };
}

/** Creates a code under `parentId` (null: top level). */
export function createCode(ctx: ProjectContext, repo: CodeRepo, input: CreateCodeInput): Code {
  const insert = prepareCode(ctx, repo, input);
  const id = ctx.journal.run({ action: 'codes:create', subject: input.name }, insert);
  return mustGetCode(repo, id);
}

export function createCodebookHandlers(ctx: ProjectContext): CodebookHandlers & { repo: CodeRepo } {
  const repo = createCodeRepo(ctx.db);
  return {
    repo,
    'codes:list': () => repo.list(),
    'codes:create': (input) => createCode(ctx, repo, input),
    'codes:update': (input) => updateCode(ctx, repo, input),
    'codes:move': ({ id, parentId, position }) => moveCode(ctx, repo, id, parentId, position),
    'codes:merge': ({ sourceId, targetId }) => mergeCodes(ctx, repo, sourceId, targetId),
    'codes:delete': async ({ id }) => {
      await deleteCode(ctx, repo, id);
      return { ok: true };
    },
  };
}
