import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { isRetryable, isUnauthorized } from '../api-client/api-error';
import { sessionKey } from '../features/session/use-session';

/**
 * Region data changes a few times a year: cache it, and retry only what may recover by itself.
 * A 401 from any other call means the session may have ended: ask `/api/me` again, so the
 * header and the signed-in pages notice (a 401 for a wrong password changes nothing there).
 */
export function createQueryClient(): QueryClient {
  let client: QueryClient | null = null;
  const recheckSession = (error: unknown, key?: QueryKey) => {
    if (!isUnauthorized(error) || key?.[0] === sessionKey[0]) return;
    void client?.invalidateQueries({ queryKey: sessionKey });
  };
  client = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => recheckSession(error, query.queryKey) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        // A refused sign-in says nothing about a session.
        if (mutation.meta?.checksSession !== false) recheckSession(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 10 * 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => failures < 2 && isRetryable(error),
      },
    },
  });
  return client;
}
