/**
 * Test data for the activity log, the monthly report and coverage, written straight into the
 * tables (the log's own rules are tested with its routes; these tests read what is stored):
 * facilitator records and accounts holding the facilitator role linked to them, assignments, log
 * entries in any state, evidence rows and kawasan; and a sample facilitator and monthly report as
 * the API shows them.
 */
import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FacilitatorView, MonthlyReportView } from '../../contracts/facilitation.contract.ts';
import type { Database } from '../../db/client.ts';
import {
  activityEntry,
  activityEntryEvidence,
  activityEvidence,
  facilitator,
  facilitatorAssignment,
  kawasan,
  kawasanMember,
} from '../../db/schema.ts';
import type { ActivityCategory } from '../../domain/facilitation/activity-log.ts';
import type { Place } from '../../domain/facilitation/assignment.ts';
import { type FacilitatorType, facilitatorTypeLabel } from '../../domain/facilitation/facilitator.ts';
import {
  buildMonthlyReport,
  monthlyReportStatusLine,
  type ReportEntry,
} from '../../domain/facilitation/monthly-report.ts';
import type { LogState } from '../../domain/facilitation/review.ts';
import { createTestAccount } from '../access/testing.ts';

const AT = new Date('2026-01-02T01:00:00Z');
let serial = 0;

export interface FacilitatorFixture {
  userId: string;
  type?: FacilitatorType;
  name?: string;
  homeRegionCode: string;
  supervisorId?: string | null;
  activeFrom?: string;
  nikLast4?: string | null;
}

/** A facilitator record linked to `userId`; returns its id. */
export async function insertFacilitator(db: Database, options: FacilitatorFixture): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  await db.orm.insert(facilitator).values({
    id,
    userId: options.userId,
    type: options.type ?? 'pd',
    name: options.name ?? `Pendamping ${id.slice(0, 8)}`,
    gender: 'perempuan',
    phone: '081234567890',
    email: null,
    nikLast4: options.nikLast4 ?? null,
    homeRegionCode: options.homeRegionCode,
    activeFrom: options.activeFrom ?? '2020-01-01',
    activeTo: null,
    supervisorId: options.supervisorId ?? null,
    createdAt: at,
    updatedAt: at,
  });
  return id;
}

/** The facilitator record of `userId`, created with `options` when the account has none yet. */
export async function ensureFacilitator(db: Database, options: FacilitatorFixture): Promise<string> {
  const [row] = await db.orm
    .select({ id: facilitator.id })
    .from(facilitator)
    .where(eq(facilitator.userId, options.userId));
  return row ? row.id : insertFacilitator(db, options);
}

/** An assignment of the facilitator to `place` from `from` (to `to`, or open); returns its id. */
export async function insertAssignment(
  db: Database,
  options: { facilitatorId: string; place: Place; from?: string; to?: string | null },
): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  await db.orm.insert(facilitatorAssignment).values({
    id,
    facilitatorId: options.facilitatorId,
    placeKind: options.place.kind,
    desaCode: options.place.kind === 'desa' ? options.place.code : null,
    kawasanId: options.place.kind === 'kawasan' ? options.place.id : null,
    fromDate: options.from ?? '2020-01-01',
    toDate: options.to ?? null,
    createdAt: at,
    updatedAt: at,
  });
  return id;
}

/** An account holding the facilitator role and its facilitator record. */
export interface FixtureFacilitator {
  userId: string;
  /** The facilitator record's id. */
  facilitatorId: string;
  username: string;
  password: string;
}

/**
 * A new account holding the facilitator role over `roleRegion`, with a facilitator record based
 * in `homeRegionCode` (default: the same region).
 */
export async function facilitatorWithAccount(
  db: Database,
  username: string,
  roleRegion: string,
  options: Omit<FacilitatorFixture, 'userId' | 'homeRegionCode'> & { homeRegionCode?: string } = {},
): Promise<FixtureFacilitator> {
  const account = await createTestAccount(db, username, [
    { role: 'facilitator', scope: { kind: 'region', code: roleRegion } },
  ]);
  const facilitatorId = await insertFacilitator(db, {
    ...options,
    userId: account.id,
    homeRegionCode: options.homeRegionCode ?? roleRegion,
  });
  return { userId: account.id, facilitatorId, username: account.username, password: account.password };
}

export interface FixtureEntry {
  id?: string;
  facilitatorId: string;
  date: string;
  place: Place;
  /** For a kawasan place: the kawasan's designating region (the entry's region code). */
  kawasanRegionCode?: string;
  category?: ActivityCategory;
  state?: LogState;
  topic?: string;
  women?: number;
  men?: number;
  groups?: string[];
  outputs?: string;
  followUp?: string;
  /** Evidence rows (of the same facilitator) attached in this order. */
  evidenceIds?: string[];
}

function entryRow(e: FixtureEntry) {
  const state = e.state ?? 'disetujui';
  return {
    id: e.id ?? randomUUID(),
    facilitatorId: e.facilitatorId,
    idempotencyKey: randomUUID(),
    requestHash: 'uji',
    date: e.date,
    placeKind: e.place.kind,
    desaCode: e.place.kind === 'desa' ? e.place.code : null,
    kawasanId: e.place.kind === 'kawasan' ? e.place.id : null,
    regionCode: e.place.kind === 'desa' ? e.place.code : (e.kawasanRegionCode ?? '3301'),
    category: e.category ?? 'motivasi_kelompok',
    topic: e.topic ?? `Kegiatan ${++serial}`,
    women: e.women ?? 0,
    men: e.men ?? 0,
    groups: e.groups ?? [],
    activities: 'Memfasilitasi pertemuan warga.',
    outputs: e.outputs ?? '',
    followUp: e.followUp ?? '',
    gpsLat: null,
    gpsLon: null,
    state,
    submission: state === 'draf' ? 0 : 1,
    returnReason: state === 'dikembalikan' ? 'Lengkapi daftar hadir peserta.' : null,
    createdAt: AT,
    updatedAt: AT,
    approvedAt: state === 'disetujui' ? AT : null,
  };
}

/** Log entries (default: approved, motivasi kelompok); returns their ids in order. */
export async function insertEntries(db: Database, entries: readonly FixtureEntry[]): Promise<string[]> {
  const rows = entries.map(entryRow);
  for (let i = 0; i < rows.length; i += 500)
    await db.orm.insert(activityEntry).values(rows.slice(i, i + 500));
  const links = entries.flatMap((e, i) =>
    (e.evidenceIds ?? []).map((evidenceId, position) => ({ entryId: rows[i]!.id, evidenceId, position })),
  );
  if (links.length > 0) await db.orm.insert(activityEntryEvidence).values(links);
  return rows.map((r) => r.id);
}

/** An evidence row of a facilitator; its sha256 is that of `content`. */
export async function insertEvidence(
  db: Database,
  facilitatorId: string,
  input: { fileName: string; mediaType: string; bytes: number; content?: string },
): Promise<{ id: string; sha256: string }> {
  const id = randomUUID();
  const sha256 = createHash('sha256')
    .update(input.content ?? `${input.fileName}:${id}`)
    .digest('hex');
  await db.orm.insert(activityEvidence).values({
    id,
    facilitatorId,
    sha256,
    fileName: input.fileName,
    mediaType: input.mediaType,
    bytes: input.bytes,
    width: input.mediaType.startsWith('image/') ? 1600 : null,
    height: input.mediaType.startsWith('image/') ? 1200 : null,
    uploadedAt: AT,
  });
  return { id, sha256 };
}

/** A kawasan with `members` (marked active when `active`), in Cilacap unless told. */
export async function insertKawasan(
  db: Database,
  input: { name: string; members: readonly string[]; active?: boolean; regionCode?: string; state?: string },
): Promise<string> {
  const id = randomUUID();
  const regionCode = input.regionCode ?? '3301';
  await db.orm.insert(kawasan).values({
    id,
    name: input.name,
    regionCode,
    kabupatenCodes: [regionCode.slice(0, 4)],
    state: input.state ?? (input.active === false ? 'draf' : 'pelaksanaan'),
    createdAt: AT,
    updatedAt: AT,
  });
  if (input.members.length > 0)
    await db.orm
      .insert(kawasanMember)
      .values(input.members.map((desaCode) => ({ kawasanId: id, desaCode, active: input.active ?? true })));
  return id;
}

/** A facilitator as the API shows them: Sri Wahyuni, PLD of Kedungreja, supervised by Budi Santoso. */
export function sampleFacilitatorView(): FacilitatorView {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    userId: '00000000-0000-4000-8000-0000000000a1',
    username: 'sri.wahyuni',
    type: 'pld',
    typeLabel: facilitatorTypeLabel('pld'),
    name: 'Sri Wahyuni',
    gender: 'perempuan',
    phone: '081234567890',
    email: null,
    nikMasked: null,
    homeRegion: { code: '330101', name: 'Kedungreja' },
    activeFrom: '2026-01-01',
    activeTo: null,
    active: true,
    supervisor: {
      id: '00000000-0000-4000-8000-000000000002',
      name: 'Budi Santoso',
      typeLabel: 'Pendamping Desa (PD)',
    },
    canManage: false,
  };
}

const SAMPLE_KAWASAN = '00000000-0000-4000-8000-00000000c001';
const SHA_A = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
const SHA_B = 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100';

/**
 * The March 2026 report of {@link sampleFacilitatorView}: three approved activities (two in
 * Tambakreja, one for the kawasan), one submitted, one returned and one draft not counted.
 */
export function sampleMonthlyReport(): MonthlyReportView {
  const f = sampleFacilitatorView();
  const base = {
    facilitatorId: f.id,
    topic: '',
    participants: { women: 0, men: 0, groups: [] as string[] },
    outputs: '',
    followUp: '',
    evidence: [],
  };
  const tambakreja = { kind: 'desa', code: '3301012001' } as const;
  const entries: ReportEntry[] = [
    {
      ...base,
      id: 'e1',
      date: '2026-03-03',
      place: tambakreja,
      category: 'dokumen_perencanaan',
      topic: 'Penyusunan RKPDes 2027',
      participants: { women: 7, men: 12, groups: ['pemerintah_desa', 'bpd'] },
      outputs: 'Daftar 14 usulan kegiatan dari tiga dusun.',
      followUp: 'Usulan dibahas dalam musyawarah desa bulan April.',
      evidence: [
        { fileName: 'musdus-tambakreja.jpg', mediaType: 'image/jpeg', bytes: 1_572_864, sha256: SHA_A },
        { fileName: 'daftar-hadir.pdf', mediaType: 'application/pdf', bytes: 20_480, sha256: SHA_B },
      ],
      state: 'disetujui',
    },
    {
      ...base,
      id: 'e2',
      date: '2026-03-10',
      place: tambakreja,
      category: 'kewirausahaan',
      topic: 'Pendampingan BUM Desa',
      participants: { women: 3, men: 4, groups: ['bum_desa'] },
      state: 'disetujui',
    },
    {
      ...base,
      id: 'e3',
      date: '2026-03-17',
      place: { kind: 'kawasan', id: SAMPLE_KAWASAN },
      category: 'membangun_komitmen',
      topic: 'Rapat BKAD',
      participants: { women: 2, men: 9, groups: [] },
      followUp: 'Menyusun jadwal musyawarah antar desa.',
      state: 'disetujui',
    },
    {
      ...base,
      id: 'e4',
      date: '2026-03-20',
      place: tambakreja,
      category: 'motivasi_kelompok',
      state: 'diajukan',
    },
    {
      ...base,
      id: 'e5',
      date: '2026-03-21',
      place: tambakreja,
      category: 'motivasi_kelompok',
      state: 'dikembalikan',
    },
    {
      ...base,
      id: 'e6',
      date: '2026-03-22',
      place: tambakreja,
      category: 'motivasi_kelompok',
      state: 'draf',
    },
  ];
  const built = buildMonthlyReport(entries, f.id, '2026-03', {
    desa: { '3301012001': 'Tambakreja, Kec. Kedungreja' },
    kawasan: { [SAMPLE_KAWASAN]: 'Kawasan Agropolitan Kedungreja' },
  });
  const { facilitatorId: _id, ...content } = built;
  return { facilitator: f, ...content, statusLine: monthlyReportStatusLine(built) };
}
