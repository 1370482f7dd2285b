import type { Case } from '../../../../shared/contract';
import { useT } from '../../../i18n';

export type CaseSelectProps = {
  value: number | null;
  cases: readonly Pick<Case, 'id' | 'name'>[];
  onChange: (caseId: number | null) => void;
  label: string;
  /** Limits the choice (an ambiguous auto-link offers its candidates only). */
  placeholder?: string;
  className?: string;
  disabled?: boolean;
  testId?: string;
};

/** A participant chooser: a native select, so that it is keyboard- and screen-reader-friendly everywhere. */
export function CaseSelect({ value, cases, onChange, label, placeholder, className, disabled, testId }: CaseSelectProps) {
  const t = useT();
  const sorted = [...cases].sort((a, b) => a.name.localeCompare(b.name, 'fr', { numeric: true }));
  return (
    <select
      className={className ?? 'select select-sm'}
      value={value === null ? '' : String(value)}
      aria-label={label}
      title={label}
      disabled={disabled}
      data-testid={testId}
      data-empty={value === null ? 'true' : undefined}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">{placeholder ?? t.cases.select.none}</option>
      {sorted.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
