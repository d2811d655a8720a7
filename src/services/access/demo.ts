/**
 * Demo accounts for trying Kawasan out, created only by `kawasan serve --demo`. Their password is
 * public (README), so a demo must never run on a server holding real data. In Kabupaten Tegal, a
 * TA and a PLD are registered as facilitators (the PLD supervised by the TA) and the PLD is
 * assigned to four desa of Kecamatan Lebaksiu, so pendampingan can be tried at once.
 */
import type { CreateUserBody } from '../../contracts/access.contract.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { assignmentsOf, facilitatorOfUser } from '../facilitation/facilitation.repository.ts';
import { createFacilitatorService } from '../facilitation/facilitator.service.ts';
import { createAccountRepository } from './account.repository.ts';
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
    username: 'demo-ta',
    name: 'Demo Tenaga Ahli Kabupaten Tegal',
    assignments: [{ role: 'facilitator', scope: { kind: 'region', code: '3328' } }],
  },
  {
    username: 'demo-pld',
    name: 'Demo Pendamping Lokal Desa Lebaksiu',
    assignments: [{ role: 'facilitator', scope: { kind: 'region', code: '332806' } }],
  },
  {
    username: 'demo-miroto',
    name: 'Demo Operator Miroto',
    assignments: [{ role: 'village', scope: { kind: 'region', code: '3374011001' } }],
  },
];

/**
 * The demo's pendampingan in Kabupaten Tegal: the PLD of Kecamatan Lebaksiu (33.28.06) works in
 * four of its desa (Timbangreja, Lebaksiu Kidul, Lebaksiu Lor, Kajen).
 */
export const DEMO_FACILITATION = {
  ta: { username: 'demo-ta', name: 'Budi Demo (TA Tegal)', homeRegionCode: '3328' },
  pld: { username: 'demo-pld', name: 'Sri Demo (PLD Lebaksiu)', homeRegionCode: '332806' },
  desa: ['3328062001', '3328062002', '3328062003', '3328062004'],
  /** Assignments start this many days before the day the demo is first started. */
  daysBack: 30,
} as const;

const DEMO_ACTOR: Actor = { kind: 'system', label: 'demo' };

/** `date` (`YYYY-MM-DD`) moved back by `days` calendar days. */
function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Registers the demo TA and PLD as facilitators and assigns the PLD to the demo desa, each only
 * when missing (a desa once assigned is never assigned again, even after the assignment ended).
 * Returns how many records and assignments it created.
 */
export async function ensureDemoFacilitation(
  deps: AccessDeps,
): Promise<{ facilitators: number; assignments: number }> {
  const service = createFacilitatorService(deps);
  const from = daysBefore(facilitationToday(deps.now()), DEMO_FACILITATION.daysBack);
  const created = { facilitators: 0, assignments: 0 };
  const ensure = async (
    who: { username: string; name: string; homeRegionCode: string },
    details: { type: 'ta' | 'pld'; gender: 'perempuan' | 'laki_laki'; supervisorId: string | null },
  ): Promise<string | null> => {
    const user = await createAccountRepository(deps.db.orm).findUserByLogin(who.username);
    if (!user) return null;
    const existing = await facilitatorOfUser(deps.db.orm, user.id);
    if (existing) return existing.id;
    const view = await service.create(DEMO_ACTOR, {
      username: who.username,
      type: details.type,
      name: who.name,
      gender: details.gender,
      email: `${who.username}@contoh.id`,
      homeRegionCode: who.homeRegionCode,
      activeFrom: from,
      supervisorId: details.supervisorId,
    });
    created.facilitators += 1;
    return view.id;
  };
  const ta = await ensure(DEMO_FACILITATION.ta, { type: 'ta', gender: 'laki_laki', supervisorId: null });
  const pld = await ensure(DEMO_FACILITATION.pld, { type: 'pld', gender: 'perempuan', supervisorId: ta });
  if (!pld) return created;
  const assigned = new Set(
    (await assignmentsOf(deps.db.orm, pld)).flatMap((a) => (a.place.kind === 'desa' ? [a.place.code] : [])),
  );
  for (const code of DEMO_FACILITATION.desa) {
    if (assigned.has(code)) continue;
    try {
      await service.addAssignment(DEMO_ACTOR, pld, { place: { kind: 'desa', code }, from });
      created.assignments += 1;
    } catch (err) {
      // The demo PLD was changed by hand (e.g. its active period ended): leave it as it is.
      if (!(err instanceof AppError && err.code === 'invalid_input')) throw err;
    }
  }
  return created;
}

/**
 * Creates the demo accounts that do not exist yet, and the demo's facilitators and assignments;
 * returns the usernames created.
 */
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
  await ensureDemoFacilitation(deps);
  return created;
}
