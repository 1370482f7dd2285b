import { useState } from 'react';
import type { ProjectInfo } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { DEFAULT_CODER_NAME } from '../../../../shared/coders';
import { useAppEvent } from '../../../api-context';
import { Banner, Button } from '../../../ui';
import { CoderDialog } from '../../coders';
import { useIntegrityCheck } from '../hooks/useIntegrityCheck';
import { useProjectActions } from '../hooks/useProjectActions';

export type ProjectBannersProps = { project: ProjectInfo };

/** Storage warnings (shown once per project), what opening changed, the integrity check's problems and the sample's welcome. */
export function ProjectBanners({ project }: ProjectBannersProps) {
  const t = useT();
  const check = useIntegrityCheck(project.path);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set(readDismissed()));
  const dismiss = (key: string) => {
    const next = new Set(dismissed).add(key);
    setDismissed(next);
    writeDismissed([...next]);
  };
  const [askingName, setAskingName] = useState(false);
  const problems = check.data && !check.data.ok ? check.data.problems : [];
  const sampleKey = 'sample';
  // The file moved, replaced or deleted while open: writes stopped in the core; say so until a copy is saved.
  const [lost, setLost] = useState(project.fileLost !== undefined);
  useAppEvent('project:fileLost', ({ path }) => path === project.path && setLost(true));
  const { saveCopy } = useProjectActions();
  return (
    <div className="banners">
      {lost && (
        <Banner kind="error" testId="file-lost-banner">
          <p>{t.project.fileLost}</p>
          <p className="note">{project.path}</p>
          <Button onClick={saveCopy}>{t.project.saveCopy}</Button>
        </Banner>
      )}
      {problems.length > 0 && !dismissed.has(`check:${project.path}`) && (
        <Banner kind="warning" testId="integrity-banner" dismissLabel={t.common.dismiss} onDismiss={() => dismiss(`check:${project.path}`)}>
          <p>{t.project.integrityProblems}</p>
          <ul className="banner-list">
            {problems.slice(0, 5).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p>{t.project.integrityAdvice}</p>
        </Banner>
      )}
      {project.warnings
        .filter((w) => !dismissed.has(`warn:${project.path}:${w}`))
        .map((w) => (
          <Banner key={w} kind="warning" testId="storage-warning" dismissLabel={t.common.dismiss} onDismiss={() => dismiss(`warn:${project.path}:${w}`)}>
            {t.errors.note(w)}
          </Banner>
        ))}
      {project.notices.map((n) =>
        // Shown for the session whose open made the change; it is never made twice.
        dismissed.has(`notice:${project.path}:${n.kind}`) ? null : (
          <Banner key={n.kind} kind="info" testId="codings-united-banner" dismissLabel={t.common.dismiss} onDismiss={() => dismiss(`notice:${project.path}:${n.kind}`)}>
            {t.project.codingsUnited(n.count)}
          </Banner>
        ),
      )}
      {project.coder.name === DEFAULT_CODER_NAME && !project.isSample && !dismissed.has(`coder:${project.path}`) && (
        // Asked once per project, without blocking: the status bar's coder button does the same later.
        <Banner kind="info" testId="coder-banner" dismissLabel={t.common.dismiss} onDismiss={() => dismiss(`coder:${project.path}`)}>
          <div className="banner-row">
            <span>{t.coders.ask}</span>
            <Button size="sm" onClick={() => setAskingName(true)} data-testid="coder-banner-action">
              {t.coders.askAction}
            </Button>
          </div>
        </Banner>
      )}
      {askingName && (
        <CoderDialog
          coder={project.coder}
          onClose={() => {
            setAskingName(false);
            dismiss(`coder:${project.path}`);
          }}
        />
      )}
      {project.isSample && !dismissed.has(sampleKey) && (
        <Banner kind="info" testId="sample-banner" dismissLabel={t.common.dismiss} onDismiss={() => dismiss(sampleKey)}>
          {t.project.sampleBanner}
        </Banner>
      )}
    </div>
  );
}

const KEY = 'verbatim-dismissed-banners';

function readDismissed(): string[] {
  try {
    const raw = window.localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function writeDismissed(keys: string[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(keys.slice(-200)));
  } catch {
    // Without storage the banner simply shows again next time.
  }
}
