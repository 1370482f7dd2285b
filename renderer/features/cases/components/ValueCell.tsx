import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Attribute, Case } from '../../../../shared/contract';
import { errorCodeOf } from '../../../api';
import { useT } from '../../../i18n';
import { displayValue, editableValue } from '../attribute-format';
import { useSetCaseValue } from '../hooks/useCaseMutations';

export type ValueCellProps = {
  participant: Case;
  attribute: Attribute;
  row: number;
  col: number;
};

const NEW_VALUE = '\u0000new';

/**
 * One attribute value of one participant. Enter, F2, a double click or typing starts editing; Enter
 * or leaving the field saves, Escape cancels. A value the core refuses (INVALID_INPUT) keeps the
 * field open with the reason under it.
 */
export function ValueCell({ participant, attribute, row, col }: ValueCellProps) {
  const t = useT();
  const setValue = useSetCaseValue();
  const stored = participant.values[String(attribute.id)];
  const [editing, setEditing] = useState<{ draft: string; free: boolean } | null>(null);
  const [sent, setSent] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const cell = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  useEffect(() => {
    if (!editing) return;
    const field = input.current ?? select.current;
    if (!field || document.activeElement === field) return;
    field.focus();
    if (field instanceof HTMLInputElement) field.setSelectionRange(field.value.length, field.value.length);
  }, [editing]);

  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      cell.current?.focus();
    }
  }, [editing]);

  const start = (draft?: string) => {
    setValue.reset();
    const initial = draft ?? editableValue(attribute.type, stored, t.locale);
    const free = attribute.type !== 'category' || draft !== undefined || (attribute.values.length === 0);
    setEditing({ draft: initial, free });
  };

  const close = (focusCell: boolean) => {
    refocus.current = focusCell;
    setValue.reset();
    setEditing(null);
  };

  const commit = (draft: string, focusCell: boolean) => {
    if (setValue.isPending) return;
    const value = draft.trim();
    if (value === editableValue(attribute.type, stored, t.locale).trim()) return close(focusCell);
    setSent(value);
    setValue.mutate(
      { caseId: participant.id, attributeId: attribute.id, value: value === '' ? null : value },
      { onSuccess: () => close(focusCell) },
    );
  };

  const onCellKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      start();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      if (stored) setValue.mutate({ caseId: participant.id, attributeId: attribute.id, value: null });
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && attribute.type !== 'category') {
      // Typing over a cell replaces its value, as in a spreadsheet.
      e.preventDefault();
      start(e.key);
    }
  };

  const onFieldKey = (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(e.currentTarget.value, true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    }
  };

  const code = errorCodeOf(setValue.error);
  const error =
    code === 'INVALID_INPUT'
      ? attribute.type === 'number'
        ? t.cases.invalid.number(sent)
        : attribute.type === 'date'
          ? t.cases.invalid.date(sent)
          : t.cases.invalid.other
      : null;
  const label = t.cases.cellLabel(attribute.name, participant.name);
  const errorId = `cell-error-${participant.id}-${attribute.id}`;
  const shown = displayValue(attribute.type, stored, t.locale);

  return (
    <td className={`value-cell value-${attribute.type}${editing ? ' is-editing' : ''}`} data-testid="value-cell" data-attribute={attribute.name}>
      {editing ? (
        <div className="cell-editor">
          {editing.free ? (
            <input
              ref={input}
              className="input input-sm cell-input"
              value={editing.draft}
              aria-label={label}
              aria-invalid={error !== null}
              aria-describedby={error ? errorId : undefined}
              inputMode={attribute.type === 'number' ? 'decimal' : undefined}
              placeholder={attribute.type === 'date' ? t.cases.datePlaceholder : attribute.type === 'category' ? t.cases.categoryNewLabel : undefined}
              disabled={setValue.isPending}
              onChange={(e) => {
                setEditing({ ...editing, draft: e.target.value });
                if (setValue.isError) setValue.reset();
              }}
              onKeyDown={onFieldKey}
              onBlur={(e) => {
                if (!setValue.isError) commit(e.currentTarget.value, false);
              }}
              data-testid="cell-input"
            />
          ) : (
            <select
              ref={select}
              className="select select-sm cell-input"
              value={stored ?? ''}
              aria-label={label}
              disabled={setValue.isPending}
              onChange={(e) => {
                if (e.target.value === NEW_VALUE) setEditing({ draft: '', free: true });
                else commit(e.target.value, true);
              }}
              onKeyDown={onFieldKey}
              onBlur={() => close(false)}
              data-testid="cell-select"
            >
              <option value="">{t.cases.categoryNone}</option>
              {attribute.values.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
              <option value={NEW_VALUE}>{t.cases.categoryNew}</option>
            </select>
          )}
          {error && (
            <p className="cell-error" id={errorId} role="alert" data-testid="cell-error">
              {error}
            </p>
          )}
        </div>
      ) : (
        <button
          ref={cell}
          type="button"
          className="cell-button"
          aria-label={shown ? `${label} : ${shown}` : label}
          data-cell={`${row}:${col}`}
          onClick={() => start()}
          onKeyDown={onCellKey}
        >
          {shown}
        </button>
      )}
    </td>
  );
}
