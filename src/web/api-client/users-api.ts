import type {
  AssignmentView,
  GrantBody,
  UpdateUserBody,
  UserListPage,
  UserView,
} from '../../contracts/access.contract';
import { getJson, sendJson } from './api-client';

/** The CreateUser body as the form sends it. */
export interface CreateUserInput {
  username: string;
  name: string;
  email?: string | null;
  password: string;
  assignments: GrantBody[];
}

export interface UserListParams {
  q?: string | undefined;
  page: number;
  pageSize: number;
}

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

/** Accounts within the caller's region scope, and their role assignments. */
export const usersApi = {
  list: ({ q, page, pageSize }: UserListParams, signal?: AbortSignal) =>
    getJson<UserListPage>('/api/users', { q, page, pageSize }, signal),

  get: (id: string, signal?: AbortSignal) => getJson<UserView>(userPath(id), undefined, signal),

  create: (body: CreateUserInput) => sendJson<UserView>('POST', '/api/users', body),

  update: (id: string, body: UpdateUserBody) => sendJson<UserView>('PATCH', userPath(id), body),

  resetPassword: (id: string, newPassword: string) =>
    sendJson('POST', `${userPath(id)}/password`, { newPassword }),

  grant: (id: string, body: GrantBody) =>
    sendJson<AssignmentView>('POST', `${userPath(id)}/assignments`, body),

  revoke: (id: string, assignmentId: string) =>
    sendJson('DELETE', `${userPath(id)}/assignments/${encodeURIComponent(assignmentId)}`),
};
