/**
 * What the app needs once per window: the typed client, the query cache with its error routing,
 * toasts and the problem dialog. Built in main.tsx (and by tests around a fake transport).
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { AppError, type ErrorCode } from '../../shared/result';
import { createCall, errorCodeOf, type Call, type Transport } from '../api';
import { fr, type Messages } from '../i18n/fr';
import type { PathPrompt } from '../transport/path-prompt';
import { createToastStore, type ToastStore } from '../ui/toast-store';
import { createProblemStore, type ProblemStore } from './problem-store';

export type AppServices = {
  transport: Transport;
  call: Call;
  pathPrompt: PathPrompt | null;
  queryClient: QueryClient;
  toasts: ToastStore;
  problems: ProblemStore;
  /** The active language's strings, for messages produced outside React (error toasts). */
  messages: { current: Messages };
};

/** Errors about the project file itself: they get an explanatory dialog wherever they arise. */
const PROJECT_PROBLEMS: ReadonlySet<ErrorCode> = new Set(['NOT_A_PROJECT', 'PROJECT_LOCKED', 'PROJECT_TOO_NEW', 'PROJECT_CORRUPT']);

export function createAppServices({ transport, pathPrompt = null }: { transport: Transport; pathPrompt?: PathPrompt | null }): AppServices {
  const toasts = createToastStore();
  const problems = createProblemStore();
  const messages = { current: fr };
  const describe = (error: unknown) =>
    error instanceof AppError && error.code !== 'INTERNAL' ? error.message : messages.current.errors.internal;

  const queryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A query that outlived its project or its entity (a switch, a deletion elsewhere): the
        // lists it came from refresh too, and the view follows them; nothing to tell the user.
        const code = errorCodeOf(error);
        if (query.meta?.silent || code === 'NO_PROJECT' || code === 'NOT_FOUND') return;
        toasts.push('error', describe(error));
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        const code = errorCodeOf(error) ?? 'INTERNAL';
        if (mutation.meta?.inlineErrors?.includes(code)) return;
        if (error instanceof AppError && (PROJECT_PROBLEMS.has(code) || (mutation.meta?.projectDialog && code !== 'INTERNAL'))) {
          problems.show(error);
          return;
        }
        toasts.push('error', describe(error));
      },
    }),
    defaultOptions: {
      queries: {
        // Domain errors are deterministic; only a lost connection is worth retrying.
        retry: (count, error) => errorCodeOf(error) === 'INTERNAL' && count < 2,
        refetchOnWindowFocus: false,
        staleTime: 2_000,
      },
      mutations: { retry: false },
    },
  });

  // Errors read in the interface's language (the core writes English): see i18n/core-messages.ts.
  const call = createCall(transport, (error) => messages.current.errors.describe(error));
  return { transport, call, pathPrompt, queryClient, toasts, problems, messages };
}

export const AppServicesContext = createContext<AppServices | null>(null);

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices() outside <AppProviders>');
  return services;
}
