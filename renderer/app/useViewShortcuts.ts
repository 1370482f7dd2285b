import { useEffect } from 'react';
import { projectViews, type ProjectView } from './views';

/** Ctrl/Cmd+1…4 switch views (the number keys alone stay free for typing and for the palette). */
export function useViewShortcuts(setView: (view: ProjectView) => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const index = Number(e.key) - 1;
      const view = projectViews[index];
      if (!Number.isInteger(index) || view === undefined) return;
      e.preventDefault();
      setView(view);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setView, enabled]);
}
