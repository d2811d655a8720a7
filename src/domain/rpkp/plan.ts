/**
 * The shape of an RPKP (Rencana Pembangunan Kawasan Perdesaan): one multi-year plan per kawasan
 * that every agency shares — vision, strategies, programmes and their activities per year, each
 * with its location, value-chain stage, sector, implementing agency, funding source, budget in
 * whole rupiah and output indicators (DOMAIN.md §1.2 step 3). Pure types and the checks a plan
 * must pass before it is submitted for the province's review; no I/O, no clock.
 */
import type { FieldIssue } from '../errors.ts';

/**
 * Longest plan period accepted, in calendar years counted inclusively (2026–2030 is 5 years).
 *
 * Uncertain: DOMAIN.md §1.2 understands the RPKP as a 5-year plan adopted by Peraturan Bupati,
 * and §8 item 2 lists the horizon and the instrument of Permendesa PDTT 5/2016 as not verified.
 * So 5 years is only the default offered for a new plan, and up to 10 are accepted so that a
 * kabupaten whose Perda sets a longer horizon is not blocked. Tighten both once the regulation
 * text is checked.
 */
export const MAX_PERIOD_YEARS = 10;
/** The period offered for a new plan (see the uncertainty on `MAX_PERIOD_YEARS`). */
export const DEFAULT_PERIOD_YEARS = 5;
/** Plausible bounds for a plan year: catches `20026` or `226` typed by mistake. */
export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;

/** Where along the value chain of the kawasan's flagship product an activity works. */
export const VALUE_CHAIN_STAGES = ['hulu', 'pengolahan', 'hilir', 'pendukung'] as const;
export type ValueChainStage = (typeof VALUE_CHAIN_STAGES)[number];

export const VALUE_CHAIN_STAGE_LABELS: Record<ValueChainStage, string> = {
  hulu: 'Hulu / produksi',
  pengolahan: 'Pengolahan',
  hilir: 'Pemasaran / hilir',
  pendukung: 'Pendukung (infrastruktur, kelembagaan, SDM)',
};

/** Who carries an activity out (UU 6/2014 Pasal 84 as summarised in DOMAIN.md §1.1, §1.2 step 4). */
export const AGENCY_KINDS = ['kementerian', 'provinsi', 'kabupaten', 'desa', 'bumdes', 'mitra'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  kementerian: 'Kementerian / lembaga',
  provinsi: 'Pemerintah provinsi (OPD provinsi)',
  kabupaten: 'Pemerintah kabupaten/kota (OPD)',
  desa: 'Pemerintah desa',
  bumdes: 'BUM Desa / BUM Desa Bersama',
  mitra: 'Mitra (swasta, perguruan tinggi, LSM)',
};

export const FUNDING_SOURCES = [
  'apbn',
  'apbd_provinsi',
  'apbd_kabupaten',
  'dana_desa',
  'bumdes',
  'swasta',
  'lainnya',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  apbn: 'APBN',
  apbd_provinsi: 'APBD provinsi',
  apbd_kabupaten: 'APBD kabupaten/kota',
  dana_desa: 'Dana Desa (APBDes)',
  bumdes: 'BUM Desa / BUM Desa Bersama',
  swasta: 'Swasta / CSR',
  lainnya: 'Lainnya',
};

export interface OutputIndicator {
  /** What is produced, e.g. "Rumah pengolahan kopi terbangun". */
  name: string;
  /** Unit of the target, e.g. `unit`, `ha`, `orang`, `ton`. */
  unit: string;
  /** Target amount in `unit`, greater than zero (decimals allowed: 2.5 ha). */
  target: number;
}

export interface Activity {
  /** Stable within the plan; progress and realisation refer to it. */
  id: string;
  name: string;
  /** Desa where it takes place: one or more members (an inter-village road lies in several). */
  desaCodes: readonly string[];
  /**
   * The budget year. A multi-year activity is one activity per year, because budgets (APBN,
   * APBD, APBDes) are voted per year.
   */
  year: number;
  stage: ValueChainStage;
  /** Sector in the plan's own words, e.g. `pertanian`, `pariwisata`, `perikanan`. */
  sector: string;
  agencyKind: AgencyKind;
  /** The implementing agency by name, e.g. "Dinas Pertanian Kab. Semarang". */
  agencyName: string;
  fundingSource: FundingSource;
  /** Whole rupiah, greater than zero. A bigint so that sums are exact at any size. */
  budget: bigint;
  outputs: readonly OutputIndicator[];
  /** Proposals (usulan musyawarah) this activity answers. */
  proposalIds?: readonly string[];
  /** Weak index indicators it answers, e.g. `IDM:IKE.09`. */
  indicatorRefs?: readonly string[];
}

export interface Strategy {
  id: string;
  text: string;
}

export interface Programme {
  id: string;
  name: string;
  /** The strategy it serves, when the plan names strategies. */
  strategyId: string | null;
  activities: readonly Activity[];
}

export interface PlanPeriod {
  startYear: number;
  /** Inclusive. */
  endYear: number;
}

/** The content of one version of a kawasan's RPKP. */
export interface RpkpPlan {
  period: PlanPeriod;
  vision: string;
  strategies: readonly Strategy[];
  programmes: readonly Programme[];
}

/** An activity with where it sits in the plan. */
export interface PlacedActivity {
  programmeId: string;
  programmeIndex: number;
  activityIndex: number;
  activity: Activity;
}

/** Every activity of the plan in plan order. */
export function planActivities(plan: RpkpPlan): PlacedActivity[] {
  return plan.programmes.flatMap((p, programmeIndex) =>
    p.activities.map((activity, activityIndex) => ({
      programmeId: p.id,
      programmeIndex,
      activityIndex,
      activity,
    })),
  );
}

/** The years of the period in order; empty when the period is not a valid one. */
export function periodYears(period: PlanPeriod): number[] {
  if (periodIssues(period).length > 0) return [];
  return Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => period.startYear + i);
}

/** Rupiah written the Indonesian way: `Rp1.250.000`, exact at any size. */
export function formatRupiah(amount: bigint): string {
  const sign = amount < 0n ? '-' : '';
  const digits = (amount < 0n ? -amount : amount).toString();
  return `${sign}Rp${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

const blank = (text: unknown) => typeof text !== 'string' || text.trim() === '';
const isYear = (y: unknown): y is number =>
  Number.isInteger(y) && (y as number) >= MIN_PLAN_YEAR && (y as number) <= MAX_PLAN_YEAR;

/** The period: whole years, start not after end, at most `MAX_PERIOD_YEARS` years. */
export function periodIssues(period: PlanPeriod): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const yearMessage = (what: string) =>
    `Tahun ${what} periode wajib diisi dengan tahun ${MIN_PLAN_YEAR}–${MAX_PLAN_YEAR} (contoh 2026).`;
  if (!isYear(period.startYear)) issues.push({ field: 'period.startYear', message: yearMessage('awal') });
  if (!isYear(period.endYear)) issues.push({ field: 'period.endYear', message: yearMessage('akhir') });
  if (issues.length > 0) return issues;
  const years = period.endYear - period.startYear + 1;
  if (years < 1) {
    issues.push({
      field: 'period.endYear',
      message: `Tahun akhir periode (${period.endYear}) tidak boleh sebelum tahun awal (${period.startYear}).`,
    });
  } else if (years > MAX_PERIOD_YEARS) {
    issues.push({
      field: 'period.endYear',
      message: `Periode RPKP paling lama ${MAX_PERIOD_YEARS} tahun; ${period.startYear}–${period.endYear} adalah ${years} tahun.`,
    });
  }
  return issues;
}

/**
 * Everything missing or wrong in one activity, each with its field path under `path`
 * (e.g. `programmes[0].activities[2]`). `members` are the kawasan's member desa codes.
 */
export function activityIssues(
  activity: Activity,
  path: string,
  period: PlanPeriod,
  members: ReadonlySet<string>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field: `${path}.${field}`, message });
  const label = blank(activity.name) ? 'Kegiatan' : `Kegiatan "${activity.name.trim()}"`;

  if (blank(activity.name)) add('name', 'Nama kegiatan wajib diisi.');
  if (activity.desaCodes.length === 0) {
    add('desaCodes', `${label}: lokasi desa wajib dipilih dari desa anggota kawasan.`);
  }
  const seen = new Set<string>();
  for (const [i, code] of activity.desaCodes.entries()) {
    if (!members.has(code)) {
      add(`desaCodes[${i}]`, `${label}: desa ${code} bukan anggota kawasan ini.`);
    } else if (seen.has(code)) {
      add(`desaCodes[${i}]`, `${label}: desa ${code} tercantum lebih dari sekali.`);
    }
    seen.add(code);
  }
  if (
    !Number.isInteger(activity.year) ||
    activity.year < period.startYear ||
    activity.year > period.endYear
  ) {
    add(
      'year',
      `${label}: tahun pelaksanaan (${activity.year}) harus di dalam periode RPKP ${period.startYear}–${period.endYear}.`,
    );
  }
  if (!VALUE_CHAIN_STAGES.includes(activity.stage)) {
    add('stage', `${label}: tahap rantai nilai wajib dipilih (hulu, pengolahan, hilir, atau pendukung).`);
  }
  if (blank(activity.sector)) add('sector', `${label}: sektor wajib diisi.`);
  if (!AGENCY_KINDS.includes(activity.agencyKind)) {
    add('agencyKind', `${label}: jenis pelaksana wajib dipilih.`);
  }
  if (blank(activity.agencyName)) add('agencyName', `${label}: nama instansi/lembaga pelaksana wajib diisi.`);
  if (!FUNDING_SOURCES.includes(activity.fundingSource)) {
    add('fundingSource', `${label}: sumber dana wajib dipilih.`);
  }
  if (typeof activity.budget !== 'bigint' || activity.budget <= 0n) {
    add('budget', `${label}: anggaran wajib diisi dalam rupiah utuh, lebih dari Rp0.`);
  }
  if (activity.outputs.length === 0) {
    add('outputs', `${label}: paling sedikit satu indikator keluaran dengan target wajib diisi.`);
  }
  for (const [i, output] of activity.outputs.entries()) {
    if (blank(output.name)) add(`outputs[${i}].name`, `${label}: nama indikator keluaran wajib diisi.`);
    if (blank(output.unit)) add(`outputs[${i}].unit`, `${label}: satuan indikator keluaran wajib diisi.`);
    if (!Number.isFinite(output.target) || output.target <= 0) {
      add(`outputs[${i}].target`, `${label}: target indikator keluaran harus angka lebih dari 0.`);
    }
  }
  return issues;
}

/**
 * Everything that keeps the plan from being submitted, in plan order, each with a field path
 * and an Indonesian message: the period, the vision, strategies, at least one programme with at
 * least one activity, every programme named with an activity, unique ids, and every activity
 * complete. `memberCodes` are the kawasan's member desa.
 */
export function planIssues(plan: RpkpPlan, memberCodes: readonly string[]): FieldIssue[] {
  const issues: FieldIssue[] = [...periodIssues(plan.period)];
  if (blank(plan.vision)) issues.push({ field: 'vision', message: 'Visi RPKP wajib diisi.' });
  const strategyIds = new Set<string>();
  for (const [i, s] of plan.strategies.entries()) {
    if (blank(s.text)) issues.push({ field: `strategies[${i}].text`, message: 'Isi strategi wajib diisi.' });
    if (strategyIds.has(s.id)) {
      issues.push({
        field: `strategies[${i}].id`,
        message: `Kode strategi ${s.id} dipakai lebih dari sekali.`,
      });
    }
    strategyIds.add(s.id);
  }
  if (!plan.programmes.some((p) => p.activities.length > 0)) {
    issues.push({
      field: 'programmes',
      message: 'RPKP memerlukan paling sedikit satu program dengan paling sedikit satu kegiatan.',
    });
  }
  const members = new Set(memberCodes);
  const programmeIds = new Set<string>();
  const activityIds = new Set<string>();
  for (const [i, p] of plan.programmes.entries()) {
    const path = `programmes[${i}]`;
    if (blank(p.name)) issues.push({ field: `${path}.name`, message: 'Nama program wajib diisi.' });
    if (programmeIds.has(p.id)) {
      issues.push({ field: `${path}.id`, message: `Kode program ${p.id} dipakai lebih dari sekali.` });
    }
    programmeIds.add(p.id);
    if (p.strategyId !== null && !strategyIds.has(p.strategyId)) {
      issues.push({
        field: `${path}.strategyId`,
        message: `Program "${p.name}" merujuk strategi ${p.strategyId} yang tidak ada dalam RPKP ini.`,
      });
    }
    if (p.activities.length === 0 && plan.programmes.some((q) => q.activities.length > 0)) {
      issues.push({
        field: `${path}.activities`,
        message: `Program "${p.name}" belum memiliki kegiatan; tambahkan kegiatan atau hapus programnya.`,
      });
    }
    for (const [j, a] of p.activities.entries()) {
      const activityPath = `${path}.activities[${j}]`;
      if (activityIds.has(a.id)) {
        issues.push({
          field: `${activityPath}.id`,
          message: `Kode kegiatan ${a.id} dipakai lebih dari sekali.`,
        });
      }
      activityIds.add(a.id);
      issues.push(...activityIssues(a, activityPath, plan.period, members));
    }
  }
  return issues;
}
