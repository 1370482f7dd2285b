import { Check, LoaderCircle, Merge, ScanSearch, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { PseudonymSuggestion } from '../../../../shared/contract';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';
import { Button, EmptyState, IconButton, moveFocus } from '../../../ui';
import { byCategory, distinctForms } from '../categories';
import { useAcceptSuggestions, useRejectSuggestions } from '../hooks/usePseudonyms';
import { ContextSnippet } from './ContextSnippet';
import { MergeDialog } from './MergeDialog';

export type SuggestionsPanelProps = {
  started: boolean;
  suggestions: readonly PseudonymSuggestion[] | undefined;
  isFetching: boolean;
  onDetect: () => void;
  onOpenQuote: (quote: QuoteRequest) => void;
};

/** The participant first, else the most frequent form: the natural main form of a merge. */
function mainOf(list: readonly PseudonymSuggestion[]): PseudonymSuggestion | undefined {
  return [...list].sort((a, b) => Number(b.category === 'participant') - Number(a.category === 'participant') || b.occurrences - a.occurrences)[0];
}

/**
 * Reviewing detection's suggestions, category by category: each with its occurrences, contexts and
 * proposed replacement, to accept (possibly edited), reject, or merge with its other forms. The
 * list is keyboard-driven: arrows move, Enter accepts, Delete rejects, Space selects.
 */
export function SuggestionsPanel({ started, suggestions, isFetching, onDetect, onOpenQuote }: SuggestionsPanelProps) {
  const t = useT();
  const s = t.pseudonyms.suggestions;
  const accept = useAcceptSuggestions();
  const reject = useRejectSuggestions();
  const [edits, setEdits] = useState<ReadonlyMap<string, string>>(new Map());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [current, setCurrent] = useState<string | null>(null);
  const [merging, setMerging] = useState<PseudonymSuggestion[] | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);

  const all = useMemo(() => suggestions ?? [], [suggestions]);
  const groups = useMemo(() => byCategory(all), [all]);
  const ordered = useMemo(() => groups.flatMap((g) => g.items), [groups]);

  // Forget what no longer exists (accepted, rejected, or gone after a new detection).
  useEffect(() => {
    const keys = new Set(all.map((x) => x.key));
    setSelected((prev) => (([...prev].every((k) => keys.has(k)) ? prev : new Set([...prev].filter((k) => keys.has(k))))));
  }, [all]);

  // After accepting or rejecting from the keyboard, the next suggestion takes the focus.
  useEffect(() => {
    const key = focusNext.current;
    if (!key) return;
    const row = [...(list.current?.querySelectorAll<HTMLElement>('[data-key]') ?? [])].find((r) => r.dataset.key === key);
    if (row) {
      focusNext.current = null;
      row.focus();
    }
  }, [ordered]);

  const replacementOf = (x: PseudonymSuggestion) => edits.get(x.key)?.trim() || x.replacement;
  const itemOf = (x: PseudonymSuggestion) => ({ text: x.text, category: x.category, replacement: replacementOf(x), variants: x.variants, matching: x.matching });
  const nextAfter = (done: readonly PseudonymSuggestion[]) => {
    const gone = new Set(done.map((d) => d.key));
    const from = ordered.findIndex((x) => gone.has(x.key));
    return ordered.slice(from + 1).find((x) => !gone.has(x.key)) ?? ordered.slice(0, from).reverse().find((x) => !gone.has(x.key)) ?? null;
  };
  const acceptSome = (items: readonly PseudonymSuggestion[]) => {
    if (items.length === 0) return;
    focusNext.current = nextAfter(items)?.key ?? null;
    accept.mutate({ suggestions: items, items: items.map(itemOf) });
  };
  const rejectSome = (items: readonly PseudonymSuggestion[]) => {
    if (items.length === 0) return;
    focusNext.current = nextAfter(items)?.key ?? null;
    reject.mutate(items);
  };
  const toggle = (key: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const chosen = ordered.filter((x) => selected.has(x.key));

  const onRowKey = (e: KeyboardEvent<HTMLElement>, x: PseudonymSuggestion) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter') acceptSome([x]);
    else if (e.key === 'Delete' || e.key === 'Backspace') rejectSome([x]);
    else if (e.key === ' ') toggle(x.key);
    else return;
    e.preventDefault();
  };

  const mergeSuggestions = (mainKey: string, replacement: string) => {
    const items = merging ?? [];
    const main = items.find((x) => x.key === mainKey);
    setMerging(null);
    if (!main) return;
    const others = items.filter((x) => x !== main);
    const variants = distinctForms([...main.variants, ...others.flatMap((o) => [o.text, ...o.variants])], [main.text]);
    focusNext.current = nextAfter(items)?.key ?? null;
    accept.mutate({ suggestions: items, items: [{ text: main.text, category: main.category, replacement, variants, matching: main.matching }] });
    setSelected(new Set());
  };

  if (!started) {
    return (
      <EmptyState
        icon={<ScanSearch size={32} />}
        title={s.startTitle}
        testId="suggestions-start"
        action={
          <Button variant="primary" icon={<ScanSearch size={16} aria-hidden="true" />} onClick={onDetect} data-testid="detect-button-empty">
            {t.pseudonyms.detect}
          </Button>
        }
      >
        <p>{s.startBody}</p>
      </EmptyState>
    );
  }
  if (!suggestions) {
    return (
      <div className="pseudonyms-loading" aria-busy="true" data-testid="suggestions-loading">
        <LoaderCircle size={18} className="spin" aria-hidden="true" />
        {t.pseudonyms.detecting}
      </div>
    );
  }
  if (all.length === 0) {
    return (
      <EmptyState icon={<Check size={32} />} title={s.noneTitle} testId="suggestions-none">
        <p>{s.noneBody}</p>
      </EmptyState>
    );
  }

  return (
    <div className="suggestions">
      <div className="pseudonyms-toolbar">
        <span className="pseudonyms-count" data-testid="suggestions-count">
          {s.count(all.length)}
        </span>
        {isFetching && (
          <span className="pseudonyms-updating" aria-live="polite">
            <LoaderCircle size={13} className="spin" aria-hidden="true" />
            {s.updating}
          </span>
        )}
        <span className="pseudonyms-hint">{s.keyboard}</span>
        <Button size="sm" variant="primary" icon={<Check size={15} aria-hidden="true" />} onClick={() => acceptSome(all)} data-testid="accept-all">
          {s.acceptAll(all.length)}
        </Button>
      </div>
      {chosen.length > 0 && (
        <div className="pseudonyms-selection-bar" role="region" aria-label={s.selected(chosen.length)} data-testid="suggestions-selection">
          <span>{s.selected(chosen.length)}</span>
          <Button size="sm" icon={<Check size={15} aria-hidden="true" />} onClick={() => acceptSome(chosen)} data-testid="accept-selected">
            {s.acceptSelected}
          </Button>
          <Button size="sm" icon={<X size={15} aria-hidden="true" />} onClick={() => rejectSome(chosen)} data-testid="reject-selected">
            {s.rejectSelected}
          </Button>
          <Button size="sm" icon={<Merge size={15} aria-hidden="true" />} disabled={chosen.length < 2} onClick={() => setMerging(chosen)} data-testid="merge-selected">
            {s.merge}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
            {s.clearSelection}
          </Button>
        </div>
      )}
      <div className="suggestion-groups" ref={list} onKeyDown={moveFocus} role="list">
        {groups.map((g) => (
          <section key={g.category} className="suggestion-group" aria-label={t.pseudonyms.categories[g.category]} data-testid={`suggestion-group-${g.category}`}>
            <header className="suggestion-group-header">
              <h3>
                {t.pseudonyms.categories[g.category]} <span className="chip-count">{g.items.length}</span>
              </h3>
              <Button size="sm" variant="ghost" icon={<Check size={14} aria-hidden="true" />} onClick={() => acceptSome(g.items)} data-testid={`accept-category-${g.category}`}>
                {s.acceptCategory(t.pseudonyms.categories[g.category], g.items.length)}
              </Button>
            </header>
            {g.items.map((x) => {
              const isCurrent = current === x.key;
              return (
                <div
                  key={x.key}
                  role="listitem"
                  tabIndex={0}
                  data-nav-item
                  data-key={x.key}
                  className={['suggestion', isCurrent && 'is-current', selected.has(x.key) && 'is-selected'].filter(Boolean).join(' ')}
                  // Only the row itself (arrows, a click on its text) opens its contexts: focusing a
                  // control inside must not move the rows under the pointer mid-click.
                  onFocus={(e) => e.target === e.currentTarget && setCurrent(x.key)}
                  onKeyDown={(e) => onRowKey(e, x)}
                  data-testid="suggestion"
                >
                  <div className="suggestion-main">
                    <input type="checkbox" tabIndex={-1} checked={selected.has(x.key)} onChange={() => toggle(x.key)} aria-label={s.select(x.text)} />
                    <div className="suggestion-text">
                      <span className="suggestion-original" data-testid="suggestion-text">
                        {x.text}
                      </span>
                      {x.commonWord && (
                        <span className="badge badge-warning" title={s.commonWord}>
                          {s.commonWordBadge}
                        </span>
                      )}
                      <span className="suggestion-meta">
                        {s.occurrences(x.occurrences)}
                        {x.reason && <> · {s.reason(x.reason)}</>}
                        {x.variants.length > 0 && (
                          <>
                            {' · '}
                            {s.variants} {x.variants.join(', ')}
                          </>
                        )}
                      </span>
                    </div>
                    <span className="suggestion-arrow" aria-hidden="true">
                      →
                    </span>
                    <input
                      className="input input-sm suggestion-replacement"
                      value={edits.get(x.key) ?? x.replacement}
                      aria-label={s.replacement(x.text)}
                      maxLength={200}
                      onChange={(e) => setEdits((prev) => new Map(prev).set(x.key, e.target.value))}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') {
                          e.preventDefault();
                          acceptSome([x]);
                        }
                      }}
                      data-testid="suggestion-replacement"
                    />
                    <IconButton size="sm" label={s.acceptOne(x.text)} icon={<Check size={16} />} className="suggestion-accept" onClick={() => acceptSome([x])} tooltipAlign="end" data-testid="suggestion-accept" />
                    <IconButton size="sm" label={s.rejectOne(x.text)} icon={<X size={16} />} className="suggestion-reject" onClick={() => rejectSome([x])} tooltipAlign="end" data-testid="suggestion-reject" />
                  </div>
                  {isCurrent && (
                    <div className="suggestion-contexts" data-testid="suggestion-contexts">
                      {x.commonWord && <p className="suggestion-warning">{s.commonWord}</p>}
                      {x.contexts.length === 0 ? (
                        <p className="note">{s.noContext}</p>
                      ) : (
                        <ul>
                          {x.contexts.map((c, i) => (
                            <li key={i}>
                              <ContextSnippet context={c} onOpenQuote={onOpenQuote} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  )}
                </div>
              );
            })}
          </section>
        ))}
      </div>
      {merging && (
        <MergeDialog
          candidates={merging.map((x) => ({ id: x.key, label: x.text, detail: `${t.pseudonyms.category[x.category]} · ${s.occurrences(x.occurrences)}`, replacement: replacementOf(x) }))}
          initialId={mainOf(merging)?.key ?? merging[0]!.key}
          confirmLabel={t.pseudonyms.merge.confirmSuggestions}
          onConfirm={mergeSuggestions}
          onClose={() => setMerging(null)}
        />
      )}
    </div>
  );
}
