import { ShieldAlert } from 'lucide-react';
import { useT } from '../../../i18n';
import { Button } from '../../../ui';

export type Leak = { original: string; where: string; context?: string };

/** The leaks an EXPORT_LEAK error carries in `details.leaks` (anything malformed is left out). */
export function leaksOf(details: unknown): Leak[] {
  const raw = (details as { leaks?: unknown } | null | undefined)?.leaks;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((l: unknown) => {
    const x = l as { original?: unknown; where?: unknown; context?: unknown } | null;
    if (!x || typeof x.original !== 'string') return [];
    return [{ original: x.original, where: typeof x.where === 'string' ? x.where : '', ...(typeof x.context === 'string' ? { context: x.context } : {}) }];
  });
}

/** Why an anonymized export was refused: each original still present, where, and in what words. */
export function LeakReport({ leaks, onOpenAnonymization }: { leaks: readonly Leak[]; onOpenAnonymization: () => void }) {
  const te = useT().exports;
  return (
    <div className="exp-leaks" role="alert" data-testid="export-leaks">
      <p className="exp-leaks-title">
        <ShieldAlert size={16} aria-hidden="true" />
        {te.leakTitle(leaks.length)}
      </p>
      <p className="exp-leaks-body">{te.leakBody}</p>
      <div className="exp-leaks-scroll">
        <table className="exp-leaks-table">
          <thead>
            <tr>
              <th scope="col">{te.leakOriginal}</th>
              <th scope="col">{te.leakWhere}</th>
              <th scope="col">{te.leakContext}</th>
            </tr>
          </thead>
          <tbody>
            {leaks.map((l, i) => (
              <tr key={`${l.original}-${i}`} data-testid="export-leak">
                <th scope="row">{l.original}</th>
                <td>{l.where}</td>
                <td className="exp-leak-context">{l.context ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button variant="secondary" size="sm" onClick={onOpenAnonymization} data-testid="export-open-anonymization">
        {te.goToAnonymization}
      </Button>
    </div>
  );
}
