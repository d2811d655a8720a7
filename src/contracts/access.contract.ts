import { z } from 'zod';
import { ROLES } from '../domain/access/role.ts';

export const RoleSchema = z.enum(ROLES).meta({ id: 'Role' });

const ResourceScopeKind = z.enum(['kawasan', 'enterprise', 'training_provider']);

/** A scope as clients send it; region codes may be dotted. */
export const ScopeInputSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('national') }),
    z.object({
      kind: z.literal('region'),
      code: z.string().max(20).describe('Region code, e.g. 3374 or 33.74'),
    }),
    z.object({ kind: ResourceScopeKind, id: z.string().min(1).max(64) }),
  ])
  .meta({ id: 'ScopeInput' });
export type ScopeInput = z.infer<typeof ScopeInputSchema>;

export const ScopeViewSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('national'), label: z.string() }),
    z.object({ kind: z.literal('region'), code: z.string(), codeDotted: z.string(), label: z.string() }),
    z.object({ kind: ResourceScopeKind, id: z.string(), label: z.string() }),
  ])
  .meta({ id: 'ScopeView' });
export type ScopeView = z.infer<typeof ScopeViewSchema>;

export const AssignmentViewSchema = z
  .object({ id: z.string(), role: RoleSchema, scope: ScopeViewSchema, createdAt: z.iso.datetime() })
  .meta({ id: 'Assignment' });
export type AssignmentView = z.infer<typeof AssignmentViewSchema>;

export const GrantBodySchema = z
  .object({ role: RoleSchema, scope: ScopeInputSchema })
  .meta({ id: 'GrantRole' });
export type GrantBody = z.infer<typeof GrantBodySchema>;

const PASSWORD = z
  .string()
  .min(10, 'Kata sandi minimal 10 karakter.')
  .max(200, 'Kata sandi maksimal 200 karakter.');
export const PasswordSchema = PASSWORD;

export const UserViewSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    active: z.boolean(),
    assignments: z.array(AssignmentViewSchema),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });
export type UserView = z.infer<typeof UserViewSchema>;

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,39}$/,
    'Nama pengguna 3–40 karakter: huruf, angka, titik, garis bawah, tanda hubung.',
  );

export const CreateUserBodySchema = z
  .object({
    username: UsernameSchema,
    name: z.string().trim().min(1).max(120),
    email: z.email().max(200).nullable().optional(),
    password: PASSWORD,
    assignments: z.array(GrantBodySchema).max(20).default([]),
  })
  .meta({ id: 'CreateUser' });
export type CreateUserBody = z.infer<typeof CreateUserBodySchema>;

export const UpdateUserBodySchema = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    email: z.email().max(200).nullable().optional(),
    active: z.boolean().optional(),
  })
  .meta({ id: 'UpdateUser' });
export type UpdateUserBody = z.infer<typeof UpdateUserBodySchema>;

export const ResetPasswordBodySchema = z.object({ newPassword: PASSWORD }).meta({ id: 'ResetPassword' });

export const UserListQuerySchema = z.object({
  q: z.string().max(100).optional().describe('Part of a username, name or email'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

export const UserListPageSchema = z
  .object({
    items: z.array(UserViewSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'UserListPage' });
export type UserListPage = z.infer<typeof UserListPageSchema>;

export const IdParamsSchema = z.object({ id: z.uuid('Bukan pengenal yang sah.') });
export const AssignmentParamsSchema = z.object({ id: z.uuid(), assignmentId: z.uuid() });
