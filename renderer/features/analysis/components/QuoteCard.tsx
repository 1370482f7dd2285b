import { memo, type CSSProperties } from 'react';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';

/** What a quote card shows: the passage and where it comes from. */
export type QuoteView = {
  key: string;
  request: QuoteRequest;
  text: string;
  documentName: string;
  speaker: string | null;
  /** The participant's identifier (`E03`), never a name. */
  caseName: string | null;
  /** Values of the chosen attributes, as small tags (`Élu`, `Nord`), each named by its attribute on hover. */
  tags: readonly { attribute: string; value: string }[];
  /** The participant's values by attribute id, for grouping. */
  values: Readonly<Record<string, string>>;
  /** The codes of the passage, each with its colour. */
  codes: readonly { name: string; color: string }[];
};

export type QuoteCardProps = { quote: QuoteView; onOpen: (request: QuoteRequest) => void };

/** A coded passage: its words first, then who said it and where; a click opens it in its transcript. */
export const QuoteCard = memo(function QuoteCard({ quote, onOpen }: QuoteCardProps) {
  const t = useT();
  const color = quote.codes[0]?.color;
  return (
    <li>
      <button
        type="button"
        className="an-quote"
        style={color ? ({ '--quote-color': color } as CSSProperties) : undefined}
        onClick={() => onOpen(quote.request)}
        title={t.analysis.quote.open(quote.documentName)}
        data-testid="analysis-quote"
        data-nav-item
      >
        <span className="an-quote-meta">
          {quote.caseName && <span className="an-quote-case">{quote.caseName}</span>}
          {quote.tags.map((tag) => (
            <span key={tag.attribute} className="an-tag" title={tag.attribute}>
              {tag.value}
            </span>
          ))}
          {/* The identifier stands for the participant; a speaker's name shows only when there is none. */}
          {!quote.caseName && quote.speaker && <span className="an-quote-speaker">{quote.speaker}</span>}
        </span>
        <span className="an-quote-text">{quote.text}</span>
        <span className="an-quote-source">
          <span className="an-quote-doc">{quote.documentName}</span>
          {quote.codes.map((c) => (
            <span key={c.name} className="an-quote-code">
              <span className="an-dot" style={{ backgroundColor: c.color }} aria-hidden="true" />
              {c.name}
            </span>
          ))}
        </span>
      </button>
    </li>
  );
});
