import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '../api-client/api-error';

/** Region data changes a few times a year: cache it, and retry only what may recover by itself. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10 * 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => failures < 2 && isRetryable(error),
      },
    },
  });
}
