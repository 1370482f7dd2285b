import { Check, Trash2, X } from 'lucide-react';
import type { Disagreements } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Button, IconButton, useToasts } from '../../../ui';
import { segmentsOf } from '../disagreement-segments';
import { useDisagreements, useDropPassage, useKeepCoding } from '../hooks/useAgreement';

type Coder = { id: number; name: string };
type Passage = Disagreements['documents'][number]['passages'][number];

export type AgreementReviewProps = {
  coders: [Coder, Coder];
  codeId: number;
  path: string;
  documentIds: readonly number[];
  onClose: () => void;
};

/**
 * The disagreements behind one code: each passage one coder coded and the other did not, side by
 * side (A | B) in its context. “Keep” copies the passage to the other coder, “drop” takes it out of
 * the coder's coding; both are ordinary undoable operations, and the measures above follow.
 */
export function AgreementReview({ coders, codeId, path, documentIds, onClose }: AgreementReviewProps) {
  const t = useT();
  const g = t.analysis.agreement;
  const scope = documentIds.length > 0 ? { documentIds: [...documentIds] } : {};
  const review = useDisagreements({ coders: [coders[0].id, coders[1].id], codeId, ...scope });
  const passages = review.data?.documents.reduce((n, d) => n + d.passages.length, 0) ?? 0;
  return (
    <section className="ag-review" aria-label={g.reviewTitle(path)} data-testid="agreement-review">
      <header className="ag-review-header">
        <div>
          <h3 className="ag-heading">{g.reviewTitle(path)}</h3>
          {review.data && (
            <p className="an-note">
              {g.reviewCount(passages)} · {g.reviewKey}
            </p>
          )}
        </div>
        <IconButton label={g.closeReview} icon={<X size={16} />} size="sm" tooltipAlign="end" onClick={onClose} data-testid="agreement-review-close" />
      </header>
      {review.isPending && <p className="an-note">{t.common.loading}</p>}
      {review.data && passages === 0 && <p className="an-note">{g.reviewEmpty}</p>}
      {review.data?.documents.map((d) => (
        <div key={d.documentId} className="ag-review-document">
          <h4 className="ag-review-document-name">{d.name}</h4>
          <div className="ag-pair ag-pair-head" aria-hidden="true">
            <span>{coders[0].name}</span>
            <span>{coders[1].name}</span>
          </div>
          <ul className="ag-passages">
            {d.passages.map((p) => (
              <PassageRow key={`${p.start}:${p.coderId}`} passage={p} coders={coders} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function PassageRow({ passage, coders }: { passage: Passage; coders: [Coder, Coder] }) {
  const t = useT();
  const g = t.analysis.agreement;
  const toasts = useToasts();
  const keep = useKeepCoding();
  const drop = useDropPassage();
  const coder = coders.find((c) => c.id === passage.coderId) ?? coders[0];
  const other = coders.find((c) => c.id !== passage.coderId) ?? coders[1];
  const busy = keep.isPending || drop.isPending;
  // A failure is shown by the app's mutation cache (a toast); the loop just stops there.
  const run = async (each: (codingId: number) => Promise<unknown>, done: string) => {
    try {
      for (const c of passage.codings) await each(c.id);
      toasts.push('info', done);
    } catch {
      /* already reported */
    }
  };
  // Only the disputed run is copied or dropped: the rest of the coding is already agreed on (or another run).
  const partOf = (codingId: number) => {
    const c = passage.codings.find((x) => x.id === codingId)!;
    return { start: Math.max(c.start, passage.start), end: Math.min(c.end, passage.end) };
  };
  const onKeep = () => run((codingId) => keep.mutateAsync({ codingId, coderId: other.id, ...partOf(codingId) }), g.kept);
  const onDrop = () => run((id) => drop.mutateAsync({ id, ...partOf(id) }), g.dropped);
  return (
    <li className="ag-passage" data-testid="agreement-passage">
      <div className="ag-pair">
        {coders.map((c) => (
          <blockquote key={c.id} className={c.id === passage.coderId ? 'ag-side is-coded' : 'ag-side is-missing'}>
            {passage.beforeCut && <span className="ag-context">… </span>}
            {segmentsOf(
              passage,
              passage.coverage.filter((r) => r.coderId === c.id),
            ).map((segment, i) =>
              segment.kind === 'context' ? (
                <span key={i} className="ag-context">
                  {segment.text}
                </span>
              ) : (
                <mark key={i} className={`ag-seg is-${segment.kind}`}>
                  {segment.text}
                </mark>
              ),
            )}
            {passage.afterCut && <span className="ag-context"> …</span>}
            {c.id !== passage.coderId && <span className="ag-missing-label">{g.notCoded}</span>}
          </blockquote>
        ))}
      </div>
      <div className="ag-actions">
        <Button size="sm" icon={<Check size={14} />} disabled={busy} title={g.keepHelp(other.name)} onClick={() => void onKeep()} data-testid="agreement-keep">
          {g.keep(other.name)}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          icon={<Trash2 size={14} />}
          disabled={busy}
          title={g.dropHelp(coder.name)}
          onClick={() => void onDrop()}
          data-testid="agreement-drop"
        >
          {g.drop}
        </Button>
      </div>
    </li>
  );
}
