import { ShieldPlus } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PseudonymCategory } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Button, Dialog, useToasts } from '../../../ui';
import { snapToWords } from '../../coding';
import { CATEGORY_ORDER } from '../categories';
import { useAddPseudonym } from '../hooks/usePseudonyms';

export type PseudonymizeSelectionProps = {
  documentId: number | null;
  text: string;
  selection: { from: number; to: number } | null;
};

const MAX_LENGTH = 500;

/**
 * The coding view's way into the pseudonym table: the selected words of the transcript (snapped to
 * whole words) become an entry, with a category and, if wished, a replacement of one's own.
 */
export function PseudonymizeSelection({ documentId, text, selection }: PseudonymizeSelectionProps) {
  const t = useT();
  const s = t.pseudonyms.selection;
  const toasts = useToasts();
  const add = useAddPseudonym();
  const [open, setOpen] = useState(false);
  const [category, setCategory] = useState<PseudonymCategory>('person');
  const [replacement, setReplacement] = useState('');
  const select = useRef<HTMLSelectElement>(null);

  const range = selection && selection.to > selection.from ? snapToWords(text, selection.from, selection.to) : null;
  const original = range ? text.slice(range.from, range.to).replace(/\s+/g, ' ').trim() : '';
  const usable = documentId !== null && original !== '' && original.length <= MAX_LENGTH;

  // A new selection starts a new entry.
  useEffect(() => {
    setOpen(false);
    add.reset();
  }, [documentId, range?.from, range?.to]);

  if (!usable || !range) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const typed = replacement.trim();
    add.mutate(
      { selection: { documentId, start: range.from, end: range.to }, category, ...(typed ? { replacement: typed } : {}) },
      {
        onSuccess: (entry) => {
          toasts.push('info', s.added(entry.original, entry.replacement));
          setOpen(false);
          setReplacement('');
        },
      },
    );
  };

  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        className="pseudonymize-button"
        icon={<ShieldPlus size={15} aria-hidden="true" />}
        title={s.title}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen(true)}
        data-testid="pseudonymize-selection"
      >
        {s.button}
      </Button>
      {open && (
        <Dialog
          title={s.heading}
          onClose={() => setOpen(false)}
          closeLabel={t.common.close}
          size="sm"
          initialFocus={select}
          testId="pseudonymize-dialog"
          footer={
            <>
              <Button onClick={() => setOpen(false)}>{t.common.cancel}</Button>
              <Button variant="primary" type="submit" form="pseudonymize-form" disabled={add.isPending} data-testid="pseudonymize-confirm">
                {s.confirm}
              </Button>
            </>
          }
        >
          <form id="pseudonymize-form" className="form pseudonymize-form" onSubmit={submit}>
            <p className="pseudonymize-original">
              <ShieldPlus size={15} aria-hidden="true" />
              <span>{original}</span>
            </p>
            <label className="field">
              <span className="field-label">{s.category}</span>
              <select ref={select} className="select" value={category} onChange={(e) => setCategory(e.target.value as PseudonymCategory)} data-testid="pseudonymize-category">
                {CATEGORY_ORDER.map((c) => (
                  <option key={c} value={c}>
                    {t.pseudonyms.category[c]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">{s.replacement}</span>
              <input
                className="input"
                value={replacement}
                placeholder={s.replacementPlaceholder}
                maxLength={200}
                onChange={(e) => setReplacement(e.target.value)}
                data-testid="pseudonymize-replacement"
              />
            </label>
            {add.isError && (
              <p className="field-error" role="alert">
                {add.error.message}
              </p>
            )}
          </form>
        </Dialog>
      )}
    </>
  );
}
