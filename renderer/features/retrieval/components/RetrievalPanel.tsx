import { Quote } from 'lucide-react';
import { useCallback, useEffect, useRef, type CSSProperties } from 'react';
import type { Code, RetrievedCoding } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { ColorSwatch, EmptyState, moveFocus } from '../../../ui';
import { useRetrieval } from '../hooks/useRetrieval';
import { RetrievalItem } from './RetrievalItem';

export type RetrievalPanelProps = {
  code: Code | null;
  /** The passage open in the transcript, to mark its quote. */
  currentCodingId: number | null;
  onOpen: (quote: RetrievedCoding) => void;
};

/** Every quote of a code, grouped by document: the researcher reads a theme across interviews. */
export function RetrievalPanel({ code, currentCodingId, onOpen }: RetrievalPanelProps) {
  const t = useT();
  const retrieval = useRetrieval(code?.id ?? null);
  // One stable handler for all quotes, so that a selection change in the transcript re-renders none of them.
  const latest = useRef(onOpen);
  useEffect(() => {
    latest.current = onOpen;
  });
  const open = useCallback((q: RetrievedCoding) => latest.current(q), []);

  if (!code) {
    return (
      <EmptyState compact icon={<Quote size={24} />} title={t.retrieval.title} testId="retrieval-empty">
        <p>{t.retrieval.noCode}</p>
      </EmptyState>
    );
  }

  const quotes = retrieval.data ?? [];
  const groups = groupByDocument(quotes);
  return (
    <div className="retrieval" data-testid="retrieval-panel" style={{ "--quote-color": code.color } as CSSProperties}>
      <header className="retrieval-header">
        <ColorSwatch color={code.color} size={12} />
        <h2 className="retrieval-code" data-testid="retrieval-code">
          {code.name}
        </h2>
        {retrieval.isSuccess && quotes.length > 0 && (
          <p className="retrieval-count">{t.retrieval.count(quotes.length, groups.length)}</p>
        )}
      </header>
      {retrieval.isSuccess && quotes.length === 0 && <p className="inspector-note">{t.retrieval.empty(code.name)}</p>}
      {retrieval.isPending && <p className="inspector-note">{t.common.loading}</p>}
      {groups.length > 0 && (
        <div className="retrieval-list" aria-label={t.retrieval.listLabel(code.name)} role="group" onKeyDown={moveFocus}>
          {groups.map(([documentName, items]) => (
            <section key={documentName} className="quote-group">
              <h3 className="quote-doc">{documentName}</h3>
              <ul>
                {items.map((q) => (
                  <RetrievalItem key={q.id} quote={q} isCurrent={q.id === currentCodingId} onOpen={open} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}

function groupByDocument(quotes: readonly RetrievedCoding[]): [string, RetrievedCoding[]][] {
  const groups = new Map<number, [string, RetrievedCoding[]]>();
  for (const q of quotes) {
    const g = groups.get(q.documentId) ?? [q.documentName, []];
    g[1].push(q);
    groups.set(q.documentId, g);
  }
  return [...groups.values()];
}
