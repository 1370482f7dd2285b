import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/contract';
import { errorCodeOf } from '../../../api';
import { useT } from '../../../i18n';
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
      <input
        ref={input}
        className="input input-sm"
        value={value}
        aria-label={t.documents.renameLabel}
        aria-invalid={code !== undefined}
        onChange={(e) => {
          setValue(e.target.value);
          rename.reset();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            settled.current = true;
            onDone();
          }
        }}
        onBlur={() => {
          if (!rename.isError) commit();
        }}
        disabled={rename.isPending}
      />
      {code && (
        <p className="field-error" role="alert">
          {code === 'CONFLICT' ? t.documents.nameTaken : rename.error?.message}
        </p>
      )}
    </div>
  );
}
