/**
 * The demo's stimulan usaha in Kabupaten Tegal, made through the same services as the web app.
 * The kabupaten officer (`demo-tegal`) drafts a kawasan of the PLD's four desa of Kecamatan
 * Lebaksiu around bawang merah (the commodity the PLD's visits already speak of), proposes and
 * verifies it; it stays verified, since its designation needs the scanned SK of the Bupati, which
 * a demo cannot honestly have. `demo-bkad` manages the kawasan.
 *
 * Three of the desa founded a BUM Desa Bersama, legal entity since shortly after its name was
 * approved, kept by its own account (`demo-bumdesma`): two grower units, a processing unit
 * (bawang goreng) that buys from them, capital from the Dana Desa of two founders, an APBD
 * kabupaten grant and a CSR partner's grant for the processing, and two semester reports (the
 * later one with its net result split by the Musyawarah Antar Desa). The fourth desa has an
 * older BUM Desa whose name was approved days before the first start, with one grower unit
 * selling to the same processing unit and one report. Nobody markets the product yet: the value
 * chain shows the missing downstream stage.
 *
 * Every date is counted back from the day the demo is first started; each part is created only
 * when missing, so a later start adds nothing.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { CreateBusinessUnitBody, CreateCapitalBody } from '../../contracts/business.contract.ts';
import type { CreateEnterpriseBody, OrgansBody } from '../../contracts/enterprise.contract.ts';
import type { ReportBody } from '../../contracts/enterprise-report.contract.ts';
import type { Database } from '../../db/client.ts';
import {
  businessUnit,
  businessUnitLink,
  capitalInjection,
  enterprise,
  enterpriseReport,
  fundingPartner,
  kawasan,
  region,
} from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { normaliseEnterpriseName } from '../../domain/enterprise/naming.ts';
import { lastEndedSemesters } from '../../domain/enterprise/report.ts';
import { AppError } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { addDays } from '../../domain/training/calendar.ts';
import { createBusinessUnitService } from '../enterprise/business-unit.service.ts';
import { createCapitalService } from '../enterprise/capital.service.ts';
import { createEnterpriseService } from '../enterprise/enterprise.service.ts';
import { createPartnerService, normalisePartnerName } from '../enterprise/partner.service.ts';
import { createReportService } from '../enterprise/report.service.ts';
import { createKawasanService } from '../kawasan/kawasan.service.ts';
import { createAccountRepository } from './account.repository.ts';
import { type AccessDeps, createAccountService } from './account.service.ts';
import { loadActor } from './session.service.ts';

const DEMO_ACTOR: Actor = { kind: 'system', label: 'demo' };

/** Desa of Kecamatan Lebaksiu (the PLD's, in DEMO_FACILITATION order). */
const TIMBANGREJA = '3328062001';
const LEBAKSIU_KIDUL = '3328062002';
const LEBAKSIU_LOR = '3328062003';
const KAJEN = '3328062004';

type DemoUnit = Omit<CreateBusinessUnitBody, 'startedOn'> & { startedDaysAgo: number };
type DemoCapital = Omit<CreateCapitalBody, 'receivedOn' | 'unitId' | 'partnerId'> & {
  receivedDaysAgo: number;
  /** Name of the unit it was meant for. */
  unit: string | null;
  partner: boolean;
};
type DemoReport = Omit<ReportBody, 'split'> & {
  split: { pades: string; capital: string; other: string; otherNote: string } | null;
};

/** What the demo creates; the names identify each part on a later start. */
export const DEMO_USAHA = {
  officer: 'demo-tegal',
  kawasanAccount: { username: 'demo-bkad', name: 'Demo BKAD Kawasan Lebaksiu' },
  enterpriseAccount: { username: 'demo-bumdesma', name: 'Demo Pengelola BUM Desa Bersama Lebaksiu' },
  kawasan: {
    name: 'Kawasan Agropolitan Bawang Merah Lebaksiu',
    kabupatenCodes: ['3328'],
    theme: 'agropolitan',
    commodities: ['bawang merah'],
    members: [TIMBANGREJA, LEBAKSIU_KIDUL, LEBAKSIU_LOR, KAJEN],
    delineationNotes:
      'Empat desa di Kecamatan Lebaksiu yang menanam bawang merah dan bersama-sama mengolahnya menjadi bawang goreng.',
  },
  partner: {
    kind: 'swasta',
    name: 'PT Demo Agro Nusantara',
    seatRegionCode: '3328',
    contact: 'Bagian CSR, Jl. Contoh No. 1, Slawi, Kabupaten Tegal (data demo).',
  },
  bersama: {
    kind: 'bumdesma',
    name: 'BUM Desa Bersama Agro Bawang Lebaksiu',
    founderDesaCodes: [TIMBANGREJA, LEBAKSIU_LOR, KAJEN],
    address: 'Jl. Raya Lebaksiu, Desa Lebaksiu Lor, Kecamatan Lebaksiu, Kabupaten Tegal',
    email: 'demo-bumdesma@contoh.id',
    businessFields: ['Budidaya bawang merah', 'Pengolahan bawang goreng'],
    /** Days before the first start: name submitted, approved, the MAD, the certificate. */
    days: { submitted: 570, approved: 563, founded: 555, certificate: 535 },
    nameNumber: 'DEMO-NAMA-BUMDESMA-001',
    certificateNumber: 'DEMO-AHU-BUMDESMA-001',
  },
  bumdes: {
    kind: 'bumdes',
    name: 'BUM Desa Sri Rejeki Lebaksiu Kidul',
    founderDesaCodes: [LEBAKSIU_KIDUL],
    address: 'Balai Desa Lebaksiu Kidul, Kecamatan Lebaksiu, Kabupaten Tegal',
    businessFields: ['Budidaya bawang merah'],
    /** Founded years ago; registering its name under Permendesa 3/2021 only now. */
    days: { founded: 2200, submitted: 15, approved: 8 },
    nameNumber: 'DEMO-NAMA-BUMDES-002',
  },
  bersamaOrgans: [
    { organ: 'penasihat', name: 'Suparno', position: 'Kepala Desa Lebaksiu Lor', gender: 'L' },
    { organ: 'pelaksana_operasional', name: 'Nur Aini', position: 'Direktur', gender: 'P' },
    { organ: 'pelaksana_operasional', name: 'Agus Salim', position: 'Sekretaris', gender: 'L' },
    { organ: 'pelaksana_operasional', name: 'Dewi Lestari', position: 'Bendahara', gender: 'P' },
    { organ: 'pengawas', name: 'Waluyo', position: 'Ketua Pengawas', gender: 'L' },
  ] as OrgansBody['members'],
  bersamaUnits: [
    {
      name: 'Kebun Bawang Merah Timbangreja',
      commodity: 'bawang merah',
      stage: 'hulu',
      desaCode: TIMBANGREJA,
      workers: 12,
      womenWorkers: 5,
      description: 'Budidaya bawang merah di lahan sawah sewaan bersama kelompok tani.',
      startedDaysAgo: 520,
    },
    {
      name: 'Kebun Bawang Merah Kajen',
      commodity: 'bawang merah',
      stage: 'hulu',
      desaCode: KAJEN,
      workers: 9,
      womenWorkers: 3,
      description: 'Budidaya bawang merah dan pembibitan umbi untuk musim tanam berikutnya.',
      startedDaysAgo: 500,
    },
    {
      name: 'Rumah Produksi Bawang Goreng',
      commodity: 'bawang merah',
      stage: 'tengah',
      desaCode: LEBAKSIU_LOR,
      workers: 8,
      womenWorkers: 6,
      description: 'Pengupasan, penggorengan dan pengemasan bawang goreng.',
      startedDaysAgo: 420,
    },
  ] as DemoUnit[],
  bumdesUnits: [
    {
      name: 'Kebun Bawang Merah Lebaksiu Kidul',
      commodity: 'bawang merah',
      stage: 'hulu',
      desaCode: LEBAKSIU_KIDUL,
      workers: 7,
      womenWorkers: 2,
      description: 'Budidaya bawang merah di tanah kas desa.',
      startedDaysAgo: 700,
    },
  ] as DemoUnit[],
  /** Supplier unit → buyer unit (both by name), with the product. */
  links: [
    { supplier: 'Kebun Bawang Merah Timbangreja', product: 'Umbi bawang merah konsumsi' },
    { supplier: 'Kebun Bawang Merah Kajen', product: 'Umbi bawang merah konsumsi' },
    { supplier: 'Kebun Bawang Merah Lebaksiu Kidul', product: 'Umbi bawang merah konsumsi' },
  ],
  processingUnit: 'Rumah Produksi Bawang Goreng',
  bersamaCapital: [
    {
      source: 'dana_desa',
      form: 'penyertaan_modal',
      amount: '150000000',
      desaCode: TIMBANGREJA,
      documentNumber: 'Perdes Timbangreja tentang Penyertaan Modal (demo)',
      receivedDaysAgo: 530,
      unit: 'Kebun Bawang Merah Timbangreja',
      partner: false,
    },
    {
      source: 'dana_desa',
      form: 'penyertaan_modal',
      amount: '100000000',
      desaCode: LEBAKSIU_LOR,
      documentNumber: 'Perdes Lebaksiu Lor tentang Penyertaan Modal (demo)',
      receivedDaysAgo: 525,
      unit: null,
      partner: false,
    },
    {
      source: 'apbd_kabupaten',
      form: 'hibah',
      amount: '75000000',
      documentNumber: 'SK Hibah Bupati Tegal (demo)',
      receivedDaysAgo: 430,
      unit: 'Rumah Produksi Bawang Goreng',
      partner: false,
    },
    {
      source: 'mitra',
      form: 'hibah',
      amount: '50000000',
      documentNumber: 'Perjanjian Kerja Sama CSR (demo)',
      note: 'Mesin peniris minyak dan alat pengemas.',
      receivedDaysAgo: 300,
      unit: 'Rumah Produksi Bawang Goreng',
      partner: true,
    },
  ] as DemoCapital[],
  /** The older and the later of the last two ended semesters. */
  bersamaReports: [
    {
      revenue: '182500000',
      costs: '171250000',
      assets: '398000000',
      workers: 27,
      womenWorkers: 12,
      split: null,
    },
    {
      revenue: '246800000',
      costs: '212300000',
      assets: '421500000',
      workers: 29,
      womenWorkers: 14,
      // Net result 34.500.000: PADes 13.800.000 + capital 17.250.000 + other 3.450.000.
      split: {
        pades: '13800000',
        capital: '17250000',
        other: '3450000',
        otherNote: 'Dana sosial dan insentif pengurus',
      },
    },
  ] as DemoReport[],
  /** The later of the last two ended semesters; the split is not decided yet. */
  bumdesReport: {
    revenue: '38400000',
    costs: '35900000',
    assets: '61000000',
    workers: 7,
    womenWorkers: 2,
    split: null,
  } as DemoReport,
} as const;

async function userActor(deps: AccessDeps, username: string) {
  const user = await createAccountRepository(deps.db.orm).findUserByLogin(username);
  return user ? loadActor(deps.db.orm, user.id) : null;
}

async function enterpriseIdByName(db: Database, name: string): Promise<string | null> {
  const [row] = await db.orm
    .select({ id: enterprise.id })
    .from(enterprise)
    .where(eq(enterprise.nameKey, normaliseEnterpriseName(name)));
  return row?.id ?? null;
}

/** Creates a demo account with one grant unless one with the username exists; whether it did. */
async function ensureAccount(
  deps: AccessDeps,
  who: { username: string; name: string },
  grant:
    | { role: 'kawasan_manager'; scope: { kind: 'kawasan'; id: string } }
    | {
        role: 'enterprise';
        scope: { kind: 'enterprise'; id: string };
      },
  password: string,
): Promise<boolean> {
  try {
    await createAccountService(deps).create(DEMO_ACTOR, {
      ...who,
      email: null,
      password,
      assignments: [grant],
    });
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === 'conflict') return false;
    throw err;
  }
}

/** The kawasan: drafted, proposed and verified by the officer; its id, or null when it cannot be made. */
async function ensureKawasan(deps: AccessDeps, officer: Actor): Promise<string | null> {
  const service = createKawasanService(deps);
  const spec = DEMO_USAHA.kawasan;
  const [found] = await deps.db.orm
    .select({ id: kawasan.id, state: kawasan.state })
    .from(kawasan)
    .where(eq(kawasan.name, spec.name));
  let id = found?.id ?? null;
  let state = found?.state ?? null;
  if (!id) {
    const created = await service.create(officer, {
      ...spec,
      kabupatenCodes: [...spec.kabupatenCodes],
      commodities: [...spec.commodities],
      members: [...spec.members],
    });
    id = created.id;
    state = 'draf';
  }
  try {
    if (state === 'draf') {
      await service.transition(officer, id, {
        action: 'propose',
        reason: 'Usulan musyawarah antar desa Kecamatan Lebaksiu.',
      });
      state = 'usulan';
    }
    if (state === 'usulan')
      await service.transition(officer, id, {
        action: 'verify',
        reason: 'Diverifikasi TKPKP Kabupaten Tegal.',
      });
  } catch (err) {
    // A desa of the demo kawasan was put in another active kawasan by hand: leave it as it is.
    if (!(err instanceof AppError && err.code === 'conflict')) throw err;
  }
  return id;
}

async function ensurePartner(deps: AccessDeps, officer: Actor): Promise<string> {
  const rows = await deps.db.orm
    .select({ id: fundingPartner.id, name: fundingPartner.name })
    .from(fundingPartner);
  const key = normalisePartnerName(DEMO_USAHA.partner.name);
  const found = rows.find((r) => normalisePartnerName(r.name) === key);
  if (found) return found.id;
  return (await createPartnerService(deps).create(officer, { ...DEMO_USAHA.partner })).id;
}

/** Registers an enterprise when no enterprise has its name; its id. */
async function ensureEnterprise(
  deps: AccessDeps,
  officer: Actor,
  body: CreateEnterpriseBody,
): Promise<{ id: string; created: boolean }> {
  const existing = await enterpriseIdByName(deps.db, body.name);
  if (existing) return { id: existing, created: false };
  return { id: (await createEnterpriseService(deps).create(officer, body)).id, created: true };
}

/** Creates the units of `enterpriseId` missing by name; every demo unit's id by name. */
async function ensureUnits(
  deps: AccessDeps,
  keeper: Actor,
  enterpriseId: string,
  units: readonly DemoUnit[],
  today: string,
): Promise<Map<string, string>> {
  const rows = await deps.db.orm
    .select({ id: businessUnit.id, name: businessUnit.name })
    .from(businessUnit)
    .where(eq(businessUnit.enterpriseId, enterpriseId));
  const ids = new Map(rows.map((r) => [r.name, r.id]));
  const service = createBusinessUnitService(deps);
  for (const { startedDaysAgo, ...unit } of units) {
    if (ids.has(unit.name)) continue;
    const view = await service.create(keeper, enterpriseId, {
      ...unit,
      status: 'berjalan',
      startedOn: addDays(today, -startedDaysAgo),
    });
    ids.set(unit.name, view.id);
  }
  return ids;
}

/** Saves the reports of an enterprise that has none yet: `reports[i]` for `periods[i]`. */
async function ensureReports(
  deps: AccessDeps,
  keeper: Actor,
  enterpriseId: string,
  periods: readonly { code: string; end: string }[],
  reports: readonly DemoReport[],
  today: string,
): Promise<number> {
  const [any] = await deps.db.orm
    .select({ id: enterpriseReport.id })
    .from(enterpriseReport)
    .where(eq(enterpriseReport.enterpriseId, enterpriseId))
    .limit(1);
  if (any) return 0;
  const service = createReportService(deps);
  for (const [i, period] of periods.entries()) {
    const { split, ...figures } = reports[i]!;
    const decided = addDays(period.end, 20);
    await service.save(keeper, enterpriseId, period.code, {
      ...figures,
      split: split ? { ...split, decidedOn: decided < today ? decided : today } : null,
    });
  }
  return periods.length;
}

/**
 * Creates what is missing of the demo's stimulan usaha (see the module comment) and returns the
 * usernames of the accounts it created. Does nothing without the kabupaten officer's account or
 * the Lebaksiu desa in the region table.
 */
export async function ensureDemoUsaha(deps: AccessDeps, password: string): Promise<string[]> {
  const officer = await userActor(deps, DEMO_USAHA.officer);
  if (!officer) return [];
  const known = await deps.db.orm
    .select({ code: region.code })
    .from(region)
    .where(inArray(region.code, [...DEMO_USAHA.kawasan.members]));
  if (known.length < DEMO_USAHA.kawasan.members.length) return [];
  const today = facilitationToday(deps.now());
  const created: string[] = [];
  const day = (n: number) => addDays(today, -n);

  const kawasanId = await ensureKawasan(deps, officer);
  if (!kawasanId) return created;
  if (
    await ensureAccount(
      deps,
      DEMO_USAHA.kawasanAccount,
      { role: 'kawasan_manager', scope: { kind: 'kawasan', id: kawasanId } },
      password,
    )
  )
    created.push(DEMO_USAHA.kawasanAccount.username);
  const partnerId = await ensurePartner(deps, officer);

  const { days: bd, ...bersamaSpec } = DEMO_USAHA.bersama;
  const bersama = await ensureEnterprise(deps, officer, {
    kind: bersamaSpec.kind,
    name: bersamaSpec.name,
    founderDesaCodes: [...bersamaSpec.founderDesaCodes],
    address: bersamaSpec.address,
    email: bersamaSpec.email,
    businessFields: [...bersamaSpec.businessFields],
    foundedOn: day(bd.founded),
    kawasanIds: [kawasanId],
    legalSteps: [
      { step: 'ajukan_nama', date: day(bd.submitted), number: bersamaSpec.nameNumber },
      { step: 'setujui_nama', date: day(bd.approved), number: bersamaSpec.nameNumber },
      { step: 'sertifikat', date: day(bd.certificate), number: bersamaSpec.certificateNumber },
    ],
  });
  if (
    await ensureAccount(
      deps,
      DEMO_USAHA.enterpriseAccount,
      { role: 'enterprise', scope: { kind: 'enterprise', id: bersama.id } },
      password,
    )
  )
    created.push(DEMO_USAHA.enterpriseAccount.username);
  const manager = (await userActor(deps, DEMO_USAHA.enterpriseAccount.username)) ?? officer;
  if (bersama.created)
    await createEnterpriseService(deps).replaceOrgans(manager, bersama.id, {
      members: DEMO_USAHA.bersamaOrgans.map((m) => ({ ...m, startDate: day(bd.founded) })),
    });

  const { days: sd, ...bumdesSpec } = DEMO_USAHA.bumdes;
  const bumdes = await ensureEnterprise(deps, officer, {
    kind: bumdesSpec.kind,
    name: bumdesSpec.name,
    founderDesaCodes: [...bumdesSpec.founderDesaCodes],
    address: bumdesSpec.address,
    businessFields: [...bumdesSpec.businessFields],
    foundedOn: day(sd.founded),
    kawasanIds: [kawasanId],
    legalSteps: [
      { step: 'ajukan_nama', date: day(sd.submitted), number: bumdesSpec.nameNumber },
      { step: 'setujui_nama', date: day(sd.approved), number: bumdesSpec.nameNumber },
    ],
  });

  const units = new Map([
    ...(await ensureUnits(deps, manager, bersama.id, DEMO_USAHA.bersamaUnits, today)),
    ...(await ensureUnits(deps, officer, bumdes.id, DEMO_USAHA.bumdesUnits, today)),
  ]);
  const processing = units.get(DEMO_USAHA.processingUnit)!;
  const suppliers = DEMO_USAHA.links.map((l) => units.get(l.supplier)!);
  const linked = new Set(
    (
      await deps.db.orm
        .select({ supplier: businessUnitLink.supplierUnitId })
        .from(businessUnitLink)
        .where(
          and(
            eq(businessUnitLink.buyerUnitId, processing),
            inArray(businessUnitLink.supplierUnitId, suppliers),
          ),
        )
    ).map((r) => r.supplier),
  );
  const unitService = createBusinessUnitService(deps);
  const bumdesUnitNames = new Set<string>(DEMO_USAHA.bumdesUnits.map((u) => u.name));
  for (const link of DEMO_USAHA.links) {
    const supplier = units.get(link.supplier)!;
    if (linked.has(supplier)) continue;
    // The supplier's keeper records the supply: the officer for the BUM Desa, the manager for the Bersama.
    await unitService.addLink(bumdesUnitNames.has(link.supplier) ? officer : manager, supplier, {
      buyerUnitId: processing,
      product: link.product,
    });
  }

  const [funded] = await deps.db.orm
    .select({ id: capitalInjection.id })
    .from(capitalInjection)
    .where(eq(capitalInjection.enterpriseId, bersama.id))
    .limit(1);
  if (!funded) {
    const capital = createCapitalService(deps);
    for (const { receivedDaysAgo, unit, partner, ...row } of DEMO_USAHA.bersamaCapital) {
      await capital.create(manager, bersama.id, {
        ...row,
        receivedOn: day(receivedDaysAgo),
        unitId: unit ? units.get(unit)! : null,
        partnerId: partner ? partnerId : null,
      });
    }
  }

  const [later, older] = lastEndedSemesters(today);
  await ensureReports(deps, manager, bersama.id, [older, later], DEMO_USAHA.bersamaReports, today);
  await ensureReports(deps, officer, bumdes.id, [later], [DEMO_USAHA.bumdesReport], today);
  return created;
}
