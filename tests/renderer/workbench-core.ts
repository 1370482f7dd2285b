/**
 * The fake core with the coding workbench's calls: codes update/move/merge/delete, several codes
 * at once, create-and-apply, boundaries, memos. Behaviour follows the real core closely enough for
 * the renderer's flows (sibling names unique, tree order, memos newest first, undo labels).
 */
import { EditorView } from '@codemirror/view';
import { screen } from '@testing-library/react';
import type { Code, Coding, Memo, MemoTarget } from '../../shared/contract';
import { createFakeCore, fail, type FakeCore, type FakeState } from './fake-core';

export type WorkbenchCore = FakeCore & { memos: Memo[] };

const key = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('fr');

/** Codes in tree order: parents before children, siblings by position. */
function treeOrder(codes: Code[]): Code[] {
  const out: Code[] = [];
  const visit = (parent: number | null) => {
    for (const c of codes.filter((x) => x.parentId === parent).sort((a, b) => a.position - b.position || a.id - b.id)) {
      out.push(c);
      visit(c.id);
    }
  };
  visit(null);
  return out;
}

export function createWorkbenchCore(initial: Partial<FakeState> & { memos?: Memo[] } = {}): WorkbenchCore {
  const { memos: initialMemos = [], ...rest } = initial;
  const core = createFakeCore(rest);
  const { state } = core;
  const memos: Memo[] = [...initialMemos];
  let nextId = 500;
  let clock = Date.parse('2025-03-01T10:00:00.000Z');
  const now = () => new Date((clock += 60_000)).toISOString();

  const codeOf = (id: number) => {
    const c = state.codes.find((x) => x.id === id);
    if (!c) throw fail('NOT_FOUND', `No code ${id}`);
    return c;
  };
  const counted = (c: Code): Code => {
    const own = state.codings.filter((x) => x.codeId === c.id);
    return { ...c, codings: own.length, documents: new Set(own.map((x) => x.documentId)).size };
  };
  const siblings = (parentId: number | null, except?: number) =>
    state.codes.filter((c) => c.parentId === parentId && c.id !== except).sort((a, b) => a.position - b.position || a.id - b.id);
  const reorder = (parentId: number | null, ids: number[]) => ids.forEach((id, i) => (codeOf(id).position = i));
  const labelOf = (t: MemoTarget) => {
    if (t.type === 'project') return '';
    if (t.type === 'document') return state.documents.find((d) => d.id === t.id)?.name ?? '';
    if (t.type === 'code') return state.codes.find((c) => c.id === t.id)?.name ?? '';
    if (t.type === 'coding') {
      const k = state.codings.find((c) => c.id === t.id);
      const c = k && state.codes.find((x) => x.id === k.codeId);
      const d = k && state.documents.find((x) => x.id === k.documentId);
      return c && d ? `${c.name} · ${d.name}` : '';
    }
    return '';
  };
  const apply = (documentId: number, codeId: number, start: number, end: number): Coding => {
    const same = state.codings.find((c) => c.documentId === documentId && c.codeId === codeId && c.start === start && c.end === end);
    if (same) return same;
    const coding: Coding = { id: nextId++, documentId, codeId, start, end, coderId: 1, createdAt: now() };
    state.codings.push(coding);
    return coding;
  };

  core.override('codes:list', () => treeOrder(state.codes).map(counted));
  core.override('codes:update', (input: { id: number; name?: string; color?: string; description?: string; isCodable?: boolean }) => {
    const c = codeOf(input.id);
    if (input.name !== undefined && siblings(c.parentId, c.id).some((s) => key(s.name) === key(input.name!))) {
      throw fail('CONFLICT', `A code named “${input.name}” already exists here`);
    }
    const action = input.name !== undefined && input.name !== c.name ? 'codes:rename' : input.color !== undefined && input.color !== c.color ? 'codes:recolor' : 'codes:update';
    Object.assign(c, Object.fromEntries(Object.entries(input).filter(([k, v]) => k !== 'id' && v !== undefined)));
    state.undo.push({ action, subject: c.name });
    return counted(c);
  });
  core.override('codes:move', ({ id, parentId, position }: { id: number; parentId: number | null; position: number }) => {
    const c = codeOf(id);
    const old = c.parentId;
    const ids = siblings(parentId, id).map((s) => s.id);
    ids.splice(Math.min(position, ids.length), 0, id);
    c.parentId = parentId;
    reorder(parentId, ids);
    if (old !== parentId) reorder(old, siblings(old).map((s) => s.id));
    state.undo.push({ action: 'codes:move', subject: c.name });
    return treeOrder(state.codes).map(counted);
  });
  core.override('codes:merge', ({ sourceId, targetId }: { sourceId: number; targetId: number }) => {
    const source = codeOf(sourceId);
    const target = codeOf(targetId);
    state.codings = state.codings.filter(
      (k) => !(k.codeId === sourceId && state.codings.some((t) => t.codeId === targetId && t.documentId === k.documentId && t.start === k.start && t.end === k.end)),
    );
    for (const k of state.codings) if (k.codeId === sourceId) k.codeId = targetId;
    for (const c of state.codes) if (c.parentId === sourceId) c.parentId = targetId;
    for (const m of memos) if (m.target.type === 'code' && m.target.id === sourceId) m.target = { type: 'code', id: targetId };
    state.codes = state.codes.filter((c) => c.id !== sourceId);
    state.undo.push({ action: 'codes:merge', subject: `${source.name} → ${target.name}` });
    return counted(target);
  });
  core.override('codes:delete', ({ id }: { id: number }) => {
    const c = codeOf(id);
    const gone = new Set<number>([id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const x of state.codes) {
        if (x.parentId === null || !gone.has(x.parentId) || gone.has(x.id)) continue;
        gone.add(x.id);
        grew = true;
      }
    }
    state.codes = state.codes.filter((x) => !gone.has(x.id));
    state.codings = state.codings.filter((k) => !gone.has(k.codeId));
    state.undo.push({ action: 'codes:delete', subject: c.name });
    return { ok: true };
  });
  core.override('codings:apply', ({ documentId, codeId, start, end }: { documentId: number; codeId: number; start: number; end: number }) => {
    const coding = apply(documentId, codeId, start, end);
    state.undo.push({ action: 'codings:apply', subject: codeOf(codeId).name });
    return coding;
  });
  core.override('codings:applyMany', ({ documentId, codeIds, start, end }: { documentId: number; codeIds: number[]; start: number; end: number }) => {
    const out = codeIds.map((id) => apply(documentId, id, start, end));
    state.undo.push({ action: 'codings:apply', subject: codeIds.map((id) => codeOf(id).name).join(', ') });
    return out;
  });
  core.override(
    'codings:applyNew',
    (input: { documentId: number; start: number; end: number; name: string; parentId?: number | null; color?: string; parents?: string[]; alsoCodeIds?: number[] }) => {
      const { documentId, start, end, name, color = '#2ca02c', parents = [], alsoCodeIds = [] } = input;
      // The parents of a path: reused when they exist, created otherwise (as the real core does).
      let parentId = input.parentId ?? null;
      for (const p of parents) {
        const found = siblings(parentId).find((s) => key(s.name) === key(p));
        if (found) {
          parentId = found.id;
          continue;
        }
        const parent: Code = { id: nextId++, guid: `g${nextId}`, parentId, name: p.trim(), color: '#9467bd', description: '', position: siblings(parentId).length, isCodable: true, codings: 0, documents: 0, codingsWithSubcodes: 0, documentsWithSubcodes: 0 };
        state.codes.push(parent);
        parentId = parent.id;
      }
      const clash = siblings(parentId).find((s) => key(s.name) === key(name));
      if (clash) throw fail('CONFLICT', `A code named “${clash.name}” already exists here`, { id: clash.id });
      const code: Code = { id: nextId++, guid: `g${nextId}`, parentId, name: name.trim(), color, description: '', position: siblings(parentId).length, isCodable: true, codings: 0, documents: 0, codingsWithSubcodes: 0, documentsWithSubcodes: 0 };
      state.codes.push(code);
      const coding = apply(documentId, code.id, start, end);
      const also = alsoCodeIds.map((id) => apply(documentId, codeOf(id).id, start, end));
      state.undo.push({ action: 'codings:applyNew', subject: code.name });
      return { code: counted(code), coding, ...(also.length > 0 ? { also } : {}) };
    },
  );
  core.override('codings:update', ({ id, start, end }: { id: number; start: number; end: number }) => {
    const k = state.codings.find((c) => c.id === id);
    if (!k) throw fail('NOT_FOUND', `No coding ${id}`);
    if (start >= end) throw fail('INVALID_INPUT', 'Empty range');
    k.start = start;
    k.end = end;
    state.undo.push({ action: 'codings:update', subject: codeOf(k.codeId).name });
    return { ...k };
  });
  core.override('codings:remove', ({ id }: { id: number }) => {
    state.codings = state.codings.filter((c) => c.id !== id);
    for (let i = memos.length - 1; i >= 0; i--) if (memos[i]!.target.type === 'coding' && (memos[i]!.target as { id: number }).id === id) memos.splice(i, 1);
    return { ok: true };
  });
  core.override('memos:list', ({ target, query }: { target?: MemoTarget; query?: string }) => {
    const q = query?.trim().toLocaleLowerCase('fr');
    return memos
      .map((m) => ({ ...m, targetLabel: labelOf(m.target) }))
      .filter((m) => !target || JSON.stringify(m.target) === JSON.stringify(target))
      .filter((m) => !q || `${m.title}\n${m.body}\n${m.targetLabel}`.toLocaleLowerCase('fr').includes(q))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id);
  });
  core.override('memos:create', ({ target, title = '', body = '' }: { target: MemoTarget; title?: string; body?: string }) => {
    const at = now();
    const memo: Memo = { id: nextId++, guid: `m${nextId}`, target, targetLabel: labelOf(target), title, body, createdAt: at, updatedAt: at };
    memos.push(memo);
    state.undo.push({ action: 'memos:create', subject: title || null });
    return memo;
  });
  core.override('memos:update', ({ id, title, body }: { id: number; title?: string; body?: string }) => {
    const m = memos.find((x) => x.id === id);
    if (!m) throw fail('NOT_FOUND', `No memo ${id}`);
    if (title !== undefined) m.title = title;
    if (body !== undefined) m.body = body;
    m.updatedAt = now();
    state.undo.push({ action: 'memos:update', subject: m.title || null });
    return { ...m, targetLabel: labelOf(m.target) };
  });
  core.override('memos:delete', ({ id }: { id: number }) => {
    const i = memos.findIndex((x) => x.id === id);
    if (i === -1) throw fail('NOT_FOUND', `No memo ${id}`);
    const [m] = memos.splice(i, 1);
    state.undo.push({ action: 'memos:delete', subject: m!.title || null });
    return { ok: true };
  });
  return Object.assign(core, { memos });
}

/** A memo for the initial state. */
export function memo(id: number, target: MemoTarget, title: string, body: string, updatedAt = '2025-02-01T09:00:00.000Z'): Memo {
  return { id, guid: `m${id}`, target, targetLabel: '', title, body, createdAt: updatedAt, updatedAt };
}

/** The transcript's editor, waiting longer than Testing Library's default (the first render of the app is slow on a busy machine). */
export async function transcriptView(): Promise<EditorView> {
  const content = await screen.findByTestId('transcript-content', undefined, { timeout: 8000 });
  const view = EditorView.findFromDOM(content);
  if (!view) throw new Error('no EditorView');
  return view;
}
