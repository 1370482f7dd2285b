/**
 * An in-memory stand-in for the core behind a fake Transport: enough behaviour (codes, codings,
 * documents, history, settings) for the renderer's flows, plus a log of every call and a way to
 * override any method's answer.
 */
import type { Attribute, Case, Code, Coding, DocumentDetail, EventName, HistoryState, Method, OpLabel, ProjectInfo, Settings } from '../../shared/contract';
import type { AppErrorData, Result } from '../../shared/result';
import type { EventListener, Transport } from '../../renderer/api';
import { participantHandlers } from './fake-participants';

/** Any method's behaviour; `never` lets each handler declare the input it expects. */
type Handler = (input: never) => unknown;

export type FakeCore = {
  transport: Transport;
  calls: { method: Method; input: unknown }[];
  callsTo(method: Method): unknown[];
  /** Replaces a method's behaviour; throwing `fail(...)` answers with an error Result. */
  override(method: Method, handler: Handler): void;
  /** A method's current behaviour (to wrap it in an override). */
  handlerOf(method: Method): Handler | undefined;
  emit(name: EventName, payload: unknown): void;
  state: FakeState;
};

export type FakeState = {
  project: ProjectInfo | null;
  settings: Settings;
  documents: DocumentDetail[];
  codes: Code[];
  codings: Coding[];
  undo: OpLabel[];
  redo: OpLabel[];
  /** Participants and their attributes (see fake-participants.ts). */
  cases: Case[];
  attributes: Attribute[];
};

export class Failure extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.message);
  }
}
export const fail = (code: AppErrorData['code'], message: string, details?: unknown) =>
  new Failure(details === undefined ? { code, message } : { code, message, details });

export const sampleInfo: ProjectInfo = {
  path: '/data/Étude exemple.verbatim',
  name: 'Étude exemple',
  schemaVersion: 1,
  warnings: [],
  notices: [],
  isSample: true,
  documents: 2,
  codes: 3,
  codings: 2,
  coder: { id: 1, name: 'Codeur 1' },
};

const text1 = [
  'Enquêtrice : Comment la ville gère-t-elle ses données ?',
  'Martine Lebrun : Chaque service a ses fichiers. La confiance se perd en une semaine.',
  'Enquêtrice : Et les habitants ?',
].join('\n');
const text2 = ['Karim Benali : Nous exploitons des réseaux de chaleur.', 'Enquêtrice : Merci.'].join('\n');

function turnsOf(text: string) {
  let start = 0;
  return text.split('\n').map((line, i) => {
    const colon = line.indexOf(' : ');
    const turn = {
      id: i + 1,
      start,
      end: start + line.length,
      labelEnd: colon === -1 ? start : start + colon + 3,
      speaker: colon === -1 ? null : line.slice(0, colon),
      tStartMs: null,
      tEndMs: null,
    };
    start += line.length + 1;
    return turn;
  });
}

const doc = (id: number, name: string, text: string, codings: number): DocumentDetail => ({
  id,
  name,
  format: 'txt',
  words: text.split(/\s+/).length,
  turns: text.split('\n').length,
  codings,
  importedFrom: `/tmp/${name}.txt`,
  importedAt: '2025-01-01T00:00:00.000Z',
  caseId: null,
  text,
  turnList: turnsOf(text),
});

const code = (id: number, name: string, color: string, parentId: number | null, codings = 0): Code => ({
  id,
  guid: `guid-${id}`,
  parentId,
  name,
  color,
  description: '',
  position: id,
  isCodable: true,
  codings,
  documents: codings > 0 ? 1 : 0,
  codingsWithSubcodes: codings,
  documentsWithSubcodes: codings > 0 ? 1 : 0,
});

export function sampleState(): FakeState {
  const confiance = text1.indexOf('La confiance se perd');
  return {
    project: null,
    settings: { language: 'fr', theme: 'light' },
    documents: [doc(1, 'E01 - élue', text1, 1), doc(2, 'E02 - prestataire', text2, 1)],
    codes: [code(1, 'Gouvernance', '#1f77b4', null), code(2, 'Souveraineté', '#d62728', 1, 1), code(3, 'Confiance des habitants', '#9467bd', null, 1)],
    codings: [
      { id: 1, documentId: 1, codeId: 3, start: confiance, end: confiance + 'La confiance se perd en une semaine'.length, coderId: 1, createdAt: '' },
      { id: 2, documentId: 2, codeId: 2, start: 15, end: 53, coderId: 1, createdAt: '' },
    ],
    undo: [],
    redo: [],
    cases: [],
    attributes: [],
  };
}

export function createFakeCore(initial: Partial<FakeState> = {}): FakeCore {
  const state: FakeState = { ...sampleState(), ...initial };
  const calls: { method: Method; input: unknown }[] = [];
  const listeners = new Set<EventListener>();
  let nextId = 100;

  const history = (): HistoryState => ({
    canUndo: state.undo.length > 0,
    canRedo: state.redo.length > 0,
    undo: state.undo[state.undo.length - 1] ?? null,
    redo: state.redo[state.redo.length - 1] ?? null,
  });
  const summary = (d: DocumentDetail) => {
    const { text: _text, turnList: _turns, ...rest } = d;
    return { ...rest, codings: state.codings.filter((c) => c.documentId === d.id).length };
  };
  const codeWithCounts = (c: Code): Code => ({ ...c, codings: state.codings.filter((x) => x.codeId === c.id).length });

  const handlers: Partial<Record<Method, Handler>> = {
    'project:current': () => state.project,
    'project:openSample': () => (state.project = sampleInfo),
    'project:check': () => ({ ok: true, problems: [] }),
    'project:recent': () => [],
    'settings:get': () => state.settings,
    'settings:set': (patch: Partial<Settings>) => (state.settings = { ...state.settings, ...patch }),
    'documents:list': () => state.documents.map(summary),
    'documents:get': ({ id }: { id: number }) => {
      const d = state.documents.find((x) => x.id === id);
      if (!d) throw fail('NOT_FOUND', `No document ${id}`);
      return { ...d, codings: summary(d).codings };
    },
    'codes:list': () => state.codes.map(codeWithCounts),
    'codes:create': ({ name, parentId = null, color = '#1f77b4' }: { name: string; parentId?: number | null; color?: string }) => {
      const clash = state.codes.find((c) => c.parentId === parentId && c.name.toLowerCase() === name.trim().toLowerCase());
      if (clash) throw fail('CONFLICT', `A code named “${clash.name}” already exists here`, { id: clash.id });
      const created = code(nextId++, name.trim(), color, parentId);
      state.codes.push(created);
      state.undo.push({ action: 'codes:create', subject: created.name });
      return created;
    },
    'codings:listByDocument': ({ documentId }: { documentId: number }) => state.codings.filter((c) => c.documentId === documentId),
    'codings:get': ({ id }: { id: number }) => {
      const coding = state.codings.find((c) => c.id === id);
      if (!coding) throw fail('NOT_FOUND', `No coding with id ${id}`);
      return coding;
    },
    'codings:apply': (input: { documentId: number; codeId: number; start: number; end: number }) => {
      const coding: Coding = { id: nextId++, coderId: 1, createdAt: '', ...input };
      state.codings.push(coding);
      state.undo.push({ action: 'codings:apply', subject: state.codes.find((c) => c.id === input.codeId)?.name ?? null });
      return coding;
    },
    'codings:remove': ({ id }: { id: number }) => {
      state.codings = state.codings.filter((c) => c.id !== id);
      return { ok: true };
    },
    'codings:retrieve': ({ codeId }: { codeId: number }) =>
      state.codings
        .filter((c) => c.codeId === codeId)
        .map((c) => {
          const d = state.documents.find((x) => x.id === c.documentId)!;
          const turn = d.turnList.find((t) => t.start <= c.start && c.start < t.end);
          return {
            ...c,
            documentName: d.name,
            codeName: state.codes.find((x) => x.id === codeId)?.name ?? '',
            text: d.text.slice(c.start, c.end),
            speaker: turn?.speaker ?? null,
          };
        }),
    'history:state': () => history(),
    'history:undo': () => {
      const op = state.undo.pop();
      if (op) state.redo.push(op);
      return history();
    },
    'history:redo': () => {
      const op = state.redo.pop();
      if (op) state.undo.push(op);
      return history();
    },
    ...participantHandlers(state, () => nextId++),
    'shell:pickImportFiles': () => ({ paths: [] }),
    'shell:pickProjectPath': () => ({ path: null }),
  };

  const transport: Transport = {
    kind: 'electron',
    async invoke(method, input): Promise<Result<unknown>> {
      calls.push({ method, input });
      const handler = handlers[method];
      if (!handler) return { ok: false, error: { code: 'INTERNAL', message: `fake core: no handler for ${method}` } };
      try {
        return { ok: true, value: structuredClone(await (handler as (i: unknown) => unknown)(input)) };
      } catch (e) {
        if (e instanceof Failure) return { ok: false, error: e.data };
        throw e;
      }
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  return {
    transport,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method).map((c) => c.input),
    override: (method, handler) => {
      handlers[method] = handler;
    },
    handlerOf: (method) => handlers[method],
    emit: (name, payload) => {
      for (const l of listeners) l(name, payload);
    },
    state,
  };
}
