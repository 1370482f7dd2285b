import { CircleAlert, CircleCheck, FileCheck2, Undo2 } from 'lucide-react';
import { useRef } from 'react';
import type { EditReport } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { shortcutLabel } from '../../../platform';
import { Button, Dialog } from '../../../ui';

export type EditReportDialogProps = { report: EditReport; onClose: () => void; onUndo: () => void };

/** After a save that deleted coded words: what was kept, and each coding lost with its code and words. */
export function EditReportDialog({ report, onClose, onUndo }: EditReportDialogProps) {
  const t = useT();
  const r = t.editing.report;
  const ok = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={r.title}
      onClose={onClose}
      initialFocus={ok}
      closeLabel={t.common.close}
      icon={<FileCheck2 size={18} />}
      testId="edit-report"
      footer={
        <>
          <Button
            variant="ghost"
            icon={<Undo2 size={15} aria-hidden="true" />}
            onClick={() => {
              onUndo();
              onClose();
            }}
            data-testid="edit-report-undo"
          >
            {r.undo}
          </Button>
          <Button ref={ok} variant="primary" onClick={onClose}>
            {t.common.ok}
          </Button>
        </>
      }
    >
      <ul className="edit-summary">
        {report.kept > 0 && (
          <li data-testid="edit-report-kept">
            <CircleCheck size={15} aria-hidden="true" className="edit-ok" />
            {r.kept(report.kept)}
          </li>
        )}
        {report.reanchored > 0 && (
          <li data-testid="edit-report-reanchored">
            <CircleCheck size={15} aria-hidden="true" className="edit-ok" />
            {r.reanchored(report.reanchored)}
          </li>
        )}
        {report.lost.length > 0 && (
          <li data-testid="edit-report-lost-count" className="edit-lost">
            <CircleAlert size={15} aria-hidden="true" />
            {r.lost(report.lost.length)}
          </li>
        )}
      </ul>
      {report.lost.length > 0 && (
        <table className="report-table lost-codings">
          <thead>
            <tr>
              <th scope="col">{r.code}</th>
              <th scope="col">{r.quote}</th>
            </tr>
          </thead>
          <tbody>
            {report.lost.map((l) => (
              <tr key={l.id} data-testid="edit-report-lost">
                <td className="lost-code">{l.codeName}</td>
                <td className="lost-quote">{t.common.quote(l.text)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="note">{r.undoHint(shortcutLabel('mod+z', t.keys))}</p>
    </Dialog>
  );
}
