import { ArrowDown, ArrowUp, Lightbulb, Plus } from 'lucide-react';
import { useState } from 'react';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';
import { Button, EmptyState, IconButton, Tabs, tabPanelId } from '../../../ui';
import { useCreateRecommendation, useFindingsList, useReorderRecommendations } from '../hooks/useFindings';
import { moveItem } from '../move-item';
import { EvidenceChainView } from './EvidenceChainView';
import { RecommendationEditor } from './RecommendationEditor';

export type RecommendationsPanelProps = { onOpenQuote: (quote: QuoteRequest) => void };

type Mode = 'write' | 'evidence';

/** The recommendations in order; the chosen one is written (title, text, support) or read as its chain of evidence. */
export function RecommendationsPanel({ onOpenQuote }: RecommendationsPanelProps) {
  const t = useT();
  const tr = t.synthesis.recommendations;
  const list = useFindingsList();
  const create = useCreateRecommendation();
  const reorder = useReorderRecommendations();
  const [chosen, setChosen] = useState<number | null>(null);
  const [mode, setMode] = useState<Mode>('write');
  const recommendations = list.data?.recommendations ?? [];
  const themes = list.data?.themes ?? [];
  const current = recommendations.find((r) => r.id === chosen) ?? recommendations[0] ?? null;

  const add = () =>
    create.mutate(
      { title: tr.defaultTitle },
      {
        onSuccess: (made) => {
          setChosen(made.id);
          setMode('write');
        },
      },
    );
  const move = (from: number, to: number) => {
    if (to < 0 || to >= recommendations.length) return;
    reorder.mutate({ ids: moveItem(recommendations.map((r) => r.id), from, to) });
  };

  const newButton = (
    <Button variant="primary" size="sm" icon={<Plus size={14} />} onClick={add} disabled={create.isPending} data-testid="recommendation-new">
      {tr.new}
    </Button>
  );
  if (list.isSuccess && recommendations.length === 0) {
    return (
      <EmptyState icon={<Lightbulb size={28} />} title={tr.emptyTitle} action={newButton} testId="recommendations-empty">
        {tr.emptyBody}
      </EmptyState>
    );
  }
  return (
    <div className="syn-split">
      <nav className="syn-list" aria-label={tr.listLabel}>
        <div className="syn-list-actions">{newButton}</div>
        <ol data-testid="recommendation-list">
          {recommendations.map((r, i) => (
            <li key={r.id} className="syn-rec-row">
              <button
                type="button"
                className={r.id === current?.id ? 'syn-list-item is-current' : 'syn-list-item'}
                aria-current={r.id === current?.id ? 'true' : undefined}
                onClick={() => setChosen(r.id)}
                data-testid="recommendation-item"
              >
                <span className="syn-rec-number">{tr.number(i + 1)}</span>
                <span className="syn-list-main">
                  <span className="syn-list-name">{r.title}</span>
                  <span className="syn-list-meta">{tr.support(r.codeIds.length, r.codingIds.length)}</span>
                </span>
              </button>
              <span className="syn-rec-move">
                <IconButton size="sm" bare label={tr.moveUp(r.title)} icon={<ArrowUp size={13} />} disabled={i === 0} onClick={() => move(i, i - 1)} data-testid="recommendation-up" />
                <IconButton
                  size="sm"
                  bare
                  label={tr.moveDown(r.title)}
                  icon={<ArrowDown size={13} />}
                  disabled={i === recommendations.length - 1}
                  onClick={() => move(i, i + 1)}
                  data-testid="recommendation-down"
                />
              </span>
            </li>
          ))}
        </ol>
      </nav>
      <div className="syn-page">
        {current && (
          <div className="syn-sheet syn-rec" data-testid="recommendation">
            <div className="syn-rec-modes">
              <Tabs<Mode>
                items={[
                  { id: 'write', label: tr.write, testId: 'recommendation-mode-write' },
                  { id: 'evidence', label: tr.evidence, testId: 'recommendation-mode-evidence' },
                ]}
                value={mode}
                onChange={setMode}
                label={tr.modesLabel}
                idPrefix="syn-rec"
              />
            </div>
            <div role="tabpanel" id={tabPanelId('syn-rec', mode)}>
              {mode === 'write' ? (
                <RecommendationEditor
                  key={current.id}
                  recommendation={current}
                  number={recommendations.indexOf(current) + 1}
                  themes={themes}
                  onDeleted={() => setChosen(null)}
                  onOpenQuote={onOpenQuote}
                />
              ) : (
                <EvidenceChainView key={current.id} id={current.id} number={recommendations.indexOf(current) + 1} onOpenQuote={onOpenQuote} />
              )}
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
