/**
 * The RPKP editor's working copy of a plan, and the way back to what the API takes: budgets and
 * targets stay as typed until they are read exactly, issues from `planIssues` (run in the
 * browser as the user types) and from the server are found by field path, and new strategies,
 * programmes and activities get codes not yet used in the plan. Pure.
 */
import type { Activity, Plan, Programme, RpkpTotals } from '../../../contracts/rpkp.contract';
import type { FieldIssue } from '../../../domain/errors';
import {
  budgetByAgencyKind,
  budgetByFundingSource,
  budgetByProgramme,
  budgetByStage,
  budgetByYear,
  totalBudget,
} from '../../../domain/rpkp/budget';
import {
  AGENCY_KIND_LABELS,
  type AgencyKind,
  FUNDING_SOURCE_LABELS,
  type FundingSource,
  planIssues,
  type RpkpPlan,
  VALUE_CHAIN_STAGE_LABELS,
  type ValueChainStage,
} from '../../../domain/rpkp/plan';
import {
  type DecimalProblem,
  decimalText,
  parseDecimal,
  parseRupiah,
  type RupiahProblem,
  rupiahDigits,
} from './rpkp-numbers';

export interface OutputDraft {
  name: string;
  unit: string;
  /** As typed: `2,5`. */
  targetText: string;
}

export interface ActivityDraft extends Omit<Activity, 'budget' | 'outputs'> {
  /** As typed: `1.250.000`. */
  budgetText: string;
  outputs: OutputDraft[];
}

export interface ProgrammeDraft extends Omit<Programme, 'activities'> {
  activities: ActivityDraft[];
}

export interface PlanDraft extends Omit<Plan, 'programmes'> {
  programmes: ProgrammeDraft[];
}

/** The saved plan as the editor holds it, numbers written for `language`. */
export function draftFromPlan(plan: Plan, language: string): PlanDraft {
  return {
    period: { ...plan.period },
    vision: plan.vision,
    strategies: plan.strategies.map((s) => ({ ...s })),
    programmes: plan.programmes.map((p) => ({
      id: p.id,
      name: p.name,
      strategyId: p.strategyId,
      activities: p.activities.map(({ budget, outputs, ...a }) => ({
        ...a,
        desaCodes: [...a.desaCodes],
        proposalIds: [...(a.proposalIds ?? [])],
        indicatorRefs: [...(a.indicatorRefs ?? [])],
        budgetText: /^\d+$/.test(budget) && BigInt(budget) > 0n ? rupiahDigits(BigInt(budget)) : '',
        outputs: outputs.map((o) => ({
          name: o.name,
          unit: o.unit,
          targetText: o.target > 0 ? decimalText(String(o.target), language) : '',
        })),
      })),
    })),
  };
}

/** A problem with a number as typed, keyed by its field path (`programmes[0].activities[1].budget`). */
export type DraftProblem = RupiahProblem | DecimalProblem;

export interface DraftReading {
  /** The plan to send; a number that cannot be read is sent empty (budget) or 0 (target). */
  plan: Plan;
  /** Numbers that cannot be read as typed; an empty field is not a problem here (`planIssues` says so). */
  problems: Record<string, DraftProblem>;
}

/** Reads the working copy into what `PUT …/plan` takes: budgets as digits, targets as numbers. */
export function readDraft(draft: PlanDraft): DraftReading {
  const problems: Record<string, DraftProblem> = {};
  const programmes = draft.programmes.map((p, i) => ({
    id: p.id,
    name: p.name,
    strategyId: p.strategyId,
    activities: p.activities.map(({ budgetText, outputs, ...a }, j): Activity => {
      const path = `programmes[${i}].activities[${j}]`;
      let budget = '';
      if (budgetText.trim() !== '') {
        const read = parseRupiah(budgetText);
        if (read.ok) budget = read.value.toString();
        else problems[`${path}.budget`] = read.problem;
      }
      return {
        ...a,
        budget,
        outputs: outputs.map((o, k) => {
          let target = 0;
          if (o.targetText.trim() !== '') {
            const read = parseDecimal(o.targetText);
            if (read.ok) target = Number(read.value);
            else problems[`${path}.outputs[${k}].target`] = read.problem;
          }
          return { name: o.name, unit: o.unit, target };
        }),
      };
    }),
  }));
  return {
    plan: { period: { ...draft.period }, vision: draft.vision, strategies: draft.strategies, programmes },
    problems,
  };
}

/**
 * The API's plan as the domain reads it: budgets as bigint (an empty one is 0, which the checks
 * refuse), a stage, agency kind or source not chosen yet stays empty and is reported.
 */
export function domainPlan(plan: Plan): RpkpPlan {
  return {
    period: plan.period,
    vision: plan.vision,
    strategies: plan.strategies,
    programmes: plan.programmes.map((p) => ({
      id: p.id,
      name: p.name,
      strategyId: p.strategyId,
      activities: p.activities.map((a) => ({
        ...a,
        stage: a.stage as ValueChainStage,
        agencyKind: a.agencyKind as AgencyKind,
        fundingSource: a.fundingSource as FundingSource,
        budget: /^\d+$/.test(a.budget) ? BigInt(a.budget) : 0n,
      })),
    })),
  };
}

/** What keeps the plan from being submitted, checked in the browser with the same rules as the server. */
export function liveIssues(plan: Plan, memberCodes: readonly string[]): FieldIssue[] {
  return planIssues(domainPlan(plan), memberCodes);
}

/**
 * One spelling for a field path, whatever wrote it: `body.plan.programmes.0.activities.2.budget`,
 * `plan/programmes/0/name` and `programmes[0].activities[2].budget` all become the last form.
 */
export function normalizeField(field: string): string {
  return field
    .replaceAll('/', '.')
    .replace(/^body\./, '')
    .replace(/^plan\./, '')
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]')
    .replace(/^(\d+)/, '[$1]');
}

/** Issues by field path (normalized), each field's messages in order, duplicates dropped. */
export function issuesByField(issues: readonly FieldIssue[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { field, message } of issues) {
    const key = normalizeField(field);
    const list = out.get(key) ?? [];
    if (!list.includes(message)) list.push(message);
    out.set(key, list);
  }
  return out;
}

/** The messages of `field` itself, joined for an input's `error`; undefined when there are none. */
export function messageFor(byField: ReadonlyMap<string, string[]>, field: string): string | undefined {
  const list = byField.get(field);
  return list && list.length > 0 ? list.join(' ') : undefined;
}

/** How many issues lie at or under `prefix` (e.g. one activity), to badge a folded card. */
export function countUnder(byField: ReadonlyMap<string, string[]>, prefix: string): number {
  let count = 0;
  for (const [field, list] of byField) {
    if (field === prefix || field.startsWith(`${prefix}.`) || field.startsWith(`${prefix}[`))
      count += list.length;
  }
  return count;
}

/** The next free code with this prefix: `P3` when `P1` and `P2` are used. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  let max = 0;
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  for (const id of taken) {
    const match = pattern.exec(id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  const used = new Set(taken);
  let n = max + 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** Every activity code in the draft. */
export function activityIds(draft: PlanDraft): string[] {
  return draft.programmes.flatMap((p) => p.activities.map((a) => a.id));
}

export function emptyActivity(draft: PlanDraft): ActivityDraft {
  return {
    id: nextId('K', activityIds(draft)),
    name: '',
    desaCodes: [],
    year: draft.period.startYear,
    stage: '',
    sector: '',
    agencyKind: '',
    agencyName: '',
    fundingSource: '',
    budgetText: '',
    outputs: [{ name: '', unit: '', targetText: '' }],
    proposalIds: [],
    indicatorRefs: [],
  };
}

export function emptyProgramme(draft: PlanDraft): ProgrammeDraft {
  return {
    id: nextId(
      'P',
      draft.programmes.map((p) => p.id),
    ),
    name: '',
    strategyId: null,
    activities: [emptyActivity(draft)],
  };
}

export function addStrategy(draft: PlanDraft): PlanDraft {
  const id = nextId(
    'S',
    draft.strategies.map((s) => s.id),
  );
  return { ...draft, strategies: [...draft.strategies, { id, text: '' }] };
}

/** Removes a strategy; programmes that served it no longer name one. */
export function removeStrategy(draft: PlanDraft, index: number): PlanDraft {
  const gone = draft.strategies[index]?.id;
  return {
    ...draft,
    strategies: draft.strategies.filter((_, i) => i !== index),
    programmes: draft.programmes.map((p) => (p.strategyId === gone ? { ...p, strategyId: null } : p)),
  };
}

export function updateProgramme(draft: PlanDraft, index: number, patch: Partial<ProgrammeDraft>): PlanDraft {
  return { ...draft, programmes: draft.programmes.map((p, i) => (i === index ? { ...p, ...patch } : p)) };
}

export function addActivity(draft: PlanDraft, programmeIndex: number): PlanDraft {
  const activity = emptyActivity(draft);
  return updateProgramme(draft, programmeIndex, {
    activities: [...(draft.programmes[programmeIndex]?.activities ?? []), activity],
  });
}

export function updateActivity(
  draft: PlanDraft,
  programmeIndex: number,
  activityIndex: number,
  patch: Partial<ActivityDraft>,
): PlanDraft {
  const programme = draft.programmes[programmeIndex];
  if (!programme) return draft;
  return updateProgramme(draft, programmeIndex, {
    activities: programme.activities.map((a, j) => (j === activityIndex ? { ...a, ...patch } : a)),
  });
}

export function removeActivity(draft: PlanDraft, programmeIndex: number, activityIndex: number): PlanDraft {
  const programme = draft.programmes[programmeIndex];
  if (!programme) return draft;
  return updateProgramme(draft, programmeIndex, {
    activities: programme.activities.filter((_, j) => j !== activityIndex),
  });
}

/** A copy of an activity under a new code, just after it (a multi-year activity is one per year). */
export function duplicateActivity(
  draft: PlanDraft,
  programmeIndex: number,
  activityIndex: number,
): PlanDraft {
  const programme = draft.programmes[programmeIndex];
  const source = programme?.activities[activityIndex];
  if (!programme || !source) return draft;
  const copy: ActivityDraft = {
    ...source,
    id: nextId('K', activityIds(draft)),
    desaCodes: [...source.desaCodes],
    outputs: source.outputs.map((o) => ({ ...o })),
    proposalIds: [...(source.proposalIds ?? [])],
    indicatorRefs: [...(source.indicatorRefs ?? [])],
    year: Math.min(source.year + 1, draft.period.endYear),
  };
  const activities = [...programme.activities];
  activities.splice(activityIndex + 1, 0, copy);
  return updateProgramme(draft, programmeIndex, { activities });
}

const NOT_CHOSEN = 'Belum dipilih';

/**
 * The totals of a plan computed in the browser, in the shape the server sends them: activities
 * whose stage, agency kind or source is not chosen yet are a line with an empty key.
 */
export function localTotals(plan: Plan): RpkpTotals {
  const domain = domainPlan(plan);
  const names = new Map(plan.programmes.map((p) => [p.id, p.name]));
  const line =
    <K>(label: (key: K) => string) =>
    (l: { key: K; total: bigint; activityCount: number }) => ({
      key: l.key,
      label: label(l.key),
      total: l.total.toString(),
      activityCount: l.activityCount,
    });
  return {
    total: totalBudget(domain).toString(),
    byProgramme: budgetByProgramme(domain).map(line((k: string) => names.get(k) ?? k)),
    byYear: budgetByYear(domain).map(line((k: number) => String(k))),
    bySource: budgetByFundingSource(domain).map(
      line((k: FundingSource) => FUNDING_SOURCE_LABELS[k] ?? NOT_CHOSEN),
    ),
    byAgencyKind: budgetByAgencyKind(domain).map(
      line((k: AgencyKind) => AGENCY_KIND_LABELS[k] ?? NOT_CHOSEN),
    ),
    byStage: budgetByStage(domain).map(
      line((k: ValueChainStage) => VALUE_CHAIN_STAGE_LABELS[k] ?? NOT_CHOSEN),
    ),
  };
}
