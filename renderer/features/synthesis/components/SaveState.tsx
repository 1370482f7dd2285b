import type { AutosaveState } from '../hooks/useAutosave';
import { useT } from '../../../i18n';

/** The quiet "Saved" beside an autosaved text. */
export function SaveState({ state }: { state: AutosaveState }) {
  const t = useT();
  return (
    <span className={`syn-save syn-save-${state}`} role="status" aria-live="polite" data-testid="save-state">
      {t.synthesis.saveState[state]}
    </span>
  );
}
