import { memo as memoComponent } from 'react';
import type { Memo } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { memoHeading, memoSnippet } from '../memo-targets';
import { TargetIcon } from './TargetIcon';

export type MemoListItemProps = { memo: Memo; onOpen: (memo: Memo) => void };

export const MemoListItem = memoComponent(function MemoListItem({ memo, onOpen }: MemoListItemProps) {
  const t = useT();
  const heading = memoHeading(memo) || t.memos.untitled;
  const snippet = memo.title.trim() ? memoSnippet(memo.body) : memoSnippet(memo.body.trim().split('\n').slice(1).join(' '));
  const date = new Date(memo.updatedAt);
  const when = Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  return (
    <li>
      <button
        type="button"
        className="memo-item"
        onClick={() => onOpen(memo)}
        data-nav-item
        data-testid="memo-item"
        data-memo-id={memo.id}
        data-target-type={memo.target.type}
        title={t.memos.open(heading)}
      >
        <span className="memo-item-title">{heading}</span>
        <span className="memo-item-meta">
          {memo.target.type !== 'project' && (
            <span className="memo-item-target">
              <TargetIcon type={memo.target.type} size={12} />
              <span>{memo.targetLabel}</span>
            </span>
          )}
          {when && <span className="memo-item-date">{when}</span>}
        </span>
        {snippet && <span className="memo-item-snippet">{snippet}</span>}
      </button>
    </li>
  );
});
