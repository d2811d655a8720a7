/**
 * Scoring proposals against the criteria and weights agreed in the musyawarah, so anyone can
 * recompute the published ranking from its inputs.
 *
 * Method `musyawarah-skor-1`: per proposal and criterion the scorers' values are averaged; the
 * mean is put on 0–1 by the criterion's scale (inverted when lower is better); the total is the
 * weighted sum divided by the sum of the weights. All arithmetic is exact (bigint fractions), so
 * the same inputs give the same totals and ranking whatever order they were entered in. Equal
 * totals are reported as ties and ordered by the published rule `TIE_BREAK_RULES`: more scorers,
 * then the higher 0–1 value on the heaviest criterion (then the next heaviest; equal weights by
 * criterion code), then proposal id in code-point order.
 */
import type { FieldIssue } from '../errors.ts';
import { jsonDifferences } from './json-diff.ts';
import { byCodePoint, type Proposal, type ProposalKind, proposalIssues } from './proposal.ts';
import {
  add,
  compare,
  div,
  mul,
  parseDecimal,
  parseFraction,
  type Rational,
  rational,
  sub,
  sum,
  toDecimal,
  toExactDecimal,
  toFraction,
  ZERO,
} from './rational.ts';

export const SCORING_METHOD_ID = 'musyawarah-skor-1';
/** Decimals of the display values; ranking and ties use the exact fractions. */
export const DISPLAY_DECIMALS = 6;

export const CRITERION_DIRECTIONS = ['higher_better', 'lower_better'] as const;
export type CriterionDirection = (typeof CRITERION_DIRECTIONS)[number];

/** The order proposals with equal totals are put in, as published with every result. */
export const TIE_BREAK_RULES = ['more_scorers', 'criteria_by_weight', 'proposal_id'] as const;
export type TieBreakRule = (typeof TIE_BREAK_RULES)[number];

export const TIE_BREAK_LABELS: Record<TieBreakRule, string> = {
  more_scorers: 'jumlah penilai lebih banyak',
  criteria_by_weight:
    'nilai 0–1 lebih tinggi pada kriteria berbobot terbesar, lalu kriteria berikutnya menurut bobot (bobot sama: menurut kode kriteria)',
  proposal_id: 'kode usulan menurut urutan karakter',
};

export interface Criterion {
  /** Short code, e.g. `pasar`, `risiko_lingkungan`. */
  code: string;
  label: string;
  /** Agreed weight: a positive whole number or decimal (`3`, `"2.5"`). */
  weight: number | string;
  direction: CriterionDirection;
  /** The scale scorers use, e.g. 1–5. */
  scale: { min: number | string; max: number | string };
}

export interface CriterionScore {
  proposalId: string;
  criterionCode: string;
  /** Opaque id of the participant or panel member who gave the value. */
  scorerId: string;
  value: number | string;
}

export interface ScoringInput {
  proposals: readonly Proposal[];
  criteria: readonly Criterion[];
  scores: readonly CriterionScore[];
}

export interface MethodCriterion {
  code: string;
  label: string;
  /** The weight as an exact decimal. */
  weight: string;
  /** Weight / sum of weights, as an exact fraction. */
  weightShare: string;
  direction: CriterionDirection;
  scale: { min: string; max: string };
}

/** How a result was computed: published with it, enough to recompute it by hand. */
export interface ScoringMethod {
  id: typeof SCORING_METHOD_ID;
  aggregation: 'mean_of_scorers';
  normalisation: 'linear_on_scale';
  total: 'weighted_mean';
  arithmetic: 'exact_fraction';
  displayDecimals: number;
  tieBreak: TieBreakRule[];
  /** Heaviest first, equal weights by code: the order `criteria_by_weight` reads them. */
  criteria: MethodCriterion[];
  /** The same in Indonesian sentences. */
  description: string[];
}

export interface CriterionResult {
  code: string;
  scorerCount: number;
  /** Exact mean of the scorers' values (fraction text). */
  mean: string;
  /** Exact 0–1 value (fraction text) and its display form. */
  normalised: string;
  normalisedDecimal: string;
}

export interface RankedProposal {
  /** 1, 2, 3… after the tie-break; tied proposals are also listed in `tiedWith`. */
  rank: number;
  proposalId: string;
  title: string;
  kind: ProposalKind;
  desaCode: string | null;
  /** Exact total (fraction text) and its display form. */
  total: string;
  totalDecimal: string;
  scorerCount: number;
  criteria: CriterionResult[];
  /** Other proposals with exactly the same total. */
  tiedWith: string[];
  /** What put this proposal above the next one: `total`, a tie-break rule, or null for the last. */
  aheadOfNextBy: 'total' | TieBreakRule | null;
}

export interface Tie {
  proposalIds: string[];
  total: string;
  totalDecimal: string;
}

export interface ScoringResult {
  method: ScoringMethod;
  ranking: RankedProposal[];
  ties: Tie[];
}

export type ScoringOutcome = { ok: true; result: ScoringResult } | { ok: false; issues: FieldIssue[] };

/** A result as published: the inputs and what was computed from them. */
export interface PublishedScoring {
  inputs: ScoringInput;
  result: ScoringResult;
}

export type RecomputeOutcome = { ok: true } | { ok: false; issues: FieldIssue[] };

interface ParsedCriterion {
  source: Criterion;
  weight: Rational;
  min: Rational;
  max: Rational;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function criterionIssues(criteria: readonly Criterion[], parsed: Map<string, ParsedCriterion>): FieldIssue[] {
  if (criteria.length === 0) {
    return [{ field: 'criteria', message: 'Belum ada kriteria penilaian yang disepakati musyawarah.' }];
  }
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const [i, c] of criteria.entries()) {
    const at = `criteria[${i}]`;
    const name = isText(c.code) ? c.code : `ke-${i + 1}`;
    let valid = true;
    if (!isText(c.code)) {
      issues.push({ field: `${at}.code`, message: 'Kode kriteria wajib diisi.' });
      valid = false;
    } else if (seen.has(c.code)) {
      issues.push({ field: `${at}.code`, message: `Kode kriteria ${c.code} tercantum lebih dari sekali.` });
      valid = false;
    }
    seen.add(c.code);
    if (!isText(c.label))
      issues.push({ field: `${at}.label`, message: `Nama kriteria ${name} wajib diisi.` });
    const weight = parseDecimal(c.weight);
    if (weight === null) {
      issues.push({
        field: `${at}.weight`,
        message: `Bobot kriteria ${name} harus berupa angka, contoh 3 atau 2.5.`,
      });
      valid = false;
    } else if (compare(weight, ZERO) <= 0) {
      issues.push({ field: `${at}.weight`, message: `Bobot kriteria ${name} harus lebih dari nol.` });
      valid = false;
    }
    if (!(CRITERION_DIRECTIONS as readonly string[]).includes(c.direction)) {
      issues.push({
        field: `${at}.direction`,
        message: `Arah kriteria ${name} harus higher_better (makin tinggi makin baik) atau lower_better (makin rendah makin baik).`,
      });
      valid = false;
    }
    const min = parseDecimal(c.scale?.min ?? '');
    const max = parseDecimal(c.scale?.max ?? '');
    if (min === null || max === null) {
      issues.push({
        field: `${at}.scale`,
        message: `Skala kriteria ${name} harus punya nilai terendah dan tertinggi berupa angka.`,
      });
      valid = false;
    } else if (compare(min, max) >= 0) {
      issues.push({
        field: `${at}.scale`,
        message: `Skala kriteria ${name}: nilai terendah harus lebih kecil dari nilai tertinggi.`,
      });
      valid = false;
    }
    if (valid && weight && min && max) parsed.set(c.code, { source: c, weight, min, max });
  }
  return issues;
}

/** A value per scorer, for each proposal and criterion. */
type Sheet = Map<string, Map<string, Map<string, Rational>>>;

function scoreIssues(
  input: ScoringInput,
  criteria: Map<string, ParsedCriterion>,
  sheet: Sheet,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const proposals = new Set(input.proposals.map((p) => p.id));
  const criterionCodes = new Set(input.criteria.map((c) => c.code));
  for (const [i, s] of input.scores.entries()) {
    const at = `scores[${i}]`;
    const before = issues.length;
    if (!proposals.has(s.proposalId)) {
      issues.push({
        field: `${at}.proposalId`,
        message: `Usulan ${s.proposalId} tidak ada dalam daftar usulan.`,
      });
    }
    if (!criterionCodes.has(s.criterionCode)) {
      issues.push({
        field: `${at}.criterionCode`,
        message: `Kriteria ${s.criterionCode} tidak ada dalam kriteria yang disepakati.`,
      });
    }
    if (!isText(s.scorerId)) issues.push({ field: `${at}.scorerId`, message: 'Kode penilai wajib diisi.' });
    const value = parseDecimal(s.value);
    const criterion = criteria.get(s.criterionCode);
    if (value === null) {
      issues.push({ field: `${at}.value`, message: `Nilai ${String(s.value)} bukan angka.` });
    } else if (criterion && (compare(value, criterion.min) < 0 || compare(value, criterion.max) > 0)) {
      issues.push({
        field: `${at}.value`,
        message: `Nilai ${String(s.value)} di luar skala kriteria ${s.criterionCode} (${toFraction(criterion.min)}–${toFraction(criterion.max)}).`,
      });
    }
    if (issues.length > before || value === null || !criterion) continue;
    const byCriterion = sheet.get(s.proposalId) ?? new Map<string, Map<string, Rational>>();
    sheet.set(s.proposalId, byCriterion);
    const byScorer = byCriterion.get(s.criterionCode) ?? new Map<string, Rational>();
    byCriterion.set(s.criterionCode, byScorer);
    if (byScorer.has(s.scorerId)) {
      issues.push({
        field: at,
        message: `Penilai ${s.scorerId} sudah memberi nilai untuk usulan ${s.proposalId} pada kriteria ${s.criterionCode}.`,
      });
    } else byScorer.set(s.scorerId, value);
  }
  return issues;
}

/** Every proposal is scored on every criterion, by every scorer who scored it at all. */
function completenessIssues(input: ScoringInput, sheet: Sheet): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const p of input.proposals) {
    const byCriterion = sheet.get(p.id);
    const scorers = [...new Set([...(byCriterion?.values() ?? [])].flatMap((m) => [...m.keys()]))].sort(
      byCodePoint,
    );
    for (const c of input.criteria) {
      const field = `scores[${p.id}][${c.code}]`;
      const given = byCriterion?.get(c.code);
      if (!given || given.size === 0) {
        issues.push({ field, message: `Usulan ${p.id} belum dinilai pada kriteria ${c.code}.` });
        continue;
      }
      for (const scorer of scorers) {
        if (!given.has(scorer)) {
          issues.push({
            field,
            message: `Penilai ${scorer} menilai usulan ${p.id} tetapi belum pada kriteria ${c.code}; setiap penilai menilai semua kriteria usulan yang dinilainya.`,
          });
        }
      }
    }
  }
  return issues;
}

/** All issues of a scoring input, with Indonesian messages and field paths; none: it can be scored. */
export function scoringIssues(input: ScoringInput): FieldIssue[] {
  return validate(input).issues;
}

function validate(input: ScoringInput): {
  issues: FieldIssue[];
  criteria: Map<string, ParsedCriterion>;
  sheet: Sheet;
} {
  const criteria = new Map<string, ParsedCriterion>();
  const sheet: Sheet = new Map();
  const issues = [...proposalIssues(input.proposals), ...criterionIssues(input.criteria, criteria)];
  issues.push(...scoreIssues(input, criteria, sheet));
  if (issues.length === 0) issues.push(...completenessIssues(input, sheet));
  return { issues, criteria, sheet };
}

const byWeight = (a: ParsedCriterion, b: ParsedCriterion) =>
  compare(b.weight, a.weight) || byCodePoint(a.source.code, b.source.code);

function describe(criteria: readonly MethodCriterion[]): string[] {
  const list = criteria
    .map(
      (c) =>
        `${c.label} (${c.code}): bobot ${c.weight}, skala ${c.scale.min}–${c.scale.max}, ${c.direction === 'lower_better' ? 'makin rendah makin baik' : 'makin tinggi makin baik'}`,
    )
    .join('; ');
  return [
    `Kriteria dan bobot yang disepakati: ${list}.`,
    'Untuk setiap usulan dan kriteria, nilai semua penilai dirata-rata.',
    'Rata-rata diubah ke 0–1 pada skala kriteria: (rata-rata − terendah) / (tertinggi − terendah); bila makin rendah makin baik: (tertinggi − rata-rata) / (tertinggi − terendah).',
    'Nilai total = jumlah (bobot × nilai 0–1) dibagi jumlah bobot.',
    `Semua hitungan memakai pecahan eksak; angka ${DISPLAY_DECIMALS} desimal (dibulatkan) hanya untuk tampilan.`,
    `Nilai total yang sama dilaporkan sebagai seri dan diurutkan menurut: ${TIE_BREAK_RULES.map((r, i) => `(${i + 1}) ${TIE_BREAK_LABELS[r]}`).join(', ')}.`,
  ];
}

interface Computed {
  proposal: Proposal;
  total: Rational;
  scorerCount: number;
  /** In method order (heaviest criterion first). */
  normalised: Rational[];
  criteria: CriterionResult[];
}

function decide(a: Computed, b: Computed): ['total' | TieBreakRule, number] {
  const byTotal = compare(b.total, a.total);
  if (byTotal !== 0) return ['total', byTotal];
  if (a.scorerCount !== b.scorerCount) return ['more_scorers', b.scorerCount - a.scorerCount];
  for (const [i, value] of a.normalised.entries()) {
    const c = compare(b.normalised[i]!, value);
    if (c !== 0) return ['criteria_by_weight', c];
  }
  return ['proposal_id', byCodePoint(a.proposal.id, b.proposal.id)];
}

/** Scores and ranks the proposals; the issues instead when the input is not complete and valid. */
export function scoreProposals(input: ScoringInput): ScoringOutcome {
  const { issues, criteria, sheet } = validate(input);
  if (issues.length > 0) return { ok: false, issues };

  const ordered = [...criteria.values()].sort(byWeight);
  const weightSum = sum(ordered.map((c) => c.weight));
  const methodCriteria: MethodCriterion[] = ordered.map((c) => ({
    code: c.source.code,
    label: c.source.label,
    weight: toExactDecimal(c.weight) ?? toFraction(c.weight),
    weightShare: toFraction(div(c.weight, weightSum)),
    direction: c.source.direction,
    scale: {
      min: toExactDecimal(c.min) ?? toFraction(c.min),
      max: toExactDecimal(c.max) ?? toFraction(c.max),
    },
  }));

  const computed: Computed[] = input.proposals.map((proposal) => {
    const byCriterion = sheet.get(proposal.id)!;
    const scorers = new Set<string>();
    let weighted = ZERO;
    const normalised: Rational[] = [];
    const results: CriterionResult[] = [];
    for (const c of ordered) {
      const values = byCriterion.get(c.source.code)!;
      for (const s of values.keys()) scorers.add(s);
      const mean = div(sum([...values.values()]), rational(BigInt(values.size)));
      const span = sub(c.max, c.min);
      const norm =
        c.source.direction === 'lower_better' ? div(sub(c.max, mean), span) : div(sub(mean, c.min), span);
      weighted = add(weighted, mul(c.weight, norm));
      normalised.push(norm);
      results.push({
        code: c.source.code,
        scorerCount: values.size,
        mean: toFraction(mean),
        normalised: toFraction(norm),
        normalisedDecimal: toDecimal(norm, DISPLAY_DECIMALS),
      });
    }
    return {
      proposal,
      total: div(weighted, weightSum),
      scorerCount: scorers.size,
      normalised,
      criteria: results,
    };
  });
  computed.sort((a, b) => decide(a, b)[1]);

  const ties: Tie[] = [];
  const ranking = computed.map((c, i): RankedProposal => {
    const tiedWith = computed
      .filter((o) => o !== c && compare(o.total, c.total) === 0)
      .map((o) => o.proposal.id);
    const next = computed[i + 1];
    return {
      rank: i + 1,
      proposalId: c.proposal.id,
      title: c.proposal.title,
      kind: c.proposal.kind,
      desaCode: c.proposal.desaCode,
      total: toFraction(c.total),
      totalDecimal: toDecimal(c.total, DISPLAY_DECIMALS),
      scorerCount: c.scorerCount,
      criteria: c.criteria,
      tiedWith,
      aheadOfNextBy: next ? decide(c, next)[0] : null,
    };
  });
  for (const [i, c] of computed.entries()) {
    const previous = computed[i - 1];
    if (previous && compare(previous.total, c.total) === 0) ties.at(-1)!.proposalIds.push(c.proposal.id);
    else if (ranking[i]!.tiedWith.length > 0) {
      ties.push({
        proposalIds: [c.proposal.id],
        total: toFraction(c.total),
        totalDecimal: ranking[i]!.totalDecimal,
      });
    }
  }

  return {
    ok: true,
    result: {
      method: {
        id: SCORING_METHOD_ID,
        aggregation: 'mean_of_scorers',
        normalisation: 'linear_on_scale',
        total: 'weighted_mean',
        arithmetic: 'exact_fraction',
        displayDecimals: DISPLAY_DECIMALS,
        tieBreak: [...TIE_BREAK_RULES],
        criteria: methodCriteria,
        description: describe(methodCriteria),
      },
      ranking,
      ties,
    },
  };
}

/** The exact total of a ranked proposal, read back from its published fraction text. */
export function exactTotal(entry: Pick<RankedProposal, 'total'>): Rational | null {
  return parseFraction(entry.total);
}

/**
 * Checks a published result against its own inputs: recomputes it and lists every place where
 * the published method, ranking, totals or ties differ (field paths under `result`). A result
 * whose inputs are themselves invalid is refused with those issues (under `inputs`).
 */
export function recompute(published: PublishedScoring): RecomputeOutcome {
  if (published.result?.method?.id !== SCORING_METHOD_ID) {
    return {
      ok: false,
      issues: [
        {
          field: 'result.method.id',
          message: `Metode ${String(published.result?.method?.id)} tidak dikenal; yang dapat dihitung ulang: ${SCORING_METHOD_ID}.`,
        },
      ],
    };
  }
  const outcome = scoreProposals(published.inputs);
  if (!outcome.ok) {
    return {
      ok: false,
      issues: outcome.issues.map((issue) => ({ field: `inputs.${issue.field}`, message: issue.message })),
    };
  }
  const issues = jsonDifferences(published.result, outcome.result, 'result');
  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}
