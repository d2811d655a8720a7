/**
 * Test data for the monthly report and coverage: facilitators with their accounts, assignments,
 * log entries in any state and evidence rows, written straight into the tables (the log's own
 * rules are tested with its routes; these tests read what is stored).
 */
import { createHash, randomUUID } from 'node:crypto';
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
import type { Role } from '../../domain/access/role.ts';
import type { ActivityCategory } from '../../domain/facilitation/activity-log.ts';
import type { Place } from '../../domain/facilitation/assignment.ts';
import { type FacilitatorType, facilitatorTypeLabel } from '../../domain/facilitation/facilitator.ts';
import {
  buildMonthlyReport,
  monthlyReportStatusLine,
  type ReportEntry,
} from '../../domain/facilitation/monthly-report.ts';
import type { LogState } from '../../domain/facilitation/review.ts';
import { createTestAccount, type TestAccount } from '../access/testing.ts';

const AT = new Date('2026-01-02T01:00:00Z');
let serial = 0;

export interface FixtureFacilitator extends TestAccount {
  /** The facilitator record's id. */
  facilitatorId: string;
  name: string;
  homeRegionCode: string;
}

/**
 * A facilitator with a signed-in-able account holding the facilitator role over its home region
 * (or `accountScope` when given).
 */
export async function insertFacilitator(
  db: Database,
  input: {
    username: string;
    name: string;
    type?: FacilitatorType;
    homeRegionCode: string;
    supervisorId?: string | null;
    activeFrom?: string;
    activeTo?: string | null;
    nikLast4?: string | null;
    role?: Role;
  },
): Promise<FixtureFacilitator> {
  const account = await createTestAccount(db, input.username, [
    { role: input.role ?? 'facilitator', scope: { kind: 'region', code: input.homeRegionCode } },
  ]);
  const id = randomUUID();
  await db.orm.insert(facilitator).values({
    id,
    userId: account.id,
    type: input.type ?? 'pld',
    name: input.name,
    gender: 'perempuan',
    phone: '081234567890',
    email: null,
    nikHash: null,
    nikLast4: input.nikLast4 ?? null,
    homeRegionCode: input.homeRegionCode,
    activeFrom: input.activeFrom ?? '2025-01-01',
    activeTo: input.activeTo ?? null,
    supervisorId: input.supervisorId ?? null,
    createdAt: AT,
    updatedAt: AT,
  });
  return { ...account, facilitatorId: id, name: input.name, homeRegionCode: input.homeRegionCode };
}

/** An assignment of a facilitator to a place from `from` to `to` (both included; null: open). */
export async function insertAssignment(
  db: Database,
  facilitatorId: string,
  place: Place,
  from: string,
  to: string | null = null,
): Promise<string> {
  const id = randomUUID();
  await db.orm.insert(facilitatorAssignment).values({
    id,
    facilitatorId,
    placeKind: place.kind,
    desaCode: place.kind === 'desa' ? place.code : null,
    kawasanId: place.kind === 'kawasan' ? place.id : null,
    fromDate: from,
    toDate: to,
    createdAt: AT,
    updatedAt: AT,
  });
  return id;
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
