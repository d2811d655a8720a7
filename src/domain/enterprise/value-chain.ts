/**
 * The value chain of a kawasan: every business unit of every enterprise working in it, by
 * commodity and stage (hulu → tengah → hilir, with jasa beside), the supply links between them,
 * the capital behind each stage by source, and the gaps where the chain is broken:
 *
 * 1. `stage_missing` — a commodity has no running unit at hulu, tengah or hilir;
 * 2. `imbalance` — many running producers (at least `IMBALANCE_MIN_PRODUCERS` hulu units) and no
 *    running processing unit;
 * 3. `no_buyer` — a running hulu or tengah unit with no running buyer at a later stage: its
 *    output has no recorded outlet (a buyer outside the kawasan counts as one);
 * 4. `no_supplier` — a running tengah or hilir unit with no running supplier at an earlier stage
 *    inside the kawasan;
 * 5. `no_units` — a flagship commodity of the kawasan with no unit at all.
 *
 * A commodity whose units are all services (jasa) has no chain of stages, so only 5 applies to it.
 * Units planned (`rencana`) or stopped (`berhenti`) are shown apart and never fill a stage.
 *
 * Capital tied to a unit goes to that unit's commodity and stage; capital not tied to a unit is
 * shown per enterprise as not yet allocated — never spread over stages by a made-up ratio. Sums
 * are exact (bigint). The order of everything is fixed, so the same data gives the same view.
 * Pure.
 */
import { sumRupiah } from '../money/rupiah.ts';
import { isLaterStage } from './business-unit.ts';
import { CAPITAL_SOURCES, VALUE_CHAIN_STAGES, type ValueChainStage } from './vocabulary.ts';

/** At least this many running hulu units without a running tengah unit is an imbalance. */
export const IMBALANCE_MIN_PRODUCERS = 3;

/** The stages a chain runs through, upstream first; `jasa` stands beside them. */
export const CHAIN_STAGES = ['hulu', 'tengah', 'hilir'] as const satisfies readonly ValueChainStage[];

/** What each chain stage does, as the gap sentences say it. */
export const STAGE_WORK: Record<(typeof CHAIN_STAGES)[number], string> = {
  hulu: 'input dan produksi',
  tengah: 'pengolahan',
  hilir: 'pemasaran dan distribusi',
};

export interface ChainUnit {
  id: string;
  enterpriseId: string;
  name: string;
  commodity: string;
  stage: string;
  status: string;
  workers: number;
  /** False for a unit outside the kawasan at the far end of a link (default true). */
  inKawasan?: boolean;
}

export interface ChainLink {
  id: string;
  supplierUnitId: string;
  buyerUnitId: string;
  product: string;
}

export interface ChainCapital {
  id: string;
  enterpriseId: string;
  unitId: string | null;
  source: string;
  amount: bigint;
}

export interface ValueChainInput {
  /** The kawasan's flagship commodities, normalised, in the kawasan's order. */
  flagshipCommodities: readonly string[];
  units: readonly ChainUnit[];
  links: readonly ChainLink[];
  capital: readonly ChainCapital[];
  /** Only this commodity (normalised); capital not tied to a unit is still shown per enterprise. */
  commodity?: string | undefined;
}

export type GapKind = 'no_units' | 'stage_missing' | 'imbalance' | 'no_buyer' | 'no_supplier';
export const GAP_KINDS: readonly GapKind[] = [
  'no_units',
  'stage_missing',
  'imbalance',
  'no_buyer',
  'no_supplier',
];

export const GAP_LABELS: Record<GapKind, string> = {
  no_units: 'Komoditas unggulan tanpa unit usaha',
  stage_missing: 'Tahap rantai nilai kosong',
  imbalance: 'Banyak produsen, tidak ada pengolahan',
  no_buyer: 'Hasil belum tersalur',
  no_supplier: 'Belum punya pemasok dalam kawasan',
};

export interface Gap {
  kind: GapKind;
  commodity: string;
  stage: ValueChainStage | null;
  /** A plain Indonesian sentence. */
  message: string;
  /** The units concerned (none for a stage or commodity with no unit). */
  unitIds: string[];
}

export interface SourceAmount {
  source: string;
  amount: bigint;
}

export interface StageCapital {
  stage: ValueChainStage;
  total: bigint;
  bySource: SourceAmount[];
}

export interface ChainStage {
  stage: ValueChainStage;
  /** Running units (`berjalan`), by name. */
  running: string[];
  /** Planned or stopped units, by name. */
  notRunning: string[];
  /** Workers of the running units. */
  workers: number;
  capital: StageCapital;
}

export interface CommodityChain {
  commodity: string;
  flagship: boolean;
  /** hulu, tengah, hilir, jasa — always all four. */
  stages: ChainStage[];
  /** Links touching a unit of this commodity (inside the kawasan), by supplier, buyer and product. */
  flowIds: string[];
  gaps: Gap[];
}

export interface ValueChain {
  commodities: CommodityChain[];
  /** Every gap, commodity by commodity in the order above. */
  gaps: Gap[];
  capital: {
    /** Capital tied to units, by stage over every commodity. */
    byStage: StageCapital[];
    /** Capital not tied to a unit, per enterprise (enterprise ids ascending). */
    unallocated: { enterpriseId: string; total: bigint; bySource: SourceAmount[] }[];
    /** The capital of `byStage` and `unallocated` together, by source. */
    bySource: SourceAmount[];
    total: bigint;
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function bySources(rows: readonly ChainCapital[]): SourceAmount[] {
  const rank = (s: string) => {
    const i = (CAPITAL_SOURCES as readonly string[]).indexOf(s);
    return i === -1 ? CAPITAL_SOURCES.length : i;
  };
  const groups = new Map<string, bigint[]>();
  for (const r of rows) groups.set(r.source, [...(groups.get(r.source) ?? []), r.amount]);
  return [...groups]
    .map(([source, amounts]) => ({ source, amount: sumRupiah(amounts) }))
    .sort((a, b) => rank(a.source) - rank(b.source) || compare(a.source, b.source));
}

function stageCapital(stage: ValueChainStage, rows: readonly ChainCapital[]): StageCapital {
  return { stage, total: sumRupiah(rows.map((r) => r.amount)), bySource: bySources(rows) };
}

const isRunning = (u: ChainUnit) => u.status === 'berjalan';

/** "1 unit", "3 unit" — Indonesian does not inflect, but the count reads better with its noun. */
const units = (n: number) => `${n} unit`;

/** Builds the value chain of a kawasan (see the module comment). */
export function valueChain(input: ValueChainInput): ValueChain {
  const all = new Map(input.units.map((u) => [u.id, u]));
  const only = input.commodity;
  const inside = input.units.filter(
    (u) => u.inKawasan !== false && (only === undefined || u.commodity === only),
  );
  const byName = (a: ChainUnit, b: ChainUnit) => compare(a.name, b.name) || compare(a.id, b.id);

  // Commodities: the flagship ones in the kawasan's order, then the others alphabetically.
  const flagship = [...new Set(input.flagshipCommodities)];
  const others = [...new Set(inside.map((u) => u.commodity))]
    .filter((c) => !flagship.includes(c))
    .sort(compare);
  const commodityOrder = [...flagship, ...others].filter((c) => only === undefined || c === only);
  if (only !== undefined && commodityOrder.length === 0) commodityOrder.push(only);

  const linkName = (l: ChainLink) =>
    [all.get(l.supplierUnitId)?.name ?? '', all.get(l.buyerUnitId)?.name ?? '', l.product, l.id] as const;
  const links = [...input.links].sort((a, b) => {
    const [as, ab, ap, ai] = linkName(a);
    const [bs, bb, bp, bi] = linkName(b);
    return compare(as, bs) || compare(ab, bb) || compare(ap, bp) || compare(ai, bi);
  });

  // Capital tied to a known unit goes to its stage; everything else is per enterprise.
  const tied = new Map<string, ChainCapital[]>();
  const untied: ChainCapital[] = [];
  const insideIds = new Set(input.units.filter((u) => u.inKawasan !== false).map((u) => u.id));
  for (const row of input.capital) {
    const unit = row.unitId !== null && insideIds.has(row.unitId) ? all.get(row.unitId) : undefined;
    if (unit === undefined) untied.push(row);
    else if (only === undefined || unit.commodity === only)
      tied.set(unit.id, [...(tied.get(unit.id) ?? []), row]);
  }
  const capitalOf = (list: readonly ChainUnit[]) => list.flatMap((u) => tied.get(u.id) ?? []);

  const outlets = (u: ChainUnit) =>
    links.some((l) => {
      if (l.supplierUnitId !== u.id) return false;
      const buyer = all.get(l.buyerUnitId);
      return buyer !== undefined && isRunning(buyer) && isLaterStage(u.stage, buyer.stage);
    });
  const suppliers = (u: ChainUnit) =>
    links.some((l) => {
      if (l.buyerUnitId !== u.id) return false;
      const supplier = all.get(l.supplierUnitId);
      return (
        supplier !== undefined &&
        supplier.inKawasan !== false &&
        isRunning(supplier) &&
        isLaterStage(supplier.stage, u.stage)
      );
    });

  const commodities: CommodityChain[] = commodityOrder.map((commodity) => {
    const mine = inside.filter((u) => u.commodity === commodity).sort(byName);
    const stages: ChainStage[] = VALUE_CHAIN_STAGES.map((stage) => {
      const at = mine.filter((u) => u.stage === stage);
      const running = at.filter(isRunning);
      return {
        stage,
        running: running.map((u) => u.id),
        notRunning: at.filter((u) => !isRunning(u)).map((u) => u.id),
        workers: running.reduce((n, u) => n + u.workers, 0),
        capital: stageCapital(stage, capitalOf(at)),
      };
    });
    const ids = new Set(mine.map((u) => u.id));
    const flowIds = links.filter((l) => ids.has(l.supplierUnitId) || ids.has(l.buyerUnitId)).map((l) => l.id);

    const gaps: Gap[] = [];
    if (mine.length === 0) {
      gaps.push({
        kind: 'no_units',
        commodity,
        stage: null,
        message: `Belum ada unit usaha untuk komoditas unggulan ${commodity}.`,
        unitIds: [],
      });
    } else if (mine.some((u) => u.stage !== 'jasa')) {
      const stageOf = (s: ValueChainStage) => stages.find((x) => x.stage === s)!;
      for (const stage of CHAIN_STAGES) {
        const { running, notRunning } = stageOf(stage);
        if (running.length > 0) continue;
        const waiting = notRunning.length > 0 ? ` (${units(notRunning.length)} belum berjalan)` : '';
        gaps.push({
          kind: 'stage_missing',
          commodity,
          stage,
          message: `Belum ada unit ${STAGE_WORK[stage]} (${stage}) untuk ${commodity}${waiting}.`,
          unitIds: [...notRunning],
        });
      }
      const producers = stageOf('hulu').running;
      if (producers.length >= IMBALANCE_MIN_PRODUCERS && stageOf('tengah').running.length === 0) {
        gaps.push({
          kind: 'imbalance',
          commodity,
          stage: 'tengah',
          message: `Banyak produsen, tidak ada pengolahan: ${units(producers.length)} hulu ${commodity} berjalan tanpa satu pun unit pengolahan.`,
          unitIds: [...producers],
        });
      }
      for (const u of mine.filter((x) => isRunning(x) && (x.stage === 'hulu' || x.stage === 'tengah'))) {
        if (outlets(u)) continue;
        const next = u.stage === 'hulu' ? 'unit pengolahan atau pemasaran' : 'unit pemasaran';
        gaps.push({
          kind: 'no_buyer',
          commodity,
          stage: u.stage as ValueChainStage,
          message: `Hasil ${u.name} (${commodity}, ${u.stage}) belum tersalur: belum ada pasokan ke ${next} yang berjalan.`,
          unitIds: [u.id],
        });
      }
      for (const u of mine.filter((x) => isRunning(x) && (x.stage === 'tengah' || x.stage === 'hilir'))) {
        if (suppliers(u)) continue;
        gaps.push({
          kind: 'no_supplier',
          commodity,
          stage: u.stage as ValueChainStage,
          message: `${u.name} (${commodity}, ${u.stage}) belum punya pemasok dalam kawasan.`,
          unitIds: [u.id],
        });
      }
    }
    return { commodity, flagship: flagship.includes(commodity), stages, flowIds, gaps };
  });

  const untiedByEnterprise = new Map<string, ChainCapital[]>();
  for (const r of untied)
    untiedByEnterprise.set(r.enterpriseId, [...(untiedByEnterprise.get(r.enterpriseId) ?? []), r]);

  const shown = [...[...tied.values()].flat(), ...untied];
  return {
    commodities,
    gaps: commodities.flatMap((c) => c.gaps),
    capital: {
      byStage: VALUE_CHAIN_STAGES.map((stage) =>
        stageCapital(stage, capitalOf(inside.filter((u) => u.stage === stage))),
      ),
      unallocated: [...untiedByEnterprise]
        .sort(([a], [b]) => compare(a, b))
        .map(([enterpriseId, rows]) => ({
          enterpriseId,
          total: sumRupiah(rows.map((r) => r.amount)),
          bySource: bySources(rows),
        })),
      bySource: bySources(shown),
      total: sumRupiah(shown.map((r) => r.amount)),
    },
  };
}
