import type { ProjectInfo } from '../../../shared/contract';
import { createCodebookHandlers } from '../codebook/handlers';
import { createCodingHandlers } from '../coding/handlers';
import { uniteLegacyOverlaps } from '../coding/unite-legacy';
import type { ProjectHandlers } from '../dispatch';
import type { OpenedDatabase } from '../db/open';
import { createCaseHandlers } from '../cases/handlers';
import { createDocumentHandlers } from '../documents/handlers';
import { createDocumentTexts } from '../documents/document-texts';
import { createSpeakerHandlers } from '../documents/speakers';
import { createJournal } from '../history/journal';
import { createMemoHandlers } from '../memos/handlers';
import { createPseudonymHandlers } from '../pseudonyms/handlers';
import { createSynthesisHandlers } from '../synthesis/handlers';
import { createRefiHandlers } from '../refi/handlers';
import { createSearchHandlers } from '../search/handlers';
import { writeExport } from '../export/export-pipeline';
import type { Emit } from '../session';
import { createBackups } from './backup';
import { createCoders } from './coders';
import { createFileGuard, type FileGuard } from './file-guard';
import { mergeIntoProject } from './merge';
import type { ProjectContext } from './context';
import { basename } from 'node:path';

export type ProjectDeps = {
  dataDir: string;
  now: () => Date;
  newGuid: () => string;
  emit: Emit;
  log: Pick<Console, 'error' | 'warn'>;
  samplePath: string;
  nativeBinding?: string | undefined;
};

export type Project = {
  handlers: ProjectHandlers;
  context: ProjectContext;
  /** Whether this session may write the file (not read-only, not moved or replaced meanwhile). */
  guard: FileGuard;
  info(): ProjectInfo;
  /** Resolves once the backup taken at open (when the project changed since the last one) is written. */
  ready: Promise<void>;
  /** Resolves once the search index has caught up with the last change (tests, benchmarks). */
  searchIdle(): Promise<void>;
  close(): void;
};

/** How often the open project's file is looked at between writes (a stat and a 100-byte read). */
const FILE_WATCH_MS = 5000;

/** Wires an opened project file to the handlers of every capability. */
export function createProject(opened: OpenedDatabase, path: string, deps: ProjectDeps): Project {
  const { db } = opened;
  const coders = createCoders(db, deps.newGuid, deps.now);
  const guard = createFileGuard({ path, identity: opened.identity, readOnly: opened.readOnly, emit: deps.emit });
  // Noticed without waiting for a write, so the UI can tell the user at once (unref: never keeps a CLI alive).
  const watch = setInterval(() => {
    try {
      guard.check();
    } catch {
      // an unreadable folder: the next write reports it
    }
  }, FILE_WATCH_MS);
  watch.unref();
  let onDocumentsChanged = () => undefined as void;
  const journal = createJournal(db, {
    now: deps.now,
    beforeWrite: guard.assertWritable,
    onChange: (entities) => {
      if (entities.includes('documents')) onDocumentsChanged();
      // Undoing an import can remove the coder it brought.
      if (entities.includes('codings')) coders.refresh();
      deps.emit('project:changed', { entities });
    },
  });
  const backups = createBackups(db, deps.dataDir, path, deps.now);
  const context: ProjectContext = {
    db,
    projectPath: path,
    journal,
    backups,
    emit: deps.emit,
    now: deps.now,
    newGuid: deps.newGuid,
    coderId: () => coders.current().id,
    texts: createDocumentTexts(db, journal),
  };

  // Before anything reads codings: projects made before “one code, one passage” are brought under it.
  const united = uniteLegacyOverlaps(context);
  const notices: ProjectInfo['notices'] = united > 0 ? [{ kind: 'codings-united', count: united }] : [];

  const { repo: documentRepo, ...documentHandlers } = createDocumentHandlers(context);
  const { repo: codeRepo, ...codebookHandlers } = createCodebookHandlers(context);
  const { repo: _codingRepo, ...codingHandlers } = createCodingHandlers(context, { documents: documentRepo, codes: codeRepo });
  const { repo: _caseRepo, ...caseHandlers } = createCaseHandlers(context, documentRepo);
  const search = createSearchHandlers(context, { path: opened.readPath, nativeBinding: deps.nativeBinding, codes: codeRepo, log: deps.log });
  onDocumentsChanged = () => search.documentsChanged();
  const count = (table: 'documents' | 'codes' | 'codings') =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  const info = (): ProjectInfo => ({
    path,
    name: basename(path).replace(/\.verbatim$/i, ''),
    schemaVersion: opened.schemaVersion,
    warnings: opened.warnings,
    notices,
    isSample: path === deps.samplePath,
    documents: count('documents'),
    codes: count('codes'),
    codings: count('codings'),
    coder: coders.current(),
    ...(opened.readOnly ? { readOnly: true } : {}),
    ...(guard.lost() ? { fileLost: guard.lost()! } : {}),
  });

  let closed = false;
  // The open-time backup runs in the background: it must not delay the first paint.
  const ready = backups.takeIfChanged().then(
    () => undefined,
    (e: unknown) => {
      if (!closed) deps.log.warn('Backup at open failed:', e);
    },
  );

  const handlers: ProjectHandlers = {
    'project:check': () => {
      const rows = db.pragma('quick_check') as { quick_check: string }[];
      const problems = rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
      return { ok: problems.length === 0, problems };
    },
    ...documentHandlers,
    ...createSpeakerHandlers(context, documentRepo),
    ...codebookHandlers,
    ...codingHandlers,
    ...caseHandlers,
    ...createMemoHandlers(context),
    ...(({ repo: _pseudonymRepo, ...h }) => h)(createPseudonymHandlers(context, { dataDir: deps.dataDir, projectName: () => info().name })),
    ...createSynthesisHandlers(context),
    ...createRefiHandlers(context),
    ...search.handlers,
    'exports:write': (request) => writeExport({ ...context, dataDir: deps.dataDir, projectName: info().name }, request),
    'history:state': () => journal.state(),
    'project:merge': async ({ path: other }) => {
      const report = await mergeIntoProject(context, path, other);
      coders.refresh();
      return report;
    },
    // Coders are written outside the journal (a preference, not work): the file guard is asked here.
    'coders:use': ({ name, remember }) => {
      guard.assertWritable();
      return coders.use(name, { remember });
    },
    'coders:rename': ({ id, name }) => {
      guard.assertWritable();
      return coders.rename(id, name);
    },
    'history:undo': () => {
      journal.undo();
      return journal.state();
    },
    'history:redo': () => {
      journal.redo();
      return journal.state();
    },
  };

  return {
    handlers,
    context,
    guard,
    info,
    ready,
    searchIdle: () => search.idle(),
    close: () => {
      if (closed) return;
      closed = true;
      clearInterval(watch);
      void search.close();
      try {
        db.close();
      } finally {
        opened.lock.release();
        opened.dispose();
      }
    },
  };
}
