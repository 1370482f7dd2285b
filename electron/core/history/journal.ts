import type { Database } from 'better-sqlite3';
import type { ChangedEntity, HistoryState, OpLabel } from '../../../shared/contract';
import { AppError } from '../../../shared/result';

/** Tables whose rows users change; every write to them inside `run` is journaled for undo. */
const JOURNALED: Record<string, ChangedEntity> = {
  documents: 'documents',
  turns: 'documents',
  codes: 'codes',
  codings: 'codings',
  cases: 'cases',
  attributes: 'cases',
  case_values: 'cases',
  speaker_cases: 'cases',
  speaker_roles: 'documents',
  memos: 'memos',
  // Coders created by an import (REFI-QDA users) go away with its undo.
  coders: 'codings',
  findings: 'findings',
  finding_evidence: 'findings',
  report_settings: 'findings',
  report_themes: 'findings',
  pseudonyms: 'pseudonyms',
  pseudonym_variants: 'pseudonyms',
  pseudonym_rejections: 'pseudonyms',
  pseudonym_words: 'pseudonyms',
};

/** How many operations the journal keeps (older ones can no longer be undone). */
const KEEP_OPS = 1000;

export type Journal = {
  /**
   * Runs one user operation in one transaction and records the SQL that reverts it. Everything a
   * mutation writes to a journaled table is captured by triggers, so handlers need no undo code.
   */
  run<T>(label: OpLabel, fn: () => T, options?: RunOptions<T>): T;
  undo(): { label: OpLabel; entities: ChangedEntity[] };
  redo(): { label: OpLabel; entities: ChangedEntity[] };
  state(): HistoryState;
  /** Calls `listener` after each committed operation, undo or redo, with what it touched; returns how to stop. */
  subscribe(listener: (entities: ChangedEntity[]) => void): () => void;
};

export type RunOptions<T = unknown> = {
  /**
   * Autosaves of one thing (`memo:12`, `code-definition:4`): an operation with the same key as the
   * last one, made within MERGE_WINDOW_MS of it, joins it — one undo step for one writing session
   * rather than one per pause in the typing. A function gets the operation's result (a new memo's id).
   */
  merge?: string | ((value: T) => string);
};

/** How long after an autosave the next one of the same thing still joins its undo step. */
export const MERGE_WINDOW_MS = 20_000;

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const sqlText = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * Installs connection-local (TEMP) triggers that write, for each changed row, the SQL statement that
 * reverts the change — SQLite's own "automatic undo/redo" recipe. They are rebuilt from the schema
 * at each open, so a migration never has to maintain them.
 */
function installTriggers(db: Database): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS journal_pending (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, stmt TEXT NOT NULL)`);
  for (const table of Object.keys(JOURNALED)) {
    const columns = (db.pragma(`table_info(${quoteIdent(table)})`) as { name: string }[]).map((c) => c.name);
    if (columns.length === 0) continue;
    const t = quoteIdent(table);
    const record = (expr: string) => `INSERT INTO temp.journal_pending (tbl, stmt) VALUES (${sqlText(table)}, ${expr});`;
    const oldValues = columns.map((c) => `quote(OLD.${quoteIdent(c)})`).join(` || ',' || `);
    const setOld = columns
      .filter((c) => c !== 'id')
      .map((c) => `${sqlText(`${quoteIdent(c)}=`)} || quote(OLD.${quoteIdent(c)})`)
      .join(` || ',' || `);
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS journal_${table}_insert AFTER INSERT ON main.${t} BEGIN
        ${record(`${sqlText(`DELETE FROM ${t} WHERE id=`)} || NEW.id`)}
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS journal_${table}_update AFTER UPDATE ON main.${t} BEGIN
        ${record(`${sqlText(`UPDATE ${t} SET `)} || ${setOld} || ' WHERE id=' || OLD.id`)}
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS journal_${table}_delete AFTER DELETE ON main.${t} BEGIN
        ${record(`${sqlText(`INSERT INTO ${t} (${columns.map(quoteIdent).join(',')}) VALUES (`)} || ${oldValues} || ')'`)}
      END;`);
  }
}

type OpRow = { id: number; label: string; revert: string };

/** `UPDATE "memos" SET … WHERE id=12` → `"memos" 12`; DELETE (the revert of an insert) likewise. */
const rowOf = (statement: string): string | null => {
  // The statement ends with its row's id (the triggers write ` WHERE id=` last).
  const m = /^(?:UPDATE|DELETE FROM) ("(?:[^"]|"")+") [\s\S]*WHERE id=(\d+)$/.exec(statement);
  return m ? `${m[1]} ${m[2]}` : null;
};

/**
 * The revert of two operations done one after the other: the later one's statements are replayed
 * first, then the earlier one's. A later UPDATE of a row the earlier revert already rewrites in full
 * (an UPDATE restores every column) or deletes is redundant, and dropped: a memo saved fifty times
 * keeps one copy of its text in the journal, not fifty.
 */
function mergeReverts(earlier: readonly string[], later: readonly string[]): string[] {
  const covered = new Set(earlier.map(rowOf).filter((r): r is string => r !== null));
  return [...earlier, ...later.filter((s) => !(s.startsWith('UPDATE ') && covered.has(rowOf(s) ?? '')))];
}

export type JournalOptions = {
  now?: () => Date;
  /** Called after each committed operation, undo or redo, with what it touched. */
  onChange?: (entities: ChangedEntity[]) => void;
  /** Runs before every operation, undo and redo; throws to refuse it (a read-only or lost project file). */
  beforeWrite?: () => void;
};

export function createJournal(db: Database, { now = () => new Date(), onChange: notify = () => undefined, beforeWrite = () => undefined }: JournalOptions = {}): Journal {
  installTriggers(db);
  const listeners = new Set<(entities: ChangedEntity[]) => void>();
  const onChange = (entities: ChangedEntity[]) => {
    for (const listener of listeners) listener(entities);
    notify(entities);
  };
  const clearPending = db.prepare('DELETE FROM temp.journal_pending');
  const readPending = db.prepare<[], { tbl: string; stmt: string }>('SELECT tbl, stmt FROM temp.journal_pending ORDER BY seq');
  const dropUndone = db.prepare(`DELETE FROM ops WHERE state = 'undone'`);
  const insertOp = db.prepare(
    `INSERT INTO ops (label, state, revert, entities, created_at) VALUES (@label, 'done', @revert, @entities, @createdAt)`,
  );
  const trimOps = db.prepare(`DELETE FROM ops WHERE id <= (SELECT max(id) FROM ops) - ${KEEP_OPS}`);
  const lastDone = db.prepare<[], OpRow>(`SELECT id, label, revert FROM ops WHERE state = 'done' ORDER BY id DESC LIMIT 1`);
  const firstUndone = db.prepare<[], OpRow>(`SELECT id, label, revert FROM ops WHERE state = 'undone' ORDER BY id LIMIT 1`);
  const markOp = db.prepare(`UPDATE ops SET state = @state, revert = @revert WHERE id = @id`);
  const extendOp = db.prepare(`UPDATE ops SET label = @label, revert = @revert, entities = @entities, created_at = @createdAt WHERE id = @id`);
  const entitiesOf = db.prepare<[number], { entities: string }>(`SELECT entities FROM ops WHERE id = ?`);
  /** The last operation, while later autosaves of the same thing may still join it (kept in memory only). */
  let mergeable: { id: number; key: string; at: number } | null = null;
  // The revision tells backups whether the project changed since the last copy.
  const bumpRevision = db.prepare(
    `INSERT INTO meta (key, value) VALUES ('revision', '1')
     ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`,
  );

  const captured = () => {
    const rows = readPending.all();
    const entities = new Set<ChangedEntity>(['history']);
    for (const r of rows) entities.add(JOURNALED[r.tbl] ?? 'history');
    return { statements: rows.map((r) => r.stmt), entities: [...entities] };
  };

  /** Replays an op's revert statements (newest change first); what they change becomes the new revert. */
  const replay = (op: OpRow, newState: 'done' | 'undone') => {
    mergeable = null;
    const done = db.transaction(() => {
      // Cascaded deletes are journaled parent first; re-inserting them in reverse needs deferred checks.
      db.pragma('defer_foreign_keys = ON');
      clearPending.run();
      const statements = JSON.parse(op.revert) as string[];
      for (let i = statements.length - 1; i >= 0; i--) db.exec(statements[i]!);
      const { statements: inverse, entities } = captured();
      markOp.run({ id: op.id, state: newState, revert: JSON.stringify(inverse) });
      bumpRevision.run();
      clearPending.run();
      return { label: JSON.parse(op.label) as OpLabel, entities };
    })();
    onChange(done.entities);
    return done;
  };

  return {
    run<T>(label: OpLabel, fn: () => T, options: RunOptions<T> = {}): T {
      beforeWrite();
      let changed: ChangedEntity[] = [];
      const at = now();
      const result = db.transaction(() => {
        clearPending.run();
        const value = fn();
        const { statements, entities } = captured();
        const key = typeof options.merge === 'function' ? options.merge(value) : options.merge;
        if (statements.length > 0) {
          changed = entities;
          const last = lastDone.get();
          const joins =
            key !== undefined &&
            mergeable !== null &&
            mergeable.key === key &&
            last?.id === mergeable.id &&
            at.getTime() - mergeable.at <= MERGE_WINDOW_MS;
          if (joins && last) {
            const merged = mergeReverts(JSON.parse(last.revert) as string[], statements);
            const all = new Set([...(JSON.parse(entitiesOf.get(last.id)!.entities) as ChangedEntity[]), ...entities]);
            // The step keeps its first action (“create memo” stays that) and takes the latest subject.
            const first = JSON.parse(last.label) as OpLabel;
            extendOp.run({ id: last.id, label: JSON.stringify({ ...first, subject: label.subject }), revert: JSON.stringify(merged), entities: JSON.stringify([...all]), createdAt: at.toISOString() });
          } else {
            dropUndone.run();
            insertOp.run({ label: JSON.stringify(label), revert: JSON.stringify(statements), entities: JSON.stringify(entities), createdAt: at.toISOString() });
            trimOps.run();
          }
          bumpRevision.run();
          const top = lastDone.get()!;
          mergeable = key === undefined ? null : { id: top.id, key, at: at.getTime() };
        }
        clearPending.run();
        return value;
      })();
      if (changed.length > 0) onChange(changed);
      return result;
    },
    undo() {
      beforeWrite();
      const op = lastDone.get();
      if (!op) throw new AppError('CONFLICT', 'Nothing to undo');
      return replay(op, 'undone');
    },
    redo() {
      beforeWrite();
      const op = firstUndone.get();
      if (!op) throw new AppError('CONFLICT', 'Nothing to redo');
      return replay(op, 'done');
    },
    state() {
      const undo = lastDone.get();
      const redo = firstUndone.get();
      const labelOf = (op: OpRow | undefined) => (op ? (JSON.parse(op.label) as OpLabel) : null);
      return { canUndo: !!undo, canRedo: !!redo, undo: labelOf(undo), redo: labelOf(redo) };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
