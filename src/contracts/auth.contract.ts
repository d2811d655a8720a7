import { z } from 'zod';
import { PasswordSchema, ScopeInputSchema, ScopeViewSchema, UserViewSchema } from './access.contract.ts';

export const LoginBodySchema = z
  .object({
    login: z.string().trim().min(1).max(200).describe('Username or email'),
    password: z.string().min(1).max(200),
  })
  .meta({ id: 'Login' });
export type LoginBody = z.infer<typeof LoginBodySchema>;

/** The signed-in user, and the token to send as `x-csrf-token` with every cookie-authenticated change. */
export const SessionInfoSchema = z
  .object({ user: UserViewSchema, csrfToken: z.string(), expiresAt: z.iso.datetime() })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const ChangePasswordBodySchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: PasswordSchema })
  .meta({ id: 'ChangePassword' });
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;

export const CreateTokenBodySchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    expiresInDays: z.number().int().min(1).max(365).default(90),
    readOnly: z.boolean().default(true),
    scope: ScopeInputSchema.optional().describe('Narrow the token to part of your own scope'),
  })
  .meta({ id: 'CreateToken' });
export type CreateTokenBody = z.infer<typeof CreateTokenBodySchema>;

export const ApiTokenViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe('First characters, to recognise the token'),
    readOnly: z.boolean(),
    scope: ScopeViewSchema.nullable(),
    expiresAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ApiToken' });
export type ApiTokenView = z.infer<typeof ApiTokenViewSchema>;

export const TokenCreatedSchema = z
  .object({
    token: ApiTokenViewSchema,
    secret: z.string().describe('Shown once; send as "Authorization: Bearer <secret>"'),
  })
  .meta({ id: 'TokenCreated' });
export type TokenCreated = z.infer<typeof TokenCreatedSchema>;
