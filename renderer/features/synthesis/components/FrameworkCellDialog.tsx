import type { CaseRef, FrameworkCell, MatrixRow } from '../../../../shared/contract';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';
import { Button, Dialog } from '../../../ui';
import { useSetFrameworkCell, useThemeQuotes } from '../hooks/useFindings';
import { AutosaveText } from './AutosaveText';
import { QuoteCard } from './QuoteCard';

export type FrameworkCellDialogProps = {
  participant: CaseRef;
  theme: MatrixRow;
  cell: FrameworkCell | undefined;
  onOpenQuote: (quote: QuoteRequest) => void;
  onClose: () => void;
};

/** Writes one cell of the framework matrix: the summary, and which of the participant's quotes back it. */
export function FrameworkCellDialog({ participant, theme, cell, onOpenQuote, onClose }: FrameworkCellDialogProps) {
  const t = useT();
  const tf = t.synthesis.framework;
  const setCell = useSetFrameworkCell();
  const quotes = useThemeQuotes([theme.codeId], participant.id);
  const linked = cell?.codingIds ?? [];
  const toggle = (codingId: number) =>
    setCell.mutate({
      caseId: participant.id,
      codeId: theme.codeId,
      codingIds: linked.includes(codingId) ? linked.filter((id) => id !== codingId) : [...linked, codingId],
    });
  const available = quotes.data?.codings ?? [];

  return (
    <Dialog
      title={tf.dialogTitle(participant.name, theme.name)}
      onClose={onClose}
      size="lg"
      closeLabel={t.common.close}
      testId="framework-cell-dialog"
      footer={
        <Button variant="primary" onClick={onClose}>
          {tf.done}
        </Button>
      }
    >
      <div className="syn-cell-editor">
        <AutosaveText
          value={cell?.summary ?? ''}
          onSave={(summary) => setCell.mutateAsync({ caseId: participant.id, codeId: theme.codeId, summary })}
          label={tf.summary}
          visibleLabel
          placeholder={tf.summaryPlaceholder}
          rows={5}
          className="syn-textarea-prose"
          testId="framework-summary"
        />
        <div className="syn-cell-quotes">
          <p className="field-label">{tf.quotes}</p>
          <p className="syn-hint">{tf.quotesHint}</p>
          {quotes.isSuccess && available.length === 0 && <p className="syn-empty-line">{tf.noAvailable}</p>}
          <ul className="syn-pick-list">
            {available.map((quote) => (
              <li key={quote.id} className={linked.includes(quote.id) ? 'is-picked' : undefined}>
                <label className="syn-pick">
                  <input type="checkbox" checked={linked.includes(quote.id)} onChange={() => toggle(quote.id)} data-testid="framework-quote-toggle" />
                  <QuoteCard quote={quote} onOpen={onOpenQuote} showCode={quote.codeId !== theme.codeId} />
                </label>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </Dialog>
  );
}
