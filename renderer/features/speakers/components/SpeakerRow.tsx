import { Pencil } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Case, Speaker, SpeakerRole } from '../../../../shared/contract';
import { errorCodeOf } from '../../../api';
import { useT } from '../../../i18n';
import { NameInput } from '../../../ui';
import { CaseSelect } from '../../cases';
import { useLinkSpeaker, useRenameSpeaker, useSetSpeakerRole } from '../hooks/useSpeakers';
import { toneClass, type SpeakerTone } from '../speaker-tones';

export type SpeakerRowProps = {
  documentId: number;
  speaker: Speaker;
  tone: SpeakerTone | undefined;
  cases: readonly Case[];
  isChecked: boolean;
  onCheck: (checked: boolean) => void;
  /** Renamed or merged into just now: the row takes the focus (its old row is gone, and the focus with it). */
  focusOnMount: boolean;
  onRenamed: (name: string) => void;
};

export function SpeakerRow({ documentId, speaker, tone, cases, isChecked, onCheck, focusOnMount, onRenamed }: SpeakerRowProps) {
  const t = useT();
  const rename = useRenameSpeaker(documentId, onRenamed);
  const link = useLinkSpeaker(documentId);
  const setRole = useSetSpeakerRole(documentId);
  const [draft, setDraft] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const isRenaming = draft !== null;

  useEffect(() => {
    if (focusOnMount) renameButton.current?.focus();
  }, [focusOnMount]);

  useEffect(() => {
    if (isRenaming) input.current?.select();
  }, [isRenaming]);

  const commit = () => {
    const to = (draft ?? '').trim();
    if (!to || to === speaker.name) {
      setDraft(null);
      return;
    }
    rename.mutate({ from: speaker.name, to }, { onSuccess: () => setDraft(null) });
  };

  const code = errorCodeOf(rename.error);
  return (
    <tr className={toneClass(tone)} data-testid="speaker-row" data-speaker={speaker.name}>
      <td className="check">
        <input type="checkbox" checked={isChecked} onChange={(e) => onCheck(e.target.checked)} aria-label={t.speakers.selectOne(speaker.name)} data-testid="speaker-check" />
      </td>
      <td>
        {isRenaming ? (
          <div className="speaker-rename">
            <NameInput
              inputRef={input}
              value={draft ?? ''}
              label={t.speakers.renameLabel}
              error={code === undefined ? undefined : code === 'CONFLICT' ? t.speakers.taken((draft ?? '').trim()) : (rename.error?.message ?? '')}
              onChange={(next) => {
                setDraft(next);
                rename.reset();
              }}
              onCommit={commit}
              onCancel={() => {
                rename.reset();
                setDraft(null);
              }}
              testId="speaker-rename-input"
            />
          </div>
        ) : (
          <div className="speaker-name-cell">
            <span className="speaker-dot" aria-hidden="true" />
            <span className="speaker-name">{speaker.name}</span>
            <button
              ref={renameButton}
              type="button"
              className="icon-btn icon-btn-sm"
              aria-label={t.speakers.rename(speaker.name)}
              title={t.speakers.rename(speaker.name)}
              onClick={() => setDraft(speaker.name)}
              data-testid="speaker-rename"
            >
              <Pencil size={13} />
            </button>
          </div>
        )}
      </td>
      <td className="num">{speaker.turns.toLocaleString(t.locale)}</td>
      <td className="num">{speaker.words.toLocaleString(t.locale)}</td>
      <td>
        <select
          className="select select-sm"
          value={speaker.role ?? ''}
          aria-label={t.speakers.roleLabel(speaker.name)}
          title={t.speakers.roleLabel(speaker.name)}
          data-testid="speaker-role"
          data-empty={speaker.role === null ? 'true' : undefined}
          onChange={(e) => setRole.mutate({ speaker: speaker.name, role: e.target.value === '' ? null : (e.target.value as SpeakerRole) })}
        >
          <option value="">{t.speakers.roles.none}</option>
          <option value="interviewer">{t.speakers.roles.interviewer}</option>
          <option value="respondent">{t.speakers.roles.respondent}</option>
        </select>
      </td>
      <td>
        <CaseSelect
          value={speaker.caseId}
          cases={cases}
          label={t.speakers.linkLabel(speaker.name)}
          testId="speaker-case"
          onChange={(caseId) => link.mutate({ speaker: speaker.name, caseId })}
        />
      </td>
    </tr>
  );
}
