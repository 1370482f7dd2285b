import { memo } from 'react';
import type { RetrievedCoding } from '../../../../shared/contract';
import { useT } from '../../../i18n';

export type RetrievalItemProps = { quote: RetrievedCoding; isCurrent: boolean; onOpen: (quote: RetrievedCoding) => void };

export const RetrievalItem = memo(function RetrievalItem({ quote, isCurrent, onOpen }: RetrievalItemProps) {
  const t = useT();
  return (
    <li>
      <button
        type="button"
        className={isCurrent ? 'quote is-current' : 'quote'}
        onClick={() => onOpen(quote)}
        title={t.retrieval.open(quote.documentName)}
        data-testid="retrieval-item"
        data-nav-item
      >
        {quote.speaker && <span className="quote-speaker">{quote.speaker}</span>}
        <span className="quote-text">{quote.text}</span>
      </button>
    </li>
  );
});
