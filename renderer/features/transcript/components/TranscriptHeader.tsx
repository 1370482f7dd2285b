import { LoaderCircle, Pencil, Save, UserRound, UsersRound, X } from 'lucide-react';
import type { DocumentDetail } from '../../../../shared/contract';
import { countSpeakerTurns } from '../../../../shared/turn-numbers';
import { useT } from '../../../i18n';
import { shortcutLabel } from '../../../platform';
import { Button, IconButton, Tooltip } from '../../../ui';
import { CaseSelect, useCases, useSetDocumentCase } from '../../cases';
import { HighlightToggle } from '../../pseudonyms';
import { toneClass, useSpeakers } from '../../speakers';
import { tonesOf } from '../turn-decorations';

export type TranscriptHeaderProps = {
  document: DocumentDetail;
  codingCount: number;
  hasTimes: boolean;
  isEditing: boolean;
  isDirty: boolean;
  isSaving: boolean;
  saveError: string | null;
  notice: string | null;
  onDismissNotice: () => void;
  onEdit: () => void;
  onSave: () => void;
  onCancel: () => void;
  onShowSpeakers: () => void;
};

const LEGEND_MAX = 6;

/** The document's name and figures, its participant and speakers, and the way into edit mode (or out of it). */
export function TranscriptHeader(props: TranscriptHeaderProps) {
  const { document: doc } = props;
  const t = useT();
  const cases = useCases().data ?? [];
  const speakers = useSpeakers(doc.id).data ?? [];
  const setCase = useSetDocumentCase();
  const tones = tonesOf(doc.turnList);

  return (
    <header className={props.hasTimes ? 'transcript-header has-times' : 'transcript-header'}>
      <div className="transcript-title-row">
        <h1 className="transcript-title" data-testid="transcript-title">
          {doc.name}
        </h1>
        {!props.isEditing && (
          <div className="transcript-tools">
            {/* Issue 7: shows or hides the originals anonymized exports will replace (absent when there are none). */}
            <HighlightToggle documentId={doc.id} text={doc.text} />
            {speakers.length > 0 && (
              <Tooltip label={t.speakers.buttonTitle} align="end">
                <Button size="sm" variant="ghost" icon={<UsersRound size={15} aria-hidden="true" />} onClick={props.onShowSpeakers} data-testid="speakers-button">
                  {t.speakers.button(speakers.length)}
                </Button>
              </Tooltip>
            )}
            <Tooltip label={t.editing.editTitle} shortcut={shortcutLabel('mod+e', t.keys)} align="end">
              <Button size="sm" variant="ghost" icon={<Pencil size={15} aria-hidden="true" />} onClick={props.onEdit} aria-keyshortcuts="Control+E Meta+E" data-testid="edit-button">
                {t.editing.edit}
              </Button>
            </Tooltip>
          </div>
        )}
      </div>
      <p className="transcript-meta">
        <span>
          {t.status.words(doc.words)} · {t.transcript.turns(countSpeakerTurns(doc.turnList))} · {t.status.codings(props.codingCount)}
        </span>
        {cases.length > 0 && !props.isEditing && (
          <span className="transcript-case">
            <UserRound size={13} aria-hidden="true" />
            <CaseSelect
              value={doc.caseId}
              cases={cases}
              label={t.cases.select.label(doc.name)}
              className="select select-sm select-bare"
              testId="transcript-case"
              onChange={(caseId) => setCase.mutate({ documentId: doc.id, caseId })}
            />
          </span>
        )}
      </p>
      {speakers.length > 0 && !props.isEditing && (
        <button type="button" className="speakers-legend" onClick={props.onShowSpeakers} title={t.speakers.buttonTitle} data-testid="speakers-legend">
          {speakers.slice(0, LEGEND_MAX).map((s) => (
            <span key={s.name} className={`speakers-legend-item ${toneClass(tones.get(s.name))}`}>
              <span className="speaker-dot" aria-hidden="true" />
              {s.name}
            </span>
          ))}
          {speakers.length > LEGEND_MAX && <span className="speakers-legend-more">+{speakers.length - LEGEND_MAX}</span>}
        </button>
      )}
      {props.isEditing && (
        <div className="edit-bar" role="region" aria-label={t.editing.edit} data-testid="edit-bar">
          <Pencil size={15} aria-hidden="true" className="edit-bar-icon" />
          <p className="edit-bar-text">{props.saveError ?? t.editing.banner}</p>
          <Button size="sm" variant="ghost" icon={<X size={15} aria-hidden="true" />} onClick={props.onCancel} data-testid="edit-cancel">
            {t.editing.cancel}
          </Button>
          <Tooltip label={t.editing.save} shortcut={shortcutLabel('mod+s', t.keys)} align="end">
            <Button
              size="sm"
              variant="primary"
              icon={props.isSaving ? <LoaderCircle size={15} className="spin" aria-hidden="true" /> : <Save size={15} aria-hidden="true" />}
              onClick={props.onSave}
              disabled={props.isSaving || !props.isDirty}
              aria-keyshortcuts="Control+S Meta+S"
              data-testid="edit-save"
            >
              {t.editing.save}
            </Button>
          </Tooltip>
        </div>
      )}
      {props.notice && !props.isEditing && (
        <div className="edit-notice" role="status" data-testid="edit-report-notice">
          <span>{props.notice}</span>
          <IconButton size="sm" bare label={t.common.dismiss} icon={<X size={13} />} onClick={props.onDismissNotice} />
        </div>
      )}
    </header>
  );
}
