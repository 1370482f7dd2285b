import { useState } from 'react';
import { useT } from '../../../i18n';

/** Quotes drawn at once: a column total can hold thousands, and the lead reads the first ones first. */
export const QUOTE_PAGE = 200;

/** How many quotes to draw, growing a page at a time. */
export function useQuoteLimit() {
  const [limit, setLimit] = useState(QUOTE_PAGE);
  return { limit, more: () => setLimit((l) => l + QUOTE_PAGE) };
}

export function MoreQuotes({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const t = useT();
  if (shown >= total) return null;
  return (
    <button type="button" className="btn btn-secondary btn-sm an-more" onClick={onMore} data-testid="analysis-more-quotes">
      {t.analysis.quote.showMore(shown, total)}
    </button>
  );
}
