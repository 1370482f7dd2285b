import { Table2 } from 'lucide-react';
import type { CaseImportReport } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { TypeIcon } from './TypeIcon';

export type CaseImportOutcome = { file: string; report: CaseImportReport } | { file: string; error: string };

export type CaseImportReportViewProps = { outcome: CaseImportOutcome };

const baseName = (path: string): string => path.split(/[\\/]/).pop() || path;

/** What a participants table brought: participants created and updated, its columns with their types, and remarks. */
export function CaseImportReportView({ outcome }: CaseImportReportViewProps) {
  const t = useT();
  const r = t.cases.importReport;
  const file = baseName('report' in outcome ? outcome.report.file : outcome.file);
  return (
    <section className="case-import-report" data-testid="case-import-report" aria-label={r.title(file)}>
      <p className="report-heading">
        <Table2 size={14} aria-hidden="true" /> {r.title(file)}
      </p>
      {'error' in outcome ? (
        <p className="field-error" role="alert" data-testid="case-import-error">
          {r.failed} {outcome.error}
        </p>
      ) : (
        <>
          <p data-testid="case-import-counts">
            {r.created(outcome.report.created.length)} · {r.updated(outcome.report.updated.length)}
          </p>
          {outcome.report.attributes.length > 0 && (
            <div className="import-attributes">
              <span className="note">{r.attributes}</span>
              <ul className="attribute-chips">
                {outcome.report.attributes.map((a) => (
                  <li key={a.name} className="attribute-chip" data-testid="case-import-attribute">
                    <TypeIcon type={a.type} size={12} />
                    <span className="attribute-chip-name">{a.name}</span>
                    <span className="attribute-chip-type">
                      {t.cases.types[a.type].toLocaleLowerCase(t.locale)}
                      {a.isNew && ` · ${r.isNew}`}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {outcome.report.warnings.length > 0 && (
            <div className="import-warnings">
              <p className="note">{r.warnings(outcome.report.warnings.length)}</p>
              <ul data-testid="case-import-warnings">
                {outcome.report.warnings.map((w, i) => (
                  <li key={i}>{t.errors.note(w)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
