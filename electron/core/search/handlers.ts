import type { SearchStatus } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { mustGetCode } from '../codebook/code-repo';
import { createPassageRules } from '../coding/one-passage';
import type { ProjectHandlers } from '../dispatch';
import type { ProjectContext } from '../project/context';
import { searchLanguageOf } from './search-in-db';
import { createSearchService, type SearchService } from './search-service';
import type { CodeRepo } from '../codebook/code-repo';

type SearchHandlers = Pick<ProjectHandlers, 'search:query' | 'search:autoCode' | 'search:status' | 'search:setLanguage'>;

/** The sentence around a match, within its paragraph: from the previous sentence end to the next. */
export function sentenceAround(text: string, from: number, to: number, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > from && !/[.!?…]\s/.test(text.slice(s - 2, s))) s--;
  let e = end;
  while (e < to && !/[.!?…]/.test(text[e - 1] ?? '')) e++;
  while (s < e && /\s/.test(text[s]!)) s++;
  return { start: s, end: e };
}

/**
 * The ids of the documents whose indexed content (text or turns) this connection changes, in any
 * way: handlers, undo and redo alike. Temporary triggers (like the journal's) call back into this
 * process, so an edit makes the worker look at that one document, not hash all of them. Changes by
 * other programs are not seen here: the full check when the worker starts catches those. A change
 * rolled back leaves its id in the set, which costs one document's hash and nothing else.
 */
function watchDocumentChanges(db: ProjectContext['db']): Set<number> {
  const changed = new Set<number>();
  db.function('verbatim_search_changed', { deterministic: false }, (id: unknown) => {
    if (typeof id === 'number' || typeof id === 'bigint') changed.add(Number(id));
    return null;
  });
  db.exec(`
    CREATE TEMP TRIGGER IF NOT EXISTS search_documents_insert AFTER INSERT ON main.documents BEGIN SELECT verbatim_search_changed(NEW.id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS search_documents_update AFTER UPDATE OF text ON main.documents BEGIN SELECT verbatim_search_changed(NEW.id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS search_documents_delete AFTER DELETE ON main.documents BEGIN SELECT verbatim_search_changed(OLD.id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS search_turns_insert AFTER INSERT ON main.turns BEGIN SELECT verbatim_search_changed(NEW.document_id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS search_turns_update AFTER UPDATE ON main.turns BEGIN
      SELECT verbatim_search_changed(OLD.document_id); SELECT verbatim_search_changed(NEW.document_id);
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS search_turns_delete AFTER DELETE ON main.turns BEGIN SELECT verbatim_search_changed(OLD.document_id); END;`);
  return changed;
}

/**
 * Search runs in a worker thread started on first use (opening a project never waits for it); once
 * started, every change to documents triggers an incremental re-index there.
 */
export function createSearchHandlers(ctx: ProjectContext, options: { path: string; nativeBinding?: string | undefined; codes: CodeRepo; log: Pick<Console, 'error'> }) {
  let service: SearchService | null = null;
  const changed = watchDocumentChanges(ctx.db);
  const get = (): SearchService => {
    if (!service) {
      service = createSearchService({ path: options.path, nativeBinding: options.nativeBinding, emit: ctx.emit, log: options.log });
      // The first sync checks every document: what changed before is covered.
      changed.clear();
      service.requestSync();
    }
    return service;
  };
  const countDocuments = ctx.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM documents`);
  const status = (): SearchStatus => {
    const s = service?.status() ?? { indexed: 0, busy: false };
    const documents = countDocuments.get()!.n;
    return { language: searchLanguageOf(ctx.db), documents, indexed: s.indexed, ready: service !== null && !s.busy && s.indexed === documents };
  };

  const passages = createPassageRules(ctx.db);
  const handlers: SearchHandlers = {
    'search:query': ({ query, filters, limit }) => get().query(query, filters, limit),
    'search:status': () => {
      get();
      return status();
    },
    'search:setLanguage': ({ language }) => {
      ctx.db.prepare(`INSERT INTO meta (key, value) VALUES ('search_language', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(language);
      get().requestSync();
      return status();
    },
    'search:autoCode': async ({ query, filters, codeId, level, selected }) => {
      const code = mustGetCode(options.codes, codeId);
      if (!code.isCodable) throw new AppError('INVALID_INPUT', `“${code.name}” is a folder and cannot be applied to text`);
      const { hits } = await get().query(query, filters, 5000);
      const wanted = selected && new Set(selected.map((s) => `${s.documentId}:${s.start}:${s.end}`));
      const chosen = wanted ? hits.filter((h) => wanted.has(`${h.documentId}:${h.start}:${h.end}`)) : hits;
      const textOf = ctx.db.prepare<[number], { text: string }>(`SELECT text FROM documents WHERE id = ?`);
      const ranges = new Map<string, { documentId: number; start: number; end: number }>();
      for (const hit of chosen) {
        const text = textOf.get(hit.documentId)?.text ?? '';
        const spans =
          level === 'turn'
            ? [{ start: hit.turnStart, end: hit.turnEnd }]
            : level === 'sentence'
              ? hit.matches.map((m) => sentenceAround(text, hit.turnStart, hit.turnEnd, m.start, m.end))
              : hit.matches;
        for (const span of spans) if (span.end > span.start) ranges.set(`${hit.documentId}:${span.start}:${span.end}`, { documentId: hit.documentId, ...span });
      }
      // One code, one passage: hits in one sentence or turn, or next to a coding of the code, extend it.
      const around = (documentId: number) => (start: number, end: number) => ctx.texts.around(documentId, start, end)!;
      const counts = { applied: 0, alreadyCoded: 0, extended: 0 };
      ctx.journal.run({ action: 'search:autoCode', subject: code.name }, () => {
        for (const r of ranges.values()) {
          const result = passages.code({ ...r, codeId, coderId: ctx.coderId() }, around(r.documentId), () => ({
            guid: ctx.newGuid(),
            createdAt: ctx.now().toISOString(),
          }));
          if (result.outcome === 'unchanged') counts.alreadyCoded++;
          else {
            counts.applied++;
            if (result.outcome === 'extended') counts.extended++;
          }
        }
      });
      return counts;
    },
  };
  return {
    handlers,
    /** Documents changed: re-index those (only when search has been used in this session). */
    documentsChanged: () => {
      const ids = [...changed];
      changed.clear();
      service?.requestSync(ids);
    },
    idle: () => service?.idle() ?? Promise.resolve(),
    close: () => service?.close() ?? Promise.resolve(),
  };
}
