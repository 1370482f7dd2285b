import { Merge, UsersRound } from 'lucide-react';
import { useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../../i18n';
import { Button, Dialog } from '../../../ui';
import { useCases } from '../../cases';
import { useMergeSpeakers, useSpeakers } from '../hooks/useSpeakers';
import { speakerTones } from '../speaker-tones';
import { SpeakerRow } from './SpeakerRow';

export type SpeakersDialogProps = { documentId: number; documentName: string; onClose: () => void };

/** A document's speakers: rename, merge duplicates, mark the interviewer, link a focus-group speaker to a participant. */
export function SpeakersDialog({ documentId, documentName, onClose }: SpeakersDialogProps) {
  const t = useT();
  const speakers = useSpeakers(documentId);
  const cases = useCases().data ?? [];
  const merge = useMergeSpeakers(documentId);
  const [checked, setChecked] = useState<readonly string[]>([]);
  const [into, setInto] = useState('');
  const [focusName, setFocusName] = useState<string | null>(null);
  const close = useRef<HTMLButtonElement>(null);
  const intoId = useId();
  const list = useMemo(() => speakers.data ?? [], [speakers.data]);
  const tones = useMemo(() => speakerTones(list.map((s) => s.name)), [list]);
  const selected = checked.filter((name) => list.some((s) => s.name === name));

  const check = (name: string, on: boolean) => {
    const next = on ? [...selected, name] : selected.filter((n) => n !== name);
    setChecked(next);
    // The merged speaker keeps, by default, the name of the one who speaks most.
    const main = list.filter((s) => next.includes(s.name)).sort((a, b) => b.words - a.words)[0];
    if (next.length >= 2 && main && (!into || !next.includes(into))) setInto(main.name);
  };

  const submitMerge = () => {
    const name = into.trim();
    if (selected.length < 2 || !name) return;
    merge.mutate(
      { speakers: [...selected], into: name },
      {
        onSuccess: () => {
          setChecked([]);
          setInto('');
          setFocusName(name);
        },
      },
    );
  };

  return (
    <Dialog
      title={t.speakers.title(documentName)}
      onClose={onClose}
      size="lg"
      initialFocus={close}
      closeLabel={t.common.close}
      icon={<UsersRound size={18} />}
      testId="speakers-dialog"
      footer={
        <Button ref={close} variant="ghost" onClick={onClose}>
          {t.common.close}
        </Button>
      }
    >
      <p className="note">{t.speakers.intro}</p>
      {speakers.isSuccess && list.length === 0 ? (
        <p data-testid="speakers-none">{t.speakers.none}</p>
      ) : (
        <table className="speakers-table">
          <thead>
            <tr>
              <th className="check" aria-hidden="true" />
              <th scope="col">{t.speakers.name}</th>
              <th scope="col" className="num">
                {t.speakers.turns}
              </th>
              <th scope="col" className="num">
                {t.speakers.words}
              </th>
              <th scope="col">{t.speakers.role}</th>
              <th scope="col">{t.speakers.participant}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <SpeakerRow
                key={s.name}
                documentId={documentId}
                speaker={s}
                tone={tones.get(s.name)}
                cases={cases}
                isChecked={selected.includes(s.name)}
                onCheck={(on) => check(s.name, on)}
                focusOnMount={s.name === focusName}
                onRenamed={setFocusName}
              />
            ))}
          </tbody>
        </table>
      )}
      {list.length >= 2 &&
        (selected.length >= 2 ? (
          <form
            className="speakers-merge"
            data-testid="speakers-merge"
            onSubmit={(e) => {
              e.preventDefault();
              submitMerge();
            }}
          >
            <div className="field">
              <label className="field-label" htmlFor={intoId}>
                {t.speakers.mergeInto}
              </label>
              <input id={intoId} className="input input-sm" value={into} onChange={(e) => setInto(e.target.value)} list={`${intoId}-names`} data-testid="speakers-merge-into" />
              <datalist id={`${intoId}-names`}>
                {selected.map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            </div>
            <Button type="submit" size="sm" variant="primary" icon={<Merge size={14} aria-hidden="true" />} disabled={!into.trim() || merge.isPending} data-testid="speakers-merge-submit">
              {t.speakers.merge(selected.length)}
            </Button>
          </form>
        ) : (
          <p className="note">{t.speakers.mergeHint}</p>
        ))}
    </Dialog>
  );
}
