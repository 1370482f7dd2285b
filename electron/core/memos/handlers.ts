import type { Memo, MemoTarget } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ProjectHandlers } from '../dispatch';
import type { ProjectContext } from '../project/context';

type MemoHandlers = Pick<ProjectHandlers, 'memos:list' | 'memos:create' | 'memos:update' | 'memos:delete'>;

type MemoRow = {
  id: number;
  guid: string;
  document_id: number | null;
  code_id: number | null;
  case_id: number | null;
  coding_id: number | null;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
  target_label: string | null;
};

const COLUMN: Record<Exclude<MemoTarget['type'], 'project'>, string> = {
  document: 'document_id',
  code: 'code_id',
  case: 'case_id',
  coding: 'coding_id',
};

const targetOf = (r: MemoRow): MemoTarget =>
  r.document_id !== null
    ? { type: 'document', id: r.document_id }
    : r.code_id !== null
      ? { type: 'code', id: r.code_id }
      : r.case_id !== null
        ? { type: 'case', id: r.case_id }
        : r.coding_id !== null
          ? { type: 'coding', id: r.coding_id }
          : { type: 'project' };

const toMemo = (r: MemoRow): Memo => ({
  id: r.id,
  guid: r.guid,
  target: targetOf(r),
  targetLabel: r.target_label ?? '',
  title: r.title,
  body: r.body,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

// The target's label: a document's or code's or case's name; for a coding, its code and the start of its quote.
const SELECT = `
  SELECT m.id, m.guid, m.document_id, m.code_id, m.case_id, m.coding_id, m.title, m.body, m.created_at, m.updated_at,
    coalesce(d.name, c.name, s.name, kc.name || ' · ' || kd.name) AS target_label
  FROM memos m
  LEFT JOIN documents d ON d.id = m.document_id
  LEFT JOIN codes c ON c.id = m.code_id
  LEFT JOIN cases s ON s.id = m.case_id
  LEFT JOIN codings k ON k.id = m.coding_id
  LEFT JOIN codes kc ON kc.id = k.code_id
  LEFT JOIN documents kd ON kd.id = k.document_id`;

/** Memos on the project (the journal), a document, a code, a participant or a coding. */
export function createMemoHandlers(ctx: ProjectContext): MemoHandlers {
  const { db } = ctx;
  const all = db.prepare<[], MemoRow>(`${SELECT} ORDER BY m.updated_at DESC, m.id DESC`);
  const byId = db.prepare<[number], MemoRow>(`${SELECT} WHERE m.id = ?`);
  const insert = db.prepare(
    `INSERT INTO memos (guid, document_id, code_id, case_id, coding_id, title, body, coder_id, created_at, updated_at)
     VALUES (@guid, @document_id, @code_id, @case_id, @coding_id, @title, @body, @coderId, @now, @now)`,
  );
  const update = db.prepare(`UPDATE memos SET title = @title, body = @body, updated_at = @now WHERE id = @id`);
  const remove = db.prepare(`DELETE FROM memos WHERE id = ?`);

  const mustGet = (id: number) => {
    const row = byId.get(id);
    if (!row) throw new AppError('NOT_FOUND', `No memo with id ${id}`);
    return toMemo(row);
  };
  const sameTarget = (a: MemoTarget, b: MemoTarget) => a.type === b.type && (a.type === 'project' || (b.type !== 'project' && a.id === b.id));
  const checkTarget = (target: MemoTarget) => {
    if (target.type === 'project') return;
    const table = { document: 'documents', code: 'codes', case: 'cases', coding: 'codings' }[target.type];
    if (!db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(target.id)) throw new AppError('NOT_FOUND', `No ${target.type} with id ${target.id}`);
  };

  return {
    'memos:list': ({ target, query }) => {
      const needle = query?.trim().toLocaleLowerCase('fr');
      return all
        .all()
        .map(toMemo)
        .filter((m) => !target || sameTarget(m.target, target))
        .filter((m) => !needle || `${m.title}\n${m.body}\n${m.targetLabel}`.toLocaleLowerCase('fr').includes(needle));
    },
    'memos:create': ({ target, title, body }) => {
      checkTarget(target);
      const columns = { document_id: null, code_id: null, case_id: null, coding_id: null } as Record<string, number | null>;
      if (target.type !== 'project') columns[COLUMN[target.type]] = target.id;
      const id = ctx.journal.run(
        { action: 'memos:create', subject: title || null },
        () => Number(insert.run({ guid: ctx.newGuid(), ...columns, title, body, coderId: ctx.coderId(), now: ctx.now().toISOString() }).lastInsertRowid),
        { merge: (memoId) => `memo:${memoId}` },
      );
      return mustGet(id);
    },
    'memos:update': ({ id, title, body }) => {
      const memo = mustGet(id);
      const next = { id, title: title ?? memo.title, body: body ?? memo.body };
      if (next.title === memo.title && next.body === memo.body) return memo;
      // Autosaves while the researcher writes join one undo step (with the memo's creation, if recent).
      ctx.journal.run({ action: 'memos:update', subject: next.title || null }, () => update.run({ ...next, now: ctx.now().toISOString() }), {
        merge: `memo:${id}`,
      });
      return mustGet(id);
    },
    'memos:delete': ({ id }) => {
      const memo = mustGet(id);
      ctx.journal.run({ action: 'memos:delete', subject: memo.title || null }, () => remove.run(id));
      return { ok: true };
    },
  };
}
