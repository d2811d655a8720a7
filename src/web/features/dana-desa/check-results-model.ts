/**
 * A check result as rows to show: one per rule with its status, the amount measured against the
 * limit, the exact amount to cut or to add, and the sentence that says what to change. The same
 * rows serve the live what-if and a stored check (both in the JSON form: amounts as digits).
 */
import type { CheckResultJson, RuleStatus } from '../../../domain/dana-desa/check';
import { CONFIDENCE_LABELS, type Confidence } from '../../../domain/dana-desa/rule-set';
import { formatRupiah } from '../../../domain/money/rupiah';

type FullRuleJson = CheckResultJson['results'][number];

/** What is shown of a rule's result; a live result and a stored check (the API's view) both have it. */
export type RuleResultJson = Pick<
  FullRuleJson,
  | 'ruleId'
  | 'title'
  | 'status'
  | 'amount'
  | 'percent'
  | 'limit'
  | 'excess'
  | 'shortfall'
  | 'percentText'
  | 'sentence'
  | 'explanation'
  | 'citation'
  | 'confidence'
>;

export interface CheckLike {
  ruleSetVersion: string;
  summary: CheckResultJson['summary'];
  results: readonly RuleResultJson[];
}

export interface RuleRow {
  ruleId: string;
  title: string;
  status: RuleStatus;
  /** "Rp210.000.000". */
  amountText: string;
  /** The share as the sentence writes it ("21,0%"), or null. */
  shareText: string | null;
  /** "paling banyak 15%" / "paling sedikit 20%" with the limit in rupiah, or null. */
  limitText: string | null;
  /** What to do in one amount: "Kurangi Rp60.000.000" / "Tambah Rp5.000.000", or null when nothing. */
  change: { kind: 'cut' | 'add'; amountText: string } | null;
  sentence: string;
  explanation: string;
  citation: string;
  confidence: Confidence;
  confidenceLabel: string;
}

const money = (digits: string | null) => (digits === null ? null : formatRupiah(BigInt(digits)));

const percentWords = (percent: string) => `${percent.replace('.', ',')}%`;

export function ruleRow(r: RuleResultJson): RuleRow {
  const limit = money(r.limit);
  let limitText: string | null = null;
  if (limit !== null && r.percent !== null) {
    const side = r.excess !== null ? 'paling banyak' : 'paling sedikit';
    limitText = `${side} ${percentWords(r.percent)} (${limit})`;
  } else if (limit !== null) {
    limitText = limit;
  }
  let change: RuleRow['change'] = null;
  if (r.status === 'tidak_lulus' && r.excess !== null && r.excess !== '0') {
    change = { kind: 'cut', amountText: formatRupiah(BigInt(r.excess)) };
  } else if (r.status === 'tidak_lulus' && r.shortfall !== null && r.shortfall !== '0') {
    change = { kind: 'add', amountText: formatRupiah(BigInt(r.shortfall)) };
  }
  return {
    ruleId: r.ruleId,
    title: r.title,
    status: r.status,
    amountText: formatRupiah(BigInt(r.amount)),
    shareText: r.percentText,
    limitText,
    change,
    sentence: r.sentence,
    explanation: r.explanation,
    citation: r.citation,
    confidence: r.confidence,
    confidenceLabel: CONFIDENCE_LABELS[r.confidence],
  };
}

/** The rows of a check: failures first (what to change), then passes, then the rest, each in rule order. */
export function ruleRows(result: CheckLike): RuleRow[] {
  const rank: Record<RuleStatus, number> = { tidak_lulus: 0, lulus: 1, tidak_berlaku: 2, informasi: 3 };
  return result.results
    .map((r, i) => ({ row: ruleRow(r), i }))
    .sort((a, b) => rank[a.row.status] - rank[b.row.status] || a.i - b.i)
    .map((x) => x.row);
}

/** Mantine colours of the status badges. */
export const STATUS_COLORS: Record<RuleStatus, string> = {
  lulus: 'green',
  tidak_lulus: 'red',
  tidak_berlaku: 'gray',
  informasi: 'blue',
};
