import { AlertTriangle, Merge, Pencil, Plus, Table2, Trash2 } from 'lucide-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { PseudonymCategory, type Pseudonym, type PseudonymMatching } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Button, Dialog, EmptyState, IconButton } from '../../../ui';
import { CATEGORY_ORDER, distinctForms } from '../categories';
import { useAddPseudonym, useDeletePseudonyms, useMergePseudonyms, useUpdatePseudonym } from '../hooks/usePseudonyms';
import { MergeDialog } from './MergeDialog';

export type PseudonymTableProps = { entries: readonly Pseudonym[] | undefined };

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A text cell saved when it loses focus or on Enter (Escape puts the saved value back). */
function CommitInput(props: { value: string; label: string; onCommit: (value: string) => void; testId?: string; className?: string }) {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const commit = () => {
    const v = draft.trim();
    if (v === '') setDraft(props.value);
    else if (v !== props.value) props.onCommit(v);
  };
  return (
    <input
      className={['input input-sm', props.className].filter(Boolean).join(' ')}
      value={draft}
      aria-label={props.label}
      maxLength={200}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        else if (e.key === 'Escape') setDraft(props.value);
      }}
      data-testid={props.testId}
    />
  );
}

function VariantsDialog({ entry, onClose }: { entry: Pseudonym; onClose: () => void }) {
  const t = useT();
  const update = useUpdatePseudonym();
  const [text, setText] = useState(entry.variants.join('\n'));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const variants = distinctForms(text.split('\n'), [entry.original]);
    update.mutate({ id: entry.id, variants }, { onSuccess: onClose });
  };
  return (
    <Dialog
      title={t.pseudonyms.table.editVariants(entry.original)}
      onClose={onClose}
      closeLabel={t.common.close}
      testId="pseudonym-variants-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button variant="primary" type="submit" form="pseudonym-variants-form" disabled={update.isPending}>
            {t.common.save}
          </Button>
        </>
      }
    >
      <form id="pseudonym-variants-form" className="form" onSubmit={submit}>
        <label className="field">
          <span className="field-label">{t.pseudonyms.table.variants}</span>
          <textarea className="input pseudonym-textarea" rows={6} value={text} onChange={(e) => setText(e.target.value)} data-testid="pseudonym-variants-input" />
        </label>
        {update.isError && (
          <p className="field-error" role="alert">
            {update.error.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}

function AddEntryForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const tt = t.pseudonyms.table;
  const add = useAddPseudonym();
  const [original, setOriginal] = useState('');
  const [replacement, setReplacement] = useState('');
  const [category, setCategory] = useState<PseudonymCategory>('person');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (original.trim() === '') return;
    const typed = replacement.trim();
    add.mutate({ original: original.trim(), category, ...(typed ? { replacement: typed } : {}) }, { onSuccess: onDone });
  };
  return (
    <form className="pseudonym-add" onSubmit={submit} data-testid="pseudonym-add-form">
      <input className="input input-sm" autoFocus value={original} placeholder={tt.addOriginal} aria-label={tt.addOriginal} maxLength={500} onChange={(e) => setOriginal(e.target.value)} data-testid="pseudonym-add-original" />
      <select className="select select-sm" value={category} aria-label={tt.category} onChange={(e) => setCategory(e.target.value as PseudonymCategory)}>
        {CATEGORY_ORDER.map((c) => (
          <option key={c} value={c}>
            {t.pseudonyms.category[c]}
          </option>
        ))}
      </select>
      <input className="input input-sm" value={replacement} placeholder={tt.addReplacementPlaceholder} aria-label={tt.addReplacement} maxLength={200} onChange={(e) => setReplacement(e.target.value)} data-testid="pseudonym-add-replacement" />
      <Button size="sm" variant="primary" type="submit" disabled={original.trim() === '' || add.isPending} data-testid="pseudonym-add-confirm">
        {tt.addConfirm}
      </Button>
      <Button size="sm" variant="ghost" onClick={onDone}>
        {t.common.cancel}
      </Button>
      {add.isError && (
        <p className="field-error pseudonym-add-error" role="alert">
          {add.error.message}
        </p>
      )}
    </form>
  );
}

/**
 * The pseudonym table: every original (and its variants) with its replacement, category, matching
 * and whether it is applied; edited in place, merged, deleted, or added to by hand.
 */
export function PseudonymTable({ entries }: PseudonymTableProps) {
  const t = useT();
  const tt = t.pseudonyms.table;
  const update = useUpdatePseudonym();
  const remove = useDeletePseudonyms();
  const merge = useMergePseudonyms();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [adding, setAdding] = useState(false);
  const [filter, setFilter] = useState('');
  const [merging, setMerging] = useState<Pseudonym[] | null>(null);
  const [variantsOf, setVariantsOf] = useState<Pseudonym | null>(null);

  const all = useMemo(() => entries ?? [], [entries]);
  const shown = useMemo(() => {
    const f = fold(filter.trim());
    const order = new Map(CATEGORY_ORDER.map((c, i) => [c, i]));
    return all
      .filter((e) => f === '' || [e.original, e.replacement, ...e.variants].some((x) => fold(x).includes(f)))
      .sort((a, b) => (order.get(a.category) ?? 99) - (order.get(b.category) ?? 99) || a.original.localeCompare(b.original));
  }, [all, filter]);
  useEffect(() => {
    const ids = new Set(all.map((e) => e.id));
    setSelected((prev) => ([...prev].every((id) => ids.has(id)) ? prev : new Set([...prev].filter((id) => ids.has(id)))));
  }, [all]);
  const chosen = all.filter((e) => selected.has(e.id));
  const toggle = (id: number) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const set = (entry: Pseudonym, changes: { replacement?: string; category?: PseudonymCategory; enabled?: boolean; matching?: PseudonymMatching }) =>
    update.mutate({ id: entry.id, ...changes });

  if (entries && all.length === 0 && !adding) {
    return (
      <EmptyState
        icon={<Table2 size={32} />}
        title={tt.emptyTitle}
        testId="pseudonym-table-empty"
        action={
          <Button icon={<Plus size={15} aria-hidden="true" />} onClick={() => setAdding(true)} data-testid="pseudonym-add">
            {tt.add}
          </Button>
        }
      >
        <p>{tt.emptyBody}</p>
      </EmptyState>
    );
  }

  return (
    <div className="pseudonym-table-wrap">
      <div className="pseudonyms-toolbar">
        <input className="input input-sm pseudonyms-filter" type="search" value={filter} placeholder={tt.filter} aria-label={tt.filter} onChange={(e) => setFilter(e.target.value)} />
        {chosen.length > 1 && (
          <Button size="sm" icon={<Merge size={15} aria-hidden="true" />} onClick={() => setMerging(chosen)} data-testid="pseudonym-merge">
            {tt.merge(chosen.length)}
          </Button>
        )}
        {chosen.length > 0 && (
          <Button size="sm" variant="danger" icon={<Trash2 size={15} aria-hidden="true" />} onClick={() => remove.mutate(chosen.map((e) => e.id))} data-testid="pseudonym-delete-selected">
            {tt.removeSelected(chosen.length)}
          </Button>
        )}
        <span className="pseudonyms-spacer" />
        <Button size="sm" icon={<Plus size={15} aria-hidden="true" />} onClick={() => setAdding(true)} disabled={adding} data-testid="pseudonym-add">
          {tt.add}
        </Button>
      </div>
      {adding && <AddEntryForm onDone={() => setAdding(false)} />}
      {update.isError && (
        <p className="field-error" role="alert">
          {update.error.message}
        </p>
      )}
      <table className="pseudonym-table" aria-label={tt.label} data-testid="pseudonym-table">
        <thead>
          <tr>
            <th className="col-select">
              <input
                type="checkbox"
                aria-label={tt.selectAll}
                checked={shown.length > 0 && shown.every((e) => selected.has(e.id))}
                onChange={(e) => setSelected(e.target.checked ? new Set(shown.map((x) => x.id)) : new Set())}
              />
            </th>
            <th className="col-enabled">{tt.enabled}</th>
            <th>{tt.original}</th>
            <th>{tt.replacement}</th>
            <th>{tt.category}</th>
            <th title={tt.matchingHelp}>{tt.matching}</th>
            <th className="col-count">{tt.occurrences}</th>
            <th className="col-actions" />
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.id} className={e.enabled ? undefined : 'is-disabled'} data-testid="pseudonym-row" data-original={e.original}>
              <td className="col-select">
                <input type="checkbox" checked={selected.has(e.id)} onChange={() => toggle(e.id)} aria-label={tt.select(e.original)} />
              </td>
              <td className="col-enabled">
                <input
                  type="checkbox"
                  checked={e.enabled}
                  onChange={(ev) => set(e, { enabled: ev.target.checked })}
                  aria-label={tt.enable(e.original)}
                  title={e.enabled ? tt.enable(e.original) : tt.disabled}
                  data-testid="pseudonym-enabled"
                />
              </td>
              <td className="col-original">
                <div className="pseudonym-original">
                  <span className="pseudonym-original-text">{e.original}</span>
                  {e.commonWord && (
                    <span className="badge badge-warning" title={tt.commonWordWarning(e.original)} data-testid="pseudonym-common-badge">
                      {tt.commonWordBadge}
                    </span>
                  )}
                  <IconButton size="sm" bare label={tt.editVariants(e.original)} icon={<Pencil size={13} />} className="pseudonym-edit-variants" onClick={() => setVariantsOf(e)} data-testid="pseudonym-edit-variants" />
                </div>
                {e.variants.length > 0 && (
                  <div className="pseudonym-variants" data-testid="pseudonym-variants">
                    {e.variants.map((v) => (
                      <span key={v} className="chip">
                        {v}
                      </span>
                    ))}
                  </div>
                )}
                {e.commonWord && e.matching === 'word' && (
                  <p className="pseudonym-warning" data-testid="pseudonym-common-word">
                    <AlertTriangle size={13} aria-hidden="true" />
                    <span>
                      {tt.commonWordWarning(e.original)}{' '}
                      <button type="button" className="link-btn" onClick={() => set(e, { matching: 'whole-name' })} data-testid="pseudonym-use-whole-name">
                        {tt.useWholeName}
                      </button>
                    </span>
                  </p>
                )}
                {e.matching === 'whole-name' && (
                  <p className="pseudonym-warning" data-testid="pseudonym-common-warning">
                    <AlertTriangle size={13} aria-hidden="true" />
                    {tt.commonWholeName(e.original)}
                  </p>
                )}
              </td>
              <td className="col-replacement">
                <CommitInput value={e.replacement} label={`${tt.replacement} — ${e.original}`} onCommit={(replacement) => set(e, { replacement })} testId="pseudonym-replacement" />
              </td>
              <td>
                <select className="select select-sm" value={e.category} aria-label={`${tt.category} — ${e.original}`} onChange={(ev) => set(e, { category: ev.target.value as PseudonymCategory })}>
                  {PseudonymCategory.options.map((c) => (
                    <option key={c} value={c}>
                      {t.pseudonyms.category[c]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  className="select select-sm"
                  value={e.matching}
                  aria-label={`${tt.matching} — ${e.original}`}
                  title={e.matching === 'word' && !e.original.includes(' ') ? tt.wholeNameHint : tt.matchingHelp}
                  onChange={(ev) => set(e, { matching: ev.target.value as PseudonymMatching })}
                  data-testid="pseudonym-matching"
                >
                  <option value="word">{tt.matchWord}</option>
                  <option value="whole-name">{tt.matchWholeName}</option>
                </select>
              </td>
              <td className="col-count">{tt.occurrencesIn(e.occurrences, e.documents)}</td>
              <td className="col-actions">
                <IconButton size="sm" label={tt.remove(e.original)} icon={<Trash2 size={14} />} tooltipAlign="end" onClick={() => remove.mutate([e.id])} data-testid="pseudonym-delete" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {merging && (
        <MergeDialog
          candidates={merging.map((e) => ({
            id: String(e.id),
            label: e.original,
            detail: `${t.pseudonyms.category[e.category]} · ${tt.occurrencesIn(e.occurrences, e.documents)}`,
            replacement: e.replacement,
          }))}
          initialId={String([...merging].sort((a, b) => Number(b.category === 'participant') - Number(a.category === 'participant') || b.occurrences - a.occurrences)[0]!.id)}
          confirmLabel={t.pseudonyms.merge.confirmEntries}
          onConfirm={(mainId, replacement) => {
            const into = Number(mainId);
            const target = merging.find((e) => e.id === into);
            setMerging(null);
            merge.mutate(
              { ids: merging.map((e) => e.id), into },
              { onSuccess: () => target && replacement !== target.replacement && update.mutate({ id: into, replacement }) },
            );
            setSelected(new Set());
          }}
          onClose={() => setMerging(null)}
        />
      )}
      {variantsOf && <VariantsDialog entry={variantsOf} onClose={() => setVariantsOf(null)} />}
    </div>
  );
}
