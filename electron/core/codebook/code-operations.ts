import type { Code } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { nameKey, uniqueName } from '../documents/unique-name';
import type { ProjectContext } from '../project/context';
import { createPassageRules } from '../coding/one-passage';
import { mustGetCode, type CodeRepo } from './code-repo';

function assertFreeSiblingName(repo: CodeRepo, parentId: number | null, name: string, except: number) {
  const clash = repo.siblings(parentId).find((s) => s.id !== except && nameKey(s.name) === nameKey(name));
  if (clash) throw new AppError('CONFLICT', `A code named “${clash.name}” already exists here`, { id: clash.id });
}

export type CodeUpdate = { id: number; name?: string | undefined; color?: string | undefined; description?: string | undefined; isCodable?: boolean | undefined };

export function updateCode(ctx: ProjectContext, repo: CodeRepo, input: CodeUpdate): Code {
  const code = mustGetCode(repo, input.id);
  if (input.name !== undefined) assertFreeSiblingName(repo, code.parentId, input.name, code.id);
  if (input.isCodable === false && code.codings > 0) {
    throw new AppError('CONFLICT', `“${code.name}” has ${code.codings} codings: it cannot become a folder until they are moved or removed`);
  }
  const next = {
    id: code.id,
    name: input.name ?? code.name,
    color: input.color ?? code.color,
    description: input.description ?? code.description,
    isCodable: input.isCodable ?? code.isCodable,
  };
  const action = input.name !== undefined && input.name !== code.name ? 'codes:rename' : input.color !== undefined && input.color !== code.color ? 'codes:recolor' : 'codes:update';
  // A definition is autosaved as it is written: its saves join one undo step.
  const onlyDefinition = input.name === undefined && input.color === undefined && input.isCodable === undefined && input.description !== undefined;
  ctx.journal.run({ action, subject: next.name }, () => repo.update(next), onlyDefinition ? { merge: `code-definition:${code.id}` } : {});
  return mustGetCode(repo, code.id);
}

/** Moves a code (with its sub-codes) under a new parent, at a position among its new siblings. */
export function moveCode(ctx: ProjectContext, repo: CodeRepo, id: number, parentId: number | null, position: number): Code[] {
  const code = mustGetCode(repo, id);
  if (parentId !== null) {
    mustGetCode(repo, parentId);
    if (repo.isWithin(parentId, id)) throw new AppError('INVALID_INPUT', `“${code.name}” cannot be moved inside itself or one of its sub-codes`);
  }
  if (parentId !== code.parentId) assertFreeSiblingName(repo, parentId, code.name, code.id);
  ctx.journal.run({ action: 'codes:move', subject: code.name }, () => {
    const siblings = repo.children(parentId).filter((s) => s !== id);
    siblings.splice(Math.min(position, siblings.length), 0, id);
    repo.order(parentId, siblings);
    if (code.parentId !== parentId) repo.order(code.parentId, repo.children(code.parentId));
  });
  return repo.list();
}

/**
 * Merges one code into another: codings move (where the target already codes the same or
 * overlapping words for the same coder, the two become one coding, memos kept), sub-codes and memos move, the target keeps its definition (or takes the source's if it
 * had none), and the source is deleted. One undoable step, after a backup.
 */
export async function mergeCodes(ctx: ProjectContext, repo: CodeRepo, sourceId: number, targetId: number): Promise<Code> {
  const source = mustGetCode(repo, sourceId);
  const target = mustGetCode(repo, targetId);
  if (sourceId === targetId) throw new AppError('INVALID_INPUT', 'A code cannot be merged into itself');
  if (repo.isWithin(targetId, sourceId)) throw new AppError('INVALID_INPUT', `“${source.name}” cannot be merged into one of its own sub-codes`);
  if (!target.isCodable && source.codings > 0) throw new AppError('CONFLICT', `“${target.name}” is a folder: it cannot receive codings`);
  await ctx.backups.take('before-merge');
  const { db } = ctx;
  ctx.journal.run({ action: 'codes:merge', subject: `${source.name} → ${target.name}` }, () => {
    db.prepare(`UPDATE codings SET code_id = @targetId WHERE code_id = @sourceId`).run({ sourceId, targetId });
    // One code, one passage: where both codes covered the same or adjoining words, one coding remains (memos kept).
    createPassageRules(db).uniteAll(null, (documentId, start, end) => ctx.texts.around(documentId, start, end)!);
    db.prepare(`UPDATE memos SET code_id = @targetId WHERE code_id = @sourceId`).run({ sourceId, targetId });
    const taken = repo.siblings(targetId).map((s) => s.name);
    const children = repo.children(sourceId);
    for (const childId of children) {
      const child = mustGetCode(repo, childId);
      const name = uniqueName(child.name, taken);
      taken.push(name);
      if (name !== child.name) repo.update({ ...child, name });
    }
    repo.order(targetId, [...repo.children(targetId), ...children]);
    if (target.description.trim() === '' && source.description.trim() !== '') {
      repo.update({ ...target, description: source.description });
    }
    repo.remove(sourceId);
  });
  return mustGetCode(repo, targetId);
}

/** Deletes a code, its sub-codes and all their codings, after a backup; undoable. */
export async function deleteCode(ctx: ProjectContext, repo: CodeRepo, id: number): Promise<void> {
  const code = mustGetCode(repo, id);
  await ctx.backups.take('before-delete');
  ctx.journal.run({ action: 'codes:delete', subject: code.name }, () => {
    repo.remove(id);
    repo.order(code.parentId, repo.children(code.parentId));
  });
}
