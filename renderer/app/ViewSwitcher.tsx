import { BarChart3, FileText, NotebookText, ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { shortcutLabel } from '../platform';
import { projectViews, type ProjectView } from './views';

export type ViewSwitcherProps = { value: ProjectView; onChange: (view: ProjectView) => void };

const icons: Record<ProjectView, ReactNode> = {
  coding: <FileText size={15} aria-hidden="true" />,
  analysis: <BarChart3 size={15} aria-hidden="true" />,
  synthesis: <NotebookText size={15} aria-hidden="true" />,
  anonymization: <ShieldCheck size={15} aria-hidden="true" />,
};

/** The project's views as a segmented control in the top bar (Ctrl/Cmd+1…4 switch too). */
export function ViewSwitcher({ value, onChange }: ViewSwitcherProps) {
  const t = useT();
  return (
    <nav className="view-switcher" aria-label={t.views.label}>
      {projectViews.map((view, i) => (
        <button
          key={view}
          type="button"
          className={view === value ? 'view-switcher-item is-current' : 'view-switcher-item'}
          aria-current={view === value ? 'page' : undefined}
          title={`${t.views[view]} (${shortcutLabel(`mod+${i + 1}`, t.keys)})`}
          data-testid={`view-${view}-tab`}
          onClick={() => onChange(view)}
        >
          {icons[view]}
          <span>{t.views[view]}</span>
        </button>
      ))}
    </nav>
  );
}
