import { Quote, Trash2 } from 'lucide-react';
import type { Recommendation, ThemeSummary } from '../../../../shared/contract';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';
import { Button } from '../../../ui';
import { useDeleteRecommendation, useEvidence, useThemeQuotes, useUpdateRecommendation } from '../hooks/useFindings';
import { AutosaveText } from './AutosaveText';
import { QuoteCard } from './QuoteCard';
import { useAutosave } from '../hooks/useAutosave';
import { SaveState } from './SaveState';

export type RecommendationEditorProps = {
  recommendation: Recommendation;
  number: number;
  themes: readonly ThemeSummary[];
  onDeleted: () => void;
  onOpenQuote: (quote: QuoteRequest) => void;
};

/** Writes a recommendation: its title and text, the themes it rests on, and the quotes it cites. */
export function RecommendationEditor({ recommendation: r, number, themes, onDeleted, onOpenQuote }: RecommendationEditorProps) {
  const t = useT();
  const tr = t.synthesis.recommendations;
  const update = useUpdateRecommendation();
  const remove = useDeleteRecommendation();
  const title = useAutosave(r.title, (text) => (text.trim() ? update.mutateAsync({ id: r.id, title: text }) : Promise.resolve()));
  const quotes = useThemeQuotes(r.codeIds);
  const evidence = useEvidence(r.id);
  // The themes' key quotes come first: they are the ones the lead already judged the strongest.
  const keyIds = new Set(evidence.data?.themes.flatMap((th) => th.keyQuotes.map((q) => q.id)) ?? []);
  const available = [...(quotes.data?.codings ?? [])].sort((a, b) => Number(keyIds.has(b.id)) - Number(keyIds.has(a.id)));
  const cited = new Set(r.codingIds);

  const toggleTheme = (codeId: number) =>
    update.mutate({ id: r.id, codeIds: r.codeIds.includes(codeId) ? r.codeIds.filter((id) => id !== codeId) : [...r.codeIds, codeId] });
  const toggleQuote = (codingId: number) =>
    update.mutate({ id: r.id, codingIds: cited.has(codingId) ? r.codingIds.filter((id) => id !== codingId) : [...r.codingIds, codingId] });

  return (
    <div className="syn-rec-editor">
      <div className="syn-rec-title-row">
        <span className="syn-rec-badge" aria-hidden="true">
          {tr.number(number)}
        </span>
        {/* A title wraps like the heading it is; Enter ends it (a title has one line). */}
        <textarea
          className="syn-title-input"
          aria-label={tr.title}
          rows={1}
          value={title.draft}
          onChange={(e) => title.setDraft(e.target.value.replace(/\s*\n\s*/g, ' '))}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              e.currentTarget.blur();
            }
          }}
          onBlur={() => void title.flush()}
          maxLength={120}
          data-testid="recommendation-title"
        />
        {title.state === 'error' && <SaveState state={title.state} />}
        <Button
          variant="ghost"
          size="sm"
          icon={<Trash2 size={14} />}
          aria-label={tr.deleteLabel(r.title)}
          onClick={() => remove.mutate({ id: r.id }, { onSuccess: onDeleted })}
          data-testid="recommendation-delete"
        >
          {tr.delete}
        </Button>
      </div>

      <section className="syn-section">
        <AutosaveText
          value={r.body}
          onSave={(body) => update.mutateAsync({ id: r.id, body })}
          label={tr.body}
          visibleLabel
          placeholder={tr.bodyPlaceholder}
          rows={6}
          className="syn-textarea-prose"
          testId="recommendation-body"
        />
      </section>

      <section className="syn-section">
        <h3 className="syn-section-title">{tr.themes}</h3>
        <div className="syn-chips" data-testid="recommendation-themes">
          {themes.map((th) => (
            <button
              key={th.codeId}
              type="button"
              className="chip syn-theme-chip"
              aria-pressed={r.codeIds.includes(th.codeId)}
              style={{ ['--code-color' as string]: th.color }}
              onClick={() => toggleTheme(th.codeId)}
              title={th.path}
              data-testid="recommendation-theme"
            >
              <span className="syn-dot" aria-hidden="true" />
              {th.name}
            </button>
          ))}
        </div>
      </section>

      <section className="syn-section">
        <h3 className="syn-section-title">
          {tr.quotes}
          {r.codingIds.length > 0 && <span className="syn-section-count">{r.codingIds.length}</span>}
        </h3>
        {r.codeIds.length === 0 ? (
          <p className="syn-empty-line">{tr.chooseThemesFirst}</p>
        ) : (
          <>
            <p className="syn-hint">{tr.quotesHint}</p>
            <ul className="syn-pick-list" data-testid="recommendation-quotes">
              {available.map((quote) => (
                <li key={quote.id} className={cited.has(quote.id) ? 'is-picked' : undefined}>
                  <QuoteCard
                    quote={quote}
                    onOpen={onOpenQuote}
                    showCode
                    testId="recommendation-quote"
                    actions={
                      <>
                        {keyIds.has(quote.id) && <span className="syn-key-badge">{t.synthesis.themes.pinnedBadge}</span>}
                        <Button
                          size="sm"
                          variant={cited.has(quote.id) ? 'secondary' : 'ghost'}
                          icon={<Quote size={13} />}
                          aria-pressed={cited.has(quote.id)}
                          onClick={() => toggleQuote(quote.id)}
                          data-testid="recommendation-cite"
                        >
                          {cited.has(quote.id) ? tr.cited : tr.cite}
                        </Button>
                      </>
                    }
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
