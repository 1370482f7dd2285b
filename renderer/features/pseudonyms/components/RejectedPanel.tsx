import { RotateCcw } from 'lucide-react';
import type { RejectedSuggestion } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Button, EmptyState } from '../../../ui';
import { useUnreject } from '../hooks/usePseudonyms';

/** Suggestions the user rejected, to review and restore (detection proposes them again). */
export function RejectedPanel({ rejected }: { rejected: readonly RejectedSuggestion[] | undefined }) {
  const t = useT();
  const r = t.pseudonyms.rejected;
  const unreject = useUnreject();
  const list = rejected ?? [];
  const date = new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium' });
  if (rejected && list.length === 0) return <EmptyState compact title={r.empty} testId="rejected-empty" />;
  return (
    <div className="rejected">
      <div className="pseudonyms-toolbar">
        <p className="note">{r.intro}</p>
        <span className="pseudonyms-spacer" />
        {list.length > 1 && (
          <Button size="sm" icon={<RotateCcw size={14} aria-hidden="true" />} onClick={() => unreject.mutate(list.map((x) => x.key))}>
            {r.restoreAll(list.length)}
          </Button>
        )}
      </div>
      <ul className="rejected-list">
        {list.map((x) => (
          <li key={x.key} className="rejected-item" data-testid="rejected-item">
            <span className="rejected-text">{x.text}</span>
            <span className="rejected-meta">
              {t.pseudonyms.category[x.category]} · {r.rejectedOn(date.format(new Date(x.rejectedAt)))}
            </span>
            <Button size="sm" variant="ghost" icon={<RotateCcw size={14} aria-hidden="true" />} aria-label={r.restoreOne(x.text)} onClick={() => unreject.mutate([x.key])} data-testid="rejected-restore">
              {r.restore}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
