import type { ProjectInfo } from '../../shared/contract';
import { useCallback, useState } from 'react';
import { AnalysisView } from '../features/analysis';
import { useImportDocuments } from '../features/documents';
import { useUndoRedo, useUndoShortcuts } from '../features/history';
import { MergeReportDialog, NoProjectScreen, useMergeProject, useProjectActions, useUpdateSettings } from '../features/project';
import { AnonymizationView } from '../features/pseudonyms';
import { SearchProvider } from '../features/search';
import { SynthesisView } from '../features/synthesis';
import { TopBar } from './TopBar';
import { useMenuCommands } from './useMenuCommands';
import { useViewShortcuts } from './useViewShortcuts';
import type { ProjectView, QuoteRequest } from './views';
import { Workspace } from './Workspace';

export type ShellProps = { project: ProjectInfo | null; theme: 'light' | 'dark' };

/** The window: the project bar, then the workspace of the open project (or the way to open one). */
export function Shell({ project, theme }: ShellProps) {
  const importer = useImportDocuments();
  const history = useUndoRedo();
  const actions = useProjectActions();
  const settings = useUpdateSettings();
  const merger = useMergeProject();
  const hasProject = project !== null;
  const [view, setView] = useState<ProjectView>('coding');
  const [quote, setQuote] = useState<(QuoteRequest & { nonce: number }) | null>(null);
  useViewShortcuts(setView, hasProject);
  /** Any view can show a passage in its transcript: the coding view comes forward with it. */
  const openQuote = useCallback((request: QuoteRequest) => {
    setView('coding');
    setQuote({ ...request, nonce: Date.now() });
  }, []);
  useUndoShortcuts(history, hasProject);
  useMenuCommands({
    'project:new': actions.createProject,
    'project:open': () => actions.openProject(),
    'project:close': actions.closeProject,
    'project:merge': () => hasProject && merger.start(),
    'documents:import': () => hasProject && importer.startImport(),
    'history:undo': () => hasProject && history.undo(),
    'history:redo': () => hasProject && history.redo(),
    'view:toggleTheme': () => settings.mutate({ theme: theme === 'dark' ? 'light' : 'dark' }),
  });

  return (
    <SearchProvider key={project?.path ?? ''} onShow={() => setView('coding')}>
      <div className="app">
        <TopBar
          project={project}
          onImport={(kind) => importer.startImport(kind)}
          onMerge={merger.start}
          isImporting={importer.isImporting}
          history={history}
          view={view}
          onViewChange={setView}
        />
        {project ? (
          <>
            <div className="project-view" hidden={view !== 'coding'}>
              <Workspace key={project.path} project={project} importer={importer} quote={quote} />
            </div>
            {view === 'analysis' && <AnalysisView key={project.path} onOpenQuote={openQuote} />}
            {view === 'synthesis' && <SynthesisView key={project.path} onOpenQuote={openQuote} />}
            {view === 'anonymization' && <AnonymizationView key={project.path} onOpenQuote={openQuote} />}
          </>
        ) : (
          <NoProjectScreen />
        )}
        {merger.state && <MergeReportDialog state={merger.state} onUndo={merger.undo} isUndoing={merger.isUndoing} onClose={merger.close} />}
      </div>
    </SearchProvider>
  );
}
