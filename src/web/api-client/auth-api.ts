import type {
  ApiTokenView,
  ChangePasswordBody,
  CreateTokenBody,
  LoginBody,
  SessionInfo,
  TokenCreated,
} from '../../contracts/auth.contract';
import { getJson, sendJson } from './api-client';
import { isUnauthorized } from './api-error';

/** The CreateToken body as the form sends it (the server fills in defaults). */
export type CreateTokenInput = Partial<CreateTokenBody> & Pick<CreateTokenBody, 'name'>;

/** Sign-in, the current session, the caller's password and API tokens. */
export const authApi = {
  login: (body: LoginBody) => sendJson<SessionInfo>('POST', '/api/auth/login', body),

  logout: () => sendJson('POST', '/api/auth/logout'),

  /** The current session, or null when nobody is signed in (401). */
  me: async (signal?: AbortSignal): Promise<SessionInfo | null> => {
    try {
      return await getJson<SessionInfo>('/api/me', undefined, signal);
    } catch (error) {
      if (isUnauthorized(error)) return null;
      throw error;
    }
  },

  changePassword: (body: ChangePasswordBody) => sendJson('POST', '/api/me/password', body),

  tokens: (signal?: AbortSignal) => getJson<ApiTokenView[]>('/api/me/tokens', undefined, signal),

  createToken: (body: CreateTokenInput) => sendJson<TokenCreated>('POST', '/api/me/tokens', body),

  revokeToken: (id: string) => sendJson('DELETE', `/api/me/tokens/${encodeURIComponent(id)}`),
};
