import { ExternalLink } from 'lucide-react';
import type { ReactNode } from 'react';
import type { SynthesisCoding } from '../../../../shared/contract';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';

export type QuoteCardProps = {
  quote: SynthesisCoding;
  onOpen: (quote: QuoteRequest) => void;
  /** Buttons on the right of the source line (pin, move…). */
  actions?: ReactNode;
  /** Shows the quote's code when a list mixes several (a theme and its sub-codes). */
  showCode?: boolean;
  testId?: string;
};

/**
 * A quote as a report sets it: the words in the transcript's serif, then its source — the
 * participant's identifier (never a person's name) and the interview — which opens the passage.
 */
export function QuoteCard({ quote, onOpen, actions, showCode = false, testId = 'quote-card' }: QuoteCardProps) {
  const t = useT();
  return (
    <figure className="syn-quote" style={{ ['--code-color' as string]: quote.codeColor }} data-testid={testId} data-coding-id={quote.id}>
      <blockquote className="syn-quote-text">{quote.text}</blockquote>
      <figcaption className="syn-quote-source">
        <span className="syn-quote-case" data-testid="quote-participant">
          {quote.case?.name ?? t.synthesis.quote.noParticipant}
        </span>
        <button
          type="button"
          className="syn-quote-open"
          title={t.synthesis.quote.open(quote.documentName)}
          aria-label={t.synthesis.quote.open(quote.documentName)}
          onClick={() => onOpen({ documentId: quote.documentId, start: quote.start, end: quote.end, codingId: quote.id })}
          data-testid="quote-open"
        >
          <span className="syn-quote-doc">{quote.documentName}</span>
          <ExternalLink size={12} aria-hidden="true" />
        </button>
        {showCode && (
          <span className="syn-quote-code">
            <span className="syn-dot" aria-hidden="true" />
            {quote.codePath}
          </span>
        )}
        {actions && <span className="syn-quote-actions">{actions}</span>}
      </figcaption>
    </figure>
  );
}
