import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/contract';
import { errorCodeOf } from '../../../api';
import { useT } from '../../../i18n';
import { NameInput } from '../../../ui';
import { useRenameDocument } from '../hooks/useRenameDocument';

export type RenameDocumentFieldProps = { document: DocumentSummary; onDone: () => void };

/** The document's name as an input: Enter or leaving saves, Escape cancels; a taken name is explained. */
export function RenameDocumentField({ document: doc, onDone }: RenameDocumentFieldProps) {
  const t = useT();
  const rename = useRenameDocument();
  const [value, setValue] = useState(doc.name);
  const input = useRef<HTMLInputElement>(null);
  const settled = useRef(false);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const commit = () => {
    const name = value.trim();
    if (settled.current) return;
    if (!name || name === doc.name) {
      settled.current = true;
      onDone();
      return;
    }
    rename.mutate(
      { id: doc.id, name },
      {
        onSuccess: () => {
          settled.current = true;
          onDone();
        },
      },
    );
  };

  const code = errorCodeOf(rename.error);
  return (
    <div className="doc-rename">
      <NameInput
        inputRef={input}
        value={value}
        label={t.documents.renameLabel}
        error={code === undefined ? undefined : code === 'CONFLICT' ? t.documents.nameTaken : (rename.error?.message ?? '')}
        onChange={(next) => {
          setValue(next);
          rename.reset();
        }}
        onCommit={commit}
        onCancel={() => {
          settled.current = true;
          onDone();
        }}
        disabled={rename.isPending}
      />
    </div>
  );
}
