import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Code } from '../../../../shared/contract';
import { errorCodeOf } from '../../../api';
import { useT } from '../../../i18n';
import { Button } from '../../../ui';
import { nextColor } from '../code-colors';
import { useCreateCode } from '../hooks/useCreateCode';
import { ColorPicker } from './ColorPicker';

export type CodeFormProps = {
  parent: Code | null;
  codes: readonly Code[];
  onCreated: (code: Code) => void;
  onCancel: () => void;
};

/** Name and colour of a new code (a top-level one, or a child of `parent`). */
export function CodeForm({ parent, codes, onCreated, onCancel }: CodeFormProps) {
  const t = useT();
  const create = useCreateCode();
  const [name, setName] = useState('');
  const [color, setColor] = useState(() => nextColor(codes));
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      input.current?.focus();
      return;
    }
    create.mutate({ name: trimmed, parentId: parent?.id ?? null, color }, { onSuccess: onCreated });
  };

  const code = errorCodeOf(create.error);
  const title = parent ? t.codebook.newChild(parent.name) : t.codebook.newCode;
  return (
    <form
      className="code-form"
      onSubmit={submit}
      aria-label={title}
      data-testid="code-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p className="code-form-title">{title}</p>
      <label className="field">
        <span className="field-label">{t.codebook.name}</span>
        <input
          ref={input}
          className="input"
          value={name}
          placeholder={t.codebook.namePlaceholder}
          maxLength={200}
          aria-invalid={code !== undefined}
          aria-describedby={code ? 'code-form-error' : undefined}
          data-testid="code-name-input"
          onChange={(e) => {
            setName(e.target.value);
            if (create.isError) create.reset();
          }}
        />
      </label>
      {code && (
        <p id="code-form-error" className="field-error" role="alert" data-testid="code-form-error">
          {code === 'CONFLICT' ? t.codebook.conflict : create.error?.message}
        </p>
      )}
      <div className="field">
        <span className="field-label">{t.codebook.color}</span>
        <ColorPicker value={color} onChange={setColor} label={t.codebook.color} />
      </div>
      <div className="form-actions">
        <Button variant="ghost" size="sm" onClick={onCancel}>
          {t.common.cancel}
        </Button>
        <Button variant="primary" size="sm" type="submit" disabled={create.isPending} data-testid="code-form-submit">
          {t.common.create}
        </Button>
      </div>
    </form>
  );
}
