import type { RefiImportReport } from '../../../../shared/contract';
import { useT } from '../../../i18n';

/**
 * What a REFI-QDA project or codebook brought (codes, codings, participants, memos…), what it left
 * out and why (PDF or audio sources, sets, empty sources), and what the user should know (names
 * made unique, spans cut at the end of a text).
 */
export function ExchangeReportView({ report }: { report: RefiImportReport }) {
  const t = useT();
  const x = t.exchange;
  const c = report.counts;
  const counts = [
    report.kind === 'project' && x.counts.documents(c.documents),
    x.counts.codes(c.codes),
    report.kind === 'project' && x.counts.codings(c.codings),
    c.cases > 0 && x.counts.cases(c.cases),
    c.attributes > 0 && x.counts.attributes(c.attributes),
    c.memos > 0 && x.counts.memos(c.memos),
    c.coders > 0 && x.counts.coders(c.coders),
  ].filter((s): s is string => typeof s === 'string');
  return (
    <section className="exchange-report" data-testid="exchange-report">
      <p className="report-heading">{report.kind === 'project' ? x.heading(report.file) : x.codebookHeading(report.file)}</p>
      <p className="exchange-summary">
        {report.origin && <span className="report-none">{x.origin(report.origin)} </span>}
        {x.imported} <span data-testid="exchange-counts">{counts.join(' · ')}</span>
      </p>
      {report.skipped.length > 0 && (
        <>
          <p className="report-heading">{x.skipped(report.skipped.length)}</p>
          <table className="report-table">
            <tbody>
              {report.skipped.map((s, i) => (
                <tr key={`${s.what}-${s.name}-${i}`} data-testid="exchange-skipped">
                  <td className="report-none">{x.what[s.what]}</td>
                  <td className="report-file">{s.name}</td>
                  <td>{t.errors.note(s.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {report.notes.length > 0 && (
        <>
          <p className="report-heading">{x.notes}</p>
          <ul className="exchange-notes">
            {report.notes.map((note, i) => (
              <li key={i}>{t.errors.note(note)}</li>
            ))}
          </ul>
        </>
      )}
      <p className="report-none exchange-undo">{x.undo}</p>
    </section>
  );
}
