import type { ReactNode } from 'react';

export type EmptyStateProps = {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  compact?: boolean;
  testId?: string;
};

/** What to do next, where there is nothing yet. */
export function EmptyState({ icon, title, children, action, compact = false, testId }: EmptyStateProps) {
  return (
    <div className={compact ? 'empty empty-compact' : 'empty'} data-testid={testId}>
      {icon && (
        <div className="empty-icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <p className="empty-title">{title}</p>
      {children && <div className="empty-body">{children}</div>}
      {action && <div className="empty-action">{action}</div>}
    </div>
  );
}
