import type { Memo, MemoTarget } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { useMemoDraft } from '../hooks/useMemoDraft';
import { useMemos } from '../hooks/useMemos';
import { memosOf, targetKey } from '../memo-targets';
import { SaveStatus } from './SaveStatus';

export type MemoFieldProps = {
  target: MemoTarget;
  label: string;
  placeholder: string;
  /** Opens the memo in the Memos tab (more room, the other memos of the target). */
  onOpenInPanel?: ((memo: Memo | null) => void) | undefined;
  testId?: string;
};

/** A memo written in place (the inspector, a code's definition panel), saved as one types. */
export function MemoField({ target, label, placeholder, onOpenInPanel, testId = 'memo-field' }: MemoFieldProps) {
  const memos = useMemos();
  if (!memos.isSuccess) return null;
  const own = memosOf(memos.data, target);
  return (
    <MemoFieldEditor
      key={targetKey(target)}
      memo={own[0] ?? null}
      others={own.length - 1}
      target={target}
      label={label}
      placeholder={placeholder}
      onOpenInPanel={onOpenInPanel}
      testId={testId}
    />
  );
}

type MemoFieldEditorProps = Omit<MemoFieldProps, 'testId'> & { memo: Memo | null; others: number; testId: string };

function MemoFieldEditor({ memo, others, target, label, placeholder, onOpenInPanel, testId }: MemoFieldEditorProps) {
  const t = useT();
  const draft = useMemoDraft({ memo, target });
  return (
    <div className="memo-field" data-testid={testId}>
      <div className="memo-field-head">
        <label className="field-label" htmlFor={`${testId}-${targetKey(target)}`}>
          {label}
        </label>
        <SaveStatus state={draft.state} />
      </div>
      <textarea
        id={`${testId}-${targetKey(target)}`}
        className="memo-field-input"
        value={draft.body}
        placeholder={placeholder}
        rows={3}
        onChange={(e) => draft.change({ body: e.target.value })}
        onBlur={() => void draft.flush()}
        data-testid={`${testId}-input`}
      />
      {onOpenInPanel && (memo || others > 0) && (
        <button type="button" className="link-btn memo-field-more" onClick={() => onOpenInPanel(memo)}>
          {others > 0 ? t.memos.moreMemos(others) : t.memos.openInPanel}
        </button>
      )}
    </div>
  );
}
