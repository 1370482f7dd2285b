import { X } from 'lucide-react';
import { useMemo } from 'react';
import type { Attribute } from '../../../../shared/contract';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';
import { IconButton, moveFocus } from '../../../ui';
import { useCodingsById } from '../hooks/useAnalysisQueries';
import { codingView } from '../quote-views';
import { MoreQuotes, useQuoteLimit } from './MoreQuotes';
import { QuoteCard } from './QuoteCard';

/** A cell the user clicked: what it crosses, and the codings behind it. */
export type Drill = {
  /** Which cell it is (its tab highlights it). */
  key: string;
  title: string; subtitle: string; color: string | null; codingIds: readonly number[] };

export type DrillDownPanelProps = {
  drill: Drill;
  attributes: readonly Attribute[];
  onOpen: (request: QuoteRequest) => void;
  onClose: () => void;
};

/** The quotes behind a matrix cell, a co-occurrence or a bar, each one opening in its transcript. */
export function DrillDownPanel({ drill, attributes, onOpen, onClose }: DrillDownPanelProps) {
  const t = useT();
  const { limit, more } = useQuoteLimit();
  // Only the quotes drawn are fetched: a column total can stand on thousands of codings.
  const codings = useCodingsById(drill.codingIds.slice(0, limit));
  const quotes = useMemo(() => (codings.data ?? []).map((c) => codingView(c, attributes)), [codings.data, attributes]);
  return (
    <aside className="an-drill" aria-label={t.analysis.drill.title} data-testid="analysis-drill">
      <header className="an-drill-header">
        <div className="an-drill-heading">
          <p className="section-title">{t.analysis.drill.title}</p>
          <h2 className="an-drill-title" data-testid="analysis-drill-title">
            {drill.color && <span className="an-dot an-dot-lg" style={{ backgroundColor: drill.color }} aria-hidden="true" />}
            {drill.title}
          </h2>
          <p className="an-drill-subtitle">
            {drill.subtitle} · {t.analysis.drill.count(drill.codingIds.length)}
          </p>
        </div>
        <IconButton label={t.analysis.drill.close} icon={<X size={16} />} size="sm" tooltipAlign="end" onClick={onClose} data-testid="analysis-drill-close" />
      </header>
      <div className="an-drill-body">
        {drill.codingIds.length === 0 && <p className="an-note">{t.analysis.drill.empty}</p>}
        {codings.isPending && drill.codingIds.length > 0 && <p className="an-note">{t.common.loading}</p>}
        {quotes.length > 0 && (
          <ul className="an-quotes" onKeyDown={moveFocus}>
            {quotes.map((q) => (
              <QuoteCard key={q.key} quote={q} onOpen={onOpen} />
            ))}
          </ul>
        )}
        {codings.isSuccess && <MoreQuotes shown={quotes.length} total={drill.codingIds.length} onMore={more} />}
      </div>
    </aside>
  );
}
