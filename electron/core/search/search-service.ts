import { Worker } from 'node:worker_threads';
import type { SearchFilters, SearchHit } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { Emit } from '../session';
import type { WorkerMessage, WorkerRequest } from './worker-protocol';

/**
 * Starts the worker: the bundled `search-worker.js` beside this module (out/node, out/electron), or,
 * in development and tests, the TypeScript source through tsx's loader (registered inside the
 * worker: a loader given as `--import` in execArgv does not reach a worker's entry on Node 20).
 * `VERBATIM_SEARCH_WORKER` names a bundled worker to use instead (the benchmark measures the one
 * users get, whose start does not compile TypeScript). The path is built from a variable so that
 * the bundler leaves it alone.
 */
function startWorker(workerData: unknown): Worker {
  const here = import.meta.url;
  const chosen = process.env.VERBATIM_SEARCH_WORKER;
  if (chosen) return new Worker(chosen, { workerData });
  if (/\.tsx?$/.test(new URL(here).pathname)) {
    const source = new URL('./worker.ts', here).href;
    const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
    return new Worker(bootstrap, { eval: true, workerData });
  }
  const bundled = './search-worker.js';
  return new Worker(new URL(bundled, here), { workerData });
}

export type SearchService = {
  query(query: string, filters: SearchFilters | undefined, limit: number): Promise<{ hits: SearchHit[]; fellBack: boolean }>;
  /**
   * Asks for the index to be brought up to date: only `documentIds` when given (the documents this
   * app changed), else every document. Requests made while a sync runs are merged into one.
   */
  requestSync(documentIds?: readonly number[]): void;
  /** Resolves once no sync is running or pending (tests, and before a query after a change). */
  idle(): Promise<void>;
  /** Documents indexed at the last sync, and whether a sync is under way. */
  status(): { indexed: number; busy: boolean };
  close(): Promise<void>;
};

export function createSearchService(options: { path: string; nativeBinding?: string | undefined; emit: Emit; log: Pick<Console, 'error'> }): SearchService {
  const worker = startWorker({ path: options.path, nativeBinding: options.nativeBinding });
  let failure: Error | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  let syncing: Promise<void> | null = null;
  /** What the next sync must look at: every document, or these (merged from the requests since). */
  let queued: { all: boolean; ids: Set<number> } | null = null;
  let indexed = 0;
  let closed = false;

  worker.on('message', (m: WorkerMessage) => {
    if (m.type === 'progress') options.emit('index:progress', { done: m.done, total: m.total });
    else if (m.type === 'synced' || m.type === 'result') {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (!p) return;
      if (m.type === 'synced') {
        indexed = m.total;
        p.resolve(undefined as never);
      } else if (m.ok) p.resolve(m.value as never);
      else p.reject(new Error(m.message));
    }
  });
  worker.on('error', (e) => {
    options.log.error('[search worker]', e);
    failure = e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  });

  type Request = { type: 'sync'; documentIds?: number[] | undefined } | { type: 'query'; query: string; filters?: SearchFilters | undefined; limit: number };
  const send = <T>(request: Request): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (closed) return reject(new AppError('NO_PROJECT', 'The project was closed'));
      if (failure) return reject(failure);
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: never) => void, reject });
      worker.postMessage({ ...request, id } as WorkerRequest);
    });

  const runSync = async (): Promise<void> => {
    while (queued && !closed) {
      const job = queued;
      queued = null;
      await send<void>({ type: 'sync', documentIds: job.all ? undefined : [...job.ids] });
      options.emit('index:ready', { documents: indexed });
    }
  };

  const requestSync = (documentIds?: readonly number[]) => {
    if (closed) return;
    if (documentIds !== undefined && documentIds.length === 0) return;
    queued ??= { all: false, ids: new Set() };
    if (documentIds === undefined) queued.all = true;
    else for (const id of documentIds) queued.ids.add(id);
    if (!syncing) startSync();
  };
  const startSync = () => {
    syncing = runSync()
      .catch((e: unknown) => options.log.error('[search sync]', e))
      .finally(() => {
        syncing = null;
        // A request made between the loop's last look and now would otherwise wait for the next one.
        if (queued && !closed) startSync();
      });
  };

  return {
    async query(query, filters, limit) {
      // A query right after an edit waits for it to be indexed: results never lag behind the text.
      if (syncing) await syncing;
      return send({ type: 'query', query, filters, limit });
    },
    requestSync,
    idle: async () => {
      while (syncing) await syncing;
    },
    status: () => ({ indexed, busy: syncing !== null }),
    close: async () => {
      if (closed) return;
      if (syncing) await syncing.catch(() => undefined);
      closed = true;
      worker.postMessage({ type: 'close' } satisfies WorkerRequest);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 2000);
        worker.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
