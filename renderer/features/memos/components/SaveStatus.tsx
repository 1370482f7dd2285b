import { CircleAlert, CircleCheck, LoaderCircle } from 'lucide-react';
import { useT } from '../../../i18n';
import type { SaveState } from '../hooks/useMemoDraft';

export type SaveStatusProps = { state: SaveState };

/** « Enregistré » once the core has the text; said politely to screen readers. */
export function SaveStatus({ state }: SaveStatusProps) {
  const t = useT();
  const label =
    state === 'saving' || state === 'pending' ? t.memos.saving : state === 'saved' ? t.memos.saved : state === 'error' ? t.memos.saveFailed : '';
  return (
    <span className={`memo-status memo-status-${state}`} role="status" data-testid="memo-save-state" data-state={state}>
      {state === 'saving' || state === 'pending' ? (
        <LoaderCircle size={12} className="spin" aria-hidden="true" />
      ) : state === 'saved' ? (
        <CircleCheck size={12} aria-hidden="true" />
      ) : state === 'error' ? (
        <CircleAlert size={12} aria-hidden="true" />
      ) : null}
      {label}
    </span>
  );
}
