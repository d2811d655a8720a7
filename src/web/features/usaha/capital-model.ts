/**
 * The modal tab as values: the capital form (checked with the domain's rules before sending: a
 * partner for capital from a mitra, a founding desa for Dana Desa, a whole-rupiah amount), the
 * request body (the amount is sent as typed, "1.500.000", and parsed by the server), and the
 * share of each source in the total (exact: bigint, never a float).
 */
import type { CapitalList, CapitalView, CreateCapitalBody } from '../../../contracts/business.contract';
import { parseCapital } from '../../../domain/enterprise/capital';
import { formatRupiah, parseRupiah, percentText } from '../../../domain/money/rupiah';
import { type Issue, normalizeField, type SortedIssues, sortIssues } from '../pelatihan/pelatihan-forms';

export interface CapitalValues {
  source: string;
  form: string;
  /** As typed: "1.500.000", "Rp 1.500.000" or "1500000". */
  amount: string;
  receivedOn: string;
  documentNumber: string;
  partnerId: string;
  desaCode: string;
  unitId: string;
  documentId: string;
  note: string;
}

export const CAPITAL_FIELDS = [
  'source',
  'form',
  'amount',
  'receivedOn',
  'documentNumber',
  'partnerId',
  'desaCode',
  'unitId',
  'documentId',
  'note',
] as const;
export type CapitalField = (typeof CAPITAL_FIELDS)[number];

export function newCapitalValues(): CapitalValues {
  return {
    source: '',
    form: 'penyertaan_modal',
    amount: '',
    receivedOn: '',
    documentNumber: '',
    partnerId: '',
    desaCode: '',
    unitId: '',
    documentId: '',
    note: '',
  };
}

export function capitalValues(row: CapitalView): CapitalValues {
  return {
    source: row.source,
    form: row.form,
    amount: formatRupiah(BigInt(row.amount)).replace(/^Rp/, ''),
    receivedOn: row.receivedOn,
    documentNumber: row.documentNumber,
    partnerId: row.partner?.id ?? '',
    desaCode: row.desa?.code ?? '',
    unitId: row.unit?.id ?? '',
    documentId: row.documentId ?? '',
    note: row.note,
  };
}

/** A change of source drops what only the former source carried (a partner, a desa). */
export function withSource(values: CapitalValues, source: string): CapitalValues {
  return {
    ...values,
    source,
    partnerId: source === 'mitra' ? values.partnerId : '',
    desaCode: source === 'dana_desa' ? values.desaCode : '',
  };
}

export interface CapitalRules {
  today: string;
  founderDesaCodes: readonly string[];
  unitIds: readonly string[];
}

/** What the domain finds wrong with the form, by field (the first message of a field wins). */
export function capitalFormIssues(
  values: CapitalValues,
  rules: CapitalRules,
): Partial<Record<CapitalField, string>> {
  const parsed = parseCapital(
    {
      source: values.source,
      form: values.form,
      amount: values.amount,
      receivedOn: values.receivedOn.trim(),
      documentNumber: values.documentNumber,
      partnerId: values.partnerId,
      desaCode: values.desaCode,
      unitId: values.unitId,
      note: values.note,
    },
    rules,
  );
  const out: Partial<Record<CapitalField, string>> = {};
  if (parsed.ok) return out;
  for (const issue of parsed.issues) out[issue.field as CapitalField] ??= issue.message;
  return out;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function capitalBody(values: CapitalValues): CreateCapitalBody {
  const note = values.note.trim();
  return {
    source: values.source,
    form: values.form,
    amount: values.amount.trim(),
    receivedOn: values.receivedOn.trim(),
    documentNumber: values.documentNumber.trim(),
    partnerId: orNull(values.partnerId),
    desaCode: orNull(values.desaCode),
    unitId: orNull(values.unitId),
    documentId: orNull(values.documentId),
    ...(note === '' ? {} : { note }),
  };
}

export function capitalServerIssues(issues: readonly Issue[]): SortedIssues {
  return sortIssues(issues, (path) => {
    const head = normalizeField(path).split('.')[0] ?? '';
    return (CAPITAL_FIELDS as readonly string[]).includes(head) ? head : null;
  });
}

/** The amount as typed, read back ("Rp1.500.000") — or null while it is no whole-rupiah amount. */
export function amountPreview(text: string): string | null {
  if (text.trim() === '') return null;
  const parsed = parseRupiah(text, 'amount');
  return parsed.ok ? formatRupiah(parsed.value) : null;
}

export interface SourceShare {
  source: string;
  sourceLabel: string;
  amount: string;
  /** The amount written out: "Rp1.500.000". */
  amountText: string;
  /** Share of the total, "37.5" (one decimal, for display only); null when the total is zero. */
  percent: string | null;
}

/** The summary by source with each share of the total, exactly. */
export function sourceShares(summary: CapitalList['summary']): SourceShare[] {
  const total = BigInt(summary.total);
  return summary.bySource.map((s) => ({
    source: s.source,
    sourceLabel: s.sourceLabel,
    amount: s.amount,
    amountText: formatRupiah(BigInt(s.amount)),
    percent: percentText(BigInt(s.amount), total, 1),
  }));
}
