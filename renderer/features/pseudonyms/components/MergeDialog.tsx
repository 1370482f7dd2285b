import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { Button, Dialog } from '../../../ui';

export type MergeCandidate = { id: string; label: string; detail: string; replacement: string };

export type MergeDialogProps = {
  candidates: readonly MergeCandidate[];
  /** The candidate proposed as the main form. */
  initialId: string;
  confirmLabel: string;
  onConfirm: (mainId: string, replacement: string) => void;
  onClose: () => void;
};

/** Folds several forms of one identifier (`Martine Lebrun`, `Mme Lebrun`, `Lebrun`) into one pseudonym. */
export function MergeDialog({ candidates, initialId, confirmLabel, onConfirm, onClose }: MergeDialogProps) {
  const t = useT();
  const m = t.pseudonyms.merge;
  const [mainId, setMainId] = useState(initialId);
  const main = candidates.find((c) => c.id === mainId) ?? candidates[0];
  const [replacement, setReplacement] = useState(main?.replacement ?? '');
  const [touched, setTouched] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const choose = (id: string) => {
    setMainId(id);
    // The replacement follows the main form until the user types one of their own.
    if (!touched) setReplacement(candidates.find((c) => c.id === id)?.replacement ?? '');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (replacement.trim() !== '') onConfirm(mainId, replacement.trim());
  };

  return (
    <Dialog
      title={m.title}
      onClose={onClose}
      closeLabel={t.common.close}
      testId="pseudonym-merge-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button variant="primary" type="submit" form="pseudonym-merge-form" disabled={replacement.trim() === ''} data-testid="pseudonym-merge-confirm">
            {confirmLabel}
          </Button>
        </>
      }
    >
      <form id="pseudonym-merge-form" className="form pseudonym-merge" onSubmit={submit}>
        <p className="note">{m.body}</p>
        <fieldset className="pseudonym-merge-forms">
          <legend className="field-label">{m.keep}</legend>
          {candidates.map((c) => (
            <label key={c.id} className="pseudonym-merge-form">
              <input type="radio" name="pseudonym-merge-main" checked={c.id === mainId} onChange={() => choose(c.id)} />
              <span className="pseudonym-merge-label">{c.label}</span>
              <span className="pseudonym-merge-detail">{c.detail}</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field-label">{m.replacement}</span>
          <input
            ref={input}
            className="input"
            value={replacement}
            maxLength={200}
            onChange={(e) => {
              setTouched(true);
              setReplacement(e.target.value);
            }}
            data-testid="pseudonym-merge-replacement"
          />
        </label>
      </form>
    </Dialog>
  );
}
