/**
 * Test data for the RPKP: a kawasan of Kedungreja (Cilacap, see ../kawasan/testing.ts) put in
 * `perencanaan` straight in the database, and a complete plan for it.
 */
import { randomUUID } from 'node:crypto';
import type { Plan } from '../../contracts/rpkp.contract.ts';
import type { Database } from '../../db/client.ts';
import { kawasan, kawasanDocument, kawasanMember } from '../../db/schema.ts';
import { isActiveState, type KawasanState } from '../../domain/kawasan/lifecycle.ts';

/** Kedungreja desa used by the RPKP tests: Tambakreja, Bumireja, Ciklapa. */
export const RPKP_MEMBERS = ['3301012001', '3301012002', '3301012003'] as const;

/** A designated kawasan of Kab. Cilacap in `state` (perencanaan by default) with `members`. */
export async function seedPlanningKawasan(
  db: Database,
  options: { name?: string; members?: readonly string[]; state?: KawasanState } = {},
): Promise<{ id: string; members: string[] }> {
  const id = randomUUID();
  const members = [...(options.members ?? RPKP_MEMBERS)];
  const state = options.state ?? 'perencanaan';
  const at = new Date('2026-02-01T02:00:00Z');
  await db.orm.insert(kawasan).values({
    id,
    name: options.name ?? 'Kawasan Agropolitan Kedungreja',
    regionCode: '3301',
    kabupatenCodes: ['3301'],
    themeCode: 'agropolitan',
    commodities: ['padi', 'gula kelapa'],
    state,
    skNumber: '414/12/2026',
    skDate: '2026-01-20',
    createdAt: at,
    updatedAt: at,
  });
  await db.orm
    .insert(kawasanMember)
    .values(members.map((desaCode) => ({ kawasanId: id, desaCode, active: isActiveState(state) })));
  return { id, members };
}

/** A document record of the kawasan (no bytes on disk: the RPKP only refers to it). */
export async function seedKawasanDocument(
  db: Database,
  kawasanId: string,
  options: { title?: string; kind?: string; public?: boolean } = {},
): Promise<string> {
  const id = randomUUID();
  await db.orm.insert(kawasanDocument).values({
    id,
    kawasanId,
    kind: options.kind ?? 'bukti_kegiatan',
    title: options.title ?? 'Foto kegiatan',
    fileName: `${id.slice(0, 8)}.pdf`,
    mediaType: 'application/pdf',
    bytes: 5,
    sha256: 'a'.repeat(64),
    public: options.public ?? false,
    uploadedAt: new Date('2026-03-01T02:00:00Z'),
    uploadedBy: 'uji',
  });
  return id;
}

/** Budgets of {@link kedungrejaPlan}'s activities, whole rupiah, and their exact sum. */
export const PLAN_BUDGETS = {
  A1: 1_250_000_000n,
  A2: 487_500_000n,
  A3: 735_250_125n,
  A4: 2_000_000_001n,
} as const;
export const PLAN_TOTAL = PLAN_BUDGETS.A1 + PLAN_BUDGETS.A2 + PLAN_BUDGETS.A3 + PLAN_BUDGETS.A4;

/** A complete 2026–2030 plan for a kawasan of `members` (three desa): two programmes, four activities. */
export function kedungrejaPlan(members: readonly string[] = RPKP_MEMBERS): Plan {
  const [m0, m1, m2] = members as [string, string, string];
  return {
    period: { startYear: 2026, endYear: 2030 },
    vision: 'Kawasan agropolitan Kedungreja yang mandiri, berdaya saing dan berkelanjutan',
    strategies: [
      { id: 'S1', text: 'Peningkatan produktivitas padi dan gula kelapa' },
      { id: 'S2', text: 'Hilirisasi dan pemasaran bersama melalui BUM Desa Bersama' },
    ],
    programmes: [
      {
        id: 'P1',
        name: 'Penguatan produksi padi',
        strategyId: 'S1',
        activities: [
          {
            id: 'A1',
            name: 'Rehabilitasi jaringan irigasi tersier',
            desaCodes: [m0, m1],
            year: 2026,
            stage: 'hulu',
            sector: 'pertanian',
            agencyKind: 'kabupaten',
            agencyName: 'Dinas Pertanian Kab. Cilacap',
            fundingSource: 'apbd_kabupaten',
            budget: PLAN_BUDGETS.A1.toString(),
            outputs: [{ name: 'Saluran irigasi direhabilitasi', unit: 'km', target: 12.5 }],
          },
          {
            id: 'A2',
            name: 'Rumah pengering gabah bersama',
            desaCodes: [m1],
            year: 2027,
            stage: 'pengolahan',
            sector: 'pertanian',
            agencyKind: 'bumdes',
            agencyName: 'BUM Desa Bersama Kedungreja',
            fundingSource: 'dana_desa',
            budget: PLAN_BUDGETS.A2.toString(),
            outputs: [{ name: 'Rumah pengering terbangun', unit: 'unit', target: 1 }],
            proposalIds: [],
            indicatorRefs: ['IDM:IKE.09'],
          },
        ],
      },
      {
        id: 'P2',
        name: 'Pemasaran gula kelapa',
        strategyId: 'S2',
        activities: [
          {
            id: 'A3',
            name: 'Pelatihan pengemasan gula kelapa',
            desaCodes: [m2],
            year: 2026,
            stage: 'hilir',
            sector: 'industri kecil',
            agencyKind: 'provinsi',
            agencyName: 'Dinas Koperasi dan UKM Provinsi Jawa Tengah',
            fundingSource: 'apbd_provinsi',
            budget: PLAN_BUDGETS.A3.toString(),
            outputs: [{ name: 'Perajin terlatih', unit: 'orang', target: 60 }],
          },
          {
            id: 'A4',
            name: 'Jalan poros antar desa',
            desaCodes: [m0, m2],
            year: 2028,
            stage: 'pendukung',
            sector: 'infrastruktur',
            agencyKind: 'kementerian',
            agencyName: 'Kementerian Desa PDTT',
            fundingSource: 'apbn',
            budget: PLAN_BUDGETS.A4.toString(),
            outputs: [{ name: 'Jalan poros dibangun', unit: 'km', target: 4 }],
          },
        ],
      },
    ],
  };
}
