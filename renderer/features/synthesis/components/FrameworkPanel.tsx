import { Link2, Table2 } from 'lucide-react';
import { useState } from 'react';
import type { CaseRef, FrameworkCell, MatrixRow } from '../../../../shared/contract';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';
import { EmptyState } from '../../../ui';
import { useFramework } from '../hooks/useFindings';
import { FrameworkCellDialog } from './FrameworkCellDialog';

export type FrameworkPanelProps = { onOpenQuote: (quote: QuoteRequest) => void };

type Open = { participant: CaseRef; theme: MatrixRow };

/**
 * The framework matrix (participants × themes): each cell is the lead's summary of what that
 * participant says of that theme, with the quotes behind it. The header row and the participants'
 * column stay in place while the table scrolls, so many themes stay readable.
 */
export function FrameworkPanel({ onOpenQuote }: FrameworkPanelProps) {
  const t = useT();
  const tf = t.synthesis.framework;
  const framework = useFramework();
  const [open, setOpen] = useState<Open | null>(null);
  const data = framework.data;
  if (!data) return framework.isError ? <p className="syn-empty-line">{t.synthesis.loadFailed}</p> : null;
  if (data.cases.length === 0 || data.codes.length === 0) {
    return <EmptyState icon={<Table2 size={28} />} title={tf.emptyTitle} testId="framework-empty">{tf.emptyBody}</EmptyState>;
  }
  const cellOf = (caseIndex: number, codeIndex: number): FrameworkCell | undefined => data.cells[caseIndex]?.[codeIndex];
  const openCell = open ? cellOf(data.cases.findIndex((c) => c.id === open.participant.id), data.codes.findIndex((c) => c.codeId === open.theme.codeId)) : undefined;

  return (
    <div className="syn-framework">
      <p className="syn-intro">{tf.intro}</p>
      <div className="syn-framework-scroll" tabIndex={0} role="region" aria-label={tf.tableLabel}>
        <table className="syn-framework-table" data-testid="framework-table">
          <thead>
            <tr>
              <th scope="col" className="syn-fw-corner">
                {tf.participant}
              </th>
              {data.codes.map((code) => (
                <th key={code.codeId} scope="col" className="syn-fw-theme" style={{ ['--code-color' as string]: code.color }}>
                  <span className="syn-dot" aria-hidden="true" />
                  {code.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.cases.map((participant, ci) => (
              <tr key={participant.id}>
                <th scope="row" className="syn-fw-case">
                  {participant.name}
                </th>
                {data.codes.map((theme, ti) => {
                  const cell = cellOf(ci, ti);
                  const empty = !cell || (cell.summary === '' && cell.codingIds.length === 0);
                  return (
                    <td key={theme.codeId} className={cell && cell.available === 0 && empty ? 'syn-fw-cell is-void' : 'syn-fw-cell'}>
                      <button
                        type="button"
                        className="syn-fw-button"
                        aria-label={tf.editLabel(participant.name, theme.name)}
                        onClick={() => setOpen({ participant, theme })}
                        data-testid="framework-cell"
                      >
                        {cell && cell.summary ? (
                          <span className="syn-fw-summary">{cell.summary}</span>
                        ) : (
                          <span className="syn-fw-placeholder">{cell && cell.available > 0 ? tf.write : tf.nothing}</span>
                        )}
                        <span className="syn-fw-meta">
                          {cell && cell.codingIds.length > 0 && (
                            <span className="syn-fw-linked">
                              <Link2 size={11} aria-hidden="true" />
                              {tf.linked(cell.codingIds.length)}
                            </span>
                          )}
                          {cell && cell.available > 0 && <span>{tf.available(cell.available)}</span>}
                        </span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && (
        <FrameworkCellDialog
          participant={open.participant}
          theme={open.theme}
          cell={openCell}
          onOpenQuote={(q) => {
            setOpen(null);
            onOpenQuote(q);
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
