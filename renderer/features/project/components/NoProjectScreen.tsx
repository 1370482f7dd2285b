import { FilePlus, FlaskConical, FolderOpen, History } from 'lucide-react';
import { useT } from '../../../i18n';
import { Button } from '../../../ui';
import { useProjectActions } from '../hooks/useProjectActions';
import { useRecentProjects } from '../hooks/useRecentProjects';

/** What the window shows with no project open (after Project › Close). */
export function NoProjectScreen() {
  const t = useT();
  const actions = useProjectActions();
  const recent = (useRecentProjects().data ?? []).filter((r) => r.exists).slice(0, 6);
  return (
    <div className="no-project" data-testid="no-project">
      <div className="no-project-card">
        <h1 className="no-project-title">{t.project.noneTitle}</h1>
        <p className="no-project-body">{t.project.noneBody}</p>
        <div className="no-project-actions">
          <Button variant="primary" icon={<FilePlus size={16} />} onClick={actions.createProject}>
            {t.project.new}
          </Button>
          <Button icon={<FolderOpen size={16} />} onClick={() => actions.openProject()}>
            {t.project.open}
          </Button>
          <Button variant="ghost" icon={<FlaskConical size={16} />} onClick={actions.openSample}>
            {t.project.openSample}
          </Button>
        </div>
        {recent.length > 0 && (
          <>
            <h2 className="section-title">{t.project.recent}</h2>
            <ul className="recent-list">
              {recent.map((r) => (
                <li key={r.path}>
                  <button type="button" className="recent-item" onClick={() => actions.openProject(r.path)}>
                    <History size={15} aria-hidden="true" />
                    <span className="recent-name">{r.name}</span>
                    {/* Long folders are cut at the start (the end says most); `dir` keeps the path's own order. */}
                    <span className="recent-path" title={r.path}>
                      <span dir="ltr">{folderOf(r.path)}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

const folderOf = (path: string): string => path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || path;
