import { Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Case } from '../../../../shared/contract';
import { errorCodeOf } from '../../../api';
import { useT } from '../../../i18n';
import { IconButton, NameInput } from '../../../ui';
import { useRenameCase } from '../hooks/useCaseMutations';

export type CaseNameCellProps = { participant: Case; row: number; isSelected: boolean; onDelete: () => void };

/** The row's header: the participant's identifier, renamed in place (a taken identifier is explained). */
export function CaseNameCell({ participant, row, isSelected, onDelete }: CaseNameCellProps) {
  const t = useT();
  const rename = useRenameCase();
  const [draft, setDraft] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const isEditing = draft !== null;
  useEffect(() => {
    if (isEditing) input.current?.select();
  }, [isEditing]);

  const finish = (refocus: boolean) => {
    setDraft(null);
    rename.reset();
    if (refocus) requestAnimationFrame(() => button.current?.focus());
  };
  const commit = (refocus: boolean) => {
    const name = (draft ?? '').trim();
    if (!name || name === participant.name) return finish(refocus);
    rename.mutate({ id: participant.id, name }, { onSuccess: () => finish(refocus) });
  };

  const code = errorCodeOf(rename.error);
  return (
    <th scope="row" className={isSelected ? 'case-name-cell is-selected' : 'case-name-cell'} data-testid="case-row-header">
      {draft !== null ? (
        <div className="cell-editor">
          <NameInput
            inputRef={input}
            className="input input-sm cell-input"
            errorClassName="cell-error"
            value={draft}
            label={t.cases.renameLabel}
            error={code === undefined ? undefined : code === 'CONFLICT' ? t.cases.caseTaken : (rename.error?.message ?? '')}
            onChange={(next) => {
              setDraft(next);
              rename.reset();
            }}
            onCommit={(how) => commit(how === 'enter')}
            onCancel={() => finish(true)}
          />
        </div>
      ) : (
        <div className="case-name-inner">
          <button
            ref={button}
            type="button"
            className="case-name"
            data-cell={`${row}:0`}
            title={t.cases.renameCase(participant.name)}
            onClick={() => setDraft(participant.name)}
            onKeyDown={(e) => {
              if (e.key === 'F2' || e.key === 'Enter') {
                e.preventDefault();
                setDraft(participant.name);
              } else if (e.key === 'Delete') {
                e.preventDefault();
                onDelete();
              }
            }}
          >
            {participant.name}
          </button>
          <IconButton
            size="sm"
            bare
            className="case-delete"
            label={t.cases.deleteCase(participant.name)}
            icon={<Trash2 size={13} />}
            onClick={onDelete}
            data-testid="case-delete"
          />
        </div>
      )}
    </th>
  );
}
