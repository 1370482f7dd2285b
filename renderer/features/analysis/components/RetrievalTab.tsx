import { useId, useMemo, useState } from 'react';
import type { Attribute, Case, RetrieveSort, SynthesisFilters } from '../../../../shared/contract';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';
import { moveFocus } from '../../../ui';
import type { CodeEntry } from '../code-tree';
import { useCodeQuery, useRetrieve } from '../hooks/useAnalysisQueries';
import { emptyDraft, toCodeQuery, type QueryDraft } from '../query-builder';
import { codingView, groupQuotes, passageView, type Grouping } from '../quote-views';
import { CodePicker } from './CodePicker';
import { MoreQuotes, useQuoteLimit } from './MoreQuotes';
import { QueryBuilder } from './QueryBuilder';
import { QuoteCard, type QuoteView } from './QuoteCard';
import { Segmented, ToolbarField } from './Segmented';

export type RetrievalTabProps = {
  filters: SynthesisFilters;
  entries: readonly CodeEntry[];
  attributes: readonly Attribute[];
  /** The attributes the quote cards show (the view's columns and filters). */
  shownAttributes: readonly Attribute[];
  cases: readonly Case[];
  onOpen: (request: QuoteRequest) => void;
};

type Mode = 'codes' | 'query';
/** A server sort, or `attribute:<id>` (sort by that attribute's value). */
type SortChoice = Exclude<RetrieveSort, 'attribute'> | `attribute:${number}`;

/** Every quote of some codes, or of a code query, filtered, sorted and grouped; each opens in its transcript. */
export function RetrievalTab({ filters, entries, attributes, shownAttributes, cases, onOpen }: RetrievalTabProps) {
  const t = useT();
  const r = t.analysis.retrieval;
  const ids = { sort: useId(), group: useId() };
  const [mode, setMode] = useState<Mode>('codes');
  const [codeIds, setCodeIds] = useState<number[]>([]);
  const [includeChildren, setIncludeChildren] = useState(true);
  const [sort, setSort] = useState<SortChoice>('document');
  const [grouping, setGrouping] = useState<Grouping>('document');
  const [draft, setDraft] = useState<QueryDraft>(emptyDraft);
  const groupable = attributes.filter((a) => a.values.length > 0 && !a.isIdentifying);

  const retrieve = useRetrieve(
    mode === 'codes' && codeIds.length > 0
      ? {
          codeIds,
          includeChildren,
          filters,
          ...(sort.startsWith('attribute:') ? { sort: 'attribute' as const, sortAttributeId: Number(sort.slice('attribute:'.length)) } : { sort: sort as RetrieveSort }),
        }
      : null,
  );
  const query = toCodeQuery(draft);
  const queried = useCodeQuery(mode === 'query' ? query : null, filters);

  const codesById = useMemo(() => new Map(entries.map((e) => [e.code.id, e.code])), [entries]);
  const valuesOfCase = useMemo(() => new Map(cases.map((c) => [c.id, c.values])), [cases]);
  // The cards' tags: the chosen attributes and the one sorted by; the one grouped by is the group's title already.
  const tagged = useMemo(() => {
    const sortId = sort.startsWith('attribute:') ? Number(sort.slice('attribute:'.length)) : null;
    const groupId = grouping.startsWith('attribute:') ? Number(grouping.slice('attribute:'.length)) : null;
    const sorted = sortId === null ? [] : attributes.filter((a) => a.id === sortId);
    return [...new Set([...shownAttributes, ...sorted])].filter((a) => a.id !== groupId);
  }, [shownAttributes, attributes, sort, grouping]);
  const quotes: QuoteView[] | null = useMemo(() => {
    if (mode === 'codes') return retrieve.data ? retrieve.data.codings.map((c) => codingView(c, tagged, codeIds.length > 1 || includeChildren)) : null;
    return queried.data ? queried.data.passages.map((p) => passageView(p, tagged, valuesOfCase, codesById)) : null;
  }, [mode, retrieve.data, queried.data, tagged, codeIds.length, includeChildren, valuesOfCase, codesById]);
  const counts = mode === 'codes' ? retrieve.data : queried.data;
  const pending = mode === 'codes' ? retrieve.isFetching : queried.isFetching;
  const { limit, more } = useQuoteLimit();
  const groups = quotes ? groupQuotes(quotes.slice(0, limit), grouping, r) : [];
  const nameOf = (id: number | null) => (id === null ? '' : (codesById.get(id)?.name ?? ''));

  return (
    <div className="an-tab an-retrieval" data-testid="analysis-retrieval">
      <div className="an-retrieval-side">
        <Segmented
          label={r.modeLabel}
          value={mode}
          onChange={setMode}
          options={[
            { value: 'codes', label: r.modeCodes },
            { value: 'query', label: r.modeQuery },
          ]}
          testId="retrieval-mode"
        />
        {mode === 'codes' ? (
          <CodePicker entries={entries} selected={codeIds} onChange={setCodeIds} includeChildren={includeChildren} onIncludeChildren={setIncludeChildren} />
        ) : (
          <QueryBuilder draft={draft} onChange={setDraft} entries={entries} />
        )}
      </div>
      <div className="an-retrieval-results">
        <div className="an-toolbar">
          {mode === 'codes' && (
            <ToolbarField label={r.sort} htmlFor={ids.sort}>
              <select id={ids.sort} className="select select-sm" value={sort} onChange={(e) => setSort(e.target.value as SortChoice)} data-testid="retrieval-sort">
                <option value="document">{r.sortBy.document}</option>
                <option value="case">{r.sortBy.case}</option>
                <option value="code">{r.sortBy.code}</option>
                <option value="length">{r.sortBy.length}</option>
                {groupable.map((a) => (
                  <option key={a.id} value={`attribute:${a.id}`}>
                    {r.sortBy.attribute(a.name)}
                  </option>
                ))}
              </select>
            </ToolbarField>
          )}
          <ToolbarField label={r.group} htmlFor={ids.group}>
            <select id={ids.group} className="select select-sm" value={grouping} onChange={(e) => setGrouping(e.target.value as Grouping)} data-testid="retrieval-group">
              <option value="none">{r.groupBy.none}</option>
              <option value="document">{r.groupBy.document}</option>
              <option value="case">{r.groupBy.case}</option>
              <option value="code">{r.groupBy.code}</option>
              {groupable.map((a) => (
                <option key={a.id} value={`attribute:${a.id}`}>
                  {r.groupBy.attribute(a.name)}
                </option>
              ))}
            </select>
          </ToolbarField>
          <span className="an-toolbar-spacer" />
          {counts && (
            <p className="an-result-count" data-testid="retrieval-count">
              {mode === 'codes'
                ? r.count(quotes?.length ?? 0, counts.documents, counts.cases)
                : t.analysis.query.count(quotes?.length ?? 0, counts.documents, counts.cases)}
            </p>
          )}
        </div>
        {mode === 'query' && query && <p className="an-query-summary" data-testid="query-summary">{summaryOf(draft, nameOf, t.analysis.query)}</p>}
        <div className={pending ? 'an-results is-stale' : 'an-results'} onKeyDown={moveFocus}>
          {mode === 'codes' && codeIds.length === 0 && <p className="an-note">{t.analysis.codes.pick}</p>}
          {quotes && quotes.length === 0 && <p className="an-note">{mode === 'codes' ? r.empty : t.analysis.query.empty}</p>}
          {groups.map(([label, items]) => (
            <section key={label} className="an-group">
              {grouping !== 'none' && (
                <h3 className="an-group-title">
                  {label}
                  <span className="an-count">{items.length}</span>
                </h3>
              )}
              <ul className="an-quotes">
                {items.map((q) => (
                  <QuoteCard key={q.key} quote={q} onOpen={onOpen} />
                ))}
              </ul>
            </section>
          ))}
          {quotes && <MoreQuotes shown={Math.min(limit, quotes.length)} total={quotes.length} onMore={more} />}
        </div>
      </div>
    </div>
  );
}

type QueryStrings = ReturnType<typeof useT>['analysis']['query'];

/** The query in words, so the lead can check what was asked before reading the answer. */
function summaryOf(draft: QueryDraft, nameOf: (id: number | null) => string, qt: QueryStrings): string {
  const names = [...new Set(draft.codeIds.filter((id) => id !== null))].map(nameOf);
  switch (draft.op) {
    case 'and':
      return qt.summary.and(names, qt.modes[draft.mode]);
    case 'or':
      return qt.summary.or(names);
    case 'not':
      return qt.summary.not(names[0] ?? '', names.slice(1), draft.mode);
    case 'near':
      return qt.summary.near(names, draft.within, qt.units[draft.unit]);
  }
}
