import { Check, Link2 } from 'lucide-react';
import { useState } from 'react';
import type { DocumentSummary, LinkReport } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { useCases } from '../hooks/useCases';
import { useSetDocumentCase } from '../hooks/useCaseMutations';
import { CaseSelect } from './CaseSelect';

export type LinkReportViewProps = { report: LinkReport; documents: readonly DocumentSummary[] };

/** What auto-linking did: documents linked, documents to decide by hand (with the choice), documents left alone. */
export function LinkReportView({ report, documents }: LinkReportViewProps) {
  const t = useT();
  const r = t.cases.linkReport;
  const cases = useCases().data ?? [];
  const setCase = useSetDocumentCase();
  const [chosen, setChosen] = useState<Record<string, number | null>>({});
  const docByName = new Map(documents.map((d) => [d.name, d]));
  const ambiguousNames = new Set(report.ambiguous.map((a) => a.document));
  const unmatched = report.unmatched.filter((name) => !ambiguousNames.has(name));

  return (
    <section className="link-report" data-testid="link-report" aria-label={r.title}>
      <p className="report-heading">
        <Link2 size={14} aria-hidden="true" /> {r.linked(report.linked.length)}
      </p>
      {report.linked.length > 0 && (
        <ul className="link-list">
          {report.linked.map((l) => (
            <li key={l.document} data-testid="link-report-linked">
              <span className="link-doc">{l.document}</span>
              <span className="link-arrow" aria-hidden="true">→</span>
              <span className="link-case">{l.case}</span>
            </li>
          ))}
        </ul>
      )}
      {report.ambiguous.length > 0 && (
        <>
          <p className="report-heading">{r.ambiguous(report.ambiguous.length)}</p>
          <ul className="link-list">
            {report.ambiguous.map((a) => {
              const doc = docByName.get(a.document);
              const candidates = cases.filter((c) => a.candidates.includes(c.name));
              const value = chosen[a.document] ?? doc?.caseId ?? null;
              return (
                <li key={a.document} data-testid="link-report-ambiguous">
                  <span className="link-doc">{a.document}</span>
                  <span className="link-arrow" aria-hidden="true">→</span>
                  <CaseSelect
                    value={value}
                    cases={candidates}
                    placeholder={r.choose}
                    label={r.chooseLabel(a.document)}
                    disabled={!doc}
                    testId="link-report-choose"
                    onChange={(caseId) => {
                      if (!doc) return;
                      setChosen((c) => ({ ...c, [a.document]: caseId }));
                      setCase.mutate({ documentId: doc.id, caseId });
                    }}
                  />
                  {value !== null && <Check size={14} className="link-done" aria-hidden="true" />}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {unmatched.length > 0 ? (
        <>
          <p className="report-heading">{r.unmatched(unmatched.length)}</p>
          <p className="link-unmatched" data-testid="link-report-unmatched">
            {unmatched.join(' · ')}
          </p>
          <p className="note">{r.unmatchedHint}</p>
        </>
      ) : (
        report.ambiguous.length === 0 && <p className="note">{r.allLinked}</p>
      )}
    </section>
  );
}
