/**
 * Capital put into a village enterprise (penyertaan modal) or granted to it (hibah), by source:
 * APBN, APBD provinsi, APBD kabupaten/kota, Dana Desa (the founding desa's penyertaan modal in its
 * APBDes), partners (mitra/CSR, from the partner registry) and the community. Every row carries
 * the document it rests on — the Perdes APBDes for Dana Desa, the SK or DPA for an APBD grant, the
 * agreement with a partner — and may name the business unit it was meant for, so the capital
 * behind each value-chain stage can be shown (value-chain.ts).
 *
 * Amounts are whole rupiah (domain/money/rupiah.ts): parsed from the Indonesian written form,
 * never through a float; summaries are exact bigint sums. Pure: "today" is passed in.
 */
import type { FieldIssue } from '../errors.ts';
import { textLength } from '../facilitation/facilitator.ts';
import { isCalendarDate } from '../kawasan/lifecycle-guards.ts';
import { parseRupiah, sumRupiah } from '../money/rupiah.ts';
import { parseRegionCode } from '../region-code.ts';
import {
  CAPITAL_FORMS,
  CAPITAL_SOURCES,
  type CapitalForm,
  type CapitalSource,
  isCapitalForm,
  isCapitalSource,
} from './vocabulary.ts';

/** Text limits, in characters after trimming: [minimum, maximum]. */
export const CAPITAL_TEXT_LIMITS = { documentNumber: [3, 120], note: [0, 1000] } as const;

/**
 * The earliest date a capital row may carry. BUM Desa date from UU 32/2004; the bound only stops
 * typing slips such as 0202-01-01.
 */
export const EARLIEST_CAPITAL_DATE = '1990-01-01';

/** What the legal basis of each source is called, for the message when it is missing. */
export const CAPITAL_BASIS: Record<CapitalSource, string> = {
  apbn: 'SK atau DIPA pemberi dana',
  apbd_provinsi: 'SK gubernur atau DPA',
  apbd_kabupaten: 'SK bupati/wali kota atau DPA',
  dana_desa: 'Perdes APBDes yang memuat penyertaan modal',
  mitra: 'perjanjian kerja sama dengan mitra',
  masyarakat: 'berita acara atau bukti setoran modal masyarakat',
};

/** A capital row as typed. */
export interface CapitalInput {
  source: string;
  form: string;
  amount: unknown;
  receivedOn: string;
  documentNumber: string;
  partnerId?: string | null | undefined;
  desaCode?: string | null | undefined;
  unitId?: string | null | undefined;
  note?: string | undefined;
}

/** What the rules need of the enterprise the capital goes to. */
export interface CapitalContext {
  /** `YYYY-MM-DD` in WIB. */
  today: string;
  founderDesaCodes: readonly string[];
  /** The enterprise's own business units. */
  unitIds: readonly string[];
}

export interface CapitalDraft {
  source: CapitalSource;
  form: CapitalForm;
  amount: bigint;
  receivedOn: string;
  documentNumber: string;
  partnerId: string | null;
  desaCode: string | null;
  unitId: string | null;
  note: string;
}

export type CapitalParse = { ok: true; value: CapitalDraft } | { ok: false; issues: FieldIssue[] };

const blankToNull = (value: string | null | undefined): string | null => {
  const t = value?.trim() ?? '';
  return t === '' ? null : t;
};

/** Checks and cleans a capital row for an enterprise; every issue names its field. */
export function parseCapital(input: CapitalInput, ctx: CapitalContext): CapitalParse {
  const issues: FieldIssue[] = [];
  const source = input.source;
  const sourceOk = isCapitalSource(source);
  if (!sourceOk) {
    issues.push({
      field: 'source',
      message: `Sumber modal harus salah satu dari: ${CAPITAL_SOURCES.join(', ')}.`,
    });
  }
  if (!isCapitalForm(input.form)) {
    issues.push({
      field: 'form',
      message: `Bentuk modal harus penyertaan_modal atau hibah (${CAPITAL_FORMS.join(', ')}).`,
    });
  }

  let amount = 0n;
  const parsed = parseRupiah(input.amount, 'amount');
  if (!parsed.ok) issues.push(parsed.issue);
  else if (parsed.value <= 0n)
    issues.push({ field: 'amount', message: 'Jumlah modal harus lebih dari nol.' });
  else amount = parsed.value;

  const receivedOn = input.receivedOn.trim();
  if (!isCalendarDate(receivedOn)) {
    issues.push({ field: 'receivedOn', message: 'Tanggal diterima harus berbentuk TTTT-BB-HH.' });
  } else if (receivedOn > ctx.today) {
    issues.push({
      field: 'receivedOn',
      message: `Tanggal diterima ${receivedOn} belum tiba (hari ini ${ctx.today}); modal dicatat setelah diterima.`,
    });
  } else if (receivedOn < EARLIEST_CAPITAL_DATE) {
    issues.push({
      field: 'receivedOn',
      message: `Tanggal diterima ${receivedOn} terlalu awal; periksa tahunnya.`,
    });
  }

  const documentNumber = input.documentNumber.trim().replace(/\s+/g, ' ');
  const [docMin, docMax] = CAPITAL_TEXT_LIMITS.documentNumber;
  const docLength = textLength(documentNumber);
  if (docLength < docMin || docLength > docMax) {
    const basis = sourceOk ? CAPITAL_BASIS[source] : 'dokumen dasar pemberian modal';
    issues.push({
      field: 'documentNumber',
      message: `Nomor dokumen dasar wajib diisi (${basis}), ${docMin}–${docMax} karakter.`,
    });
  }

  const partnerId = blankToNull(input.partnerId);
  if (sourceOk && source === 'mitra' && partnerId === null) {
    issues.push({
      field: 'partnerId',
      message: 'Modal dari mitra wajib menyebut mitranya (daftarkan dulu di daftar mitra pendanaan).',
    });
  }
  if (sourceOk && source !== 'mitra' && partnerId !== null) {
    issues.push({ field: 'partnerId', message: 'Mitra hanya diisi untuk modal bersumber dari mitra.' });
  }

  let desaCode: string | null = null;
  const desaText = blankToNull(input.desaCode);
  if (desaText !== null) {
    const code = parseRegionCode(desaText);
    desaCode = code.ok ? code.value.code : desaText;
  }
  if (sourceOk && source === 'dana_desa') {
    if (desaCode === null) {
      issues.push({
        field: 'desaCode',
        message: 'Penyertaan modal dari Dana Desa wajib menyebut desa pendiri yang menyertakannya.',
      });
    } else if (!ctx.founderDesaCodes.includes(desaCode)) {
      issues.push({
        field: 'desaCode',
        message: `Desa ${desaText} bukan desa pendiri badan usaha ini; Dana Desa disertakan oleh desa pendiri (${ctx.founderDesaCodes.join(', ')}).`,
      });
    }
  } else if (sourceOk && desaCode !== null) {
    issues.push({
      field: 'desaCode',
      message: 'Desa asal hanya diisi untuk penyertaan modal dari Dana Desa.',
    });
  }

  const unitId = blankToNull(input.unitId);
  if (unitId !== null && !ctx.unitIds.includes(unitId)) {
    issues.push({ field: 'unitId', message: 'Unit usaha itu bukan unit badan usaha ini.' });
  }

  const note = (input.note ?? '').trim();
  if (textLength(note) > CAPITAL_TEXT_LIMITS.note[1]) {
    issues.push({ field: 'note', message: `Catatan paling banyak ${CAPITAL_TEXT_LIMITS.note[1]} karakter.` });
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      source: source as CapitalSource,
      form: input.form as CapitalForm,
      amount,
      receivedOn,
      documentNumber,
      partnerId,
      desaCode,
      unitId,
      note,
    },
  };
}

/* ——— Summary ——— */

export interface CapitalRow {
  amount: bigint;
  source: string;
  form: string;
  receivedOn: string;
  unitId: string | null;
}

export interface CapitalSummary {
  total: bigint;
  /** Sources in vocabulary order, only those with capital; unknown codes last, by code. */
  bySource: { source: string; amount: bigint }[];
  byForm: { form: string; amount: bigint }[];
  /** Calendar years ascending. */
  byYear: { year: number; amount: bigint }[];
  /** Units by id, then the capital not tied to a unit (`unitId` null) last. */
  byUnit: { unitId: string | null; amount: bigint }[];
}

function orderedTotals<K extends string>(
  rows: readonly CapitalRow[],
  keyOf: (r: CapitalRow) => K,
  order: readonly string[],
): { key: K; amount: bigint }[] {
  const totals = new Map<K, bigint[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = totals.get(k) ?? [];
    list.push(r.amount);
    totals.set(k, list);
  }
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i === -1 ? order.length : i;
  };
  return [...totals]
    .map(([key, amounts]) => ({ key, amount: sumRupiah(amounts) }))
    .sort((a, b) => rank(a.key) - rank(b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Totals of capital rows by source, form, year and unit: exact bigint sums, in a fixed order. */
export function capitalSummary(rows: readonly CapitalRow[]): CapitalSummary {
  const byYear = new Map<number, bigint>();
  for (const r of rows) {
    const year = Number(r.receivedOn.slice(0, 4));
    byYear.set(year, (byYear.get(year) ?? 0n) + r.amount);
  }
  const byUnit = new Map<string | null, bigint>();
  for (const r of rows) byUnit.set(r.unitId, (byUnit.get(r.unitId) ?? 0n) + r.amount);
  return {
    total: sumRupiah(rows.map((r) => r.amount)),
    bySource: orderedTotals(rows, (r) => r.source, CAPITAL_SOURCES).map(({ key, amount }) => ({
      source: key,
      amount,
    })),
    byForm: orderedTotals(rows, (r) => r.form, CAPITAL_FORMS).map(({ key, amount }) => ({
      form: key,
      amount,
    })),
    byYear: [...byYear].sort(([a], [b]) => a - b).map(([year, amount]) => ({ year, amount })),
    byUnit: [...byUnit]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
      .map(([unitId, amount]) => ({ unitId, amount })),
  };
}
