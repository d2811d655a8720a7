/**
 * The kawasan value-chain page as pure pieces: its place in the address, the commodity tabs
 * (flagship first, as the API orders them), the stage columns of one commodity with their units,
 * gaps and capital, the flows between the units, the capital of each stage drawn as a stacked bar,
 * and the performance class of each enterprise from its latest report (the domain's own rule).
 * Money stays digits from the API and is compared and summed as bigint.
 */
import type { ValueChainView } from '../../../contracts/business.contract';
import { type Performance, parsePeriod, performance } from '../../../domain/enterprise/report';
import { CAPITAL_SOURCES, type CapitalSource } from '../../../domain/enterprise/vocabulary';
import { isUuid } from '../../../domain/uuid';
import { VALUE_CHAIN_PATH } from './usaha-paths';

type Commodity = ValueChainView['commodities'][number];
type Stage = Commodity['stages'][number];
export type ChainUnitView = ValueChainView['units'][number];
export type ChainGapView = ValueChainView['gaps'][number];
export type ChainEnterprise = ValueChainView['enterprises'][number];
type SourceAmount = Stage['capital']['bySource'][number];

/** The page's place in the address: `?kawasan=<id>&commodity=kopi`; a kawasan that is no uuid is none. */
export function valueChainQueryOf(search: URLSearchParams): {
  kawasanId: string | null;
  commodity: string | null;
} {
  const kawasan = (search.get('kawasan') ?? '').trim();
  const commodity = (search.get('commodity') ?? '').trim();
  return { kawasanId: isUuid(kawasan) ? kawasan : null, commodity: commodity === '' ? null : commodity };
}

/** `/usaha/rantai-nilai?kawasan=<id>&commodity=<c>`. */
export function chainPath(kawasanId: string | null, commodity?: string | null): string {
  const params = new URLSearchParams();
  if (kawasanId) params.set('kawasan', kawasanId);
  if (commodity) params.set('commodity', commodity);
  const qs = params.toString();
  return qs ? `${VALUE_CHAIN_PATH}?${qs}` : VALUE_CHAIN_PATH;
}

export interface CommodityTab {
  commodity: string;
  flagship: boolean;
  units: number;
  gaps: number;
}

/** One tab per commodity in the API's order (the kawasan's flagship commodities first). */
export function commodityTabs(view: ValueChainView): CommodityTab[] {
  return view.commodities.map((c) => ({
    commodity: c.commodity,
    flagship: c.flagship,
    units: c.stages.reduce((n, s) => n + s.running.length + s.notRunning.length, 0),
    gaps: c.gaps.length,
  }));
}

/** The commodity shown: the one asked for when the view has it, else the first (a flagship one). */
export function chosenCommodity(view: ValueChainView, asked: string | null): Commodity | null {
  const key = (text: string) => text.trim().toLowerCase();
  return (
    (asked === null ? undefined : view.commodities.find((c) => key(c.commodity) === key(asked))) ??
    view.commodities[0] ??
    null
  );
}

/** The chain stages from upstream; `jasa` is shown apart. */
export const CHAIN_COLUMNS = ['hulu', 'tengah', 'hilir'] as const;

export interface StageColumn {
  stage: string;
  label: string;
  running: ChainUnitView[];
  notRunning: ChainUnitView[];
  workers: number;
  capital: Stage['capital'];
  /** Gaps of the stage itself: no running unit, or many producers and no processing. */
  gaps: ChainGapView[];
}

function columnOf(
  stage: Stage,
  units: Map<string, ChainUnitView>,
  gaps: readonly ChainGapView[],
): StageColumn {
  const pick = (ids: readonly string[]) =>
    ids.map((id) => units.get(id)).filter((u): u is ChainUnitView => u !== undefined);
  return {
    stage: stage.stage,
    label: stage.stageLabel,
    running: pick(stage.running),
    notRunning: pick(stage.notRunning),
    workers: stage.workers,
    capital: stage.capital,
    gaps: gaps.filter(
      (g) => g.stage === stage.stage && (g.kind === 'stage_missing' || g.kind === 'imbalance'),
    ),
  };
}

/** The columns hulu → tengah → hilir of a commodity, and its jasa units apart. */
export function stageColumns(
  view: ValueChainView,
  commodity: Commodity,
): { chain: StageColumn[]; services: StageColumn | null } {
  const units = new Map(view.units.map((u) => [u.id, u]));
  const byStage = new Map(commodity.stages.map((s) => [s.stage, s]));
  const chain = CHAIN_COLUMNS.map((stage) => byStage.get(stage))
    .filter((s): s is Stage => s !== undefined)
    .map((s) => columnOf(s, units, commodity.gaps));
  const jasa = byStage.get('jasa');
  const services = jasa ? columnOf(jasa, units, commodity.gaps) : null;
  return {
    chain,
    services: services && services.running.length + services.notRunning.length > 0 ? services : null,
  };
}

/** The gaps that concern a unit (its output has no buyer, it has no supplier), by unit id. */
export function unitGaps(gaps: readonly ChainGapView[]): Map<string, ChainGapView[]> {
  const out = new Map<string, ChainGapView[]>();
  for (const gap of gaps) {
    if (gap.kind !== 'no_buyer' && gap.kind !== 'no_supplier') continue;
    for (const id of gap.unitIds) out.set(id, [...(out.get(id) ?? []), gap]);
  }
  return out;
}

export interface FlowLine {
  id: string;
  supplier: ChainUnitView | null;
  buyer: ChainUnitView | null;
  product: string;
  directionNote: string | null;
}

/** The flows touching a commodity's units, in the API's order, with both ends. */
export function flowLines(view: ValueChainView, commodity: Commodity): FlowLine[] {
  const units = new Map(view.units.map((u) => [u.id, u]));
  const flows = new Map(view.flows.map((f) => [f.id, f]));
  return commodity.flowIds
    .map((id) => flows.get(id))
    .filter((f): f is ValueChainView['flows'][number] => f !== undefined)
    .map((f) => ({
      id: f.id,
      supplier: units.get(f.supplierUnitId) ?? null,
      buyer: units.get(f.buyerUnitId) ?? null,
      product: f.product,
      directionNote: f.directionNote,
    }));
}

/** What a unit supplies and where it buys, as names, for its card. */
export function unitFlows(
  unitId: string,
  lines: readonly FlowLine[],
): { to: { name: string; product: string }[]; from: { name: string; product: string }[] } {
  return {
    to: lines
      .filter((l) => l.supplier?.id === unitId && l.buyer !== null)
      .map((l) => ({ name: l.buyer!.name, product: l.product })),
    from: lines
      .filter((l) => l.buyer?.id === unitId && l.supplier !== null)
      .map((l) => ({ name: l.supplier!.name, product: l.product })),
  };
}

/* ——— Capital ——— */

/** Mantine colours of the capital sources, in the vocabulary's order. */
export const SOURCE_COLORS: Record<CapitalSource, string> = {
  apbn: 'indigo',
  apbd_provinsi: 'blue',
  apbd_kabupaten: 'cyan',
  dana_desa: 'teal',
  mitra: 'orange',
  masyarakat: 'grape',
};

export function sourceColor(source: string): string {
  return (SOURCE_COLORS as Record<string, string>)[source] ?? 'gray';
}

const digits = (text: string) => (/^-?\d+$/.test(text) ? BigInt(text) : 0n);

export interface BarSegment {
  source: string;
  label: string;
  amount: string;
  /** Share of the bar in whole per-mille of the largest total shown (0–1000), for flex widths. */
  permille: number;
}

/**
 * A stacked bar of amounts by source, sized against `largest` (exact bigint): segments in the
 * vocabulary's order of sources, each at least a sliver when above zero.
 */
export function stackedBar(bySource: readonly SourceAmount[], largest: bigint): BarSegment[] {
  const rank = (s: string) => {
    const i = (CAPITAL_SOURCES as readonly string[]).indexOf(s);
    return i === -1 ? CAPITAL_SOURCES.length : i;
  };
  return [...bySource]
    .filter((s) => digits(s.amount) > 0n)
    .sort((a, b) => rank(a.source) - rank(b.source))
    .map((s) => ({
      source: s.source,
      label: s.sourceLabel,
      amount: s.amount,
      permille: largest <= 0n ? 0 : Math.max(5, Number((digits(s.amount) * 1000n) / largest)),
    }));
}

/** The largest of the totals (digits), 0 when none. */
export function largestTotal(totals: readonly string[]): bigint {
  let largest = 0n;
  for (const t of totals) if (digits(t) > largest) largest = digits(t);
  return largest;
}

/** The exact sum of amounts given as digits. */
export function sumDigits(amounts: readonly string[]): string {
  return amounts.reduce((sum, a) => sum + digits(a), 0n).toString();
}

/* ——— Enterprises ——— */

/**
 * The performance class of an enterprise from its latest report (report.ts `performance`):
 * `belum_melapor` without one, or when it is older than the last two ended semesters.
 */
export function enterprisePerformance(
  enterprise: Pick<ChainEnterprise, 'latestReport'>,
  today: string,
): Performance {
  const latest = enterprise.latestReport;
  const period = latest ? parsePeriod(latest.period) : null;
  if (!latest || !period?.ok) return 'belum_melapor';
  return performance([{ period: period.period, netResult: digits(latest.netResult) }], today);
}

/** Mantine colours of the performance classes. */
export const PERFORMANCE_COLORS: Record<Performance, string> = {
  belum_melapor: 'gray',
  rugi: 'red',
  impas: 'yellow',
  laba: 'teal',
};

/** The label of a report period code (`2026-S1` → `Semester I 2026`), or the code itself. */
export function periodLabel(code: string): string {
  const parsed = parsePeriod(code);
  return parsed.ok ? parsed.period.label : code;
}

/** The kawasan choices: the ones the user can see, with the one shown even when not among them. */
export function kawasanChoices(
  listed: readonly { id: string; name: string }[],
  own: readonly { id: string; label: string }[],
  shown: { id: string; name: string } | null,
): { value: string; label: string }[] {
  const out = new Map<string, string>();
  for (const k of own) out.set(k.id, k.label);
  for (const k of listed) out.set(k.id, k.name);
  if (shown && !out.has(shown.id)) out.set(shown.id, shown.name);
  return [...out]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'));
}
