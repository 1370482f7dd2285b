import { Pin } from 'lucide-react';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';
import { Button } from '../../../ui';
import { useAttributes, usePinQuote, useReorderQuotes, useSetReportSettings, useThemeQuotes, useThemeSheet, useUnpinQuote, useUpdateTheme } from '../hooks/useFindings';
import { AutosaveText } from './AutosaveText';
import { Distribution } from './Distribution';
import { KeyQuotes } from './KeyQuotes';
import { QuoteCard } from './QuoteCard';

export type ThemeSheetViewProps = { codeId: number; onOpenQuote: (quote: QuoteRequest) => void };

/** A critical-factor sheet: definition, written synthesis, distribution across actor groups, key quotes. */
export function ThemeSheetView({ codeId, onOpenQuote }: ThemeSheetViewProps) {
  const t = useT();
  const ts = t.synthesis.themes;
  // The actor groups are the report settings' attribute: choosing one here chooses it for every
  // sheet and for the report, which then all speak of the same groups.
  const sheet = useThemeSheet(codeId);
  const setSettings = useSetReportSettings();
  const attributes = useAttributes();
  const quotes = useThemeQuotes([codeId]);
  const update = useUpdateTheme();
  const pin = usePinQuote();
  const unpin = useUnpinQuote();
  const reorder = useReorderQuotes();

  const data = sheet.data;
  if (!data) return sheet.isError ? <p className="syn-empty-line">{t.synthesis.loadFailed}</p> : <div className="syn-sheet syn-loading" aria-busy="true" />;
  const pinned = new Set(data.quotes.map((q) => q.id));
  const all = quotes.data?.codings ?? [];

  return (
    <article className="syn-sheet" aria-label={ts.sheetLabel(data.name)} style={{ ['--code-color' as string]: data.color }} data-testid="theme-sheet">
      <header className="syn-sheet-header">
        {data.path !== data.name && <p className="syn-sheet-path">{data.path.split('/').slice(0, -1).join(' › ')}</p>}
        <h2 className="syn-sheet-title" data-testid="theme-sheet-title">
          {data.name}
        </h2>
        <p className="syn-sheet-stats">{ts.stats(data.codings, data.cases)}</p>
      </header>

      <section className="syn-section">
        <h3 className="syn-section-title">{ts.definition}</h3>
        {data.definition.trim() ? (
          <p className="syn-definition" data-testid="theme-definition">
            {data.definition}
          </p>
        ) : (
          <p className="syn-empty-line">{ts.noDefinition}</p>
        )}
      </section>

      <section className="syn-section">
        <h3 className="syn-section-title">{ts.synthesis}</h3>
        <AutosaveText
          key={data.codeId}
          value={data.synthesis}
          onSave={(synthesis) => update.mutateAsync({ codeId: data.codeId, synthesis })}
          label={ts.synthesisLabel(data.name)}
          placeholder={ts.synthesisPlaceholder}
          rows={8}
          className="syn-textarea-prose"
          testId="theme-synthesis"
        />
      </section>

      <section className="syn-section">
        <h3 className="syn-section-title">{ts.distribution}</h3>
        <Distribution sheet={data} attributes={attributes.data ?? []} onAttributeChange={(groupAttributeId) => setSettings.mutate({ groupAttributeId })} />
      </section>

      <section className="syn-section">
        <h3 className="syn-section-title">
          {ts.keyQuotes}
          {data.quotes.length > 0 && <span className="syn-section-count">{data.quotes.length}</span>}
        </h3>
        {data.quotes.length > 1 && <p className="syn-hint">{ts.keyQuotesHint}</p>}
        <KeyQuotes
          quotes={data.quotes}
          onOpen={onOpenQuote}
          onUnpin={(codingId) => unpin.mutate({ codeId: data.codeId, codingId })}
          onReorder={(codingIds) => reorder.mutate({ codeId: data.codeId, codingIds })}
        />
      </section>

      <section className="syn-section syn-section-browse">
        <h3 className="syn-section-title">
          {ts.allQuotes}
          <span className="syn-section-count">{all.length}</span>
        </h3>
        {quotes.isSuccess && all.length === 0 && <p className="syn-empty-line">{ts.noQuotes}</p>}
        <ul className="syn-quote-list" data-testid="theme-quotes">
          {all.map((quote) => (
            <li key={quote.id} className={pinned.has(quote.id) ? 'is-pinned' : undefined} data-testid="theme-quote">
              <QuoteCard
                quote={quote}
                onOpen={onOpenQuote}
                showCode={quote.codeId !== codeId}
                actions={
                  pinned.has(quote.id) ? (
                    <Button size="sm" variant="ghost" icon={<Pin size={13} />} onClick={() => unpin.mutate({ codeId: data.codeId, codingId: quote.id })} aria-label={ts.unpin} data-testid="quote-pin" aria-pressed>
                      {ts.pinnedBadge}
                    </Button>
                  ) : (
                    <Button size="sm" variant="ghost" icon={<Pin size={13} />} onClick={() => pin.mutate({ codeId: data.codeId, codingId: quote.id })} aria-label={ts.pinLabel} data-testid="quote-pin" aria-pressed={false}>
                      {ts.pin}
                    </Button>
                  )
                }
              />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
