import { CircleCheck, TriangleAlert, X } from 'lucide-react';
import { useSyncExternalStore } from 'react';
import type { ToastStore } from './toast-store';

export type ToasterProps = { store: ToastStore; dismissLabel: string };

export function Toaster({ store, dismissLabel }: ToasterProps) {
  const toasts = useSyncExternalStore(store.subscribe, store.list);
  return (
    <div className="toaster" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'} data-testid="toast">
          <span className="toast-icon" aria-hidden="true">
            {t.kind === 'error' ? <TriangleAlert size={16} /> : <CircleCheck size={16} />}
          </span>
          <span className="toast-message">{t.message}</span>
          <button type="button" className="icon-btn icon-btn-sm" aria-label={dismissLabel} onClick={() => store.dismiss(t.id)}>
            <X size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
