/**
 * Demo accounts for trying Kawasan out, created only by `kawasan serve --demo`. Their password is
 * public (README), so a demo must never run on a server holding real data. In Kabupaten Tegal, a
 * TA and a PLD are registered as facilitators (the PLD supervised by the TA) and the PLD is
 * assigned to four desa of Kecamatan Lebaksiu, with a week of logged visits (most approved by the
 * TA, one waiting for review, one desa not visited), so pendampingan can be tried at once; a
 * training centre seated there runs a bookkeeping programme for those desa (demo-training.ts);
 * the desa form a kawasan with village enterprises along its bawang merah chain (demo-usaha.ts).
 */
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { CreateUserBody, GrantBody } from '../../contracts/access.contract.ts';
import type { CreateEntryBody } from '../../contracts/facilitation.contract.ts';
import { activityEntry } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { createActivityEntryService } from '../facilitation/activity-entry.service.ts';
import { assignmentsOf, facilitatorOfUser } from '../facilitation/facilitation.repository.ts';
import { createFacilitatorService } from '../facilitation/facilitator.service.ts';
import { createAccountRepository } from './account.repository.ts';
import { type AccessDeps, createAccountService } from './account.service.ts';
import { ensureDemoProvider, ensureDemoTraining } from './demo-training.ts';
import { DEMO_USAHA, ensureDemoUsaha } from './demo-usaha.ts';
import { loadActor } from './session.service.ts';

export const DEMO_PASSWORD = 'demo-kawasan-2026';

/** A role of a demo account; `demo_provider` is the demo training provider, registered first. */
export type DemoGrant = GrantBody | { role: 'training_provider'; scope: { kind: 'demo_provider' } };

export type DemoAccount = Omit<CreateUserBody, 'password' | 'assignments'> & {
  assignments: readonly DemoGrant[];
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
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
  {
    username: 'demo-blm',
    name: 'Demo Penyelenggara Pelatihan Tegal',
    assignments: [{ role: 'training_provider', scope: { kind: 'demo_provider' } }],
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

type DemoVisit = Pick<
  CreateEntryBody,
  'category' | 'topic' | 'groups' | 'activities' | 'outputs' | 'followUp'
> & { daysAgo: number; desa: number; women: number; men: number; approved: boolean };

/** The PLD's week: three of the four desa visited; Kajen (the fourth) not at all. */
const DEMO_VISITS: readonly DemoVisit[] = [
  {
    daysAgo: 8,
    desa: 0,
    category: 'dokumen_perencanaan',
    topic: 'Musyawarah dusun untuk RKPDes 2027',
    groups: ['pemerintah_desa', 'bpd', 'kelompok_perempuan'],
    women: 11,
    men: 17,
    activities: 'Memandu musyawarah dusun Krajan dan Karangsari untuk menggali usulan kegiatan RKPDes 2027.',
    outputs: 'Daftar 12 usulan kegiatan dari dua dusun, dengan urutan prioritas.',
    followUp: 'Usulan dibawa ke musyawarah desa; sekretaris desa menyiapkan rancangan RKPDes.',
    approved: true,
  },
  {
    daysAgo: 7,
    desa: 1,
    category: 'kewirausahaan',
    topic: 'Rencana usaha pengolahan bawang merah BUM Desa',
    groups: ['bum_desa', 'kelompok_tani'],
    women: 6,
    men: 9,
    activities: 'Mendampingi pengurus BUM Desa menghitung biaya dan harga jual bawang goreng kemasan.',
    outputs: 'Rancangan rencana usaha unit pengolahan dengan perhitungan titik impas.',
    followUp: 'Pengurus BUM Desa menyusun laporan keuangan bulanan; perlu pelatihan pembukuan.',
    approved: true,
  },
  {
    daysAgo: 5,
    desa: 2,
    category: 'penguatan_kelembagaan',
    topic: 'Pembentukan kelompok wanita tani',
    groups: ['kelompok_perempuan', 'kelompok_tani', 'pemerintah_desa'],
    women: 18,
    men: 3,
    activities: 'Memfasilitasi pertemuan pembentukan kelompok wanita tani dan pemilihan pengurus.',
    outputs: 'Kelompok wanita tani terbentuk dengan 18 anggota dan susunan pengurus.',
    followUp: 'Kepala desa menerbitkan SK kelompok; kelompok menyusun jadwal pertemuan bulanan.',
    approved: true,
  },
  {
    daysAgo: 4,
    desa: 0,
    category: 'tata_kelola_kelembagaan',
    topic: 'Keterbukaan APBDes di papan informasi',
    groups: ['pemerintah_desa', 'bpd'],
    women: 3,
    men: 7,
    activities: 'Membahas bersama perangkat desa dan BPD ringkasan APBDes yang dipasang di balai desa.',
    outputs: 'Baliho ringkasan APBDes 2026 dipasang di depan balai desa.',
    followUp: 'BPD menjadwalkan musyawarah pertanggungjawaban semester pertama.',
    approved: true,
  },
  {
    daysAgo: 2,
    desa: 1,
    category: 'pengembangan_kompetensi',
    topic: 'Pencatatan keuangan unit usaha BUM Desa',
    groups: ['bum_desa'],
    women: 4,
    men: 5,
    activities: 'Melatih pengelola unit usaha mencatat kas harian dengan buku kas sederhana.',
    outputs: 'Buku kas harian unit usaha terisi untuk dua minggu terakhir.',
    followUp: 'Pengelola mengirim foto buku kas setiap pekan untuk diperiksa.',
    approved: false,
  },
];

/** `demo-pld`'s week of visits, submitted, most approved by `demo-ta`; only when the PLD has none. */
async function ensureDemoVisits(deps: AccessDeps): Promise<number> {
  const accounts = createAccountRepository(deps.db.orm);
  const [pldUser, taUser] = await Promise.all([
    accounts.findUserByLogin(DEMO_FACILITATION.pld.username),
    accounts.findUserByLogin(DEMO_FACILITATION.ta.username),
  ]);
  if (!pldUser || !taUser) return 0;
  const [pld, ta] = await Promise.all([
    loadActor(deps.db.orm, pldUser.id),
    loadActor(deps.db.orm, taUser.id),
  ]);
  const record = await facilitatorOfUser(deps.db.orm, pldUser.id);
  if (!pld || !ta || !record) return 0;
  const [logged] = await deps.db.orm
    .select({ n: count() })
    .from(activityEntry)
    .where(eq(activityEntry.facilitatorId, record.id));
  if ((logged?.n ?? 0) > 0) return 0;
  const today = facilitationToday(deps.now());
  const entries = createActivityEntryService(deps);
  const outcomes = await entries.createMany(
    pld,
    DEMO_VISITS.map(({ daysAgo, desa, women, men, approved: _approved, ...content }) => ({
      ...content,
      idempotencyKey: randomUUID(),
      date: daysBefore(today, daysAgo),
      place: { kind: 'desa', code: DEMO_FACILITATION.desa[desa]! },
      participants: { perempuan: women, laki_laki: men },
      evidenceIds: [],
      gps: null,
      submit: true,
    })),
  );
  for (const [i, outcome] of outcomes.entries()) {
    if (!outcome.ok) throw outcome.error;
    if (DEMO_VISITS[i]!.approved) await entries.act(ta, outcome.entry.id, { action: 'approve' });
  }
  return outcomes.length;
}

/** Every demo account's username, as the server announces them. */
export const DEMO_USERNAMES: readonly string[] = [
  ...DEMO_ACCOUNTS.map((a) => a.username),
  DEMO_USAHA.kawasanAccount.username,
  DEMO_USAHA.enterpriseAccount.username,
];

/**
 * Creates the demo accounts that do not exist yet (the demo training provider before the account
 * that works for it), and the demo's facilitators, assignments, logged visits, training and
 * stimulan usaha (with its kawasan and enterprise accounts, demo-usaha.ts); returns the usernames
 * created.
 */
export async function ensureDemoAccounts(deps: AccessDeps): Promise<string[]> {
  const accounts = createAccountService(deps);
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const assignments: GrantBody[] = [];
    for (const grant of account.assignments) {
      if (grant.scope.kind !== 'demo_provider') {
        assignments.push(grant as GrantBody);
        continue;
      }
      const id = await ensureDemoProvider(deps);
      if (id) assignments.push({ role: grant.role, scope: { kind: 'training_provider', id } });
    }
    if (assignments.length < account.assignments.length) continue;
    try {
      await accounts.create(DEMO_ACTOR, { ...account, assignments, email: null, password: DEMO_PASSWORD });
      created.push(account.username);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'conflict')) throw err;
    }
  }
  await ensureDemoFacilitation(deps);
  await ensureDemoVisits(deps);
  await ensureDemoTraining(deps, DEMO_FACILITATION.desa);
  created.push(...(await ensureDemoUsaha(deps, DEMO_PASSWORD)));
  return created;
}
