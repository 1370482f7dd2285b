import { BarChart3, Grid3x3, Network, TextQuote, Users } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { defaultGroupAttribute } from '../../../shared/group-attribute';
import type { QuoteRequest } from '../../../shared/quote-request';
import { useT } from '../../i18n';
import { EmptyState, Tabs, tabId, tabPanelId } from '../../ui';
import { useAttributes, useCases } from '../cases';
import { useCodes } from '../codebook';
import { useBlindCoderId } from '../coders';
import { useDocuments } from '../documents';
import { useProject } from '../project';
import { codeEntries } from './code-tree';
import { columnAttributeId, type ColumnsChoice } from './column-choice';
import { AgreementTab } from './components/AgreementTab';
import { ChartTab } from './components/ChartTab';
import { CooccurrenceTab } from './components/CooccurrenceTab';
import { DrillDownPanel, type Drill } from './components/DrillDownPanel';
import { FiltersPanel } from './components/FiltersPanel';
import { MatrixTab } from './components/MatrixTab';
import { RetrievalTab } from './components/RetrievalTab';
import { chosenAttributeIds, noFilters, toSynthesisFilters, withBlindCoder, type FilterState } from './filters';
import { useCoders } from './hooks/useAnalysisQueries';

export type AnalysisViewProps = { onOpenQuote: (quote: QuoteRequest) => void };

type AnalysisTab = 'matrix' | 'chart' | 'cooccurrence' | 'retrieval' | 'agreement';
const ID_PREFIX = 'analysis';

/**
 * The lead's cross-interview tools: quotes of codes and code queries, code × participant or × actor
 * group matrices, co-occurrence (table and network) and the chart of codes by actor group. One set
 * of filters narrows them all; a clicked cell shows its quotes beside, each opening its transcript.
 */
export function AnalysisView({ onOpenQuote }: AnalysisViewProps) {
  const t = useT();
  const a = t.analysis;
  const [tab, setTab] = useState<AnalysisTab>('matrix');
  const [filterState, setFilterState] = useState<FilterState>(noFilters);
  const [drill, setDrill] = useState<Drill | null>(null);
  // One choice of columns for the matrix and the chart: the chart groups by what the matrix showed.
  const [columns, setColumns] = useState<ColumnsChoice | null>(null);
  const codes = useCodes();
  const attributes = useAttributes();
  const cases = useCases();
  const documents = useDocuments();
  const coders = useCoders();
  const project = useProject();

  const blindCoderId = useBlindCoderId();
  // Every tab (matrix, chart, co-occurrence, retrieval) reads these filters: blind coding narrows them all.
  const filters = useMemo(() => withBlindCoder(toSynthesisFilters(filterState), blindCoderId), [filterState, blindCoderId]);
  const entries = useMemo(() => codeEntries(codes.data ?? []), [codes.data]);
  const attributeList = attributes.data ?? [];
  const loadedAttributes = attributes.data ?? null;
  const defaultAttributeId = defaultGroupAttribute(attributeList)?.id ?? null;
  const projectName = project.data?.name ?? 'Verbatim';
  // Quote cards show the participant's identifier and the attributes the lead chose (columns, filters), not all of them.
  const shownAttributes = useMemo(() => {
    const ids = chosenAttributeIds(filterState, columnAttributeId(columns, defaultAttributeId));
    return ids.flatMap((id) => attributeList.filter((a) => a.id === id && !a.isIdentifying));
  }, [filterState, columns, defaultAttributeId, attributeList]);
  const changeFilters = useCallback((update: (f: FilterState) => FilterState) => {
    setFilterState(update);
    // The cell's quotes were those of the old filters.
    setDrill(null);
  }, []);
  const changeTab = (next: AnalysisTab) => {
    setTab(next);
    setDrill(null);
  };
  const drillKey = drill?.key ?? null;

  const tabs = [
    { id: 'matrix' as const, label: a.tabs.matrix, icon: <Grid3x3 size={15} aria-hidden="true" />, testId: 'analysis-tab-matrix' },
    { id: 'chart' as const, label: a.tabs.chart, icon: <BarChart3 size={15} aria-hidden="true" />, testId: 'analysis-tab-chart' },
    { id: 'cooccurrence' as const, label: a.tabs.cooccurrence, icon: <Network size={15} aria-hidden="true" />, testId: 'analysis-tab-cooccurrence' },
    { id: 'retrieval' as const, label: a.tabs.retrieval, icon: <TextQuote size={15} aria-hidden="true" />, testId: 'analysis-tab-retrieval' },
    { id: 'agreement' as const, label: a.tabs.agreement, icon: <Users size={15} aria-hidden="true" />, testId: 'analysis-tab-agreement' },
  ];

  if (codes.isSuccess && codes.data.length === 0) {
    return (
      <div className="analysis" data-testid="view-analysis">
        <EmptyState icon={<Grid3x3 size={26} />} title={a.label}>
          <p>{a.noCodes}</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className={drill ? 'analysis has-drill' : 'analysis'} data-testid="view-analysis">
      <aside className="an-sidebar" aria-label={a.filters.title}>
        <FiltersPanel
          filters={filterState}
          onChange={changeFilters}
          documents={documents.data ?? []}
          attributes={attributeList}
          coders={blindCoderId === null ? (coders.data ?? []) : []}
        />
        {blindCoderId !== null && (
          <p className="note" data-testid="analysis-blind-note">
            {t.team.blindFilter}
          </p>
        )}
      </aside>
      <section className="an-main" aria-label={a.label}>
        <div className="an-tabs">
          <Tabs items={tabs} value={tab} onChange={changeTab} label={a.tabs.label} idPrefix={ID_PREFIX} />
        </div>
        <div className="an-panel" role="tabpanel" id={tabPanelId(ID_PREFIX, tab)} aria-labelledby={tabId(ID_PREFIX, tab)}>
          {tab === 'matrix' && (
            <MatrixTab
              filters={filters}
              attributes={loadedAttributes}
              defaultAttributeId={defaultAttributeId}
              columns={columns}
              onColumnsChange={setColumns}
              projectName={projectName}
              drillKey={drillKey}
              onDrill={setDrill}
            />
          )}
          {tab === 'chart' && (
            <ChartTab
              filters={filters}
              attributes={loadedAttributes}
              defaultAttributeId={defaultAttributeId}
              columns={columns}
              onColumnsChange={(next) => {
                setColumns(next);
                setDrill(null);
              }}
              projectName={projectName}
              drillKey={drillKey}
              onDrill={setDrill}
            />
          )}
          {tab === 'cooccurrence' && <CooccurrenceTab filters={filters} drillKey={drillKey} onDrill={setDrill} />}
          {tab === 'retrieval' && (
            <RetrievalTab
              filters={filters}
              entries={entries}
              attributes={attributeList}
              shownAttributes={shownAttributes}
              cases={cases.data ?? []}
              onOpen={onOpenQuote}
            />
          )}
          {tab === 'agreement' && <AgreementTab coders={coders.data ?? []} documentIds={filterState.documentIds} projectName={projectName} />}
        </div>
      </section>
      {drill && <DrillDownPanel key={drill.key} drill={drill} attributes={shownAttributes} onOpen={onOpenQuote} onClose={() => setDrill(null)} />}
    </div>
  );
}
