import { Plus, Tags } from 'lucide-react';
import { useState } from 'react';
import type { Code } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Button, EmptyState } from '../../../ui';
import { useCodes } from '../hooks/useCodes';
import { CodeForm } from './CodeForm';
import { CodeTree } from './CodeTree';

export type CodebookPanelProps = { selectedId: number | null; onSelect: (id: number) => void };

type Creating = { parent: Code | null } | null;

export function CodebookPanel({ selectedId, onSelect }: CodebookPanelProps) {
  const t = useT();
  const codes = useCodes();
  const list = codes.data ?? [];
  const [creating, setCreating] = useState<Creating>(null);

  const form = creating && (
    <CodeForm
      key={creating.parent?.id ?? 'root'}
      parent={creating.parent}
      codes={list}
      onCancel={() => setCreating(null)}
      onCreated={(code) => {
        setCreating(null);
        onSelect(code.id);
      }}
    />
  );

  return (
    <div className="panel-scroll">
      <div className="panel-toolbar">
        <Button size="sm" variant="ghost" icon={<Plus size={15} />} onClick={() => setCreating({ parent: null })} data-testid="new-code-button">
          {t.codebook.newCode}
        </Button>
      </div>
      {form}
      {codes.isSuccess && list.length === 0 && !creating && (
        <EmptyState compact icon={<Tags size={26} />} title={t.codebook.emptyTitle} testId="codebook-empty">
          <p>{t.codebook.emptyBody}</p>
        </EmptyState>
      )}
      {list.length > 0 && (
        <CodeTree codes={list} selectedId={selectedId} onSelect={onSelect} onAddChild={(parent) => setCreating({ parent })} />
      )}
    </div>
  );
}
