import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, SessionInfo } from '../../../contracts/auth.contract';
import { isUnauthorized } from '../../api-client/api-error';
import { authApi } from '../../api-client/auth-api';
import { setCsrfToken } from '../../api-client/csrf-token';

export const sessionKey = ['session'] as const;

/** Query keys that belong to the public region data and survive signing in and out. */
const PUBLIC_KEYS = new Set(['regions']);

/** Who is signed in: `GET /api/me`, where 401 means nobody. Keeps the CSRF token up to date. */
export function useSession() {
  const query = useQuery({
    queryKey: sessionKey,
    queryFn: async ({ signal }) => {
      const session = await authApi.me(signal);
      setCsrfToken(session?.csrfToken ?? null);
      return session;
    },
    staleTime: 60_000,
    refetchOnWindowFocus: true,
  });
  const session = query.data ?? null;
  const status: 'loading' | 'error' | 'signed-in' | 'signed-out' = query.isPending
    ? 'loading'
    : query.isError && query.data === undefined
      ? 'error'
      : session
        ? 'signed-in'
        : 'signed-out';
  return { session, user: session?.user ?? null, status, query };
}

/** Drops everything cached for the previous account (lists of users, tokens, audit). */
function forgetPrivateData(queryClient: ReturnType<typeof useQueryClient>) {
  queryClient.removeQueries({
    predicate: (q) => !PUBLIC_KEYS.has(String(q.queryKey[0])) && q.queryKey[0] !== sessionKey[0],
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => authApi.login(body),
    meta: { checksSession: false },
    onSuccess: (session: SessionInfo) => {
      setCsrfToken(session.csrfToken);
      forgetPrivateData(queryClient);
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

/**
 * Set when the reader signs out, until the sign-in page has been shown: the signed-in pages then
 * say "Anda telah keluar" instead of asking to sign in to see them.
 */
let signedOutByReader = false;

export function wasSignedOutByReader(): boolean {
  return signedOutByReader;
}

export function forgetSignOut(): void {
  signedOutByReader = false;
}

/** Ends the session on the server (one that has already ended counts as signed out), then forgets it. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: async () => {
      try {
        await authApi.logout();
      } catch (error) {
        if (!isUnauthorized(error)) throw error;
      }
    },
    onSuccess: () => {
      signedOutByReader = true;
      setCsrfToken(null);
      forgetPrivateData(queryClient);
      queryClient.setQueryData(sessionKey, null);
    },
  });
  return mutation;
}
