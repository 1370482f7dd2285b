import { useEffect, useSyncExternalStore } from 'react';
import { ProjectErrorDialog, ProjectPathDialog, useProject, useStartup } from '../features/project';
import { useT } from '../i18n';
import { Button, Toaster } from '../ui';
import { useAppServices } from './app-services';
import { Shell } from './Shell';
import { useEventBridge } from './useEventBridge';

export type AppRootProps = { theme: 'light' | 'dark' };

/** Start-up, then the shell; and what floats above everything (path dialog, project errors, toasts). */
export function AppRoot({ theme }: AppRootProps) {
  const t = useT();
  const services = useAppServices();
  const startup = useStartup();
  const project = useProject(startup.status === 'ready');
  const problem = useSyncExternalStore(services.problems.subscribe, services.problems.current);
  useEventBridge();
  useEffect(() => {
    services.messages.current = t;
  }, [services, t]);

  let body;
  if (startup.status === 'loading') {
    body = (
      <div className="splash" aria-busy="true">
        <span className="brand-mark" aria-hidden="true">V</span>
        <p>{t.app.opening}</p>
      </div>
    );
  } else if (startup.status === 'failed') {
    const noToken = 'code' in startup.error && startup.error.code === 'FORBIDDEN';
    body = (
      <div className="splash" role="alert" data-testid="startup-failed">
        <h1>{noToken ? t.app.noTokenTitle : t.app.startupFailed}</h1>
        <p>{noToken ? t.app.noTokenBody : startup.error.message}</p>
        {!noToken && (
          <Button variant="primary" onClick={startup.retry}>
            {t.app.retry}
          </Button>
        )}
      </div>
    );
  } else {
    body = <Shell project={project.data ?? null} theme={theme} />;
  }

  return (
    <>
      {body}
      {services.pathPrompt && <ProjectPathDialog prompt={services.pathPrompt} />}
      {problem && <ProjectErrorDialog error={problem} onClose={services.problems.clear} />}
      <Toaster store={services.toasts} dismissLabel={t.common.dismiss} />
    </>
  );
}
