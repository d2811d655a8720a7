/**
 * Demo accounts for trying Kawasan out, created only by `kawasan serve --demo`. Their password is
 * public (README), so a demo must never run on a server holding real data.
 */
import type { CreateUserBody } from '../../contracts/access.contract.ts';
import { AppError } from '../../domain/errors.ts';
import { type AccessDeps, createAccountService } from './account.service.ts';

export const DEMO_PASSWORD = 'demo-kawasan-2026';

export const DEMO_ACCOUNTS: readonly Omit<CreateUserBody, 'password'>[] = [
  {
    username: 'demo-nasional',
    name: 'Demo Kementerian',
    assignments: [{ role: 'national', scope: { kind: 'national' } }],
  },
  {
    username: 'demo-jateng',
    name: 'Demo DPMD Jawa Tengah',
    assignments: [{ role: 'province', scope: { kind: 'region', code: '33' } }],
  },
  {
    username: 'demo-semarang',
    name: 'Demo Bappeda Kota Semarang',
    assignments: [{ role: 'kabupaten', scope: { kind: 'region', code: '3374' } }],
  },
  {
    username: 'demo-tegal',
    name: 'Demo DPMD Kabupaten Tegal',
    assignments: [{ role: 'kabupaten', scope: { kind: 'region', code: '3328' } }],
  },
  {
    username: 'demo-pendamping',
    name: 'Demo Pendamping Semarang Tengah',
    assignments: [{ role: 'facilitator', scope: { kind: 'region', code: '337401' } }],
  },
  {
    username: 'demo-miroto',
    name: 'Demo Operator Miroto',
    assignments: [{ role: 'village', scope: { kind: 'region', code: '3374011001' } }],
  },
];

/** Creates the demo accounts that do not exist yet; returns the usernames created. */
export async function ensureDemoAccounts(deps: AccessDeps): Promise<string[]> {
  const accounts = createAccountService(deps);
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    try {
      await accounts.create(
        { kind: 'system', label: 'demo' },
        { ...account, email: null, password: DEMO_PASSWORD },
      );
      created.push(account.username);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'conflict')) throw err;
    }
  }
  return created;
}
