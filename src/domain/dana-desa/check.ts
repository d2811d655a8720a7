/**
 * The compliance check: a year's rule set run on a plan. Every rule gives a status, the amounts
 * involved, the exact excess or shortfall, and one Indonesian sentence with the numbers that a
 * village operator can act on. Pure and synchronous, so the web form can re-run it on every edit.
 *
 * Exactness: amounts are bigint sums of the plan's lines; a cap's limit is the largest amount
 * within it (`percentCeiling`), a floor's the smallest amount reaching it (`percentFloor`); the
 * decision is `compareShare` (cross-multiplication). So "reduce by `excess`" always lands exactly
 * on the cap and "add `shortfall`" exactly on the floor, whatever the pagu.
 *
 * Order: the result never depends on the order of the plan's lines — sums commute and the line
 * ids of a result are sorted.
 */
import type { FieldIssue } from '../errors.ts';
import { compareShare, formatRupiah, percentCeiling, percentFloor, rupiahToJson } from '../money/rupiah.ts';
import type { CategoryCode } from './categories.ts';
import { type DanaDesaLine, type DanaDesaPlan, planIssues } from './plan.ts';
import {
  boundOf,
  type Confidence,
  type InformationRule,
  type OrderingRule,
  type Rule,
  type RuleBase,
  type RuleKind,
  type RuleMeasure,
  type RuleSet,
  type ShareRule,
} from './rule-set.ts';
import { bltPerFamily } from './special-rules.ts';
import { joinDan, percentLabel, shareLabel, upperFirst } from './text.ts';

export const RULE_STATUSES = ['lulus', 'tidak_lulus', 'tidak_berlaku', 'informasi'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

export const RULE_STATUS_LABELS: Record<RuleStatus, string> = {
  lulus: 'Lulus',
  tidak_lulus: 'Tidak lulus',
  tidak_berlaku: 'Tidak berlaku',
  informasi: 'Informasi',
};

/** The statuses each kind of rule can give. */
export const STATUSES_BY_KIND: Record<RuleKind, readonly RuleStatus[]> = {
  cap: ['lulus', 'tidak_lulus', 'tidak_berlaku'],
  floor: ['lulus', 'tidak_lulus', 'tidak_berlaku'],
  condition: ['lulus', 'tidak_lulus', 'tidak_berlaku'],
  ordering: ['lulus', 'tidak_lulus', 'tidak_berlaku'],
  information: ['informasi'],
};

/** For a gated rule: whether the fact it depends on is recorded as true, false, or not at all. */
export type GateState = 'ya' | 'tidak' | 'belum_dicatat';

export interface RuleResult {
  ruleId: string;
  kind: RuleKind;
  title: string;
  status: RuleStatus;
  categories: CategoryCode[];
  /**
   * What the rule measured: the categories' total (caps, floors, information), the wages of the
   * construction lines (the wage condition), or for an ordering rule the amount planned ahead of
   * its turn (failure) or after its earlier priorities (pass).
   */
  amount: bigint;
  /** What the percentage is taken of, or null for ordering rules and special information rules. */
  base: bigint | null;
  baseKind: RuleBase | null;
  /** The percentage applied (after a gate), as in the rule set. */
  percent: string | null;
  /** The cap or floor in rupiah (for BLT per family: the need); null when there is none. */
  limit: bigint | null;
  /** At-most rules: how much to take off to meet the cap exactly (0 when within it). */
  excess: bigint | null;
  /** At-least rules: how much to add to reach the floor exactly (0 when reached). */
  shortfall: bigint | null;
  /** The share of `amount` in `base` for display (`21,0%`), or null. */
  percentText: string | null;
  /** The lines counted in `amount`, sorted. */
  lineIds: string[];
  /** Ordering rules: the earlier priorities neither planned nor recorded as not needed. */
  missing: CategoryCode[];
  gate: GateState | null;
  sentence: string;
  explanation: string;
  citation: string;
  confidence: Confidence;
}

export interface CheckSummary {
  passed: number;
  failed: number;
  notApplicable: number;
  information: number;
}

export interface CheckResult {
  ruleSetVersion: string;
  fiscalYear: number;
  /** Structural problems of the plan (`planIssues`); the rules are still checked on what is there. */
  issues: FieldIssue[];
  results: RuleResult[];
  summary: CheckSummary;
}

interface Context {
  plan: DanaDesaPlan;
  set: RuleSet;
  linesOf(categories: readonly CategoryCode[]): DanaDesaLine[];
}

const sum = (lines: readonly DanaDesaLine[], pick: (l: DanaDesaLine) => bigint) =>
  lines.reduce((total, l) => total + pick(l), 0n);

const ids = (lines: readonly DanaDesaLine[]) =>
  lines.map((l) => l.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function measured(lines: readonly DanaDesaLine[], measure: RuleMeasure): DanaDesaLine[] {
  return measure === 'enterprise_linked'
    ? lines.filter((l) => (l.enterpriseId ?? '').trim() !== '')
    : [...lines];
}

function measureOf(lines: readonly DanaDesaLine[], measure: RuleMeasure): bigint {
  if (measure === 'wages') return sum(lines, (l) => l.wages ?? 0n);
  return sum(measured(lines, measure), (l) => l.amount);
}

function baseOf(ctx: Context, rule: ShareRule | InformationRule, lines: readonly DanaDesaLine[]): bigint {
  return rule.base === 'pagu' ? ctx.plan.pagu : sum(lines, (l) => l.amount);
}

function basePhrase(rule: ShareRule | InformationRule, base: bigint): string {
  if (rule.base === 'pagu') return `pagu Dana Desa ${formatRupiah(base)}`;
  if (rule.base === 'construction_spending') return `belanja pembangunan ${formatRupiah(base)}`;
  return `seluruh ${rule.baseLabel ?? rule.subject} ${formatRupiah(base)}`;
}

function baseName(rule: ShareRule): string {
  if (rule.base === 'pagu') return 'pagu';
  if (rule.base === 'construction_spending') return 'belanja pembangunan';
  return `seluruh ${rule.baseLabel ?? rule.subject}`;
}

function gateState(rule: ShareRule, plan: DanaDesaPlan): GateState | null {
  if (!rule.gate) return null;
  const value = plan.facts?.[rule.gate.fact];
  return value === true ? 'ya' : value === false ? 'tidak' : 'belum_dicatat';
}

function notApplicableSentence(rule: ShareRule): string {
  if (rule.base === 'pagu') {
    return `Pagu Dana Desa belum diisi, jadi ${rule.subject} belum bisa dibandingkan dengan batasnya.`;
  }
  if (rule.base === 'construction_spending') {
    return `Rencana ini belum memuat kegiatan pembangunan, jadi ketentuan ${rule.subject} tidak berlaku.`;
  }
  return `Rencana ini belum memuat ${rule.baseLabel ?? rule.subject}, jadi ketentuan ini tidak berlaku.`;
}

function shareResult(ctx: Context, rule: ShareRule): RuleResult {
  const lines = ctx.linesOf(rule.categories);
  const base = baseOf(ctx, rule, lines);
  const amount = measureOf(lines, rule.measure);
  const gate = gateState(rule, ctx.plan);
  const percent = gate === 'tidak' && rule.gate ? rule.gate.percentWhenFalse : rule.percent;
  const common = {
    ...identity(ctx, rule),
    amount,
    base,
    baseKind: rule.base,
    percent,
    lineIds: ids(measured(lines, rule.measure)),
    missing: [],
    gate,
  };
  if (base <= 0n) {
    return {
      ...common,
      status: 'tidak_berlaku',
      limit: null,
      excess: null,
      shortfall: null,
      percentText: null,
      sentence: notApplicableSentence(rule),
    };
  }

  const year = ctx.set.fiscalYear;
  const bound = boundOf(rule);
  const side = compareShare(amount, base, percent);
  const limit = bound === 'at_most' ? percentCeiling(base, percent) : percentFloor(base, percent);
  const passed = bound === 'at_most' ? side <= 0 : side >= 0;
  const excess = bound === 'at_most' ? (passed ? 0n : amount - limit) : null;
  const shortfall = bound === 'at_least' ? (passed ? 0n : limit - amount) : null;
  const share = shareLabel(amount, base, percent);

  const head =
    amount === 0n && rule.measure === 'amount' && rule.base === 'pagu'
      ? `${upperFirst(rule.subject)} belum direncanakan (Rp0).`
      : `${upperFirst(rule.subject)} direncanakan ${formatRupiah(amount)}, yaitu ${share} dari ${basePhrase(rule, base)}.`;
  const of = rule.base === 'pagu' ? '' : ` dari ${baseName(rule)}`;
  const limitText =
    gate === 'tidak' && rule.gate
      ? `${rule.gate.whenFalse} Batas tahun ${year} menjadi ${percentLabel(percent)} (${formatRupiah(limit)}).`
      : bound === 'at_most'
        ? `Batas tahun ${year} paling banyak ${percentLabel(percent)}${of} (${formatRupiah(limit)}).`
        : `Tahun ${year} paling sedikit ${percentLabel(percent)}${of} (${formatRupiah(limit)}).`;
  let action: string;
  if (bound === 'at_most') {
    const room = limit - amount;
    action = passed
      ? `Rencana ini sudah sesuai${room > 0n ? `; masih ada ruang ${formatRupiah(room)}` : ''}.`
      : `Kurangi ${formatRupiah(excess!)} agar sesuai batas.`;
  } else if (passed) {
    action = 'Rencana ini sudah memenuhi.';
  } else if (rule.measure === 'wages') {
    action = `Naikkan upah untuk warga desa sebesar ${formatRupiah(shortfall!)} dalam kegiatan pembangunan yang sama agar memenuhi.`;
  } else {
    action = `Tambah ${formatRupiah(shortfall!)} agar memenuhi.`;
  }
  const parts = [head, limitText, action];
  if (rule.measure === 'wages') {
    const unrecorded = lines.filter((l) => l.wages === undefined).length;
    if (unrecorded > 0)
      parts.push(`${unrecorded} kegiatan pembangunan belum mencatat upah dan dihitung Rp0.`);
  }
  if (gate === 'belum_dicatat' && rule.gate) parts.push(rule.gate.whenUnknown);

  return {
    ...common,
    status: passed ? 'lulus' : 'tidak_lulus',
    limit,
    excess,
    shortfall,
    percentText: share,
    sentence: parts.join(' '),
  };
}

function orderingResult(ctx: Context, rule: OrderingRule): RuleResult {
  const year = ctx.set.fiscalYear;
  const notNeeded = new Set(ctx.plan.facts?.notNeeded ?? []);
  const groups = [
    ...rule.steps.map((s) => ({ categories: s.categories, label: s.label, step: s })),
    { categories: rule.categories, label: rule.subject, step: null },
  ].map((g) => {
    const lines = ctx.linesOf(g.categories);
    const total = sum(lines, (l) => l.amount);
    const waived = g.step !== null && total <= 0n && g.categories.every((c) => notNeeded.has(c));
    return { ...g, lines, total, waived, taken: total > 0n || waived };
  });
  let furthest = -1;
  groups.forEach((g, i) => {
    if (g.total > 0n) furthest = i;
  });
  const after = (from: number) => groups.slice(from + 1).filter((g) => g.total > 0n);
  const sequence = `${rule.steps.map((s) => s.label).join(', lalu ')}, baru kemudian ${rule.subject}`;
  const common = {
    ...identity(ctx, rule),
    base: null,
    baseKind: null,
    percent: null,
    limit: null,
    excess: null,
    shortfall: null,
    percentText: null,
    gate: null,
  };

  if (furthest <= 0) {
    return {
      ...common,
      status: 'tidak_berlaku',
      amount: 0n,
      lineIds: [],
      missing: [],
      sentence:
        `Rencana belum memuat ${joinDan(groups.slice(1).map((g) => g.label))}, ` +
        `jadi urutan prioritas tahun ${year} belum perlu diperiksa.`,
    };
  }
  const missing = groups.slice(0, furthest).filter((g) => !g.taken);
  const first = missing[0];
  if (!first) {
    const later = after(0);
    const amount = sum(
      later.flatMap((g) => g.lines),
      (l) => l.amount,
    );
    const before = groups.slice(0, furthest);
    const planned = before.filter((g) => !g.waived).map((g) => g.label);
    const waived = before.filter((g) => g.waived).map((g) => g.label);
    const done = [
      ...(planned.length > 0 ? [`${joinDan(planned)} sudah direncanakan`] : []),
      ...(waived.length > 0 ? [`${joinDan(waived)} dicatat tidak diperlukan`] : []),
    ].join(', dan ');
    return {
      ...common,
      status: 'lulus',
      amount,
      lineIds: ids(later.flatMap((g) => g.lines)),
      missing: [],
      sentence:
        `Urutan prioritas tahun ${year} terpenuhi: ${done}, sebelum ${groups[furthest]!.label}. ` +
        `Penggunaan yang harus menunggu giliran berjumlah ${formatRupiah(amount)}.`,
    };
  }
  const ahead = after(groups.indexOf(first));
  const aheadLines = ahead.flatMap((g) => g.lines);
  const amount = sum(aheadLines, (l) => l.amount);
  const missingLabels = joinDan(missing.map((g) => g.label));
  const examples = missing.flatMap((g) => (g.step?.notNeededExample ? [g.step.notNeededExample] : []));
  return {
    ...common,
    status: 'tidak_lulus',
    amount,
    lineIds: ids(aheadLines),
    missing: missing.flatMap((g) => g.categories),
    sentence:
      `Rencana memuat ${joinDan(ahead.map((g) => g.label))} sebesar ${formatRupiah(amount)}, tetapi ` +
      `${missingLabels} belum direncanakan. Tahun ${year} Dana Desa didahulukan untuk ${sequence}. ` +
      `Rencanakan dulu ${missingLabels}, atau catat dalam musyawarah desa bahwa ${missingLabels} tidak diperlukan` +
      `${examples.length > 0 ? ` (misalnya ${joinDan(examples)})` : ''}.`,
  };
}

function informationResult(ctx: Context, rule: InformationRule): RuleResult {
  const lines = ctx.linesOf(rule.categories);
  const amount = measureOf(lines, rule.measure);
  const common = {
    ...identity(ctx, rule),
    status: 'informasi' as const,
    amount,
    percent: null,
    lineIds: ids(measured(lines, rule.measure)),
    missing: [],
    gate: null,
  };
  if (rule.special?.id === 'blt_per_keluarga') {
    const outcome = bltPerFamily(rule.special, amount, ctx.plan.facts?.bltFamilies, rule.note);
    return {
      ...common,
      base: null,
      baseKind: null,
      limit: outcome.need,
      excess: outcome.excess,
      shortfall: outcome.shortfall,
      percentText: null,
      sentence: outcome.sentence,
    };
  }
  const base = baseOf(ctx, rule, lines);
  const share = base > 0n ? shareLabel(amount, base) : null;
  const head =
    amount === 0n && rule.measure === 'amount'
      ? `${upperFirst(rule.subject)} belum direncanakan.`
      : share === null
        ? `${upperFirst(rule.subject)} direncanakan ${formatRupiah(amount)}.`
        : `${upperFirst(rule.subject)} direncanakan ${formatRupiah(amount)}, yaitu ${share} dari ${basePhrase(rule, base)}.`;
  return {
    ...common,
    base,
    baseKind: rule.base,
    limit: null,
    excess: null,
    shortfall: null,
    percentText: share,
    sentence: `${head} ${rule.note}`,
  };
}

function identity(ctx: Context, rule: Rule) {
  return {
    ruleId: rule.id,
    kind: rule.kind,
    title: rule.title,
    categories: [...rule.categories],
    explanation: rule.explanation,
    citation: ctx.set.regulations[rule.citation]?.citation ?? '',
    confidence: rule.confidence,
  };
}

function contextOf(plan: DanaDesaPlan, set: RuleSet): Context {
  const allowed = new Set<string>(set.categories);
  const byCategory = new Map<string, DanaDesaLine[]>();
  for (const line of plan.lines) {
    if (!allowed.has(line.category)) continue;
    const list = byCategory.get(line.category);
    if (list) list.push(line);
    else byCategory.set(line.category, [line]);
  }
  return { plan, set, linesOf: (categories) => categories.flatMap((c) => byCategory.get(c) ?? []) };
}

function evaluate(ctx: Context, rule: Rule): RuleResult {
  if (rule.kind === 'ordering') return orderingResult(ctx, rule);
  if (rule.kind === 'information') return informationResult(ctx, rule);
  return shareResult(ctx, rule);
}

/** Runs one rule of a set on a plan (lines of categories not allowed that year count for nothing). */
export function checkRule(plan: DanaDesaPlan, set: RuleSet, rule: Rule): RuleResult {
  return evaluate(contextOf(plan, set), rule);
}

/**
 * Runs the year's rule set on a plan: every rule's result in the rule set's order, the plan's
 * structural issues, and a summary. Lines whose category is not allowed that year are reported as
 * issues and counted by no rule.
 */
export function checkPlan(plan: DanaDesaPlan, set: RuleSet): CheckResult {
  const ctx = contextOf(plan, set);
  const results = set.rules.map((rule) => evaluate(ctx, rule));
  const count = (status: RuleStatus) => results.filter((r) => r.status === status).length;
  return {
    ruleSetVersion: set.version,
    fiscalYear: set.fiscalYear,
    issues: planIssues(plan, set),
    results,
    summary: {
      passed: count('lulus'),
      failed: count('tidak_lulus'),
      notApplicable: count('tidak_berlaku'),
      information: count('informasi'),
    },
  };
}

type Jsonified<T> = T extends bigint
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

export type CheckResultJson = Jsonified<CheckResult>;

const amountJson = (value: bigint | null) => (value === null ? null : rupiahToJson(value));

/** The JSON form, for storage and transport: amounts as digit strings. */
export function checkResultToJson(result: CheckResult): CheckResultJson {
  return {
    ...result,
    issues: result.issues.map((i) => ({ ...i })),
    results: result.results.map((r) => ({
      ...r,
      amount: rupiahToJson(r.amount),
      base: amountJson(r.base),
      limit: amountJson(r.limit),
      excess: amountJson(r.excess),
      shortfall: amountJson(r.shortfall),
    })),
  };
}
