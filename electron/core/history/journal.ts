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
  memos: 'memos',
};

/** How many operations the journal keeps (older ones can no longer be undone). */
const KEEP_OPS = 1000;

export type Journal = {
  /**
   * Runs one user operation in one transaction and records the SQL that reverts it. Everything a
   * mutation writes to a journaled table is captured by triggers, so handlers need no undo code.
   */
  run<T>(label: OpLabel, fn: () => T): T;
  undo(): { label: OpLabel; entities: ChangedEntity[] };
  redo(): { label: OpLabel; entities: ChangedEntity[] };
  state(): HistoryState;
};

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

export type JournalOptions = {
  now?: () => Date;
  /** Called after each committed operation, undo or redo, with what it touched. */
  onChange?: (entities: ChangedEntity[]) => void;
};

export function createJournal(db: Database, { now = () => new Date(), onChange = () => undefined }: JournalOptions = {}): Journal {
  installTriggers(db);
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
    run<T>(label: OpLabel, fn: () => T): T {
      let changed: ChangedEntity[] = [];
      const result = db.transaction(() => {
        clearPending.run();
        const value = fn();
        const { statements, entities } = captured();
        if (statements.length > 0) {
          changed = entities;
          dropUndone.run();
          insertOp.run({ label: JSON.stringify(label), revert: JSON.stringify(statements), entities: JSON.stringify(entities), createdAt: now().toISOString() });
          trimOps.run();
          bumpRevision.run();
        }
        clearPending.run();
        return value;
      })();
      if (changed.length > 0) onChange(changed);
      return result;
    },
    undo() {
      const op = lastDone.get();
      if (!op) throw new AppError('CONFLICT', 'Nothing to undo');
      return replay(op, 'undone');
    },
    redo() {
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
  };
}
