import { useIsMutating } from '@tanstack/react-query';
import { CircleCheck, EyeOff, LoaderCircle, UserRound } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { DocumentDetail, EventPayload, ProjectInfo } from '../../shared/contract';
import { useAppEvent } from '../api-context';
import { CoderDialog, useBlindCoding } from '../features/coders';
import { useT } from '../i18n';

export type StatusBarProps = {
  project: ProjectInfo;
  document: DocumentDetail | null;
  codingCount: number | null;
  isImporting: boolean;
};

export function StatusBar({ project, document: doc, codingCount, isImporting }: StatusBarProps) {
  const t = useT();
  const saving = useIsMutating() > 0;
  const [progress, setProgress] = useState<EventPayload<'import:progress'> | null>(null);
  const [choosingCoder, setChoosingCoder] = useState(false);
  const blind = useBlindCoding();
  useAppEvent('import:progress', setProgress);
  useEffect(() => {
    if (!isImporting) setProgress(null);
  }, [isImporting]);

  return (
    <footer className="statusbar" data-testid="statusbar">
      <div className="status-start">
        {doc ? (
          <>
            <span className="status-item status-doc">{doc.name}</span>
            <span className="status-item">{t.status.words(doc.words)}</span>
            {codingCount !== null && <span className="status-item">{t.status.codings(codingCount)}</span>}
          </>
        ) : (
          <span className="status-item">{t.status.project(project.documents, project.codes)}</span>
        )}
      </div>
      <div className="status-end">
        {progress && progress.total > 0 && (
          <span className="status-item status-progress" role="status" data-testid="import-progress">
            <span className="progress" aria-hidden="true">
              <span className="progress-bar" style={{ width: `${Math.round((progress.done / progress.total) * 100)}%` }} />
            </span>
            {t.documents.progress(progress.done, progress.total, progress.file)}
          </span>
        )}
        <button type="button" className="status-item status-coder" onClick={() => setChoosingCoder(true)} title={t.coders.change(project.coder.name)} data-testid="status-coder">
          <UserRound size={13} aria-hidden="true" />
          {t.status.coder(project.coder.name)}
        </button>
        {blind.on && (
          <button type="button" className="status-item status-blind" onClick={() => setChoosingCoder(true)} title={t.team.blindStatusTitle} data-testid="status-blind">
            <EyeOff size={12} aria-hidden="true" />
            {t.team.blindStatus}
          </button>
        )}
        {choosingCoder && <CoderDialog coder={project.coder} onClose={() => setChoosingCoder(false)} />}
        <span className="status-item status-saved" data-testid="save-state">
          {saving ? <LoaderCircle size={13} className="spin" aria-hidden="true" /> : <CircleCheck size={13} aria-hidden="true" />}
          {saving ? t.status.saving : t.status.saved}
        </span>
      </div>
    </footer>
  );
}
