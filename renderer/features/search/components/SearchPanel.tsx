import { CircleHelp, Info, Search } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchHit } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { EmptyState, moveFocus } from '../../../ui';
import { useAttributes } from '../../cases';
import { useCodes } from '../../codebook';
import { useBlindCoderId } from '../../coders';
import { useDocuments } from '../../documents';
import { SEARCH_LIMIT, useSearch } from '../hooks/useSearch';
import { useSearchStatus } from '../hooks/useSearchStatus';
import { hitKey, toContractFilters, useSearchState } from '../search-context';
import { AutoCodeBar } from './AutoCodeBar';
import { QueryHelp } from './QueryHelp';
import { SearchFiltersForm } from './SearchFiltersForm';
import { SearchHitItem } from './SearchHitItem';

export type SearchPanelProps = {
  /** Opens the transcript at a hit. */
  onOpen: (hit: SearchHit) => void;
};

/** The results of the top bar's search, grouped by interview, with filters, query help and auto-coding. */
export function SearchPanel({ onOpen }: SearchPanelProps) {
  const t = useT();
  const search = useSearchState();
  const blindCoderId = useBlindCoderId();
  const filters = useMemo(() => toContractFilters(search.filters, blindCoderId), [search.filters, blindCoderId]);
  const results = useSearch(search.query, filters);
  const indexing = useSearchStatus();
  const documents = useDocuments();
  const attributes = useAttributes();
  const codes = useCodes();
  const [showHelp, setShowHelp] = useState(false);

  const latest = useRef(onOpen);
  useEffect(() => {
    latest.current = onOpen;
  });
  const open = useCallback((hit: SearchHit) => latest.current(hit), []);
  const { setSelected } = search;
  const toggle = useCallback(
    (hit: SearchHit) =>
      setSelected((s) => {
        const next = new Set(s);
        const key = hitKey(hit);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [setSelected],
  );

  const hasQuery = search.query.trim().length > 0;
  const hits = hasQuery ? (results.data?.hits ?? []) : [];
  const groups = groupByDocument(hits);
  const selectedHits = hits.filter((h) => search.selected.has(hitKey(h))).map((h) => ({ documentId: h.documentId, start: h.start, end: h.end }));

  return (
    <div className="search-panel" aria-label={t.search.panelLabel} data-testid="search-panel">
      <div className="search-panel-head">
        {indexing && (
          <div className="search-indexing" role="status" data-testid="search-indexing">
            <span>{indexing.done > 0 ? t.search.indexing(indexing.done, indexing.total) : t.search.indexingStart}</span>
            <progress max={indexing.total} value={indexing.done} />
          </div>
        )}
        <div className="search-summary">
          <p className="search-count" role="status" data-testid="search-count">
            {!hasQuery ? '' : results.isPending ? t.search.searching : t.search.count(hits.length, groups.length)}
          </p>
          <button
            type="button"
            className={showHelp ? 'search-help-toggle is-on' : 'search-help-toggle'}
            onClick={() => setShowHelp((v) => !v)}
            aria-expanded={showHelp}
            data-testid="search-help-toggle"
          >
            <CircleHelp size={14} aria-hidden="true" />
            {t.search.help.toggle}
          </button>
        </div>
        {showHelp && <QueryHelp />}
        {hasQuery && results.data?.fellBack && (
          <p className="search-notice" role="note" data-testid="search-fallback">
            <Info size={14} aria-hidden="true" />
            {t.search.fellBack}
          </p>
        )}
        <SearchFiltersForm
          filters={search.filters}
          onChange={search.setFilters}
          documents={documents.data ?? []}
          attributes={attributes.data ?? []}
          codes={codes.data ?? []}
          blind={blindCoderId !== null}
        />
      </div>

      <div className="search-results panel-scroll">
        {!hasQuery && (
          <EmptyState compact icon={<Search size={24} />} title={t.search.tab} testId="search-intro">
            <p>{t.search.intro}</p>
          </EmptyState>
        )}
        {hasQuery && results.isSuccess && hits.length === 0 && (
          <p className="inspector-note" data-testid="search-none">
            {t.search.none(search.query.trim())} {Object.keys(filters).length > 0 ? t.search.noneFiltered : ''}
          </p>
        )}
        {hits.length >= SEARCH_LIMIT && <p className="inspector-note">{t.search.capped(SEARCH_LIMIT)}</p>}
        {groups.length > 0 && (
          <div className="search-groups" role="group" aria-label={t.search.panelLabel} onKeyDown={moveFocus}>
            {groups.map(({ documentId, name, items }) => (
              <section key={documentId} className="search-group" data-testid="search-group">
                <h3 className="search-group-title">
                  <span className="search-group-name">{name}</span>
                  <span className="search-group-count">{items.length}</span>
                </h3>
                <ul>
                  {items.map((h) => (
                    <SearchHitItem key={hitKey(h)} hit={h} isSelected={search.selected.has(hitKey(h))} onToggle={toggle} onOpen={open} />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </div>

      {hits.length > 0 && (
        <div className="search-panel-foot">
          <div className="search-selection">
            <span>{t.search.autoCode.selected(selectedHits.length)}</span>
            <button type="button" className="search-link" onClick={() => setSelected(() => new Set(hits.map(hitKey)))}>
              {t.search.autoCode.selectAll}
            </button>
            {selectedHits.length > 0 && (
              <button type="button" className="search-link" onClick={() => setSelected(() => new Set())}>
                {t.search.autoCode.selectNone}
              </button>
            )}
          </div>
          <AutoCodeBar query={search.query.trim()} filters={filters} codes={codes.data ?? []} hitCount={hits.length} selected={selectedHits} />
        </div>
      )}
    </div>
  );
}

/** Hits by interview, interviews in the order of their best hit, hits in the order of the text. */
function groupByDocument(hits: readonly SearchHit[]): { documentId: number; name: string; items: SearchHit[] }[] {
  const groups = new Map<number, { documentId: number; name: string; items: SearchHit[] }>();
  for (const h of hits) {
    const g = groups.get(h.documentId) ?? { documentId: h.documentId, name: h.document, items: [] };
    g.items.push(h);
    groups.set(h.documentId, g);
  }
  for (const g of groups.values()) g.items.sort((a, b) => a.start - b.start);
  return [...groups.values()];
}
