/**
 * The search worker: a thread with its own connection to the project, where the index is brought up
 * to date and queries run, so that neither Electron's main thread nor the renderer ever waits for
 * Lunr's analysis or a large re-index.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { frenchLexicon } from './french-lexicon';
import { createIndexStore, createTextCache } from './index-store';
import { searchInDatabase, searchLanguageOf } from './search-in-db';
import type { WorkerRequest, WorkerMessage } from './worker-protocol';

const { path, nativeBinding } = workerData as { path: string; nativeBinding?: string };
const db = new Database(path, nativeBinding ? { fileMustExist: true, nativeBinding } : { fileMustExist: true });
db.pragma('busy_timeout = 10000');
db.pragma('synchronous = FULL');
// One cache of decoded texts, filled as the index is built and as queries read documents.
const texts = createTextCache(db);
const store = createIndexStore(db, () => searchLanguageOf(db), texts);
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

parentPort!.on('message', (request: WorkerRequest) => {
  try {
    if (request.type === 'sync') {
      const result = store.sync((p) => post({ type: 'progress', ...p }), request.documentIds);
      post({ type: 'synced', id: request.id, ...result });
      // The French lexicon is read once, while the user has not typed yet, not at the first query.
      if (searchLanguageOf(db) !== 'en') setImmediate(frenchLexicon);
    } else if (request.type === 'query') {
      post({ type: 'result', id: request.id, ok: true, value: searchInDatabase(db, request.query, request.filters, request.limit, texts) });
    } else if (request.type === 'close') {
      db.close();
      process.exit(0);
    }
  } catch (e) {
    post({ type: 'result', id: 'id' in request ? request.id : -1, ok: false, message: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) });
  }
});
post({ type: 'started' });
