import { NotebookText } from 'lucide-react';
import { useState } from 'react';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';
import { EmptyState, moveFocus } from '../../../ui';
import { useFindingsList } from '../hooks/useFindings';
import { ThemeSheetView } from './ThemeSheetView';

export type ThemesPanelProps = { onOpenQuote: (quote: QuoteRequest) => void };

/** The themes (codes, tree order) with their sheet's state, and the chosen theme's sheet. */
export function ThemesPanel({ onOpenQuote }: ThemesPanelProps) {
  const t = useT();
  const ts = t.synthesis.themes;
  const list = useFindingsList();
  const [chosen, setChosen] = useState<number | null>(null);
  const themes = list.data?.themes ?? [];
  const current = themes.find((th) => th.codeId === chosen) ?? themes[0] ?? null;

  if (list.isSuccess && themes.length === 0) {
    return <EmptyState icon={<NotebookText size={28} />} title={ts.emptyTitle} testId="themes-empty">{ts.emptyBody}</EmptyState>;
  }
  return (
    <div className="syn-split">
      <nav className="syn-list" aria-label={ts.listLabel}>
        <ul onKeyDown={(e) => moveFocus(e)} data-testid="theme-list">
          {themes.map((th) => (
            <li key={th.codeId}>
              <button
                type="button"
                className={th.codeId === current?.codeId ? 'syn-list-item is-current' : 'syn-list-item'}
                aria-current={th.codeId === current?.codeId ? 'true' : undefined}
                style={{ paddingInlineStart: `${12 + th.depth * 16}px`, ['--code-color' as string]: th.color }}
                onClick={() => setChosen(th.codeId)}
                data-testid="theme-item"
                data-nav-item
              >
                <span className="syn-dot" aria-hidden="true" />
                <span className="syn-list-main">
                  <span className="syn-list-name">{th.name}</span>
                  <span className="syn-list-meta">
                    {ts.codings(th.codings)}
                    {th.pinned > 0 && ` · ${ts.pinned(th.pinned)}`}
                  </span>
                </span>
                <span className={th.hasSynthesis ? 'syn-state is-written' : 'syn-state'} data-testid="theme-state">
                  {th.hasSynthesis ? ts.written : ts.toWrite}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="syn-page">{current && <ThemeSheetView key={current.codeId} codeId={current.codeId} onOpenQuote={onOpenQuote} />}</div>
    </div>
  );
}
