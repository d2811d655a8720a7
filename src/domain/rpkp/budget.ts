/**
 * Roll-ups of an RPKP: budgets in whole rupiah as bigint (exact at any size, never through
 * floating point), progress weighted by budget, and the convergence matrix of agency kind ×
 * value-chain stage × year with its gaps and possible overlaps. Pure.
 */
import { AppError } from '../errors.ts';
import {
  type Activity,
  AGENCY_KINDS,
  type AgencyKind,
  FUNDING_SOURCES,
  type FundingSource,
  periodYears,
  planActivities,
  type RpkpPlan,
  VALUE_CHAIN_STAGES,
  type ValueChainStage,
} from './plan.ts';

export interface BudgetLine<K> {
  key: K;
  /** Whole rupiah. */
  total: bigint;
  activityCount: number;
}

function rollUp<K>(
  activities: readonly Activity[],
  keys: readonly K[],
  keyOf: (a: Activity) => K,
): BudgetLine<K>[] {
  const lines = new Map<K, BudgetLine<K>>(keys.map((key) => [key, { key, total: 0n, activityCount: 0 }]));
  for (const a of activities) {
    const key = keyOf(a);
    let line = lines.get(key);
    if (!line) {
      line = { key, total: 0n, activityCount: 0 };
      lines.set(key, line);
    }
    line.total += a.budget;
    line.activityCount += 1;
  }
  return [...lines.values()];
}

const activitiesOf = (plan: RpkpPlan) => planActivities(plan).map((p) => p.activity);

/** The plan's whole budget. */
export function totalBudget(plan: RpkpPlan): bigint {
  return activitiesOf(plan).reduce((sum, a) => sum + a.budget, 0n);
}

/** Per programme, in plan order (a programme without activities has a zero line). */
export function budgetByProgramme(plan: RpkpPlan): BudgetLine<string>[] {
  return plan.programmes.map((p) => ({
    key: p.id,
    total: p.activities.reduce((sum, a) => sum + a.budget, 0n),
    activityCount: p.activities.length,
  }));
}

/** Per year: every year of the period in order (zero when nothing is planned), then any year outside it. */
export function budgetByYear(plan: RpkpPlan): BudgetLine<number>[] {
  return rollUp(activitiesOf(plan), periodYears(plan.period), (a) => a.year).sort((x, y) => x.key - y.key);
}

/** Per funding source, every source in `FUNDING_SOURCES` order. */
export function budgetByFundingSource(plan: RpkpPlan): BudgetLine<FundingSource>[] {
  return rollUp(activitiesOf(plan), FUNDING_SOURCES, (a) => a.fundingSource);
}

/** Per implementing agency kind, every kind in `AGENCY_KINDS` order. */
export function budgetByAgencyKind(plan: RpkpPlan): BudgetLine<AgencyKind>[] {
  return rollUp(activitiesOf(plan), AGENCY_KINDS, (a) => a.agencyKind);
}

/** Per value-chain stage, every stage in `VALUE_CHAIN_STAGES` order. */
export function budgetByStage(plan: RpkpPlan): BudgetLine<ValueChainStage>[] {
  return rollUp(activitiesOf(plan), VALUE_CHAIN_STAGES, (a) => a.stage);
}

// ——— Progress ———

/** Progress is counted in basis points: 0 = not started, 10 000 = 100 % (so 37.5 % is 3 750). */
export const FULL_PROGRESS = 10_000;

export interface Progress {
  /**
   * Budget-weighted mean progress in basis points, rounded down once at the end; null when
   * the activities carry no budget to weigh by (no activities). Rounding down means progress
   * is never shown higher than achieved: 10 000 only when every activity with a budget is done.
   */
  basisPoints: number | null;
  /** Σ budget × progress of the activities (rupiah × basis points), exact, for recomputation. */
  weighted: bigint;
  /** Σ budget of the activities weighed. */
  budget: bigint;
  /** Activities weighed, and those of them at 10 000. */
  activityCount: number;
  completedCount: number;
}

export interface PlanProgress extends Progress {
  programmes: (Progress & { programmeId: string })[];
}

function checkedProgress(progress: ReadonlyMap<string, number>, id: string): number {
  const value = progress.get(id) ?? 0;
  if (!Number.isInteger(value) || value < 0 || value > FULL_PROGRESS) {
    throw AppError.invalid(
      `progress.${id}`,
      `Kemajuan kegiatan ${id} harus bilangan bulat 0–${FULL_PROGRESS} basis poin (0–100%), bukan ${value}.`,
    );
  }
  return value;
}

function weigh(activities: readonly Activity[], progress: ReadonlyMap<string, number>): Progress {
  let weighted = 0n;
  let budget = 0n;
  let completedCount = 0;
  for (const a of activities) {
    const p = checkedProgress(progress, a.id);
    weighted += a.budget * BigInt(p);
    budget += a.budget;
    if (p === FULL_PROGRESS) completedCount += 1;
  }
  return {
    basisPoints: budget > 0n ? Number(weighted / budget) : null,
    weighted,
    budget,
    activityCount: activities.length,
    completedCount,
  };
}

/**
 * Progress of each programme and of the plan, each the budget-weighted mean of its activities'
 * progress (`progress`: activity id → basis points; an activity not in it counts as 0). The plan's
 * figure is computed from the exact sums of all activities, not from rounded programme figures,
 * so it is rounded once. Throws `invalid_input` for a progress outside 0–10 000 or not whole.
 */
export function planProgress(plan: RpkpPlan, progress: ReadonlyMap<string, number>): PlanProgress {
  return {
    ...weigh(activitiesOf(plan), progress),
    programmes: plan.programmes.map((p) => ({ programmeId: p.id, ...weigh(p.activities, progress) })),
  };
}

/** Basis points as an Indonesian percentage: 3750 → `37,50%`. */
export function formatProgress(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const cents = String(basisPoints % 100).padStart(2, '0');
  return `${whole},${cents}%`;
}

// ——— Convergence ———

export interface ConvergenceCell {
  agencyKind: AgencyKind;
  stage: ValueChainStage;
  year: number;
  budget: bigint;
  activityCount: number;
  /** In plan order. */
  activityIds: string[];
  /** Distinct, in `FUNDING_SOURCES` order. */
  fundingSources: FundingSource[];
}

/** A value-chain stage in a year for which no agency plans anything. */
export interface ConvergenceGap {
  stage: ValueChainStage;
  year: number;
}

/**
 * Activities that may duplicate each other: the same year, stage and sector in a shared desa,
 * by different implementing agencies. Worth a coordination check, not an error.
 */
export interface ConvergenceOverlap {
  year: number;
  stage: ValueChainStage;
  /** Compared trimmed and case-insensitively; shown as first written. */
  sector: string;
  desaCode: string;
  /** In plan order; at least two, from at least two agencies. */
  activityIds: string[];
  agencyNames: string[];
}

export interface ConvergenceMatrix {
  /** The years of the period. */
  years: number[];
  stages: readonly ValueChainStage[];
  agencyKinds: readonly AgencyKind[];
  /** Every agency kind × stage × year of the period, ordered by year, then stage, then agency kind. */
  cells: ConvergenceCell[];
  /** Stage/year pairs with no activity of any agency, ordered by year, then stage. */
  gaps: ConvergenceGap[];
  overlaps: ConvergenceOverlap[];
  /** Activities dated outside the period, which no cell holds (a plan that passed review has none). */
  outsidePeriod: string[];
}

const cellKey = (year: number, stage: string, agency: string) => `${year}|${stage}|${agency}`;

/** The plan's activities as agency kind × value-chain stage × year, with gaps and possible overlaps. */
export function convergenceMatrix(plan: RpkpPlan): ConvergenceMatrix {
  const years = periodYears(plan.period);
  const cells = new Map<string, ConvergenceCell>();
  for (const year of years) {
    for (const stage of VALUE_CHAIN_STAGES) {
      for (const agencyKind of AGENCY_KINDS) {
        cells.set(cellKey(year, stage, agencyKind), {
          agencyKind,
          stage,
          year,
          budget: 0n,
          activityCount: 0,
          activityIds: [],
          fundingSources: [],
        });
      }
    }
  }
  const outsidePeriod: string[] = [];
  const activities = activitiesOf(plan);
  for (const a of activities) {
    const cell = cells.get(cellKey(a.year, a.stage, a.agencyKind));
    if (!cell) {
      outsidePeriod.push(a.id);
      continue;
    }
    cell.budget += a.budget;
    cell.activityCount += 1;
    cell.activityIds.push(a.id);
    if (!cell.fundingSources.includes(a.fundingSource)) {
      cell.fundingSources.push(a.fundingSource);
      cell.fundingSources.sort((x, y) => FUNDING_SOURCES.indexOf(x) - FUNDING_SOURCES.indexOf(y));
    }
  }
  const gaps: ConvergenceGap[] = [];
  for (const year of years) {
    for (const stage of VALUE_CHAIN_STAGES) {
      const any = AGENCY_KINDS.some((k) => (cells.get(cellKey(year, stage, k))?.activityCount ?? 0) > 0);
      if (!any) gaps.push({ stage, year });
    }
  }
  return {
    years,
    stages: VALUE_CHAIN_STAGES,
    agencyKinds: AGENCY_KINDS,
    cells: [...cells.values()],
    gaps,
    overlaps: overlapsOf(activities),
    outsidePeriod,
  };
}

function overlapsOf(activities: readonly Activity[]): ConvergenceOverlap[] {
  const groups = new Map<string, { overlap: ConvergenceOverlap; agencies: Set<string> }>();
  for (const a of activities) {
    const agency = `${a.agencyKind}|${a.agencyName.trim().toLowerCase()}`;
    for (const desaCode of new Set(a.desaCodes)) {
      const key = `${a.year}|${a.stage}|${a.sector.trim().toLowerCase()}|${desaCode}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          overlap: {
            year: a.year,
            stage: a.stage,
            sector: a.sector.trim(),
            desaCode,
            activityIds: [],
            agencyNames: [],
          },
          agencies: new Set(),
        };
        groups.set(key, group);
      }
      group.overlap.activityIds.push(a.id);
      if (!group.agencies.has(agency)) {
        group.agencies.add(agency);
        group.overlap.agencyNames.push(a.agencyName.trim());
      }
    }
  }
  return [...groups.values()]
    .filter((g) => g.agencies.size >= 2)
    .map((g) => g.overlap)
    .sort(
      (x, y) =>
        x.year - y.year ||
        VALUE_CHAIN_STAGES.indexOf(x.stage) - VALUE_CHAIN_STAGES.indexOf(y.stage) ||
        (x.desaCode < y.desaCode ? -1 : x.desaCode > y.desaCode ? 1 : 0) ||
        (x.sector < y.sector ? -1 : x.sector > y.sector ? 1 : 0),
    );
}
