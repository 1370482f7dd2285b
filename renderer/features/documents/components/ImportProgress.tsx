import { useState } from 'react';
import type { EventPayload } from '../../../../shared/contract';
import { useAppEvent } from '../../../api-context';
import { useT } from '../../../i18n';

/** A long import (a folder of interviews) shows how far it is, file by file, where the documents will appear. */
export function ImportProgress() {
  const t = useT();
  const [progress, setProgress] = useState<EventPayload<'import:progress'> | null>(null);
  useAppEvent('import:progress', setProgress);
  if (!progress || progress.total < 2) return null;
  const percent = Math.round((progress.done / progress.total) * 100);
  return (
    <div className="import-progress" data-testid="panel-import-progress">
      <div
        className="import-progress-track"
        role="progressbar"
        aria-label={t.importing.progressLabel}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
      >
        <span className="import-progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="import-progress-text">{t.documents.progress(progress.done, progress.total, progress.file)}</p>
    </div>
  );
}
