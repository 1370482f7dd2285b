import { GitMerge, ListPlus, Trash2, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Code } from '../../../../shared/contract';
import { errorCodeOf } from '../../../api';
import { useT } from '../../../i18n';
import { Button, IconButton } from '../../../ui';
import { MemoField } from '../../memos';
import { useUpdateCode } from '../hooks/useCodeMutations';
import { ColorPicker } from './ColorPicker';

export type CodeDetailsProps = {
  code: Code;
  /** Codings with the sub-codes (null for a code without sub-codes). */
  total: number | null;
  onClose: () => void;
  onMerge: () => void;
  onDelete: () => void;
  onOpenMemo: () => void;
};

const SAVE_DELAY = 900;

/**
 * A code's definition, side by side with the tree: name, colour, whether it applies to text, and
 * the description with inclusion and exclusion criteria (what other coders rely on), saved as one
 * types. Plain text: a definition is read, not laid out.
 */
export function CodeDetails({ code, total, onClose, onMerge, onDelete, onOpenMemo }: CodeDetailsProps) {
  const t = useT();
  const update = useUpdateCode();
  const [name, setName] = useState(code.name);
  const [nameError, setNameError] = useState<string | null>(null);
  const [description, setDescription] = useState(code.description);
  const savedDescription = useRef(code.description);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const latest = useRef({ description, id: code.id, mutate: update.mutate });
  latest.current = { description, id: code.id, mutate: update.mutate };

  // Follow changes made elsewhere (rename in the tree, undo) unless the field is being edited.
  useEffect(() => {
    if (document.activeElement?.getAttribute('data-testid') !== 'code-details-name') setName(code.name);
  }, [code.name]);
  useEffect(() => {
    if (description === savedDescription.current && code.description !== savedDescription.current) {
      savedDescription.current = code.description;
      setDescription(code.description);
    }
    // Only the code's own value matters here.
  }, [code.description]);

  const saveDescription = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { description: value, id, mutate } = latest.current;
    if (value === savedDescription.current) return;
    savedDescription.current = value;
    mutate({ id, description: value });
  };
  useEffect(() => () => saveDescription(), []);

  const changeDescription = (value: string) => {
    setDescription(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(saveDescription, SAVE_DELAY);
  };

  const commitName = () => {
    const trimmed = name.trim();
    if (!trimmed || trimmed === code.name) {
      setName(code.name);
      setNameError(null);
      return;
    }
    update.mutate(
      { id: code.id, name: trimmed },
      {
        onSuccess: () => setNameError(null),
        onError: (e) => setNameError(errorCodeOf(e) === 'CONFLICT' ? t.codebook.conflict : e.message),
      },
    );
  };

  const addCriteria = () => {
    const text = description.trimEnd();
    const next = `${text}${text ? '\n\n' : ''}${t.codebook.criteriaTemplate}`;
    changeDescription(next);
    requestAnimationFrame(() => {
      const el = area.current;
      if (!el) return;
      el.focus();
      const at = next.indexOf('\n', next.length - t.codebook.criteriaTemplate.length);
      el.setSelectionRange(at === -1 ? next.length : at, at === -1 ? next.length : at);
    });
  };

  const hasCriteria = /\b(inclure|exclure|include|exclude)\b/i.test(description);
  return (
    <section className="code-details" aria-label={t.codebook.detailsTitle(code.name)} data-testid="code-details">
      <header className="code-details-header">
        <h2 className="section-title">{t.codebook.details}</h2>
        <IconButton size="sm" label={t.codebook.closeDetails} icon={<X size={15} />} tooltipAlign="end" onClick={onClose} data-testid="code-details-close" />
      </header>
      <label className="field">
        <span className="field-label">{t.codebook.name}</span>
        <input
          className="input input-sm"
          value={name}
          maxLength={200}
          aria-invalid={nameError !== null}
          data-testid="code-details-name"
          onChange={(e) => {
            setName(e.target.value);
            setNameError(null);
          }}
          onBlur={commitName}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitName();
            } else if (e.key === 'Escape') {
              e.stopPropagation();
              setName(code.name);
              setNameError(null);
            }
          }}
        />
      </label>
      {nameError && (
        <p className="field-error" role="alert" data-testid="code-details-error">
          {nameError}
        </p>
      )}
      <p className="code-stats" data-testid="code-stats">
        {t.codebook.countTitle(code.codings, code.documents, total)}
      </p>
      <div className="field">
        <span className="field-label">{t.codebook.color}</span>
        <ColorPicker value={code.color} onChange={(color) => update.mutate({ id: code.id, color })} label={t.codebook.color} />
      </div>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={code.isCodable}
          disabled={code.isCodable && code.codings > 0}
          onChange={(e) => update.mutate({ id: code.id, isCodable: e.target.checked })}
          data-testid="code-codable"
        />
        <span>
          {t.codebook.codable}
          <span className="note checkbox-note">{code.isCodable && code.codings > 0 ? t.codebook.folderHasCodings : t.codebook.folderHint}</span>
        </span>
      </label>
      <div className="field code-definition">
        <div className="field-row">
          <label className="field-label" htmlFor={`code-definition-${code.id}`}>
            {t.codebook.description}
          </label>
          {!hasCriteria && (
            <button type="button" className="link-btn field-action" onClick={addCriteria} data-testid="code-add-criteria">
              <ListPlus size={13} aria-hidden="true" />
              {t.codebook.addCriteria}
            </button>
          )}
        </div>
        <textarea
          ref={area}
          id={`code-definition-${code.id}`}
          className="code-definition-input"
          value={description}
          placeholder={t.codebook.descriptionPlaceholder}
          rows={6}
          maxLength={20_000}
          onChange={(e) => changeDescription(e.target.value)}
          onBlur={saveDescription}
          data-testid="code-description"
        />
        <p className="note">{t.codebook.descriptionHint}</p>
      </div>
      <MemoField
        target={{ type: 'code', id: code.id }}
        label={t.codebook.memoLabel}
        placeholder={t.codebook.memoPlaceholder}
        onOpenInPanel={onOpenMemo}
        testId="code-memo"
      />
      <div className="code-details-actions">
        <Button size="sm" variant="secondary" icon={<GitMerge size={14} />} onClick={onMerge} data-testid="code-merge-button">
          {t.codebook.mergeAction}
        </Button>
        <Button size="sm" variant="ghost" className="btn-danger-text" icon={<Trash2 size={14} />} onClick={onDelete} data-testid="code-delete-button">
          {t.codebook.deleteAction}
        </Button>
      </div>
    </section>
  );
}
