/**
 * Business units (unit usaha) of a village enterprise and the supply links between them. A unit
 * works one commodity or service at one value-chain stage (hulu: input and production; tengah:
 * processing; hilir: marketing and distribution; jasa: services), in a desa, with its workers.
 * A link says one unit supplies another with a product — possibly across enterprises (a BUM Desa's
 * growers selling to the processing unit of a BUM Desa Bersama) — so a kawasan's chain from
 * upstream to downstream can be drawn (value-chain.ts).
 *
 * The commodity is normalised like a kawasan's flagship commodities (domain/kawasan/registry.ts),
 * so "Kopi " and "kopi" join in one chain. Validation returns every issue with its field path and
 * an Indonesian message. Pure: "today" is passed in.
 */
import type { FieldIssue } from '../errors.ts';
import { textLength } from '../facilitation/facilitator.ts';
import { isCalendarDate } from '../kawasan/lifecycle-guards.ts';
import { normaliseCommodities } from '../kawasan/registry.ts';
import { parseRegionCode } from '../region-code.ts';
import {
  isUnitStatus,
  isValueChainStage,
  UNIT_STATUSES,
  type UnitStatus,
  VALUE_CHAIN_STAGES,
  type ValueChainStage,
} from './vocabulary.ts';

/** Text limits, in characters after trimming: [minimum, maximum]. */
export const UNIT_TEXT_LIMITS = {
  name: [2, 120],
  commodity: [2, 80],
  description: [0, 2000],
  product: [2, 120],
  linkNote: [0, 500],
} as const;

/** The most workers one unit may record: far above any village enterprise, a guard against typos. */
export const MAX_UNIT_WORKERS = 100_000;

/** A unit as typed: choices as strings, so a wrong one comes back as an issue, not a crash. */
export interface UnitInput {
  name: string;
  commodity: string;
  stage: string;
  status: string;
  description?: string | undefined;
  /** A village-level region code, dotted or not; null when the unit has no one place. */
  desaCode?: string | null | undefined;
  workers?: number | undefined;
  womenWorkers?: number | undefined;
  startedOn?: string | null | undefined;
}

/** A valid unit, cleaned: trimmed texts, normalised commodity, canonical desa code. */
export interface UnitDraft {
  name: string;
  commodity: string;
  stage: ValueChainStage;
  status: UnitStatus;
  description: string;
  desaCode: string | null;
  workers: number;
  womenWorkers: number;
  startedOn: string | null;
}

export type UnitParse = { ok: true; value: UnitDraft } | { ok: false; issues: FieldIssue[] };

/** The commodity as stored: trimmed, single spaces, lower case (the kawasan normaliser). */
export function normaliseCommodity(commodity: string): string {
  return normaliseCommodities([commodity])[0] ?? '';
}

function lengthIssue(field: string, text: string, [min, max]: readonly [number, number], what: string) {
  const n = textLength(text);
  if (n >= min && n <= max) return null;
  const message =
    min > 0 ? `${what} wajib diisi, ${min}–${max} karakter.` : `${what} paling banyak ${max} karakter.`;
  return { field, message };
}

function countIssue(field: string, value: number, what: string): FieldIssue | null {
  if (Number.isInteger(value) && value >= 0 && value <= MAX_UNIT_WORKERS) return null;
  return {
    field,
    message: `${what} harus bilangan bulat 0 sampai ${String(MAX_UNIT_WORKERS).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}.`,
  };
}

/**
 * Checks and cleans a unit. `today` (`YYYY-MM-DD`, WIB) bounds the start date. The desa is only
 * checked for its form here (a village-level code); the service checks it exists.
 */
export function parseUnit(input: UnitInput, today: string): UnitParse {
  const issues: FieldIssue[] = [];
  const push = (issue: FieldIssue | null) => {
    if (issue) issues.push(issue);
  };
  const name = input.name.trim().replace(/\s+/g, ' ');
  push(lengthIssue('name', name, UNIT_TEXT_LIMITS.name, 'Nama unit usaha'));
  const commodity = normaliseCommodity(input.commodity);
  push(
    lengthIssue(
      'commodity',
      commodity,
      UNIT_TEXT_LIMITS.commodity,
      'Komoditas atau jenis layanan (misalnya kopi, wisata desa)',
    ),
  );
  if (!isValueChainStage(input.stage)) {
    issues.push({
      field: 'stage',
      message: `Tahap rantai nilai harus salah satu dari: ${VALUE_CHAIN_STAGES.join(', ')}.`,
    });
  }
  if (!isUnitStatus(input.status)) {
    issues.push({
      field: 'status',
      message: `Status unit usaha harus salah satu dari: ${UNIT_STATUSES.join(', ')}.`,
    });
  }
  const description = (input.description ?? '').trim();
  push(lengthIssue('description', description, UNIT_TEXT_LIMITS.description, 'Uraian unit usaha'));

  let desaCode: string | null = null;
  const desaText = input.desaCode?.trim() ?? '';
  if (desaText !== '') {
    const parsed = parseRegionCode(desaText);
    if (!parsed.ok) issues.push({ field: 'desaCode', message: parsed.message });
    else if (parsed.value.level !== 'village') {
      issues.push({
        field: 'desaCode',
        message: 'Lokasi unit usaha adalah kode desa/kelurahan (10 digit, misalnya 33.74.01.1001).',
      });
    } else desaCode = parsed.value.code;
  }

  const workers = input.workers ?? 0;
  const womenWorkers = input.womenWorkers ?? 0;
  const workersIssue = countIssue('workers', workers, 'Jumlah pekerja');
  const womenIssue = countIssue('womenWorkers', womenWorkers, 'Jumlah pekerja perempuan');
  push(workersIssue);
  push(womenIssue);
  if (!workersIssue && !womenIssue && womenWorkers > workers) {
    issues.push({
      field: 'womenWorkers',
      message: `Pekerja perempuan (${womenWorkers}) tidak boleh lebih dari jumlah pekerja (${workers}).`,
    });
  }

  const startedText = input.startedOn?.trim() ?? '';
  const startedOn = startedText === '' ? null : startedText;
  if (startedOn !== null) {
    if (!isCalendarDate(startedOn)) {
      issues.push({ field: 'startedOn', message: 'Tanggal mulai harus berbentuk TTTT-BB-HH.' });
    } else if (startedOn > today) {
      issues.push({
        field: 'startedOn',
        message: `Tanggal mulai ${startedOn} belum tiba (hari ini ${today}); unit yang belum mulai berstatus rencana tanpa tanggal mulai.`,
      });
    }
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      name,
      commodity,
      stage: input.stage as ValueChainStage,
      status: input.status as UnitStatus,
      description,
      desaCode,
      workers,
      womenWorkers,
      startedOn,
    },
  };
}

/* ——— Links ——— */

/** Order of the stages along a chain; services (`jasa`) stand beside it. */
export const STAGE_ORDER: Record<ValueChainStage, number | null> = {
  hulu: 0,
  tengah: 1,
  hilir: 2,
  jasa: null,
};

/** Whether `later` comes after `earlier` along the chain (hulu → tengah → hilir). */
export function isLaterStage(earlier: string, later: string): boolean {
  const a = STAGE_ORDER[earlier as ValueChainStage];
  const b = STAGE_ORDER[later as ValueChainStage];
  return a !== null && a !== undefined && b !== null && b !== undefined && b > a;
}

/** What a link needs to know of the units at its ends. */
export interface LinkEnd {
  id: string;
  name: string;
  stage: string;
}

export interface LinkInput {
  product: string;
  note?: string | undefined;
}

export interface LinkDraft {
  product: string;
  note: string;
}

export type LinkParse = { ok: true; value: LinkDraft } | { ok: false; issues: FieldIssue[] };

/** The product as compared for repeats: trimmed, single spaces, ignoring case. */
export function productKey(product: string): string {
  return product.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Checks a supply link from `supplier` to `buyer`: not a unit supplying itself, a product named,
 * and no second link between the same units for the same product (`existing` are the supplier's
 * links as they stand). A link "backwards" (a shop supplying growers with inputs) is allowed; its
 * note is `directionNote`.
 */
export function parseLink(
  input: LinkInput,
  supplier: LinkEnd,
  buyer: LinkEnd,
  existing: readonly { buyerUnitId: string; product: string }[],
): LinkParse {
  const issues: FieldIssue[] = [];
  const product = input.product.trim().replace(/\s+/g, ' ');
  const note = (input.note ?? '').trim();
  if (supplier.id === buyer.id) {
    issues.push({ field: 'buyerUnitId', message: 'Unit usaha tidak dapat memasok dirinya sendiri.' });
  }
  const productIssue = lengthIssue(
    'product',
    product,
    UNIT_TEXT_LIMITS.product,
    'Nama produk yang dipasok (misalnya biji kopi basah)',
  );
  if (productIssue) issues.push(productIssue);
  else if (
    existing.some((l) => l.buyerUnitId === buyer.id && productKey(l.product) === productKey(product))
  ) {
    issues.push({
      field: 'product',
      message: `Pasokan ${product} dari ${supplier.name} ke ${buyer.name} sudah tercatat.`,
    });
  }
  const noteIssue = lengthIssue('note', note, UNIT_TEXT_LIMITS.linkNote, 'Catatan pasokan');
  if (noteIssue) issues.push(noteIssue);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { product, note } };
}

/**
 * A note for a link that runs against the chain (a later stage supplying an earlier one), which is
 * how inputs flow (seed, fertiliser, packaging from a village shop); null for a link along it.
 */
export function directionNote(supplierStage: string, buyerStage: string): string | null {
  if (!isLaterStage(buyerStage, supplierStage)) return null;
  return 'Pasokan dari tahap yang lebih hilir ke tahap yang lebih hulu: dicatat sebagai pasokan input (misalnya bibit, pupuk atau kemasan), bukan aliran hasil.';
}
