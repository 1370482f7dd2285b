/**
 * The fake core's participants, attributes, speakers and transcript edits: enough behaviour for the
 * renderer's flows (typed values checked like the core checks them, CONFLICT on taken names, turns
 * renamed per document), kept apart from fake-core.ts.
 */
import type { Attribute, AttributeType, Case, DocumentDetail, Method, Speaker, SpeakerRole, Turn } from '../../shared/contract';
import { fail, type FakeState } from './fake-core';

type Handler = (input: never) => unknown;

const key = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

function normalize(type: AttributeType, raw: string | null): { ok: true; value: string | null } | { ok: false; reason: string } {
  const s = (raw ?? '').trim();
  if (s === '') return { ok: true, value: null };
  if (type === 'number') {
    const n = /^-?\d+([.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : NaN;
    return Number.isFinite(n) ? { ok: true, value: String(n) } : { ok: false, reason: `“${s}” is not a number` };
  }
  if (type === 'date') {
    const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    if (fr) return { ok: true, value: `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}` };
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return { ok: true, value: s };
    return { ok: false, reason: `“${s}” is not a date` };
  }
  return { ok: true, value: s };
}

/** Turns of a stored text: one per line, the speaker before ` : `. */
export function turnsOfText(text: string): Turn[] {
  let start = 0;
  return text.split('\n').map((line, i) => {
    const colon = line.indexOf(' : ');
    const turn: Turn = {
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

export function participantHandlers(state: FakeState, nextId: () => number): Partial<Record<Method, Handler>> {
  const doc = (id: number): DocumentDetail => {
    const d = state.documents.find((x) => x.id === id);
    if (!d) throw fail('NOT_FOUND', `No document ${id}`);
    return d;
  };
  const withLinks = (c: Case): Case => ({ ...c, documentIds: state.documents.filter((d) => d.caseId === c.id).map((d) => d.id) });
  const mustCase = (id: number) => {
    const c = state.cases.find((x) => x.id === id);
    if (!c) throw fail('NOT_FOUND', `No participant ${id}`);
    return c;
  };
  const mustAttribute = (id: number) => {
    const a = state.attributes.find((x) => x.id === id);
    if (!a) throw fail('NOT_FOUND', `No attribute ${id}`);
    return a;
  };
  const withValues = (a: Attribute): Attribute => ({
    ...a,
    values: [...new Set(state.cases.map((c) => c.values[String(a.id)]).filter((v): v is string => !!v))].sort(),
  });
  /** Speakers' roles, by `documentId:speaker`. */
  const roles = new Map<string, SpeakerRole>();
  const speakersOf = (documentId: number): Speaker[] => {
    const d = doc(documentId);
    const out = new Map<string, Speaker>();
    for (const t of d.turnList) {
      if (t.speaker === null) continue;
      const s = out.get(t.speaker) ?? { name: t.speaker, turns: 0, words: 0, caseId: null, role: roles.get(`${documentId}:${t.speaker}`) ?? null };
      s.turns++;
      s.words += d.text.slice(t.labelEnd, t.end).split(/\s+/).filter(Boolean).length;
      s.caseId = state.cases.find((c) => c.speakers.some((x) => x.documentId === documentId && x.speaker === t.speaker))?.id ?? null;
      out.set(t.speaker, s);
    }
    return [...out.values()];
  };
  const moveSpeaker = (documentId: number, from: string, to: string) => {
    for (const t of doc(documentId).turnList) if (t.speaker === from) t.speaker = to;
  };

  return {
    'cases:list': () => state.cases.map(withLinks),
    'attributes:list': () => state.attributes.map(withValues),
    'cases:create': ({ name }: { name: string }) => {
      const clash = state.cases.find((c) => key(c.name) === key(name));
      if (clash) throw fail('CONFLICT', `A participant named “${clash.name}” already exists`, { id: clash.id });
      const created: Case = { id: nextId(), guid: `case-${name}`, name: name.trim(), description: '', values: {}, documentIds: [], speakers: [] };
      state.cases.push(created);
      return withLinks(created);
    },
    'cases:update': ({ id, name }: { id: number; name?: string }) => {
      const c = mustCase(id);
      if (name !== undefined) {
        const clash = state.cases.find((x) => x.id !== id && key(x.name) === key(name));
        if (clash) throw fail('CONFLICT', `A participant named “${clash.name}” already exists`, { id: clash.id });
        c.name = name.trim();
      }
      return withLinks(c);
    },
    'cases:delete': ({ id }: { id: number }) => {
      state.cases = state.cases.filter((c) => c.id !== id);
      for (const d of state.documents) if (d.caseId === id) d.caseId = null;
      return { ok: true };
    },
    'cases:setValue': ({ caseId, attributeId, value }: { caseId: number; attributeId: number; value: string | null }) => {
      const c = mustCase(caseId);
      const a = mustAttribute(attributeId);
      const n = normalize(a.type, value);
      if (!n.ok) throw fail('INVALID_INPUT', `${n.reason} (“${a.name}” holds a ${a.type})`);
      if (n.value === null) delete c.values[String(attributeId)];
      else c.values[String(attributeId)] = n.value;
      return withLinks(c);
    },
    'attributes:create': ({ name, type }: { name: string; type: AttributeType }) => {
      const clash = state.attributes.find((a) => key(a.name) === key(name));
      if (clash) throw fail('CONFLICT', `An attribute named “${clash.name}” already exists`, { id: clash.id });
      const created: Attribute = { id: nextId(), guid: `attr-${name}`, name: name.trim(), type, position: state.attributes.length, isIdentifying: false, values: [] };
      state.attributes.push(created);
      return withValues(created);
    },
    'attributes:update': ({ id, name, type, isIdentifying }: { id: number; name?: string; type?: AttributeType; isIdentifying?: boolean }) => {
      const a = mustAttribute(id);
      if (name !== undefined) {
        const clash = state.attributes.find((x) => x.id !== id && key(x.name) === key(name));
        if (clash) throw fail('CONFLICT', `An attribute named “${clash.name}” already exists`, { id: clash.id });
      }
      if (type !== undefined) {
        const misfits = state.cases.map((c) => c.values[String(id)]).filter((v): v is string => !!v && !normalize(type, v).ok);
        if (misfits.length > 0) throw fail('CONFLICT', `Some values are not a ${type}`, { values: misfits });
        a.type = type;
      }
      if (name !== undefined) a.name = name.trim();
      if (isIdentifying !== undefined) a.isIdentifying = isIdentifying;
      return withValues(a);
    },
    'attributes:delete': ({ id }: { id: number }) => {
      state.attributes = state.attributes.filter((a) => a.id !== id);
      for (const c of state.cases) delete c.values[String(id)];
      return { ok: true };
    },
    'documents:setCase': ({ documentId, caseId }: { documentId: number; caseId: number | null }) => {
      const d = doc(documentId);
      d.caseId = caseId;
      const { text: _text, turnList: _turns, ...summary } = d;
      return { ...summary, codings: state.codings.filter((c) => c.documentId === documentId).length };
    },
    'cases:autoLink': () => {
      const report = { linked: [] as { document: string; case: string }[], ambiguous: [] as { document: string; candidates: string[] }[], unmatched: [] as string[] };
      for (const d of state.documents) {
        if (d.caseId !== null) continue;
        const tokens = key(d.name).split(/[^\p{L}\p{N}]+/u);
        const matches = state.cases.filter((c) => tokens.includes(key(c.name)));
        if (matches.length === 1) {
          d.caseId = matches[0]!.id;
          report.linked.push({ document: d.name, case: matches[0]!.name });
        } else if (matches.length > 1) {
          report.ambiguous.push({ document: d.name, candidates: matches.map((c) => c.name) });
          report.unmatched.push(d.name);
        } else report.unmatched.push(d.name);
      }
      return report;
    },
    'cases:import': () => {
      throw fail('BAD_FILE', 'fake core: override cases:import in the test');
    },
    'speakers:list': ({ documentId }: { documentId: number }) => speakersOf(documentId),
    'speakers:rename': ({ documentId, from, to }: { documentId: number; from: string; to: string }) => {
      if (speakersOf(documentId).some((s) => s.name === to)) throw fail('CONFLICT', `“${to}” is already a speaker in this document`);
      moveSpeaker(documentId, from, to);
      return speakersOf(documentId);
    },
    'speakers:merge': ({ documentId, speakers, into }: { documentId: number; speakers: string[]; into: string }) => {
      for (const s of speakers) moveSpeaker(documentId, s, into);
      return speakersOf(documentId);
    },
    'speakers:link': ({ documentId, speaker, caseId }: { documentId: number; speaker: string; caseId: number | null }) => {
      for (const c of state.cases) c.speakers = c.speakers.filter((s) => !(s.documentId === documentId && s.speaker === speaker));
      if (caseId !== null) mustCase(caseId).speakers.push({ documentId, speaker });
      return speakersOf(documentId);
    },
    'speakers:setRole': ({ documentId, speaker, role }: { documentId: number; speaker: string; role: SpeakerRole | null }) => {
      if (role === null) roles.delete(`${documentId}:${speaker}`);
      else roles.set(`${documentId}:${speaker}`, role);
      return speakersOf(documentId);
    },
    'documents:edit': ({ id, text }: { id: number; text: string }) => {
      const d = doc(id);
      const lost: { id: number; codeName: string; text: string }[] = [];
      let kept = 0;
      // Codings follow their words when they can still be found; the others are lost.
      for (const c of state.codings.filter((x) => x.documentId === id)) {
        const quote = d.text.slice(c.start, c.end);
        const at = text.indexOf(quote);
        if (at === -1) {
          lost.push({ id: c.id, codeName: state.codes.find((x) => x.id === c.codeId)?.name ?? '', text: quote });
          state.codings = state.codings.filter((x) => x.id !== c.id);
        } else {
          c.start = at;
          c.end = at + quote.length;
          kept++;
        }
      }
      d.text = text;
      d.turnList = turnsOfText(text);
      d.words = text.split(/\s+/).filter(Boolean).length;
      d.turns = d.turnList.length;
      const { text: _text, turnList: _turns, ...summary } = d;
      return { document: { ...summary, codings: state.codings.filter((c) => c.documentId === id).length }, kept, reanchored: 0, lost };
    },
  };
}
