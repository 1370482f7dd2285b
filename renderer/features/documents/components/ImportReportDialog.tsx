import { FileCheck2 } from 'lucide-react';
import { useRef } from 'react';
import type { ImportReport } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Button, Dialog } from '../../../ui';

export type ImportReportDialogProps = { report: ImportReport; onClose: () => void; onOpen: (documentId: number) => void };

/** What an import did: each imported document with its words, each refused file with the reason. */
export function ImportReportDialog({ report, onClose, onOpen }: ImportReportDialogProps) {
  const t = useT();
  const ok = useRef<HTMLButtonElement>(null);
  const r = t.documents.report;
  return (
    <Dialog
      title={r.title}
      onClose={onClose}
      initialFocus={ok}
      closeLabel={t.common.close}
      icon={<FileCheck2 size={18} />}
      testId="import-report"
      footer={
        <Button ref={ok} variant="primary" onClick={onClose}>
          {t.common.ok}
        </Button>
      }
    >
      <p className="report-heading">{r.imported(report.imported.length)}</p>
      {report.imported.length > 0 && (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{r.name}</th>
              <th scope="col" className="num">
                {r.words}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.imported.map((d) => (
              <tr key={d.id} data-testid="import-report-imported">
                <td>
                  <button
                    type="button"
                    className="link-btn"
                    onClick={() => {
                      onOpen(d.id);
                      onClose();
                    }}
                  >
                    {d.name}
                  </button>
                </td>
                <td className="num">{t.documents.words(d.words)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.errors.length > 0 && (
        <>
          <p className="report-heading report-heading-error">{r.failed(report.errors.length)}</p>
          <table className="report-table report-errors">
            <thead>
              <tr>
                <th scope="col">{r.file}</th>
                <th scope="col">{r.problem}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={`${e.file}-${i}`} data-testid="import-report-error">
                  <td className="report-file">{baseName(e.file)}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Dialog>
  );
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() || path;
