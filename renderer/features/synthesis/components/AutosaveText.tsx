import { useAutosave } from '../hooks/useAutosave';
import { SaveState } from './SaveState';

export type AutosaveTextProps = {
  value: string;
  onSave: (text: string) => Promise<unknown>;
  label: string;
  placeholder?: string;
  rows?: number;
  className?: string;
  testId?: string;
  /** Shows the label visibly above the field (else only to screen readers). */
  visibleLabel?: boolean;
};

/** A text the lead writes, saved as they type (each save one undoable step in the core). */
export function AutosaveText({ value, onSave, label, placeholder, rows = 6, className, testId, visibleLabel = false }: AutosaveTextProps) {
  const { draft, setDraft, flush, state } = useAutosave(value, onSave);
  return (
    <div className="syn-autosave">
      <div className="syn-autosave-head">
        {visibleLabel && <span className="field-label">{label}</span>}
        <SaveState state={state} />
      </div>
      <textarea
        className={['syn-textarea', className].filter(Boolean).join(' ')}
        aria-label={label}
        placeholder={placeholder}
        rows={rows}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void flush()}
        data-testid={testId}
      />
    </div>
  );
}
