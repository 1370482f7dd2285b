import { Plus } from 'lucide-react';
import { useState, type RefObject } from 'react';
import { errorCodeOf } from '../../../api';
import { useT } from '../../../i18n';
import { useCreateCase } from '../hooks/useCaseMutations';

export type AddCaseRowProps = { columns: number; inputRef: RefObject<HTMLInputElement | null>; onCreated: (id: number) => void };

/** The table's last row: type an identifier and press Enter, then the next one. */
export function AddCaseRow({ columns, inputRef, onCreated }: AddCaseRowProps) {
  const t = useT();
  const create = useCreateCase();
  const [name, setName] = useState('');
  const code = errorCodeOf(create.error);

  const submit = () => {
    const trimmed = name.trim();
    if (!trimmed || create.isPending) return;
    create.mutate(trimmed, {
      onSuccess: (created) => {
        setName('');
        onCreated(created.id);
        inputRef.current?.focus();
      },
    });
  };

  return (
    <tr className="add-case-row">
      <th scope="row" className="case-name-cell">
        <div className="cell-editor add-case">
          <Plus size={14} aria-hidden="true" className="add-case-icon" />
          <input
            ref={inputRef}
            className="input input-sm cell-input"
            value={name}
            placeholder={t.cases.newCasePlaceholder}
            aria-label={t.cases.newCaseLabel}
            aria-invalid={code !== undefined}
            onChange={(e) => {
              setName(e.target.value);
              create.reset();
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                submit();
              } else if (e.key === 'Escape') {
                setName('');
                create.reset();
              }
            }}
            onBlur={() => {
              if (name.trim() && !create.isError) submit();
            }}
            data-testid="new-case-input"
          />
        </div>
        {code && (
          <p className="cell-error" role="alert">
            {code === 'CONFLICT' ? t.cases.caseTaken : create.error?.message}
          </p>
        )}
      </th>
      <td colSpan={columns} className="add-case-hint">
        {t.cases.addCaseHint}
      </td>
    </tr>
  );
}
