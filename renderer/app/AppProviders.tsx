import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { ApiContext } from '../api-context';
import { ToastContext } from '../ui';
import { AppServicesContext, type AppServices } from './app-services';

export type AppProvidersProps = { services: AppServices; children: ReactNode };

export function AppProviders({ services, children }: AppProvidersProps) {
  const api = useMemo(
    () => ({ call: services.call, transport: services.transport, pathPrompt: services.pathPrompt }),
    [services],
  );
  return (
    <AppServicesContext.Provider value={services}>
      <ApiContext.Provider value={api}>
        <ToastContext.Provider value={services.toasts}>
          <QueryClientProvider client={services.queryClient}>{children}</QueryClientProvider>
        </ToastContext.Provider>
      </ApiContext.Provider>
    </AppServicesContext.Provider>
  );
}
