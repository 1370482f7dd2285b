import type { ProjectInfo } from '../../shared/contract';
import { useImportDocuments } from '../features/documents';
import { useUndoRedo, useUndoShortcuts } from '../features/history';
import { NoProjectScreen, useProjectActions, useUpdateSettings } from '../features/project';
import { TopBar } from './TopBar';
import { useMenuCommands } from './useMenuCommands';
import { Workspace } from './Workspace';

export type ShellProps = { project: ProjectInfo | null; theme: 'light' | 'dark' };

/** The window: the project bar, then the workspace of the open project (or the way to open one). */
export function Shell({ project, theme }: ShellProps) {
  const importer = useImportDocuments();
  const history = useUndoRedo();
  const actions = useProjectActions();
  const settings = useUpdateSettings();
  const hasProject = project !== null;
  useUndoShortcuts(history, hasProject);
  useMenuCommands({
    'project:new': actions.createProject,
    'project:open': () => actions.openProject(),
    'project:close': actions.closeProject,
    'documents:import': () => hasProject && importer.startImport(),
    'history:undo': () => hasProject && history.undo(),
    'history:redo': () => hasProject && history.redo(),
    'view:toggleTheme': () => settings.mutate({ theme: theme === 'dark' ? 'light' : 'dark' }),
  });

  return (
    <div className="app">
      <TopBar project={project} onImport={(kind) => importer.startImport(kind)} isImporting={importer.isImporting} history={history} />
      {project ? <Workspace key={project.path} project={project} importer={importer} /> : <NoProjectScreen />}
    </div>
  );
}
