import { ChevronDown, FilePlus, FlaskConical, FolderOpen, GitMerge, History, X } from 'lucide-react';
import type { RecentProject } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Menu, type MenuEntry } from '../../../ui';
import { useRecentProjects } from '../hooks/useRecentProjects';
import { useProjectActions } from '../hooks/useProjectActions';

export type ProjectMenuProps = { hasProject: boolean; currentPath: string | undefined; onMerge: () => void };

export function ProjectMenu({ hasProject, currentPath, onMerge }: ProjectMenuProps) {
  const t = useT();
  const actions = useProjectActions();
  const recent = useRecentProjects();
  const others: RecentProject[] = (recent.data ?? []).filter((r) => r.path !== currentPath).slice(0, 8);

  const entries: MenuEntry[] = [
    { kind: 'item', id: 'new', label: t.project.new, icon: <FilePlus size={15} />, onSelect: actions.createProject, testId: 'menu-new-project' },
    { kind: 'item', id: 'open', label: t.project.open, icon: <FolderOpen size={15} />, onSelect: () => actions.openProject(), testId: 'menu-open-project' },
    { kind: 'separator', id: 's1' },
    { kind: 'heading', id: 'recent', label: t.project.recent },
    ...(others.length === 0
      ? [{ kind: 'note', id: 'no-recent', label: t.project.noRecent } as const]
      : others.map(
          (r): MenuEntry => ({
            kind: 'item',
            id: `recent:${r.path}`,
            label: r.name,
            hint: r.exists ? shortDir(r.path) : t.project.missing,
            icon: <History size={15} />,
            disabled: !r.exists,
            onSelect: () => actions.openProject(r.path),
          }),
        )),
    { kind: 'separator', id: 's2' },
    { kind: 'item', id: 'sample', label: t.project.openSample, icon: <FlaskConical size={15} />, onSelect: actions.openSample },
    { kind: 'item', id: 'merge', label: t.team.merge, icon: <GitMerge size={15} />, disabled: !hasProject, onSelect: onMerge, testId: 'menu-merge-project' },
    { kind: 'item', id: 'close', label: t.project.close, icon: <X size={15} />, disabled: !hasProject, onSelect: actions.closeProject },
  ];

  return (
    <Menu
      label={t.project.menuLabel}
      testId="project-menu"
      onOpen={() => void recent.refetch()}
      trigger={
        <>
          <span>{t.project.menu}</span>
          <ChevronDown size={14} aria-hidden="true" />
        </>
      }
      entries={entries}
    />
  );
}

/** The folder a recent project lives in, shortened for a menu hint. */
function shortDir(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  parts.pop();
  const tail = parts.slice(-2).join('/');
  return parts.length > 2 ? `…/${tail}` : `/${tail}`;
}
