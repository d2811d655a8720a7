import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GrantBody, UpdateUserBody, UserView } from '../../../contracts/access.contract';
import { type CreateUserInput, usersApi } from '../../api-client/users-api';
import { auditKeys } from '../audit/use-audit-query';
import { sessionKey } from '../session/use-session';

/** Rows per page of the user list. */
export const USERS_PAGE_SIZE = 20;

export const userKeys = {
  all: ['users'] as const,
  list: (q: string, page: number) => ['users', 'list', q, page] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

export function useUserList(q: string, page: number) {
  return useQuery({
    queryKey: userKeys.list(q, page),
    queryFn: ({ signal }) => usersApi.list({ q: q || undefined, page, pageSize: USERS_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: userKeys.detail(id),
    queryFn: ({ signal }) => usersApi.get(id, signal),
    staleTime: 0,
  });
}

/** After any change to an account: fresh lists, the account, its audit trail (and our own session). */
function useAfterChange(id?: string) {
  const queryClient = useQueryClient();
  return (user?: UserView) => {
    if (user) queryClient.setQueryData(userKeys.detail(user.id), user);
    void queryClient.invalidateQueries({ queryKey: userKeys.all });
    void queryClient.invalidateQueries({ queryKey: auditKeys.all });
    const session = queryClient.getQueryData<{ user: { id: string } } | null>(sessionKey);
    if (session && (session.user.id === id || session.user.id === user?.id)) {
      void queryClient.invalidateQueries({ queryKey: sessionKey });
    }
  };
}

export function useCreateUser() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CreateUserInput) => usersApi.create(body),
    onSuccess: (user) => afterChange(user),
  });
}

export function useUpdateUser(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: (body: UpdateUserBody) => usersApi.update(id, body),
    onSuccess: (user) => afterChange(user),
  });
}

export function useResetPassword(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: (newPassword: string) => usersApi.resetPassword(id, newPassword),
    onSuccess: () => afterChange(),
  });
}

export function useGrantRole(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: (body: GrantBody) => usersApi.grant(id, body),
    onSuccess: () => afterChange(),
  });
}

export function useRevokeRole(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: (assignmentId: string) => usersApi.revoke(id, assignmentId),
    onSuccess: () => afterChange(),
  });
}
