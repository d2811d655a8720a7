import { describe, expect, it } from 'vitest';
import type { ValueChainView } from '../../../contracts/business.contract';
import {
  chainPath,
  chosenCommodity,
  commodityTabs,
  enterprisePerformance,
  flowLines,
  kawasanChoices,
  largestTotal,
  periodLabel,
  stackedBar,
  stageColumns,
  sumDigits,
  unitFlows,
  unitGaps,
  valueChainQueryOf,
} from './value-chain-model';

const KAWASAN = '5b0c6b8e-1f0a-4c57-9d7c-3a2f1e0d9c8b';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const E_TANI = id(101);
const E_BERSAMA = id(102);
const KEBUN_A = id(1);
const KEBUN_B = id(2);
const KEBUN_C = id(3);
const SANGRAI = id(4);
const KEDAI = id(5);
const WISATA = id(6);
const FLOW = id(201);

const unit = (uid: string, name: string, stage: string, status = 'berjalan', enterprise = E_TANI) => ({
  id: uid,
  name,
  enterprise: {
    id: enterprise,
    name: enterprise === E_TANI ? 'BUM Desa Tani Makmur' : 'BUM Desa Bersama Kopi',
  },
  commodity: stage === 'jasa' ? 'wisata desa' : 'kopi',
  stage,
  stageLabel: stage,
  status,
  statusLabel: status,
  desa: { code: '3301012001', name: 'Tambakreja' },
  workers: 4,
  capitalTotal: '0',
  inPlace: true,
});

const capital = (total: string, bySource: { source: string; amount: string }[]) => ({
  stage: 'x',
  stageLabel: 'x',
  total,
  bySource: bySource.map((s) => ({ ...s, sourceLabel: s.source.toUpperCase() })),
});

const stage = (name: string, running: string[], notRunning: string[] = [], total = '0') => ({
  stage: name,
  stageLabel: `Tahap ${name}`,
  running,
  notRunning,
  workers: running.length * 4,
  capital: capital(total, total === '0' ? [] : [{ source: 'dana_desa', amount: total }]),
});

const gap = (kind: string, stageName: string | null, unitIds: string[], commodity = 'kopi') => ({
  kind,
  kindLabel: kind,
  commodity,
  stage: stageName,
  message: `${kind} ${stageName ?? ''}`.trim(),
  unitIds,
});

const GAPS = [
  gap('stage_missing', 'tengah', [SANGRAI]),
  gap('imbalance', 'tengah', [KEBUN_A, KEBUN_B, KEBUN_C]),
  gap('no_buyer', 'hulu', [KEBUN_B]),
  gap('no_buyer', 'hulu', [KEBUN_C]),
];

const VIEW: ValueChainView = {
  place: { kind: 'kawasan', id: KAWASAN, name: 'Kawasan Kopi Kedungreja', desaCount: 3 },
  flagshipCommodities: ['kopi', 'gula aren'],
  commodity: null,
  enterprises: [],
  units: [
    unit(KEBUN_A, 'Kebun A', 'hulu'),
    unit(KEBUN_B, 'Kebun B', 'hulu'),
    unit(KEBUN_C, 'Kebun C', 'hulu'),
    unit(SANGRAI, 'Sangrai', 'tengah', 'rencana', E_BERSAMA),
    unit(KEDAI, 'Kedai', 'hilir', 'berjalan', E_BERSAMA),
    unit(WISATA, 'Wisata', 'jasa'),
  ],
  commodities: [
    {
      commodity: 'kopi',
      flagship: true,
      stages: [
        stage('hulu', [KEBUN_A, KEBUN_B, KEBUN_C], [], '150000000'),
        stage('tengah', [], [SANGRAI]),
        stage('hilir', [KEDAI], [], '50000000'),
        stage('jasa', []),
      ],
      flowIds: [FLOW],
      gaps: GAPS,
    },
    {
      commodity: 'gula aren',
      flagship: true,
      stages: [stage('hulu', []), stage('tengah', []), stage('hilir', []), stage('jasa', [])],
      flowIds: [],
      gaps: [gap('no_units', null, [], 'gula aren')],
    },
    {
      commodity: 'wisata desa',
      flagship: false,
      stages: [stage('hulu', []), stage('tengah', []), stage('hilir', []), stage('jasa', [WISATA])],
      flowIds: [],
      gaps: [],
    },
  ],
  flows: [
    { id: FLOW, supplierUnitId: KEBUN_A, buyerUnitId: KEDAI, product: 'biji kopi', directionNote: null },
  ],
  gaps: [...GAPS, gap('no_units', null, [], 'gula aren')],
  capital: { byStage: [], unallocated: [], bySource: [], total: '0' },
};

describe('the address', () => {
  it('reads a kawasan and a commodity, and writes them back', () => {
    expect(valueChainQueryOf(new URLSearchParams({ kawasan: KAWASAN, commodity: 'kopi' }))).toEqual({
      kawasanId: KAWASAN,
      commodity: 'kopi',
    });
    expect(valueChainQueryOf(new URLSearchParams({ kawasan: 'x' }))).toEqual({
      kawasanId: null,
      commodity: null,
    });
    expect(chainPath(KAWASAN, 'gula aren')).toBe(
      `/usaha/rantai-nilai?kawasan=${KAWASAN}&commodity=gula+aren`,
    );
    expect(chainPath(null)).toBe('/usaha/rantai-nilai');
  });
});

describe('commodity tabs', () => {
  it('follow the API order, flagship first, with units and gaps counted', () => {
    expect(commodityTabs(VIEW)).toEqual([
      { commodity: 'kopi', flagship: true, units: 5, gaps: 4 },
      { commodity: 'gula aren', flagship: true, units: 0, gaps: 1 },
      { commodity: 'wisata desa', flagship: false, units: 1, gaps: 0 },
    ]);
  });

  it('open the commodity asked for, else the first', () => {
    expect(chosenCommodity(VIEW, 'Gula Aren')?.commodity).toBe('gula aren');
    expect(chosenCommodity(VIEW, 'teh')?.commodity).toBe('kopi');
    expect(chosenCommodity(VIEW, null)?.commodity).toBe('kopi');
    expect(chosenCommodity({ ...VIEW, commodities: [] }, null)).toBeNull();
  });
});

describe('stage columns', () => {
  const kopi = VIEW.commodities[0]!;

  it('run hulu → tengah → hilir with the units of each, the stage gaps marked', () => {
    const { chain, services } = stageColumns(VIEW, kopi);
    expect(chain.map((c) => c.stage)).toEqual(['hulu', 'tengah', 'hilir']);
    expect(chain[0]!.running.map((u) => u.name)).toEqual(['Kebun A', 'Kebun B', 'Kebun C']);
    expect(chain[1]!.running).toEqual([]);
    expect(chain[1]!.notRunning.map((u) => u.name)).toEqual(['Sangrai']);
    expect(chain[1]!.gaps.map((g) => g.kind)).toEqual(['stage_missing', 'imbalance']);
    expect(chain[0]!.gaps).toEqual([]);
    expect(chain[2]!.running.map((u) => u.name)).toEqual(['Kedai']);
    expect(services).toBeNull();
  });

  it('keep services apart', () => {
    const { services } = stageColumns(VIEW, VIEW.commodities[2]!);
    expect(services?.running.map((u) => u.name)).toEqual(['Wisata']);
  });

  it('mark the units whose output has no buyer', () => {
    const marks = unitGaps(kopi.gaps);
    expect([...marks.keys()].sort()).toEqual([KEBUN_B, KEBUN_C]);
    expect(marks.get(KEBUN_A)).toBeUndefined();
  });
});

describe('flows', () => {
  it('name both ends and the product', () => {
    const lines = flowLines(VIEW, VIEW.commodities[0]!);
    expect(lines).toEqual([
      expect.objectContaining({
        product: 'biji kopi',
        supplier: expect.objectContaining({ name: 'Kebun A' }),
      }),
    ]);
    expect(lines[0]!.buyer?.name).toBe('Kedai');
    expect(unitFlows(KEBUN_A, lines)).toEqual({ to: [{ name: 'Kedai', product: 'biji kopi' }], from: [] });
    expect(unitFlows(KEDAI, lines)).toEqual({ to: [], from: [{ name: 'Kebun A', product: 'biji kopi' }] });
    expect(flowLines(VIEW, VIEW.commodities[1]!)).toEqual([]);
  });
});

describe('capital bars', () => {
  it('stack the sources in the vocabulary order, sized exactly against the largest', () => {
    const rows = [
      { source: 'mitra', sourceLabel: 'Mitra', amount: '25000000' },
      { source: 'dana_desa', sourceLabel: 'Dana Desa', amount: '75000000' },
      { source: 'apbn', sourceLabel: 'APBN', amount: '0' },
    ];
    const largest = largestTotal(['100000000', '50000000', 'x']);
    expect(largest).toBe(100_000_000n);
    expect(stackedBar(rows, largest)).toEqual([
      { source: 'dana_desa', label: 'Dana Desa', amount: '75000000', permille: 750 },
      { source: 'mitra', label: 'Mitra', amount: '25000000', permille: 250 },
    ]);
    expect(stackedBar([{ source: 'apbn', sourceLabel: 'APBN', amount: '1' }], 10n ** 15n)[0]!.permille).toBe(
      5,
    );
    expect(stackedBar(rows, 0n).every((s) => s.permille === 0)).toBe(true);
  });

  it('sum amounts beyond a float exactly', () => {
    expect(sumDigits(['999999999999999', '999999999999999', '2'])).toBe('2000000000000000');
    expect(sumDigits([])).toBe('0');
  });
});

describe('performance of an enterprise', () => {
  const today = '2026-08-01';
  it('is the domain class of its latest report', () => {
    const report = (period: string, netResult: string) => ({
      latestReport: { period, revenue: '1', netResult, splitPades: '0' },
    });
    expect(enterprisePerformance(report('2026-S1', '5000000'), today)).toBe('laba');
    expect(enterprisePerformance(report('2026-S1', '-1'), today)).toBe('rugi');
    expect(enterprisePerformance(report('2025-S2', '0'), today)).toBe('impas');
    expect(enterprisePerformance(report('2024', '5000000'), today)).toBe('belum_melapor');
    expect(enterprisePerformance({ latestReport: null }, today)).toBe('belum_melapor');
  });

  it('names periods', () => {
    expect(periodLabel('2026-S2')).toBe('Semester II 2026');
    expect(periodLabel('2025')).toBe('Tahun 2025');
    expect(periodLabel('x')).toBe('x');
  });
});

describe('kawasan choices', () => {
  it('join the listed and the own kawasan, and the one shown, by name', () => {
    expect(
      kawasanChoices([{ id: 'b', name: 'Kawasan Bringin' }], [{ id: 'a', label: 'Kawasan Andong' }], {
        id: 'c',
        name: 'Kawasan Cilacap',
      }),
    ).toEqual([
      { value: 'a', label: 'Kawasan Andong' },
      { value: 'b', label: 'Kawasan Bringin' },
      { value: 'c', label: 'Kawasan Cilacap' },
    ]);
  });
});
