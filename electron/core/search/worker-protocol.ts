import type { SearchFilters, SearchHit } from '../../../shared/contract';

/** Messages to the search worker. */
export type WorkerRequest =
  /** `documentIds`: only these documents may have changed; left out, every document is checked. */
  | { type: 'sync'; id: number; documentIds?: number[] | undefined }
  | { type: 'query'; id: number; query: string; filters?: SearchFilters | undefined; limit: number }
  | { type: 'close' };

/** Messages from it. */
export type WorkerMessage =
  | { type: 'started' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'synced'; id: number; checked: number; reindexed: number; removed: number; total: number }
  | { type: 'result'; id: number; ok: true; value: { hits: SearchHit[]; fellBack: boolean } }
  | { type: 'result'; id: number; ok: false; message: string };
