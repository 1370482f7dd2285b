import { ArrowLeft, Trash2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { Memo, MemoTarget } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { IconButton } from '../../../ui';
import { useMemoDraft } from '../hooks/useMemoDraft';
import { TargetIcon } from './TargetIcon';
import { SaveStatus } from './SaveStatus';

export type MemoEditorProps = {
  memo: Memo | null;
  target: MemoTarget;
  /** What the memo is about, as the list names it. */
  targetLabel: string;
  onBack: () => void;
  onDelete: (memo: Memo) => void;
  /** Shows the target (the document, the code, the coded passage). */
  onNavigate?: ((target: MemoTarget) => void) | undefined;
  onCreated?: (memo: Memo) => void;
};

/**
 * Writing a memo: a title and a roomy text area, saved as one types (no Save button). Escape or the
 * back arrow returns to the list; what was typed is saved on the way.
 */
export function MemoEditor({ memo, target, targetLabel, onBack, onDelete, onNavigate, onCreated }: MemoEditorProps) {
  const t = useT();
  const draft = useMemoDraft({ memo, target, ...(onCreated ? { onCreated } : {}) });
  const body = useRef<HTMLTextAreaElement>(null);
  const title = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // A new memo starts in its text; an existing one at the end of its text.
    const el = body.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const close = () => {
    void draft.flush();
    onBack();
  };

  return (
    <section
      className="memo-editor"
      aria-label={t.memos.editorLabel(targetLabel)}
      data-testid="memo-editor"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      <header className="memo-editor-header">
        <IconButton size="sm" label={t.memos.back} icon={<ArrowLeft size={15} />} tooltipAlign="start" onClick={close} data-testid="memo-back" />
        <span className="memo-editor-target">
          <TargetIcon type={target.type} />
          {onNavigate && target.type !== 'project' ? (
            <button type="button" className="link-btn memo-target-link" onClick={() => onNavigate(target)} title={t.memos.showTarget}>
              {targetLabel}
            </button>
          ) : (
            <span>{targetLabel}</span>
          )}
        </span>
        {memo && (
          <IconButton
            size="sm"
            label={t.memos.delete}
            icon={<Trash2 size={14} />}
            tooltipAlign="end"
            onClick={() => onDelete(memo)}
            data-testid="memo-delete"
          />
        )}
      </header>
      <input
        ref={title}
        className="memo-title-input"
        value={draft.title}
        placeholder={t.memos.titlePlaceholder}
        aria-label={t.memos.titleLabel}
        maxLength={500}
        onChange={(e) => draft.change({ title: e.target.value })}
        onBlur={() => void draft.flush()}
        data-testid="memo-title"
      />
      <textarea
        ref={body}
        className="memo-body-input"
        value={draft.body}
        placeholder={t.memos.bodyPlaceholder}
        aria-label={t.memos.bodyLabel}
        onChange={(e) => draft.change({ body: e.target.value })}
        onBlur={() => void draft.flush()}
        data-testid="memo-body"
      />
      <footer className="memo-editor-footer">
        <SaveStatus state={draft.state} />
        <span className="memo-hint">{t.memos.autosaveHint}</span>
      </footer>
    </section>
  );
}
