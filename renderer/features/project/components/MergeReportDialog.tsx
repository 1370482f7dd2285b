import { GitMerge, Undo2 } from 'lucide-react';
import type { MergeReport } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Button, Dialog } from '../../../ui';
import type { MergeState } from '../hooks/useMergeProject';

export type MergeReportDialogProps = {
  state: MergeState;
  onUndo: () => void;
  isUndoing: boolean;
  onClose: () => void;
};

/**
 * What a merge did, for the lead to check before carrying on: counts per kind, every passage that
 * could not be placed (never dropped silently), the core's notes, and one button to undo it all.
 */
export function MergeReportDialog({ state, onUndo, isUndoing, onClose }: MergeReportDialogProps) {
  const t = useT();
  const m = t.team;
  const canUndo = state.phase === 'done' && !state.undone;
  return (
    <Dialog
      title={state.phase === 'failed' ? m.mergeFailed : m.mergeTitle}
      onClose={onClose}
      size="lg"
      role={state.phase === 'failed' ? 'alertdialog' : 'dialog'}
      icon={<GitMerge size={18} />}
      closeLabel={t.common.close}
      testId="merge-dialog"
      footer={
        <>
          {canUndo && (
            <Button onClick={onUndo} disabled={isUndoing} icon={<Undo2 size={14} aria-hidden="true" />} data-testid="merge-undo">
              {m.undo}
            </Button>
          )}
          <Button variant="primary" onClick={onClose} disabled={state.phase === 'merging'} data-testid="merge-close">
            {t.common.close}
          </Button>
        </>
      }
    >
      {state.phase === 'merging' && (
        <p role="status" data-testid="merge-progress">
          {m.merging} <span className="report-file">{state.file}</span>
        </p>
      )}
      {state.phase === 'failed' && (
        <div role="alert" data-testid="merge-error">
          <p className="report-heading report-heading-error">{state.message ?? t.errors.internal}</p>
          <p className="report-hint">{m.unchanged}</p>
        </div>
      )}
      {state.phase === 'done' && (state.undone ? <p data-testid="merge-undone">{m.undone}</p> : <MergeReportBody report={state.report} />)}
    </Dialog>
  );
}

function MergeReportBody({ report }: { report: MergeReport }) {
  const t = useT();
  const m = t.team;
  const rows: [string, string[]][] = [
    [m.documents, [m.matched(report.documents.matched), m.added(report.documents.added), m.reanchored(report.documents.reanchored)]],
    [m.codes, [m.matched(report.codes.matched), m.added(report.codes.added)]],
    [m.codings, [m.added(report.codings.added), m.alreadyHere(report.codings.duplicates), m.notPlaced(report.codings.unplaced)]],
    [m.memos, [m.added(report.memos.added), m.twoVersions(report.memos.conflicts)]],
  ];
  return (
    <div className="merge-report" data-testid="merge-report">
      <p className="report-heading">{m.merged(report.file)}</p>
      <table className="report-table merge-counts">
        <tbody>
          {rows.map(([label, parts]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{parts.join(' · ')}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{m.coders}</th>
            <td data-testid="merge-coders">{report.coders.length === 0 ? m.noCoders : report.coders.join(', ')}</td>
          </tr>
        </tbody>
      </table>
      {report.unplaced.length > 0 && (
        <section className="merge-section">
          <h3 className="report-heading report-heading-warning">{m.unplacedTitle}</h3>
          <table className="report-table merge-unplaced" data-testid="merge-unplaced">
            <thead>
              <tr>
                <th scope="col">{m.unplacedColumns.document}</th>
                <th scope="col">{m.unplacedColumns.code}</th>
                <th scope="col">{m.unplacedColumns.coder}</th>
                <th scope="col">{m.unplacedColumns.text}</th>
              </tr>
            </thead>
            <tbody>
              {report.unplaced.map((u, i) => (
                <tr key={i}>
                  <td>{u.document}</td>
                  <td>{u.code}</td>
                  <td>{u.coder}</td>
                  <td className="merge-passage">{u.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {report.notes.length > 0 && (
        <section className="merge-section">
          <h3 className="report-heading">{m.notes}</h3>
          <ul className="merge-notes" data-testid="merge-notes">
            {report.notes.map((note, i) => (
              <li key={i}>{t.errors.note(note)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
