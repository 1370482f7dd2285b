import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { basename, resolve } from 'node:path';
import type { MergeReport } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { APPLICATION_ID } from '../db/open';
import { migrate } from '../db/migrate';
import { migrationSources } from '../db/migrations';
import { readRefiIntoScratch } from '../refi/import-project';
import type { ProjectContext } from './context';
import { readProjectCopy } from './merge-source';
import { mergeProjects } from './merge-projects';

const isRefi = (path: string) => /\.(qdpx|qde)$/i.test(path);

/** Another tool's project, read into a scratch project in memory; its codings without a user become the current coder's. */
function scratchFromRefi(ctx: Pick<ProjectContext, 'db' | 'newGuid' | 'now' | 'coderId'>, path: string): Db {
  const scratch = new Database(':memory:');
  try {
    scratch.pragma(`application_id = ${APPLICATION_ID}`);
    scratch.pragma('foreign_keys = ON');
    migrate(scratch, migrationSources);
    const me = ctx.db.prepare<[number], { guid: string; name: string; created_at: string }>('SELECT guid, name, created_at FROM coders WHERE id = ?').get(ctx.coderId())!;
    const id = Number(scratch.prepare('INSERT INTO coders (guid, name, created_at) VALUES (?, ?, ?)').run(me.guid, me.name, me.created_at).lastInsertRowid);
    readRefiIntoScratch({ db: scratch, newGuid: ctx.newGuid, now: ctx.now, coderId: () => id }, path);
    return scratch;
  } catch (e) {
    scratch.close();
    throw e;
  }
}

/**
 * `project:merge`: a backup first, then the whole merge as one journaled operation (one undo).
 * The other file is read before anything is written: a bad file changes nothing.
 */
export async function mergeIntoProject(ctx: ProjectContext, projectPath: string, path: string): Promise<MergeReport> {
  if (resolve(path) === resolve(projectPath)) throw new AppError('INVALID_INPUT', 'A project cannot be merged into itself');
  const refi = isRefi(path);
  const other = refi ? scratchFromRefi(ctx, path) : readProjectCopy(path);
  try {
    await ctx.backups.take('before-merge');
    const file = basename(path);
    return ctx.journal.run({ action: 'project:merge', subject: file }, () => mergeProjects(ctx, other, { file, codersByName: refi }));
  } finally {
    other.close();
  }
}
