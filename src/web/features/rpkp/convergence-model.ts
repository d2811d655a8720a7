/**
 * The convergence matrix (agency kind × value-chain stage × year) arranged for reading: on a
 * wide screen one row per stage with its agencies under it and a column per year, on a phone one
 * block per year with its stages stacked. Gaps (a stage in a year no agency plans anything for)
 * are marked where they fall. Pure.
 */
import type { Convergence } from '../../../contracts/rpkp.contract';

export type ConvergenceCell = Convergence['cells'][number];
type Stage = Convergence['stages'][number];
type AgencyKind = Convergence['agencyKinds'][number];

export interface StageYear {
  year: number;
  budget: bigint;
  activityCount: number;
  gap: boolean;
}

export interface StageRow {
  stage: Stage;
  /** One per year of the period, in order. */
  years: StageYear[];
  /** The agency kinds that plan anything in this stage in any year, each with one cell per year. */
  agencies: { agencyKind: AgencyKind; cells: ConvergenceCell[] }[];
}

const keyOf = (year: number, stage: string, agency: string) => `${year}|${stage}|${agency}`;

function cellIndex(conv: Convergence): Map<string, ConvergenceCell> {
  return new Map(conv.cells.map((c) => [keyOf(c.year, c.stage, c.agencyKind), c]));
}

function emptyCell(year: number, stage: Stage, agencyKind: AgencyKind): ConvergenceCell {
  return { year, stage, agencyKind, budget: '0', activityCount: 0, activityIds: [], fundingSources: [] };
}

/** Rows for the wide matrix. */
export function convergenceRows(conv: Convergence): StageRow[] {
  const cells = cellIndex(conv);
  const gaps = new Set(conv.gaps.map((g) => `${g.year}|${g.stage}`));
  return conv.stages.map((stage) => {
    const agencies = conv.agencyKinds
      .map((agencyKind) => ({
        agencyKind,
        cells: conv.years.map(
          (year) => cells.get(keyOf(year, stage, agencyKind)) ?? emptyCell(year, stage, agencyKind),
        ),
      }))
      .filter((row) => row.cells.some((c) => c.activityCount > 0));
    const years = conv.years.map((year) => {
      let budget = 0n;
      let activityCount = 0;
      for (const agencyKind of conv.agencyKinds) {
        const cell = cells.get(keyOf(year, stage, agencyKind));
        if (!cell) continue;
        budget += BigInt(cell.budget);
        activityCount += cell.activityCount;
      }
      return { year, budget, activityCount, gap: gaps.has(`${year}|${stage}`) };
    });
    return { stage, years, agencies };
  });
}

export interface YearBlock {
  year: number;
  budget: bigint;
  activityCount: number;
  /** Every stage in order, with the agencies that plan anything in it that year. */
  stages: { stage: Stage; gap: boolean; budget: bigint; activityCount: number; cells: ConvergenceCell[] }[];
}

/** Blocks for the phone: one per year, stages stacked inside. */
export function convergenceByYear(conv: Convergence): YearBlock[] {
  const rows = convergenceRows(conv);
  return conv.years.map((year, i) => {
    const stages = rows.map((row) => {
      const figures = row.years[i]!;
      return {
        stage: row.stage,
        gap: figures.gap,
        budget: figures.budget,
        activityCount: figures.activityCount,
        cells: row.agencies.map((a) => a.cells[i]!).filter((c) => c.activityCount > 0),
      };
    });
    return {
      year,
      budget: stages.reduce((sum, s) => sum + s.budget, 0n),
      activityCount: stages.reduce((sum, s) => sum + s.activityCount, 0),
      stages,
    };
  });
}

/** Activity names by id, for the cells and overlaps (the id itself when the name is missing). */
export function activityNames(conv: Convergence): (id: string) => string {
  const names = new Map(conv.activities.map((a) => [a.id, a.name.trim() || a.id]));
  return (id) => names.get(id) ?? id;
}
