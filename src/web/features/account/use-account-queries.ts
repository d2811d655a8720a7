import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody } from '../../../contracts/auth.contract';
import { authApi, type CreateTokenInput } from '../../api-client/auth-api';
import { sessionKey } from '../session/use-session';

export const accountKeys = {
  tokens: ['account', 'tokens'] as const,
};

export function useApiTokens() {
  return useQuery({
    queryKey: accountKeys.tokens,
    queryFn: ({ signal }) => authApi.tokens(signal),
    staleTime: 0,
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTokenInput) => authApi.createToken(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.tokens }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => authApi.revokeToken(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.tokens }),
  });
}

/** Changing the password ends the other sessions; this one may get a new CSRF token, so re-read it. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => authApi.changePassword(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}
