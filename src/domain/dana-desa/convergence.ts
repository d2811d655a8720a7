/**
 * Funding convergence of a kawasan in one year: every source of money the system records, on one
 * page — which agency funds what, where, at which value-chain stage — with the places where money
 * may overlap and the places where none arrives. Pure: the service loads the records of the year
 * and passes them in; nothing here reads a clock or a database.
 *
 * Three records feed it, each kept with its `origin`:
 * - `rpkp`: activities of the kawasan's RPKP (the version in force, else the newest) for the year;
 * - `modal`: capital injections (penyertaan modal, hibah) received in the year by the enterprises
 *   working in the kawasan;
 * - `dana_desa`: the lines of the member desa's Dana Desa plans (APBDes) for the fiscal year.
 * The same rupiah can sit in two records (a penyertaan modal planned in the APBDes and received by
 * the BUM Desa, or an RPKP activity paid from Dana Desa); the totals therefore keep the origin
 * apart, and the page says so instead of claiming an un-duplicated total.
 *
 * **Sources, one list** (`FUND_SOURCES`). RPKP funding sources: `apbn`, `apbd_provinsi`,
 * `apbd_kabupaten`, `dana_desa`, `bumdes` map to themselves, `swasta` → `mitra_swasta`, `lainnya`
 * → `lainnya`. Capital sources: `apbn`, `apbd_provinsi`, `apbd_kabupaten`, `dana_desa`,
 * `masyarakat` map to themselves, `mitra` → `mitra_swasta`. Dana Desa plan lines are `dana_desa`.
 * Any code not listed becomes `lainnya` (never dropped).
 *
 * **Stages, one list** (`CONVERGENCE_STAGES`). The value chain: RPKP `hulu`, `pengolahan`,
 * `hilir`, `pendukung`; business-unit `hulu` → `hulu`, `tengah` → `pengolahan`, `hilir` → `hilir`,
 * `jasa` → `pendukung` (services sit beside the chain, like infrastructure and institutions).
 * Two columns are not stages: `belum_dialokasikan` (capital not tied to a unit, and Dana Desa
 * economic uses whose stage the plan does not say) and `di_luar_rantai` (social and government
 * uses: BLT Desa, operations, health, COVID-19, disaster readiness). Dana Desa categories, our
 * reading: `ketahanan_pangan` → `hulu` (food production); construction, digital infrastructure and
 * energy/economic institutions → `pendukung`; `ekonomi_produktif`, `penyertaan_modal_bumdes`,
 * `koperasi_merah_putih`, `sektor_prioritas_lain`, `lainnya` → `belum_dialokasikan`; the rest →
 * `di_luar_rantai`.
 *
 * **Duplication candidates**: in one desa and one value-chain stage (the four stages only), items
 * from two or more funders (a funder is a source with an agency), where the sector or commodity,
 * when both items know it, is the same. Worth a check — "perlu dicek: mungkin tumpang tindih" —
 * never called an error.
 *
 * **Gaps**: a value-chain stage with no money from any source; a member desa with no money from
 * any source. A source planned in the RPKP with nothing received is *not* a gap: the records do
 * not say whether it was spent.
 *
 * Sums are exact bigint. Orders are fixed, so the same records give the same view.
 */
import { type CategoryCode, categoryLabel, isCategoryCode } from './categories.ts';

// ——— Sources ———

export const FUND_SOURCES = [
  'apbn',
  'apbd_provinsi',
  'apbd_kabupaten',
  'dana_desa',
  'mitra_swasta',
  'bumdes',
  'masyarakat',
  'lainnya',
] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

export const FUND_SOURCE_LABELS: Record<FundSource, string> = {
  apbn: 'APBN',
  apbd_provinsi: 'APBD provinsi',
  apbd_kabupaten: 'APBD kabupaten/kota',
  dana_desa: 'Dana Desa',
  mitra_swasta: 'Mitra / swasta (CSR)',
  bumdes: 'BUM Desa / BUM Desa Bersama',
  masyarakat: 'Masyarakat (swadaya)',
  lainnya: 'Lainnya',
};

/** RPKP funding source (domain/rpkp/plan.ts FUNDING_SOURCES) → the one list. */
export const RPKP_SOURCE_MAP: Readonly<Record<string, FundSource>> = {
  apbn: 'apbn',
  apbd_provinsi: 'apbd_provinsi',
  apbd_kabupaten: 'apbd_kabupaten',
  dana_desa: 'dana_desa',
  bumdes: 'bumdes',
  swasta: 'mitra_swasta',
  lainnya: 'lainnya',
};

/** Capital source (domain/enterprise/vocabulary.ts CAPITAL_SOURCES) → the one list. */
export const CAPITAL_SOURCE_MAP: Readonly<Record<string, FundSource>> = {
  apbn: 'apbn',
  apbd_provinsi: 'apbd_provinsi',
  apbd_kabupaten: 'apbd_kabupaten',
  dana_desa: 'dana_desa',
  mitra: 'mitra_swasta',
  masyarakat: 'masyarakat',
};

const mapped = (map: Readonly<Record<string, FundSource>>, code: string): FundSource =>
  Object.hasOwn(map, code) ? map[code]! : 'lainnya';

export const sourceOfRpkp = (code: string): FundSource => mapped(RPKP_SOURCE_MAP, code);
export const sourceOfCapital = (code: string): FundSource => mapped(CAPITAL_SOURCE_MAP, code);

// ——— Stages ———

/** The value chain, upstream first. */
export const CHAIN_STAGES = ['hulu', 'pengolahan', 'hilir', 'pendukung'] as const;
export type ChainStage = (typeof CHAIN_STAGES)[number];

export const CONVERGENCE_STAGES = [...CHAIN_STAGES, 'belum_dialokasikan', 'di_luar_rantai'] as const;
export type ConvergenceStage = (typeof CONVERGENCE_STAGES)[number];

export const CONVERGENCE_STAGE_LABELS: Record<ConvergenceStage, string> = {
  hulu: 'Hulu / produksi',
  pengolahan: 'Pengolahan',
  hilir: 'Pemasaran / hilir',
  pendukung: 'Pendukung dan jasa (infrastruktur, kelembagaan, SDM, layanan)',
  belum_dialokasikan: 'Belum dialokasikan ke unit atau tahap',
  di_luar_rantai: 'Di luar rantai nilai (sosial, pemerintahan, kesehatan)',
};

/** A chain stage as a sentence names it. */
export const STAGE_WORDS: Record<ChainStage, string> = {
  hulu: 'hulu (produksi)',
  pengolahan: 'pengolahan',
  hilir: 'hilir (pemasaran)',
  pendukung: 'pendukung dan jasa (infrastruktur, kelembagaan, SDM, layanan)',
};

export const isChainStage = (stage: string): stage is ChainStage =>
  (CHAIN_STAGES as readonly string[]).includes(stage);

/** RPKP stage → the one list (an unknown code is not allocated to a stage). */
export function stageOfRpkp(stage: string): ConvergenceStage {
  return isChainStage(stage) ? stage : 'belum_dialokasikan';
}

/** Business-unit stage → the one list; capital without a unit (`null`) is not allocated. */
export const UNIT_STAGE_MAP: Readonly<Record<string, ChainStage>> = {
  hulu: 'hulu',
  tengah: 'pengolahan',
  hilir: 'hilir',
  jasa: 'pendukung',
};

export function stageOfUnit(stage: string | null): ConvergenceStage {
  return stage !== null && Object.hasOwn(UNIT_STAGE_MAP, stage)
    ? UNIT_STAGE_MAP[stage]!
    : 'belum_dialokasikan';
}

/** Dana Desa category → the one list (see the module comment: our reading). */
export const CATEGORY_STAGE_MAP: Readonly<Record<CategoryCode, ConvergenceStage>> = {
  blt_desa: 'di_luar_rantai',
  ketahanan_pangan: 'hulu',
  operasional_pemerintah_desa: 'di_luar_rantai',
  penanganan_covid: 'di_luar_rantai',
  padat_karya_tunai: 'pendukung',
  infrastruktur_desa: 'pendukung',
  stunting_kesehatan: 'di_luar_rantai',
  iklim_bencana: 'di_luar_rantai',
  energi_ekonomi_desa: 'pendukung',
  ekonomi_produktif: 'belum_dialokasikan',
  penyertaan_modal_bumdes: 'belum_dialokasikan',
  koperasi_merah_putih: 'belum_dialokasikan',
  infrastruktur_digital: 'pendukung',
  sektor_prioritas_lain: 'belum_dialokasikan',
  lainnya: 'belum_dialokasikan',
};

export function stageOfCategory(category: string): ConvergenceStage {
  return isCategoryCode(category) ? CATEGORY_STAGE_MAP[category] : 'belum_dialokasikan';
}

// ——— Input ———

export const ORIGINS = ['rpkp', 'modal', 'dana_desa'] as const;
export type Origin = (typeof ORIGINS)[number];

export const ORIGIN_LABELS: Record<Origin, string> = {
  rpkp: 'Rencana RPKP',
  modal: 'Modal diterima badan usaha',
  dana_desa: 'Rencana Dana Desa (APBDes)',
};

export interface RpkpActivityInput {
  id: string;
  name: string;
  desaCodes: readonly string[];
  stage: string;
  sector: string;
  agencyKind: string;
  agencyName: string;
  fundingSource: string;
  budget: bigint;
}

export interface CapitalInput {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  source: string;
  /** Who gave it, when known: the partner, or the desa government for Dana Desa capital; else null. */
  funderName: string | null;
  amount: bigint;
  receivedOn: string;
  /** The stage of the unit it is tied to, or null when it is not tied to a unit. */
  unitStage: string | null;
  unitName: string | null;
  /** The unit's commodity, when tied to a unit. */
  commodity: string | null;
  /** Where the money works: the unit's desa, else the desa whose Dana Desa it came from, else the founders. */
  desaCodes: readonly string[];
}

export interface DanaDesaLineInput {
  planId: string;
  lineId: string;
  desaCode: string;
  /** The desa's name, for the agency ("Pemerintah Desa …"). */
  desaName: string;
  category: string;
  activity: string;
  amount: bigint;
  /** Linked to this kawasan or to one of its enterprises. */
  linked: boolean;
}

export interface ConvergenceInput {
  year: number;
  /** Member desa codes with their names, in the order to show them. */
  members: readonly { code: string; name: string }[];
  activities: readonly RpkpActivityInput[];
  capital: readonly CapitalInput[];
  danaDesa: readonly DanaDesaLineInput[];
}

// ——— Output ———

/** One source of money, whatever its record. */
export interface FundingItem {
  origin: Origin;
  /** `rpkp:A1`, `modal:<id>`, `dana_desa:<plan>:<line>`: unique in the view. */
  key: string;
  title: string;
  source: FundSource;
  stage: ConvergenceStage;
  /** Normalised sector (RPKP) or commodity (business unit); null when unknown. */
  topic: string | null;
  agencyKind: string | null;
  agencyName: string;
  desaCodes: string[];
  amount: bigint;
  /** Dana Desa lines linked to the kawasan or its enterprises; RPKP and capital are the kawasan's own. */
  linked: boolean;
}

export interface Amounts {
  total: bigint;
  byOrigin: Record<Origin, bigint>;
  itemCount: number;
}

export interface MatrixCell extends Amounts {
  source: FundSource;
  stage: ConvergenceStage;
}

export interface DesaRow {
  /** Null for the row of items spread over several desa. */
  desaCode: string | null;
  member: boolean;
  /** Exact sums of the items that lie in this desa only. */
  bySource: Record<FundSource, bigint>;
  total: bigint;
  /** Items over several desa that include this one (counted in the shared row, not here). */
  sharedItemKeys: string[];
}

export interface AgencyRow {
  agencyKind: string | null;
  agencyName: string;
  bySource: Record<FundSource, bigint>;
  total: bigint;
  stages: ConvergenceStage[];
  itemKeys: string[];
}

export interface DuplicationCandidate {
  desaCode: string;
  stage: ChainStage;
  /** The sector or commodity they share, when known. */
  topic: string | null;
  itemKeys: string[];
  sources: FundSource[];
  agencyNames: string[];
  amount: bigint;
  sentence: string;
}

export type Gap =
  | { kind: 'stage'; stage: ChainStage; sentence: string }
  | { kind: 'desa'; desaCode: string; sentence: string };

export interface Convergence {
  year: number;
  items: FundingItem[];
  /** Every source × every stage, sources first (FUND_SOURCES order), then stage. */
  matrix: MatrixCell[];
  bySource: (Amounts & { source: FundSource })[];
  byStage: (Amounts & { stage: ConvergenceStage })[];
  total: Amounts;
  desa: DesaRow[];
  agencies: AgencyRow[];
  duplications: DuplicationCandidate[];
  gaps: Gap[];
  /** Plain sentences on how to read the numbers. */
  notes: string[];
}

// ——— Computation ———

/** Trimmed, lower case, inner spaces collapsed; empty → null. */
export function normaliseTopic(text: string | null | undefined): string | null {
  const t = (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return t === '' ? null : t;
}

const zeroOrigins = (): Record<Origin, bigint> => ({ rpkp: 0n, modal: 0n, dana_desa: 0n });
const zeroSources = (): Record<FundSource, bigint> =>
  Object.fromEntries(FUND_SOURCES.map((s) => [s, 0n])) as Record<FundSource, bigint>;
const emptyAmounts = (): Amounts => ({ total: 0n, byOrigin: zeroOrigins(), itemCount: 0 });

function add(target: Amounts, item: FundingItem): void {
  target.total += item.amount;
  target.byOrigin[item.origin] += item.amount;
  target.itemCount += 1;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** Every record of the year as one funding item. */
export function fundingItems(input: ConvergenceInput): FundingItem[] {
  const items: FundingItem[] = [];
  for (const a of input.activities) {
    items.push({
      origin: 'rpkp',
      key: `rpkp:${a.id}`,
      title: a.name,
      source: sourceOfRpkp(a.fundingSource),
      stage: stageOfRpkp(a.stage),
      topic: normaliseTopic(a.sector),
      agencyKind: a.agencyKind,
      agencyName: a.agencyName.trim(),
      desaCodes: unique(a.desaCodes),
      amount: a.budget,
      linked: true,
    });
  }
  for (const c of input.capital) {
    const source = sourceOfCapital(c.source);
    items.push({
      origin: 'modal',
      key: `modal:${c.id}`,
      title: c.unitName
        ? `Modal untuk ${c.enterpriseName} — ${c.unitName}`
        : `Modal untuk ${c.enterpriseName}`,
      source,
      stage: stageOfUnit(c.unitStage),
      topic: normaliseTopic(c.commodity),
      agencyKind: capitalAgencyKind(source),
      agencyName: c.funderName?.trim() || FUND_SOURCE_LABELS[source],
      desaCodes: unique(c.desaCodes),
      amount: c.amount,
      linked: true,
    });
  }
  for (const l of input.danaDesa) {
    items.push({
      origin: 'dana_desa',
      key: `dana_desa:${l.planId}:${l.lineId}`,
      title: `${categoryLabel(l.category)}: ${l.activity}`,
      source: 'dana_desa',
      stage: stageOfCategory(l.category),
      topic: null,
      agencyKind: 'desa',
      agencyName: `Pemerintah Desa ${l.desaName}`,
      desaCodes: [l.desaCode],
      amount: l.amount,
      linked: l.linked,
    });
  }
  return items;
}

/** The agency kind behind capital of a source (the RPKP kinds, or `masyarakat`). */
function capitalAgencyKind(source: FundSource): string | null {
  switch (source) {
    case 'apbn':
      return 'kementerian';
    case 'apbd_provinsi':
      return 'provinsi';
    case 'apbd_kabupaten':
      return 'kabupaten';
    case 'dana_desa':
      return 'desa';
    case 'mitra_swasta':
      return 'mitra';
    case 'bumdes':
      return 'bumdes';
    case 'masyarakat':
      return 'masyarakat';
    default:
      return null;
  }
}

const funderOf = (item: FundingItem) => `${item.source}|${item.agencyName.toLowerCase()}`;

function duplicationsOf(
  items: readonly FundingItem[],
  desaName: (code: string) => string,
): DuplicationCandidate[] {
  // desa|stage → items in that desa and stage.
  const groups = new Map<string, { desaCode: string; stage: ChainStage; items: FundingItem[] }>();
  for (const item of items) {
    if (!isChainStage(item.stage)) continue;
    for (const desaCode of item.desaCodes) {
      const key = `${desaCode}|${item.stage}`;
      let g = groups.get(key);
      if (!g) {
        g = { desaCode, stage: item.stage, items: [] };
        groups.set(key, g);
      }
      g.items.push(item);
    }
  }
  const out: DuplicationCandidate[] = [];
  for (const g of groups.values()) {
    const topics = unique(g.items.map((i) => i.topic).filter((t): t is string => t !== null)).sort(
      compareText,
    );
    // Items that know their topic meet only items of that topic; items that do not know it meet all.
    const clusters: { topic: string | null; items: FundingItem[] }[] =
      topics.length === 0
        ? [{ topic: null, items: g.items }]
        : topics.map((topic) => ({
            topic,
            items: g.items.filter((i) => i.topic === null || i.topic === topic),
          }));
    const seen = new Set<string>();
    for (const cluster of clusters) {
      const funders = unique(cluster.items.map(funderOf));
      if (funders.length < 2) continue;
      const keys = cluster.items.map((i) => i.key);
      const signature = keys.join(',');
      if (seen.has(signature)) continue;
      seen.add(signature);
      const sources = FUND_SOURCES.filter((s) => cluster.items.some((i) => i.source === s));
      const agencyNames = unique(cluster.items.map((i) => i.agencyName));
      const amount = cluster.items.reduce((sum, i) => sum + i.amount, 0n);
      const where = `Desa ${desaName(g.desaCode)}`;
      const what = cluster.topic ? ` untuk ${cluster.topic}` : '';
      out.push({
        desaCode: g.desaCode,
        stage: g.stage,
        topic: cluster.topic,
        itemKeys: keys,
        sources,
        agencyNames,
        amount,
        sentence:
          `Perlu dicek: mungkin tumpang tindih. ${where}, tahap ${STAGE_WORDS[g.stage]}` +
          `${what}, didanai ${cluster.items.length} kegiatan dari ${agencyNames.join(', ')} ` +
          `(${sources.map((s) => FUND_SOURCE_LABELS[s]).join(', ')}). ` +
          'Pastikan kegiatannya saling melengkapi, bukan membiayai hal yang sama dua kali.',
      });
    }
  }
  return out.sort(
    (x, y) =>
      compareText(x.desaCode, y.desaCode) ||
      CHAIN_STAGES.indexOf(x.stage) - CHAIN_STAGES.indexOf(y.stage) ||
      compareText(x.topic ?? '', y.topic ?? ''),
  );
}

/** The convergence of one kawasan in one year (see the module comment). */
export function convergence(input: ConvergenceInput): Convergence {
  const items = fundingItems(input);
  const names = new Map(input.members.map((m) => [m.code, m.name]));
  const desaName = (code: string) => names.get(code) ?? code;

  const cells = new Map<string, MatrixCell>();
  for (const source of FUND_SOURCES)
    for (const stage of CONVERGENCE_STAGES)
      cells.set(`${source}|${stage}`, { source, stage, ...emptyAmounts() });
  const bySource = new Map(FUND_SOURCES.map((source) => [source, { source, ...emptyAmounts() }]));
  const byStage = new Map(CONVERGENCE_STAGES.map((stage) => [stage, { stage, ...emptyAmounts() }]));
  const total = emptyAmounts();
  for (const item of items) {
    add(cells.get(`${item.source}|${item.stage}`)!, item);
    add(bySource.get(item.source)!, item);
    add(byStage.get(item.stage)!, item);
    add(total, item);
  }

  // Per desa: items in one desa count there; items over several desa count in the shared row.
  const desaRows = new Map<string, DesaRow>();
  const desaRow = (code: string): DesaRow => {
    let row = desaRows.get(code);
    if (!row) {
      row = {
        desaCode: code,
        member: names.has(code),
        bySource: zeroSources(),
        total: 0n,
        sharedItemKeys: [],
      };
      desaRows.set(code, row);
    }
    return row;
  };
  for (const m of input.members) desaRow(m.code);
  const shared: DesaRow = {
    desaCode: null,
    member: false,
    bySource: zeroSources(),
    total: 0n,
    sharedItemKeys: [],
  };
  for (const item of items) {
    if (item.desaCodes.length === 1) {
      const row = desaRow(item.desaCodes[0]!);
      row.bySource[item.source] += item.amount;
      row.total += item.amount;
    } else {
      const row = shared;
      row.bySource[item.source] += item.amount;
      row.total += item.amount;
      row.sharedItemKeys.push(item.key);
      for (const code of item.desaCodes) desaRow(code).sharedItemKeys.push(item.key);
    }
  }
  const memberOrder = new Map(input.members.map((m, i) => [m.code, i]));
  const desa = [...desaRows.values()].sort(
    (x, y) =>
      (memberOrder.get(x.desaCode!) ?? Number.MAX_SAFE_INTEGER) -
        (memberOrder.get(y.desaCode!) ?? Number.MAX_SAFE_INTEGER) || compareText(x.desaCode!, y.desaCode!),
  );
  if (shared.sharedItemKeys.length > 0) desa.push(shared);

  const agencyRows = new Map<string, AgencyRow>();
  for (const item of items) {
    const key = `${item.agencyKind ?? ''}|${item.agencyName.toLowerCase()}`;
    let row = agencyRows.get(key);
    if (!row) {
      row = {
        agencyKind: item.agencyKind,
        agencyName: item.agencyName,
        bySource: zeroSources(),
        total: 0n,
        stages: [],
        itemKeys: [],
      };
      agencyRows.set(key, row);
    }
    row.bySource[item.source] += item.amount;
    row.total += item.amount;
    row.itemKeys.push(item.key);
    if (!row.stages.includes(item.stage)) row.stages.push(item.stage);
  }
  const agencies = [...agencyRows.values()]
    .map((r) => ({
      ...r,
      stages: CONVERGENCE_STAGES.filter((s) => r.stages.includes(s)),
    }))
    .sort((x, y) =>
      y.total > x.total ? 1 : y.total < x.total ? -1 : compareText(x.agencyName, y.agencyName),
    );

  const gaps: Gap[] = [];
  for (const stage of CHAIN_STAGES) {
    if (byStage.get(stage)!.itemCount === 0) {
      gaps.push({
        kind: 'stage',
        stage,
        sentence:
          `Tahap ${STAGE_WORDS[stage]} belum mendapat dana dari sumber mana pun ` +
          `pada tahun ${input.year}. Periksa apakah tahap ini memang tidak perlu, atau usulkan kegiatan ` +
          'dalam RPKP atau APBDes.',
      });
    }
  }
  const touched = new Set(items.flatMap((i) => i.desaCodes));
  for (const m of input.members) {
    if (!touched.has(m.code)) {
      gaps.push({
        kind: 'desa',
        desaCode: m.code,
        sentence:
          `Desa ${m.name} belum tercatat menerima dana dari sumber mana pun pada tahun ${input.year}: ` +
          'tidak ada kegiatan RPKP, modal badan usaha, atau rencana Dana Desa untuk desa ini. ' +
          'Periksa apakah rencana Dana Desa-nya sudah dimasukkan, atau apakah desa ini tertinggal dari program kawasan.',
      });
    }
  }

  const notes = [
    'Angka berasal dari tiga catatan: rencana RPKP, modal yang diterima badan usaha, dan rencana Dana Desa (APBDes). ' +
      'Uang yang sama dapat tercatat di dua catatan, misalnya penyertaan modal dari Dana Desa ada di APBDes dan di catatan modal BUM Desa, ' +
      'jadi jumlah keseluruhan bukan jumlah tanpa tumpang tindih.',
    'Sumber yang direncanakan dalam RPKP tetapi belum tercatat realisasinya tidak dihitung sebagai celah: catatan ini tidak menunjukkan apakah dana itu sudah dibelanjakan.',
    'Kegiatan yang meliputi beberapa desa dijumlahkan pada baris "lintas desa", tidak dibagi ke tiap desa.',
  ];

  return {
    year: input.year,
    items,
    matrix: [...cells.values()],
    bySource: [...bySource.values()],
    byStage: [...byStage.values()],
    total,
    desa,
    agencies,
    duplications: duplicationsOf(items, desaName),
    gaps,
    notes,
  };
}
