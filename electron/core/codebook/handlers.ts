import type { Code } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ProjectHandlers } from '../dispatch';
import { nameKey } from '../documents/unique-name';
import type { ProjectContext } from '../project/context';
import { createCodeRepo, type CodeRepo } from './code-repo';
import { paletteColor } from './palette';

type CodebookHandlers = Pick<ProjectHandlers, 'codes:list' | 'codes:create'>;

export function mustGetCode(repo: CodeRepo, id: number): Code {
  const code = repo.get(id);
  if (!code) throw new AppError('NOT_FOUND', `No code with id ${id}`);
  return code;
}

export type CreateCodeInput = { name: string; parentId: number | null; color?: string | undefined; description?: string | undefined };

/** Creates a code under `parentId`; sibling names are unique (case-insensitive). */
export function createCode(ctx: ProjectContext, repo: CodeRepo, input: CreateCodeInput): Code {
  if (input.parentId !== null) mustGetCode(repo, input.parentId);
  const clash = repo.siblings(input.parentId).find((s) => nameKey(s.name) === nameKey(input.name));
  if (clash) throw new AppError('CONFLICT', `A code named “${clash.name}” already exists here`, { id: clash.id });
  const id = ctx.journal.run({ action: 'codes:create', subject: input.name }, () =>
    repo.insert({
      guid: ctx.newGuid(),
      parentId: input.parentId,
      name: input.name,
      color: input.color ?? paletteColor(repo.count()),
      description: input.description ?? '',
      createdAt: ctx.now().toISOString(),
    }),
  );
  return mustGetCode(repo, id);
}

export function createCodebookHandlers(ctx: ProjectContext): CodebookHandlers & { repo: CodeRepo } {
  const repo = createCodeRepo(ctx.db);
  return {
    repo,
    'codes:list': () => repo.list(),
    'codes:create': (input) => createCode(ctx, repo, input),
  };
}
