import { Lightbulb, NotebookText, Table2 } from 'lucide-react';
import { useState } from 'react';
import type { QuoteRequest } from '../../../shared/quote-request';
import { useT } from '../../i18n';
import { Tabs, tabPanelId } from '../../ui';
import { FrameworkPanel } from './components/FrameworkPanel';
import { RecommendationsPanel } from './components/RecommendationsPanel';
import { ThemesPanel } from './components/ThemesPanel';

export type SynthesisViewProps = { onOpenQuote: (quote: QuoteRequest) => void };

type Section = 'themes' | 'framework' | 'recommendations';

/** The synthesis: theme sheets, the framework matrix and recommendations with their evidence. */
export function SynthesisView({ onOpenQuote }: SynthesisViewProps) {
  const t = useT();
  const [section, setSection] = useState<Section>('themes');
  const labels = t.synthesis.sections;
  return (
    <main className="syn-view" data-testid="view-synthesis" aria-label={t.views.synthesis}>
      <div className="syn-toolbar">
        <Tabs<Section>
          items={[
            { id: 'themes', label: labels.themes, icon: <NotebookText size={14} aria-hidden="true" />, testId: 'synthesis-tab-themes' },
            { id: 'framework', label: labels.framework, icon: <Table2 size={14} aria-hidden="true" />, testId: 'synthesis-tab-framework' },
            { id: 'recommendations', label: labels.recommendations, icon: <Lightbulb size={14} aria-hidden="true" />, testId: 'synthesis-tab-recommendations' },
          ]}
          value={section}
          onChange={setSection}
          label={t.synthesis.sectionsLabel}
          idPrefix="synthesis"
        />
      </div>
      <div className="syn-body" role="tabpanel" id={tabPanelId('synthesis', section)}>
        {section === 'themes' && <ThemesPanel onOpenQuote={onOpenQuote} />}
        {section === 'framework' && <FrameworkPanel onOpenQuote={onOpenQuote} />}
        {section === 'recommendations' && <RecommendationsPanel onOpenQuote={onOpenQuote} />}
      </div>
    </main>
  );
}
