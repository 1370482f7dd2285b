import { Info, TriangleAlert, X } from 'lucide-react';
import type { ReactNode } from 'react';

export type BannerProps = {
  kind: 'info' | 'warning' | 'error';
  children: ReactNode;
  onDismiss?: (() => void) | undefined;
  dismissLabel?: string;
  testId?: string;
};

/** A non-blocking message across the top of the workspace. */
export function Banner({ kind, children, onDismiss, dismissLabel = 'Dismiss', testId }: BannerProps) {
  return (
    <div className={`banner banner-${kind}`} role={kind === 'info' ? 'status' : 'alert'} data-testid={testId}>
      <span className="banner-icon" aria-hidden="true">
        {kind === 'info' ? <Info size={16} /> : <TriangleAlert size={16} />}
      </span>
      <div className="banner-body">{children}</div>
      {onDismiss && (
        <button type="button" className="icon-btn icon-btn-sm banner-close" aria-label={dismissLabel} onClick={onDismiss}>
          <X size={14} />
        </button>
      )}
    </div>
  );
}
