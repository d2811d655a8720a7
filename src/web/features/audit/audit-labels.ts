import type { TFunction } from 'i18next';
import { ROLES, type Role } from '../../../domain/access/role';
import { formatRegionCode } from '../../../domain/region-code';
import type { Messages } from '../../i18n/id';

type ActionKey = keyof Messages['auditAction'];
type FieldKey = keyof Messages['audit']['field'];

/** Spellings the server may use for each action, compared without case, dots or underscores. */
const ACTION_SPELLINGS: Record<ActionKey, string[]> = {
  userCreate: ['user.create', 'account.create'],
  userUpdate: ['user.update', 'account.update'],
  userPasswordReset: ['user.password_reset', 'user.reset_password', 'account.password_reset'],
  userPasswordChange: [
    'user.change_password',
    'user.password_change',
    'password.change',
    'own.password_change',
    'me.password',
  ],
  assignmentGrant: ['assignment.grant', 'role.grant'],
  assignmentRevoke: ['assignment.revoke', 'role.revoke'],
  sessionCreate: ['session.create', 'auth.login'],
  sessionDelete: ['session.delete', 'session.end', 'session.revoke', 'auth.logout'],
  tokenCreate: ['token.create', 'api_token.create'],
  tokenRevoke: ['token.revoke', 'token.delete', 'api_token.revoke'],
};

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const ACTIONS = new Map<string, ActionKey>(
  Object.entries(ACTION_SPELLINGS).flatMap(([key, spellings]) =>
    spellings.map((s) => [squash(s), key as ActionKey] as const),
  ),
);

/** i18n key under `auditAction.*` for an action code like `user.create`, or null if unknown. */
export function actionKey(action: string): ActionKey | null {
  return ACTIONS.get(squash(action)) ?? null;
}

const FIELDS = new Set<string>([
  'name',
  'email',
  'active',
  'username',
  'role',
  'roles',
  'scope',
  'password',
  'id',
  'userId',
  'ip',
  'prefix',
  'readOnly',
  'createdAt',
  'expiresAt',
  'revokedAt',
  'lastUsedAt',
]);

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export function fieldKey(field: string): FieldKey | null {
  return FIELDS.has(field) ? (field as FieldKey) : null;
}

const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** `kabupaten@region:3374` (the server's short form of an assignment) → "Kabupaten/Kota · 33.74". */
function formatRoleKey(text: string, t: TFunction): string {
  const at = text.indexOf('@');
  const role = at < 0 ? text : text.slice(0, at);
  if (!isRole(role)) return text;
  const scope = at < 0 ? '' : text.slice(at + 1);
  const [kind, id] = scope.split(':', 2);
  const place =
    kind === 'national'
      ? t('scope.national')
      : kind === 'region' && id && /^\d+$/.test(id)
        ? formatRegionCode(id)
        : scope;
  return place ? `${t(`roles.${role}`)} · ${place}` : t(`roles.${role}`);
}

/** A recorded value in words: "–" for nothing, ya/tidak, role names, region codes dotted. */
export function formatAuditValue(
  field: string,
  value: unknown,
  t: TFunction,
  formatDateTime?: (iso: string) => string,
): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (formatDateTime && typeof value === 'string' && ISO_DATE_TIME.test(value)) return formatDateTime(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return t('common.none');
    return value
      .map((v) => (typeof v === 'string' ? formatRoleKey(v, t) : formatAuditValue(field, v, t)))
      .join(', ');
  }
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (field === 'role' && isRole(value)) return t(`roles.${value}`);
  if (field === 'password') return t('audit.withheld');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (typeof v.label === 'string') return v.label;
    if (v.kind === 'national') return t('scope.national');
    if (v.kind === 'region' && typeof v.code === 'string') return formatRegionCode(v.code);
    if (typeof v.id === 'string' && typeof v.kind === 'string') return `${v.kind}:${v.id}`;
    if (isRole(v.role)) {
      const scope = v.scope === undefined ? '' : ` · ${formatAuditValue('scope', v.scope, t)}`;
      return `${t(`roles.${v.role}`)}${scope}`;
    }
  }
  return JSON.stringify(value);
}
