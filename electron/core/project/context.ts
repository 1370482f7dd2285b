import type { Database } from 'better-sqlite3';
import type { DocumentTexts } from '../documents/document-texts';
import type { Journal } from '../history/journal';
import type { Backups } from './backup';
import type { Emit } from '../session';

/** What every capability's handlers get from the open project: no module-level singletons. */
export type ProjectContext = {
  db: Database;
  /** The project file (absolute): exports and keys are never written over it or its own files. */
  projectPath: string;
  journal: Journal;
  backups: Backups;
  emit: Emit;
  now: () => Date;
  newGuid: () => string;
  /** The coder whose codings this session records. */
  coderId: () => number;
  /** Documents' texts, read from the file as little as possible (shared: coding, speakers, retrieval). */
  texts: DocumentTexts;
};
