/** Query defaults: do not retry answers (business errors), keep lists briefly fresh to avoid flicker. */
import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from './api-errors';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        retry: (failures, error) => failures < 2 && isRetryable(error),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
