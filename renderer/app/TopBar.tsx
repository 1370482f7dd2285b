import type { ProjectInfo } from '../../shared/contract';
import { ImportButton, type ImportKind } from '../features/documents';
import { ExportButton } from '../features/exports';
import { UndoRedoButtons } from '../features/history';
import { ProjectMenu, SettingsMenu } from '../features/project';
import { SearchBox } from '../features/search';
import { useT } from '../i18n';
import { ViewSwitcher } from './ViewSwitcher';
import type { ProjectView } from './views';

export type TopBarProps = {
  project: ProjectInfo | null;
  onImport: (kind?: ImportKind) => void;
  /** Project › Merge…: a colleague's copy brought into this project. */
  onMerge: () => void;
  isImporting: boolean;
  history: { undo: () => void; redo: () => void };
  view: ProjectView;
  onViewChange: (view: ProjectView) => void;
};

export function TopBar({ project, onImport, onMerge, isImporting, history, view, onViewChange }: TopBarProps) {
  const t = useT();
  return (
    <header className="topbar" data-testid="topbar">
      <div className="topbar-start">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">V</span>
          <span className="brand-name">{t.app.name}</span>
        </span>
        <span className="topbar-divider" aria-hidden="true" />
        <ProjectMenu hasProject={project !== null} currentPath={project?.path} onMerge={onMerge} />
        {project && (
          <span className="project-name" title={project.path} data-testid="project-name">
            <span className="project-name-text">{project.name}</span>
            {project.isSample && <span className="badge">{t.project.sampleBadge}</span>}
          </span>
        )}
        {project && <ViewSwitcher value={view} onChange={onViewChange} />}
      </div>
      <div className="topbar-end">
        {project && (
          <>
            <SearchBox />
            <span className="topbar-divider" aria-hidden="true" />
            <ImportButton onImport={onImport} isImporting={isImporting} />
            {/* Started from the Anonymization view, an export is anonymized unless the user unticks it. */}
            <ExportButton projectName={project.name} onOpenAnonymization={() => onViewChange('anonymization')} anonymizedByDefault={view === 'anonymization'} />
            <span className="topbar-divider" aria-hidden="true" />
            <UndoRedoButtons onUndo={history.undo} onRedo={history.redo} />
          </>
        )}
        <SettingsMenu />
      </div>
    </header>
  );
}
