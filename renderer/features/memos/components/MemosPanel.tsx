import { NotebookPen, Plus, Search, X } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Memo, MemoTarget } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { EmptyState, Menu, moveFocus, useToasts, type MenuEntry } from '../../../ui';
import { shortcutLabel } from '../../../platform';
import { useDeleteMemo } from '../hooks/useMemoMutations';
import { useMemoSearch, useMemos } from '../hooks/useMemos';
import { MEMO_TARGET_TYPES, memosOf, type MemoTargetType } from '../memo-targets';
import { MemoEditor } from './MemoEditor';
import { MemoListItem } from './MemoListItem';

/** Asks the panel to open a memo (or start one) on a target, e.g. from a code's menu. */
export type MemoRequest = { target: MemoTarget; label: string; nonce: number };

export type MemosPanelProps = {
  /** The open document and the selected code, for "New memo on…". */
  document: { id: number; name: string } | null;
  code: { id: number; name: string } | null;
  request: MemoRequest | null;
  onNavigate: (target: MemoTarget) => void;
};

/** `key` stays the same when a new memo gets its id, so that the editor is not remounted mid-sentence. */
type Editing = { key: string; memoId: number | null; target: MemoTarget; label: string };
type Filter = 'all' | MemoTargetType;

/**
 * Every memo of the project — the journal, and notes on documents, participants, codes and coded
 * passages — searchable, grouped by what they are about. Opening one shows its target and the
 * memo side by side: the transcript in the centre, the text being written here.
 */
export function MemosPanel({ document: doc, code, request, onNavigate }: MemosPanelProps) {
  const t = useT();
  const toasts = useToasts();
  const all = useMemos();
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<Editing | null>(null);
  const search = useMemoSearch(debounced);
  const remove = useDeleteMemo();
  // Items get one stable handler: the list does not re-render with every change around it.
  const latestOpen = useRef<(memo: Memo) => void>(() => undefined);
  const openItem = useCallback((memo: Memo) => latestOpen.current(memo), []);

  useEffect(() => {
    const id = setTimeout(() => setDebounced(query), 200);
    return () => clearTimeout(id);
  }, [query]);

  // A request from elsewhere: the target's memo if it has one (a journal entry is always new).
  useEffect(() => {
    if (!request) return;
    const existing = request.target.type === 'project' ? undefined : memosOf(all.data ?? [], request.target)[0];
    setEditing({ key: `request-${request.nonce}`, memoId: existing?.id ?? null, target: request.target, label: existing?.targetLabel || request.label });
    // Only a new request opens the editor, not a refreshed list.
  }, [request?.nonce]);

  const source = debounced.trim() ? search.data : all.data;
  const list = useMemo(() => source ?? [], [source]);
  const counts = useMemo(() => {
    const c = new Map<MemoTargetType, number>();
    for (const m of list) c.set(m.target.type, (c.get(m.target.type) ?? 0) + 1);
    return c;
  }, [list]);
  const shown = filter === 'all' ? list : list.filter((m) => m.target.type === filter);

  if (editing) {
    const memo = editing.memoId === null ? null : ((all.data ?? []).find((m) => m.id === editing.memoId) ?? null);
    return (
      <div className="panel-scroll memos-panel" data-testid="memos-panel">
        <MemoEditor
          key={editing.key}
          memo={memo}
          target={editing.target}
          targetLabel={editing.label}
          onBack={() => setEditing(null)}
          onNavigate={onNavigate}
          onCreated={(m) => setEditing((e) => (e ? { ...e, memoId: m.id } : e))}
          onDelete={(m) => {
            remove.mutate(m.id);
            toasts.push('info', t.memos.deleted(shortcutLabel('mod+z', t.keys)));
            setEditing(null);
          }}
        />
      </div>
    );
  }

  latestOpen.current = (memo: Memo) => {
    if (memo.target.type !== 'project') onNavigate(memo.target);
    setEditing({ key: `memo-${memo.id}`, memoId: memo.id, target: memo.target, label: memo.targetLabel || t.memos.types.project });
  };
  const start = (target: MemoTarget, label: string) => setEditing({ key: `new-${Date.now()}`, memoId: null, target, label });
  const entries: MenuEntry[] = [
    { kind: 'item', id: 'journal', label: t.memos.newJournal, testId: 'new-memo-journal', onSelect: () => start({ type: 'project' }, t.memos.types.project) },
    {
      kind: 'item',
      id: 'document',
      label: doc ? t.memos.newOnDocument(doc.name) : t.memos.newOnDocumentNone,
      disabled: !doc,
      testId: 'new-memo-document',
      onSelect: () => doc && start({ type: 'document', id: doc.id }, doc.name),
    },
    {
      kind: 'item',
      id: 'code',
      label: code ? t.memos.newOnCode(code.name) : t.memos.newOnCodeNone,
      disabled: !code,
      testId: 'new-memo-code',
      onSelect: () => code && start({ type: 'code', id: code.id }, code.name),
    },
  ];

  const groups = filter === 'all' ? MEMO_TARGET_TYPES.map((type) => [type, shown.filter((m) => m.target.type === type)] as const).filter(([, ms]) => ms.length > 0) : [[filter, shown] as const];
  const total = all.data?.length ?? 0;

  return (
    <div className="panel-scroll memos-panel" data-testid="memos-panel">
      <div className="panel-toolbar memos-toolbar">
        <label className="filter-box">
          <Search size={14} aria-hidden="true" />
          <input
            className="filter-input"
            type="search"
            value={query}
            placeholder={t.memos.searchPlaceholder}
            aria-label={t.memos.searchLabel}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && query) {
                e.preventDefault();
                setQuery('');
              }
            }}
            data-testid="memo-search"
          />
          {query && (
            <button type="button" className="icon-btn icon-btn-sm filter-clear" aria-label={t.memos.clearSearch} onClick={() => setQuery('')}>
              <X size={13} />
            </button>
          )}
        </label>
        <Menu
          trigger={
            <>
              <Plus size={15} aria-hidden="true" />
              <span className="btn-label">{t.memos.new}</span>
            </>
          }
          triggerClassName="btn btn-ghost btn-sm"
          label={t.memos.newLabel}
          entries={entries}
          align="end"
          testId="new-memo-button"
        />
      </div>
      <div className="memo-filters" role="group" aria-label={t.memos.filterLabel}>
        {(['all', ...MEMO_TARGET_TYPES] as const).map((f) => {
          const n = f === 'all' ? list.length : (counts.get(f) ?? 0);
          if (f !== 'all' && n === 0 && filter !== f) return null;
          return (
            <button
              key={f}
              type="button"
              className="chip"
              aria-pressed={filter === f}
              onClick={() => setFilter(f)}
              data-testid={`memo-filter-${f}`}
            >
              {f === 'all' ? t.memos.all : t.memos.typesPlural[f]}
              <span className="chip-count">{n}</span>
            </button>
          );
        })}
      </div>
      {all.isSuccess && total === 0 && (
        <EmptyState compact icon={<NotebookPen size={24} />} title={t.memos.emptyTitle} testId="memos-empty">
          <p>{t.memos.emptyBody}</p>
        </EmptyState>
      )}
      {total > 0 && shown.length === 0 && (
        <p className="inspector-note memos-none" data-testid="memos-none">
          {debounced.trim() ? t.memos.noMatch(debounced.trim()) : t.memos.noneOfType}
        </p>
      )}
      {shown.length > 0 && (
        <div className="memo-list" onKeyDown={moveFocus} data-testid="memo-list">
          {groups.map(([type, memos]) => (
            <section key={type} className="memo-group" aria-label={t.memos.typesPlural[type]}>
              {filter === 'all' && (
                <h3 className="memo-group-title">
                  {t.memos.typesPlural[type]} <span className="chip-count">{memos.length}</span>
                </h3>
              )}
              <ul>
                {memos.map((m) => (
                  <MemoListItem key={m.id} memo={m} onOpen={openItem} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
