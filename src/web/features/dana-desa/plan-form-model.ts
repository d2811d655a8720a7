/**
 * The Dana Desa plan form as values: what the operator typed (amounts as text, "1.500.000"), the
 * domain plan made of it (bigint rupiah, parsed with `parseRupiah`, never through a float), the
 * facts the year's rule set asks for, and the what-if — the year's rules re-run on every edit with
 * the pure `checkPlan`, so the operator sees rule by rule what to change before saving.
 */

import type { PlanCreateBody, PlanReplaceBody, PlanView } from '../../../contracts/dana-desa.contract';
import {
  CATEGORIES,
  type CategoryCode,
  isCategoryCode,
  isConstructionCategory,
} from '../../../domain/dana-desa/categories';
import { type CheckResultJson, checkPlan, checkResultToJson } from '../../../domain/dana-desa/check';
import {
  type DanaDesaLine,
  type DanaDesaPlan,
  type PlanFacts,
  planTotal,
} from '../../../domain/dana-desa/plan';
import type { RuleSet } from '../../../domain/dana-desa/rule-set';
import { COVERED_YEARS, ruleSetFor } from '../../../domain/dana-desa/rule-sets';
import { formatRupiah, parseRupiah } from '../../../domain/money/rupiah';
import type { Issue } from '../pelatihan/pelatihan-forms';

export interface LineValues {
  /** Only for React lists: stays with the line while others are added or removed. */
  key: string;
  /** The kegiatan code, unique within the plan. */
  id: string;
  category: string;
  activity: string;
  location: string;
  /** As typed: "1.500.000", "Rp 1.500.000" or "1500000". */
  amount: string;
  /** Construction lines only, as typed. */
  wages: string;
  kawasanId: string;
  enterpriseId: string;
}

/** A yes/no fact: recorded as yes, as no, or not recorded. */
export type YesNo = 'ya' | 'tidak' | '';

export interface PlanValues {
  fiscalYear: number;
  pagu: string;
  publishedPreviousYear: YesNo;
  /** Categories recorded in musyawarah desa as not needed this year. */
  notNeeded: string[];
  /** As typed; whole families. */
  bltFamilies: string;
  lines: LineValues[];
}

let keySeed = 0;
/** A key for a new line (unique within the page). */
export function lineKey(): string {
  keySeed += 1;
  return `l${keySeed}`;
}

export function newLine(seq: number): LineValues {
  return {
    key: lineKey(),
    id: String(seq),
    category: '',
    activity: '',
    location: '',
    amount: '',
    wages: '',
    kawasanId: '',
    enterpriseId: '',
  };
}

/** The newest fiscal year with a rule set that is not after `year` (the current year when covered). */
export function defaultFiscalYear(year: number): number {
  const covered = COVERED_YEARS.filter((y) => y <= year);
  return covered[covered.length - 1] ?? COVERED_YEARS[0] ?? year;
}

export function newPlanValues(fiscalYear: number): PlanValues {
  return {
    fiscalYear,
    pagu: '',
    publishedPreviousYear: '',
    notNeeded: [],
    bltFamilies: '',
    lines: [newLine(1)],
  };
}

/** A line id one above the highest numeric id so far ("4" after "1", "2", "3"). */
export function nextLineId(lines: readonly LineValues[]): string {
  let highest = 0;
  for (const line of lines) {
    const n = /^\d{1,9}$/.test(line.id.trim()) ? Number(line.id.trim()) : 0;
    if (n > highest) highest = n;
  }
  return String(Math.max(highest, lines.length) + 1);
}

export function addLine(values: PlanValues): PlanValues {
  const line = newLine(1);
  return { ...values, lines: [...values.lines, { ...line, id: nextLineId(values.lines) }] };
}

export function removeLine(values: PlanValues, key: string): PlanValues {
  return { ...values, lines: values.lines.filter((l) => l.key !== key) };
}

export function updateLine(values: PlanValues, key: string, change: Partial<LineValues>): PlanValues {
  return {
    ...values,
    lines: values.lines.map((l) => {
      if (l.key !== key) return l;
      const next = { ...l, ...change };
      // Wages belong to construction lines only: a change of category away from one drops them.
      if (change.category !== undefined && !isConstructionCategory(change.category)) next.wages = '';
      return next;
    }),
  };
}

/** A change of year keeps the lines, and drops facts and categories the new year does not know. */
export function withFiscalYear(values: PlanValues, fiscalYear: number): PlanValues {
  const set = ruleSetFor(fiscalYear).ruleSet;
  const asked = set ? factsAsked(set) : { published: false, notNeeded: [], bltFamilies: false };
  return {
    ...values,
    fiscalYear,
    publishedPreviousYear: asked.published ? values.publishedPreviousYear : '',
    notNeeded: values.notNeeded.filter((c) => (asked.notNeeded as readonly string[]).includes(c)),
    bltFamilies: asked.bltFamilies ? values.bltFamilies : '',
  };
}

export interface FactsAsked {
  /** Some rule depends on whether the previous year's use was published (a gate). */
  published: boolean;
  /** Categories an ordering rule accepts a "not needed" record for. */
  notNeeded: CategoryCode[];
  /** Some rule needs the number of BLT Desa families. */
  bltFamilies: boolean;
}

/** The facts a year's rule set depends on, so the form asks only for those. */
export function factsAsked(set: RuleSet): FactsAsked {
  const notNeeded: CategoryCode[] = [];
  let published = false;
  let bltFamilies = false;
  for (const rule of set.rules) {
    if (rule.kind === 'ordering') {
      for (const step of rule.steps)
        for (const c of step.categories) if (!notNeeded.includes(c)) notNeeded.push(c);
    } else if (rule.kind === 'information') {
      if (rule.special?.id === 'blt_per_keluarga') bltFamilies = true;
    } else if (rule.gate?.fact === 'publishedPreviousYear') {
      published = true;
    }
  }
  return { published, notNeeded, bltFamilies };
}

export interface CategoryChoice {
  value: CategoryCode;
  label: string;
  explanation: string;
  construction: boolean;
}

/** The categories the year allows, in the rule set's order, with their one-line explanation. */
export function categoryChoices(set: RuleSet): CategoryChoice[] {
  return set.categories.map((code) => ({
    value: code,
    label: CATEGORIES[code].label,
    explanation: CATEGORIES[code].explanation,
    construction: CATEGORIES[code].construction,
  }));
}

const trimmed = (text: string) => text.trim();

/** A whole-number text ("12"), or null when empty; NaN when it is no whole number. */
function wholeNumber(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  return /^\d{1,9}$/.test(t) ? Number(t) : Number.NaN;
}

export interface PlanReading {
  plan: DanaDesaPlan;
  /** What could not be read as typed (an amount with sen, letters in a number), by field path. */
  inputIssues: Issue[];
}

/**
 * The domain plan of the form. An amount that cannot be read counts as zero for the what-if and
 * is reported as an input issue at its field (`lines.2.amount`); an empty wages field is "not
 * recorded", not zero.
 */
export function readPlan(values: PlanValues): PlanReading {
  const inputIssues: Issue[] = [];
  const money = (text: string, field: string, required: boolean): bigint | undefined => {
    if (text.trim() === '') {
      if (required) inputIssues.push({ field, message: 'Jumlah rupiah wajib diisi.' });
      return required ? 0n : undefined;
    }
    const parsed = parseRupiah(text, field);
    if (parsed.ok) return parsed.value;
    inputIssues.push(parsed.issue);
    return required ? 0n : undefined;
  };
  const lines: DanaDesaLine[] = values.lines.map((l, i) => {
    const line: DanaDesaLine = {
      id: trimmed(l.id),
      category: l.category,
      activity: trimmed(l.activity),
      amount: money(l.amount, `lines.${i}.amount`, true) ?? 0n,
    };
    if (isConstructionCategory(l.category)) {
      const wages = money(l.wages, `lines.${i}.wages`, false);
      if (wages !== undefined) line.wages = wages;
    }
    if (l.kawasanId.trim() !== '') line.kawasanId = l.kawasanId.trim();
    if (l.enterpriseId.trim() !== '') line.enterpriseId = l.enterpriseId.trim();
    return line;
  });
  const facts: PlanFacts = {};
  if (values.publishedPreviousYear !== '')
    facts.publishedPreviousYear = values.publishedPreviousYear === 'ya';
  if (values.notNeeded.length > 0) facts.notNeeded = [...values.notNeeded];
  const families = wholeNumber(values.bltFamilies);
  if (families !== null) {
    if (Number.isNaN(families)) {
      inputIssues.push({
        field: 'facts.bltFamilies',
        message: 'Jumlah keluarga penerima BLT Desa ditulis dengan angka bulat, misalnya 40.',
      });
    } else facts.bltFamilies = families;
  }
  if (values.pagu.trim() === '') inputIssues.push({ field: 'pagu', message: 'Pagu Dana Desa wajib diisi.' });
  const pagu = values.pagu.trim() === '' ? 0n : (money(values.pagu, 'pagu', true) ?? 0n);
  return {
    plan: { fiscalYear: values.fiscalYear, pagu, lines, ...(Object.keys(facts).length > 0 ? { facts } : {}) },
    inputIssues,
  };
}

export interface WhatIf {
  ruleSet: RuleSet | null;
  /** Why there is no check (a year without a rule set), in Indonesian. */
  message: string | null;
  /** The check in its JSON form (amounts as digit strings), as a stored check is shown too. */
  result: CheckResultJson | null;
  /** Input problems first, then the plan's structural issues, one message per field. */
  issues: Issue[];
  total: bigint;
  pagu: bigint;
  /** Pagu minus total: negative when the plan is above the pagu. */
  remaining: bigint;
}

/** The year's rules run on the form as it stands (pure: the same values give the same answer). */
export function whatIf(values: PlanValues): WhatIf {
  const { plan, inputIssues } = readPlan(values);
  const total = planTotal(plan);
  const remaining = plan.pagu - total;
  const lookup = ruleSetFor(values.fiscalYear);
  if (!lookup.ruleSet) {
    return {
      ruleSet: null,
      message: lookup.message,
      result: null,
      issues: inputIssues,
      total,
      pagu: plan.pagu,
      remaining,
    };
  }
  const result = checkResultToJson(checkPlan(plan, lookup.ruleSet));
  const seen = new Set(inputIssues.map((i) => i.field));
  // A field that could not be read already says why; the plan's issue of the same field would
  // only repeat it as "must be more than zero".
  const issues = [...inputIssues, ...result.issues.filter((i) => !seen.has(i.field))];
  return { ruleSet: lookup.ruleSet, message: null, result, issues, total, pagu: plan.pagu, remaining };
}

/** The issues of one form field (`pagu`, `lines.2.amount`), joined; undefined when none. */
export function fieldMessage(issues: readonly Issue[], field: string): string | undefined {
  const messages = issues.filter((i) => i.field === field).map((i) => i.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/** Issues that belong to no field on the form (e.g. the total above the pagu). */
export function formLevelIssues(issues: readonly Issue[], values: PlanValues): Issue[] {
  const own = new Set(['pagu', 'fiscalYear', 'facts.bltFamilies']);
  values.lines.forEach((_, i) => {
    for (const f of ['id', 'category', 'activity', 'amount', 'wages']) own.add(`lines.${i}.${f}`);
  });
  return issues.filter((i) => !own.has(i.field));
}

/** The amount as typed, read back ("Rp1.500.000") — or null while it is no whole-rupiah amount. */
export function amountPreview(text: string): string | null {
  if (text.trim() === '') return null;
  const parsed = parseRupiah(text, 'amount');
  return parsed.ok ? formatRupiah(parsed.value) : null;
}

/** A stored amount (digits) as the form shows it: "1.500.000". */
export function amountField(digits: string | null | undefined): string {
  if (digits === null || digits === undefined || digits === '') return '';
  return formatRupiah(BigInt(digits)).replace(/^Rp/, '');
}

/** True when the category is one of the year's and a construction category (it asks for wages). */
export function asksWages(category: string): boolean {
  return isCategoryCode(category) && isConstructionCategory(category);
}

/* ——— To and from the API ——— */

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The request body of the form: amounts sent as typed ("1.500.000"), parsed by the server. */
export function planBody(values: PlanValues): PlanReplaceBody {
  const families = wholeNumber(values.bltFamilies);
  return {
    pagu: values.pagu.trim(),
    facts: {
      publishedPreviousYear:
        values.publishedPreviousYear === '' ? null : values.publishedPreviousYear === 'ya',
      notNeeded: [...values.notNeeded],
      bltFamilies: families === null || Number.isNaN(families) ? null : families,
    },
    lines: values.lines.map((l) => ({
      id: l.id.trim(),
      category: l.category,
      activity: l.activity.trim(),
      location: orNull(l.location),
      amount: l.amount.trim(),
      wages: asksWages(l.category) ? orNull(l.wages) : null,
      kawasanId: orNull(l.kawasanId),
      enterpriseId: orNull(l.enterpriseId),
    })),
  };
}

export function createBody(desaCode: string, values: PlanValues): PlanCreateBody {
  return { desaCode: desaCode.replace(/[\s.]/g, ''), fiscalYear: values.fiscalYear, ...planBody(values) };
}

/** A stored plan as form values (amounts written the Indonesian way). */
export function planValues(view: PlanView): PlanValues {
  const published = view.facts.publishedPreviousYear;
  return {
    fiscalYear: view.fiscalYear,
    pagu: amountField(view.pagu),
    publishedPreviousYear: published === null ? '' : published ? 'ya' : 'tidak',
    notNeeded: [...view.facts.notNeeded],
    bltFamilies: view.facts.bltFamilies === null ? '' : String(view.facts.bltFamilies),
    lines:
      view.lines.length === 0
        ? [newLine(1)]
        : view.lines.map((l) => ({
            key: lineKey(),
            id: l.id,
            category: l.category,
            activity: l.activity,
            location: l.location,
            amount: amountField(l.amount),
            wages: amountField(l.wages),
            kawasanId: l.kawasanId ?? '',
            enterpriseId: l.enterpriseId ?? '',
          })),
  };
}
