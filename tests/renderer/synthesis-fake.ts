/**
 * The fake core's synthesis calls (theme sheets, framework matrix, recommendations, report
 * settings, exports), shaped exactly like the contract's outputs and checked against its schemas,
 * over the fake core's codes, codings, documents and participants.
 */
import {
  contract,
  type Attribute,
  type Case,
  type Method,
  type Recommendation,
  type ReportSettings,
  type SynthesisCoding,
  type ThemeSheet,
} from '../../shared/contract';
import { createFakeCore, fail, sampleInfo, sampleState, type FakeCore } from './fake-core';

export type SynthesisFake = FakeCore & {
  sheets: Map<number, { synthesis: string; pinned: number[] }>;
  recommendations: Recommendation[];
  cells: Map<string, { summary: string; codingIds: number[] }>;
  /** The report settings as last written. */
  report(): ReportSettings;
};

const attribute: Attribute = { id: 1, guid: 'a1', name: 'Type d’acteur', type: 'category', position: 0, isIdentifying: false, values: ['Élue', 'Prestataire'] };
const participant = (id: number, name: string, documentId: number, type: string): Case => ({
  id,
  guid: `c${id}`,
  name,
  description: '',
  values: { '1': type },
  documentIds: [documentId],
  speakers: [],
});

export function createSynthesisFake(): SynthesisFake {
  const base = sampleState();
  const text1 = base.documents[0]!.text;
  const at = (phrase: string) => text1.indexOf(phrase);
  const core = createFakeCore({
    project: sampleInfo,
    cases: [participant(11, 'E01', 1, 'Élue'), participant(12, 'E02', 2, 'Prestataire')],
    attributes: [attribute],
    codings: [
      ...base.codings,
      { id: 3, documentId: 1, codeId: 3, start: at('Chaque service'), end: at('Chaque service') + 'Chaque service a ses fichiers'.length, coderId: 1, createdAt: '' },
      { id: 4, documentId: 2, codeId: 3, start: 0, end: 'Karim Benali : Nous exploitons'.length, coderId: 1, createdAt: '' },
    ],
  });
  core.state.codes[2]!.description = 'Perception des habitants, transparence.';
  const { state } = core;
  const sheets = new Map<number, { synthesis: string; pinned: number[] }>();
  const cells = new Map<string, { summary: string; codingIds: number[] }>();
  const recommendations: Recommendation[] = [];
  let report: ReportSettings = { title: '', subtitle: '', author: '', licence: 'CC-BY-4.0', language: 'fr', codeIds: null, groupAttributeId: 1, includeAnnex: true, draft: false };
  let nextId = 900;

  const codeOf = (id: number) => {
    const c = state.codes.find((x) => x.id === id);
    if (!c) throw fail('NOT_FOUND', `No code ${id}`);
    return c;
  };
  const pathOf = (id: number): string => {
    const c = codeOf(id);
    return c.parentId === null ? c.name : `${pathOf(c.parentId)}/${c.name}`;
  };
  const within = (codeId: number): number[] => [codeId, ...state.codes.filter((c) => c.parentId === codeId).flatMap((c) => within(c.id))];
  const caseOfDoc = (documentId: number) => state.cases.find((c) => c.documentIds.includes(documentId)) ?? null;
  const quote = (id: number): SynthesisCoding => {
    const k = state.codings.find((c) => c.id === id);
    if (!k) throw fail('NOT_FOUND', `No coding ${id}`);
    const d = state.documents.find((x) => x.id === k.documentId)!;
    const c = codeOf(k.codeId);
    const turn = d.turnList.findIndex((t) => t.start <= k.start && k.start <= t.end);
    const who = caseOfDoc(d.id);
    const text = d.text.slice(k.start, k.end);
    return {
      ...k,
      documentName: d.name,
      codeName: c.name,
      codePath: pathOf(c.id),
      codeColor: c.color,
      text,
      words: text.split(/\s+/).length,
      speaker: d.turnList[turn]?.speaker ?? null,
      turn: turn === -1 ? null : { id: d.turnList[turn]!.id, index: turn, start: d.turnList[turn]!.start, end: d.turnList[turn]!.end, tStartMs: null },
      case: who ? { id: who.id, name: who.name } : null,
      values: who?.values ?? {},
      coderName: 'Codeur 1',
    };
  };
  const codingsOf = (codeId: number) => state.codings.filter((k) => within(codeId).includes(k.codeId)).map((k) => k.id);
  const sheetOf = (codeId: number, groupAttributeId?: number | null): ThemeSheet => {
    const code = codeOf(codeId);
    const s = sheets.get(codeId) ?? { synthesis: '', pinned: [] };
    const all = codingsOf(codeId).map(quote);
    const attrId = groupAttributeId === undefined ? report.groupAttributeId : groupAttributeId;
    const groups = attrId === null ? [] : ['Élue', 'Prestataire'];
    return {
      codeId,
      name: code.name,
      path: pathOf(codeId),
      color: code.color,
      definition: code.description,
      synthesis: s.synthesis,
      quotes: s.pinned.map(quote),
      codings: all.length,
      cases: new Set(all.map((q) => q.case?.id)).size,
      groupAttribute: attrId === null ? null : { id: attribute.id, name: attribute.name },
      distribution: groups.map((value) => {
        const inGroup = state.cases.filter((c) => c.values['1'] === value);
        const spoke = all.filter((q) => q.values['1'] === value);
        return { value, label: value, codings: spoke.length, cases: new Set(spoke.map((q) => q.case?.id)).size, casesInGroup: inGroup.length };
      }),
      updatedAt: null,
    };
  };
  const sheet = (codeId: number) => {
    const s = sheets.get(codeId) ?? { synthesis: '', pinned: [] };
    sheets.set(codeId, s);
    return s;
  };
  const themeRows = () =>
    state.codes.map((c) => ({ codeId: c.id, name: c.name, path: pathOf(c.id), color: c.color, depth: c.parentId === null ? 0 : 1 }));
  const cellKey = (caseId: number, codeId: number) => `${caseId}:${codeId}`;
  const availableFor = (caseId: number, codeId: number) => codingsOf(codeId).filter((id) => quote(id).case?.id === caseId);

  const handlers: Partial<Record<Method, (input: never) => unknown>> = {
    'attributes:list': () => [attribute],
    'findings:list': () => ({
      themes: themeRows().map((r) => ({
        ...r,
        codings: codingsOf(r.codeId).length,
        hasSynthesis: (sheets.get(r.codeId)?.synthesis ?? '') !== '',
        pinned: sheets.get(r.codeId)?.pinned.length ?? 0,
        updatedAt: null,
      })),
      recommendations,
    }),
    'themes:get': ({ codeId, groupAttributeId }: { codeId: number; groupAttributeId?: number | null }) => sheetOf(codeId, groupAttributeId),
    'themes:update': ({ codeId, synthesis }: { codeId: number; synthesis: string }) => {
      sheet(codeId).synthesis = synthesis;
      state.undo.push({ action: 'themes:update', subject: codeOf(codeId).name });
      return sheetOf(codeId);
    },
    'themes:pinQuote': ({ codeId, codingId }: { codeId: number; codingId: number }) => {
      if (!codingsOf(codeId).includes(codingId)) throw fail('INVALID_INPUT', 'not coded with the theme');
      const s = sheet(codeId);
      s.pinned = [...s.pinned.filter((id) => id !== codingId), codingId];
      return sheetOf(codeId);
    },
    'themes:unpinQuote': ({ codeId, codingId }: { codeId: number; codingId: number }) => {
      const s = sheet(codeId);
      s.pinned = s.pinned.filter((id) => id !== codingId);
      return sheetOf(codeId);
    },
    'themes:reorderQuotes': ({ codeId, codingIds }: { codeId: number; codingIds: number[] }) => {
      const s = sheet(codeId);
      if ([...codingIds].sort().join() !== [...s.pinned].sort().join()) throw fail('INVALID_INPUT', 'not exactly the pinned quotes');
      s.pinned = [...codingIds];
      return sheetOf(codeId);
    },
    'synthesis:retrieve': ({ codeIds, filters }: { codeIds: number[]; filters?: { caseIds?: number[] } }) => {
      const ids = [...new Set(codeIds.flatMap(codingsOf))];
      const codings = ids.map(quote).filter((q) => !filters?.caseIds || (q.case && filters.caseIds.includes(q.case.id)));
      return { codings, documents: new Set(codings.map((q) => q.documentId)).size, cases: new Set(codings.map((q) => q.case?.id)).size };
    },
    'framework:get': () => {
      const codes = themeRows().filter((r) => r.depth === 0);
      return {
        cases: state.cases.map((c) => ({ id: c.id, name: c.name })),
        codes,
        cells: state.cases.map((c) =>
          codes.map((r) => {
            const cell = cells.get(cellKey(c.id, r.codeId)) ?? { summary: '', codingIds: [] };
            return { caseId: c.id, codeId: r.codeId, ...cell, available: availableFor(c.id, r.codeId).length, updatedAt: null };
          }),
        ),
      };
    },
    'framework:setCell': ({ caseId, codeId, summary, codingIds }: { caseId: number; codeId: number; summary?: string; codingIds?: number[] }) => {
      const old = cells.get(cellKey(caseId, codeId)) ?? { summary: '', codingIds: [] };
      if (codingIds?.some((id) => !availableFor(caseId, codeId).includes(id))) throw fail('INVALID_INPUT', 'not this participant’s quote');
      const next = { summary: summary ?? old.summary, codingIds: codingIds ?? old.codingIds };
      cells.set(cellKey(caseId, codeId), next);
      return { caseId, codeId, ...next, available: availableFor(caseId, codeId).length, updatedAt: null };
    },
    'recommendations:create': ({ title, body = '', codeIds = [], codingIds = [] }: { title: string; body?: string; codeIds?: number[]; codingIds?: number[] }) => {
      const r: Recommendation = { id: nextId++, guid: `r${nextId}`, title, body, position: recommendations.length, codeIds, codingIds, createdAt: '', updatedAt: '' };
      recommendations.push(r);
      return r;
    },
    'recommendations:update': ({ id, ...change }: { id: number } & Partial<Recommendation>) => {
      const r = recommendations.find((x) => x.id === id);
      if (!r) throw fail('NOT_FOUND', `No recommendation ${id}`);
      Object.assign(r, Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)));
      return r;
    },
    'recommendations:delete': ({ id }: { id: number }) => {
      recommendations.splice(recommendations.findIndex((r) => r.id === id), 1);
      return { ok: true };
    },
    'recommendations:reorder': ({ ids }: { ids: number[] }) => {
      const sorted = ids.map((id) => recommendations.find((r) => r.id === id)!);
      recommendations.splice(0, recommendations.length, ...sorted.map((r, position) => ({ ...r, position })));
      return recommendations;
    },
    'recommendations:evidence': ({ id }: { id: number }) => {
      const r = recommendations.find((x) => x.id === id);
      if (!r) throw fail('NOT_FOUND', `No recommendation ${id}`);
      const cited = r.codingIds.map(quote);
      const themes = r.codeIds.map((codeId) => {
        const code = codeOf(codeId);
        return {
          codeId,
          name: code.name,
          path: pathOf(codeId),
          color: code.color,
          synthesis: sheets.get(codeId)?.synthesis ?? '',
          quotes: cited.filter((q) => within(codeId).includes(q.codeId)),
          keyQuotes: (sheets.get(codeId)?.pinned ?? []).map(quote),
        };
      });
      const under = new Set(themes.flatMap((th) => th.quotes.map((q) => q.id)));
      const docs = [...new Set(cited.map((q) => q.documentId))];
      return {
        recommendation: r,
        themes,
        otherQuotes: cited.filter((q) => !under.has(q.id)),
        sources: docs.map((documentId) => {
          const q = cited.find((x) => x.documentId === documentId)!;
          return { documentId, documentName: q.documentName, case: q.case, quotes: cited.filter((x) => x.documentId === documentId).length };
        }),
      };
    },
    'report:getSettings': () => report,
    'report:setSettings': (patch: Partial<ReportSettings>) => (report = { ...report, ...patch }),
    'shell:pickExportPath': () => ({ path: '/home/ana/Documents/Rapport.docx' }),
    'exports:write': ({ format, path }: { format: 'docx'; path?: string }) => ({ format, path: path ?? '/data/exports/uuid/Étude.docx', fileName: 'Rapport.docx', bytes: 2048 }),
  };
  for (const [method, handler] of Object.entries(handlers) as [Method, (input: never) => unknown][]) {
    // Answers are checked against the contract, as the real core's are in development.
    core.override(method, (input: never) => contract[method].output.parse(handler(input)));
  }
  return Object.assign(core, { sheets, recommendations, cells, report: () => report });
}
