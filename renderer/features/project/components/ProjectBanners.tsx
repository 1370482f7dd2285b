import { useState } from 'react';
import type { ProjectInfo } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Banner } from '../../../ui';
import { useIntegrityCheck } from '../hooks/useIntegrityCheck';

export type ProjectBannersProps = { project: ProjectInfo };

/** Storage warnings (shown once per project), the integrity check's problems and the sample's welcome. */
export function ProjectBanners({ project }: ProjectBannersProps) {
  const t = useT();
  const check = useIntegrityCheck(project.path);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set(readDismissed()));
  const dismiss = (key: string) => {
    const next = new Set(dismissed).add(key);
    setDismissed(next);
    writeDismissed([...next]);
  };
  const problems = check.data && !check.data.ok ? check.data.problems : [];
  const sampleKey = 'sample';
  return (
    <div className="banners">
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
