import { AppError } from '../../../shared/result';
import type { ProjectHandlers } from '../dispatch';
import type { ProjectContext } from '../project/context';
import { createDocumentRepo, type DocumentRepo } from './document-repo';
import { editDocument } from './edit/edit-document';
import { importDocuments } from './import-documents';
import { nameKey } from './unique-name';

type DocumentHandlers = Pick<
  ProjectHandlers,
  'documents:list' | 'documents:get' | 'documents:import' | 'documents:rename' | 'documents:delete' | 'documents:edit'
>;

export function mustGetDocument(repo: DocumentRepo, id: number) {
  const doc = repo.get(id);
  if (!doc) throw new AppError('NOT_FOUND', `No document with id ${id}`);
  return doc;
}

export function createDocumentHandlers(ctx: ProjectContext): DocumentHandlers & { repo: DocumentRepo } {
  const repo = createDocumentRepo(ctx.db);
  return {
    repo,
    'documents:list': () => repo.list(),
    'documents:get': ({ id }) => {
      const doc = repo.detail(id);
      if (!doc) throw new AppError('NOT_FOUND', `No document with id ${id}`);
      return doc;
    },
    'documents:import': ({ paths, allowDuplicates, allowOutsideSources }) =>
      importDocuments(ctx, repo, paths, { allowDuplicates: allowDuplicates ?? false, allowOutsideSources }),
    'documents:rename': ({ id, name }) => {
      const doc = mustGetDocument(repo, id);
      const clash = repo.names().find((n) => nameKey(n) === nameKey(name) && n !== doc.name);
      if (clash) throw new AppError('CONFLICT', `A document named “${clash}” already exists`);
      if (doc.name === name) return doc;
      ctx.journal.run({ action: 'documents:rename', subject: name }, () => repo.rename(id, name));
      return mustGetDocument(repo, id);
    },
    'documents:edit': ({ id, text }) => editDocument(ctx, repo, id, text),
    'documents:delete': async ({ id }) => {
      const doc = mustGetDocument(repo, id);
      // Deleting loses codings: a copy is kept even though the operation can be undone.
      await ctx.backups.take('before-delete');
      ctx.journal.run({ action: 'documents:delete', subject: doc.name }, () => repo.remove(id));
      return { ok: true };
    },
  };
}
