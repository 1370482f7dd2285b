import { Columns3 } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { AttributeType, type Attribute } from '../../../../shared/contract';
import { AppError, errorCodeOf } from '../../../api';
import { useT } from '../../../i18n';
import { Button, Dialog } from '../../../ui';
import { useCreateAttribute, useUpdateAttribute } from '../hooks/useCaseMutations';
import { TypeIcon } from './TypeIcon';

export type AttributeDialogProps = {
  /** The attribute to rename or retype; none to create one. */
  attribute?: Attribute;
  onClose: () => void;
};

const valuesOf = (details: unknown): string[] =>
  details !== null && typeof details === 'object' && Array.isArray((details as { values?: unknown }).values)
    ? (details as { values: unknown[] }).values.map(String)
    : [];

/** Name, type and whether it identifies people; a taken name or values that do not convert are explained here. */
export function AttributeDialog({ attribute, onClose }: AttributeDialogProps) {
  const t = useT();
  const a = t.cases.attribute;
  const create = useCreateAttribute();
  const update = useUpdateAttribute();
  const [name, setName] = useState(attribute?.name ?? '');
  const [type, setType] = useState<AttributeType>(attribute?.type ?? 'text');
  const [isIdentifying, setIdentifying] = useState(attribute?.isIdentifying ?? false);
  const nameInput = useRef<HTMLInputElement>(null);
  const nameId = useId();
  const mutation = attribute ? update : create;

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return nameInput.current?.focus();
    if (!attribute) {
      create.mutate({ name: trimmed, type }, { onSuccess: onClose });
      return;
    }
    const patch = {
      id: attribute.id,
      ...(trimmed !== attribute.name ? { name: trimmed } : {}),
      ...(type !== attribute.type ? { type } : {}),
      ...(isIdentifying !== attribute.isIdentifying ? { isIdentifying } : {}),
    };
    if (Object.keys(patch).length === 1) return onClose();
    update.mutate(patch, { onSuccess: onClose });
  };

  const code = errorCodeOf(mutation.error);
  const misfits = code === 'CONFLICT' && mutation.error instanceof AppError ? valuesOf(mutation.error.details) : [];
  const nameTaken = code === 'CONFLICT' && misfits.length === 0;

  return (
    <Dialog
      title={attribute ? a.editTitle(attribute.name) : a.createTitle}
      onClose={onClose}
      initialFocus={nameInput}
      closeLabel={t.common.close}
      icon={<Columns3 size={18} />}
      testId="attribute-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button variant="primary" onClick={() => submit()} disabled={mutation.isPending} data-testid="attribute-submit">
            {attribute ? t.common.save : t.common.create}
          </Button>
        </>
      }
    >
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label className="field-label" htmlFor={nameId}>
            {a.name}
          </label>
          <input
            id={nameId}
            ref={nameInput}
            className="input"
            value={name}
            placeholder={a.namePlaceholder}
            aria-invalid={nameTaken}
            onChange={(e) => {
              setName(e.target.value);
              mutation.reset();
            }}
            data-testid="attribute-name-input"
          />
          {nameTaken && (
            <p className="field-error" role="alert">
              {a.taken}
            </p>
          )}
        </div>
        <fieldset className="field type-choices">
          <legend className="field-label">{a.type}</legend>
          {AttributeType.options.map((option) => (
            <label key={option} className={option === type ? 'type-choice is-checked' : 'type-choice'}>
              <input
                type="radio"
                name="attribute-type"
                value={option}
                checked={option === type}
                onChange={() => {
                  setType(option);
                  mutation.reset();
                }}
                data-testid={`attribute-type-${option}`}
              />
              <TypeIcon type={option} />
              <span className="type-choice-text">
                <span className="type-choice-name">{t.cases.types[option]}</span>
                <span className="type-choice-hint">{t.cases.typeHints[option]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {attribute && type !== attribute.type && misfits.length === 0 && <p className="note">{a.retypeNote}</p>}
        {misfits.length > 0 && (
          <div className="field-error" role="alert" data-testid="attribute-retype-error">
            <p>{a.cannotRetype}</p>
            <p className="misfits">{misfits.slice(0, 8).map((v) => t.common.quote(v)).join(', ')}{misfits.length > 8 ? '…' : ''}</p>
          </div>
        )}
        {attribute && (
          <label className="check-row">
            <input type="checkbox" checked={isIdentifying} onChange={(e) => setIdentifying(e.target.checked)} data-testid="attribute-identifying" />
            <span>{a.identifying}</span>
          </label>
        )}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
