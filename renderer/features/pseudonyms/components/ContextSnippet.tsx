import { ExternalLink } from 'lucide-react';
import type { PseudonymContext } from '../../../../shared/contract';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';

export type ContextSnippetProps = { context: PseudonymContext; onOpenQuote: (quote: QuoteRequest) => void };

/** The words around an occurrence, the original marked; in a transcript, a click shows it there. */
export function ContextSnippet({ context: c, onOpenQuote }: ContextSnippetProps) {
  const t = useT();
  const text = (
    <>
      <span className="context-where">{c.where}</span>
      <span className="context-snippet">
        {c.snippet.slice(0, c.highlight.start)}
        <mark>{c.snippet.slice(c.highlight.start, c.highlight.end)}</mark>
        {c.snippet.slice(c.highlight.end)}
      </span>
    </>
  );
  if (c.documentId === null) return <div className="context">{text}</div>;
  const documentId = c.documentId;
  return (
    <button
      type="button"
      className="context is-link"
      title={t.pseudonyms.suggestions.openContext(c.where)}
      onClick={() => onOpenQuote({ documentId, start: c.start, end: c.end })}
      data-testid="suggestion-context"
    >
      {text}
      <ExternalLink size={13} className="context-open" aria-hidden="true" />
    </button>
  );
}
