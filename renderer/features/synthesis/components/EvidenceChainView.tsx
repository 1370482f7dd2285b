import { FileText } from 'lucide-react';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';
import { useEvidence } from '../hooks/useFindings';
import { QuoteCard } from './QuoteCard';

export type EvidenceChainViewProps = { id: number; number: number; onOpenQuote: (quote: QuoteRequest) => void };

/**
 * A recommendation's chain of evidence, read top-down as a funder would: the recommendation, the
 * themes it rests on (with their synthesis), the quotes cited under each, then the interviews and
 * participants they come from. Every quote opens in its transcript.
 */
export function EvidenceChainView({ id, number, onOpenQuote }: EvidenceChainViewProps) {
  const t = useT();
  const tr = t.synthesis.recommendations;
  const evidence = useEvidence(id);
  const chain = evidence.data;
  if (!chain) return evidence.isError ? <p className="syn-empty-line">{t.synthesis.loadFailed}</p> : null;
  const { recommendation: r } = chain;
  const empty = chain.themes.length === 0 && chain.otherQuotes.length === 0;

  return (
    <div className="syn-evidence" data-testid="evidence-chain">
      <header className="syn-evidence-head">
        <p className="syn-sheet-path">
          {tr.number(number)} · {tr.evidence}
        </p>
        <h2 className="syn-sheet-title">{r.title}</h2>
        {r.body && <p className="syn-prose">{r.body}</p>}
        <p className="syn-hint">{tr.evidenceIntro}</p>
      </header>
      {empty && <p className="syn-empty-line">{tr.noEvidence}</p>}
      <ol className="syn-chain">
        {chain.themes.map((theme) => {
          const citedIds = new Set(theme.quotes.map((q) => q.id));
          const otherKeys = theme.keyQuotes.filter((q) => !citedIds.has(q.id));
          return (
            <li key={theme.codeId} className="syn-chain-theme" style={{ ['--code-color' as string]: theme.color }} data-testid="evidence-theme">
              <h3 className="syn-chain-title">
                <span className="syn-dot" aria-hidden="true" />
                {theme.path.split('/').join(' › ')}
              </h3>
              <p className={theme.synthesis ? 'syn-prose syn-chain-synthesis' : 'syn-empty-line'}>{theme.synthesis || tr.noSynthesis}</p>
              <h4 className="syn-chain-sub">{tr.citedQuotes}</h4>
              {theme.quotes.length === 0 ? (
                <p className="syn-empty-line">{tr.noCitedQuotes}</p>
              ) : (
                <ul className="syn-quote-list">
                  {theme.quotes.map((q) => (
                    <li key={q.id}>
                      <QuoteCard quote={q} onOpen={onOpenQuote} showCode={q.codeId !== theme.codeId} testId="evidence-quote" />
                    </li>
                  ))}
                </ul>
              )}
              {otherKeys.length > 0 && (
                <details className="syn-chain-keys">
                  <summary>
                    {tr.keyQuotes} ({otherKeys.length})
                  </summary>
                  <ul className="syn-quote-list">
                    {otherKeys.map((q) => (
                      <li key={q.id}>
                        <QuoteCard quote={q} onOpen={onOpenQuote} showCode={q.codeId !== theme.codeId} />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
        {chain.otherQuotes.length > 0 && (
          <li className="syn-chain-theme">
            <h3 className="syn-chain-title">{tr.otherQuotes}</h3>
            <ul className="syn-quote-list">
              {chain.otherQuotes.map((q) => (
                <li key={q.id}>
                  <QuoteCard quote={q} onOpen={onOpenQuote} showCode testId="evidence-quote" />
                </li>
              ))}
            </ul>
          </li>
        )}
      </ol>
      {chain.sources.length > 0 && (
        <section className="syn-sources">
          <h3 className="syn-section-title">{tr.sources}</h3>
          <ul data-testid="evidence-sources">
            {chain.sources.map((s) => (
              <li key={s.documentId} className="syn-source">
                <FileText size={14} aria-hidden="true" />
                <span className="syn-source-case">{s.case?.name ?? t.synthesis.quote.noParticipant}</span>
                <span className="syn-source-doc">{s.documentName}</span>
                <span className="syn-source-count">{tr.sourceQuotes(s.quotes)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
