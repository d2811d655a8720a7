import { describe, expect, it } from 'vitest';
import type { ProposalView } from '../../../contracts/musyawarah.contract';
import {
  addIndicatorRef,
  type DesaIndicatorScores,
  indicatorNames,
  indicatorOptions,
  indicatorRefOf,
  linkedProposals,
  normalizeIndicatorRef,
  proposalOptions,
  proposalTitles,
  publishedProposalTitles,
  shortIndicatorRef,
  weakestIndicators,
} from './activity-links';

const proposal = (
  over: Partial<ProposalView> & Pick<ProposalView, 'id' | 'title' | 'status'>,
): ProposalView => ({
  kind: 'produk_unggulan_desa',
  desaCode: '3301012001',
  desaName: 'Tambakreja',
  description: null,
  proposer: null,
  requestedBudget: null,
  decidedBy: null,
  history: [],
  carriedOver: over.status === 'dibawa',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

const LABELS = {
  kind: (kind: string) =>
    ({ produk_unggulan_desa: 'PUD', produk_unggulan_kawasan: 'PUK', program: 'Program' })[kind]!,
  unknown: (id: string) => `usulan tidak dikenal: ${id}`,
};

const PROPOSALS = [
  proposal({ id: 'p-carried', title: 'Jalan usaha tani', status: 'dibawa', kind: 'program', desaName: null }),
  proposal({ id: 'p-open', title: 'Padi organik', status: 'diajukan' }),
  proposal({ id: 'p-chosen', title: 'Gula kelapa', status: 'terpilih' }),
  proposal({ id: 'p-lost', title: 'Kerajinan bambu', status: 'tidak_terpilih', desaName: 'Kedungreja' }),
  proposal({ id: 'p-funded', title: 'Pengering gabah', status: 'didanai', kind: 'produk_unggulan_kawasan' }),
];

describe('proposalOptions', () => {
  it('offers only the proposals chosen, funded or carried over, in the list’s order, labelled title · kind · desa', () => {
    expect(proposalOptions(PROPOSALS, [], LABELS)).toEqual([
      { value: 'p-carried', label: 'Jalan usaha tani · Program' },
      { value: 'p-chosen', label: 'Gula kelapa · PUD · Tambakreja' },
      { value: 'p-funded', label: 'Pengering gabah · PUK · Tambakreja' },
    ]);
  });

  it('keeps every stored id: under its label when it has another status, as unknown when it is not in the list', () => {
    const options = proposalOptions(PROPOSALS, ['p-chosen', 'p-lost', 'gone-1', 'gone-1'], LABELS);
    expect(options.map((o) => o.value)).toEqual(['p-carried', 'p-chosen', 'p-funded', 'p-lost', 'gone-1']);
    expect(options.at(-2)).toEqual({ value: 'p-lost', label: 'Kerajinan bambu · PUD · Kedungreja' });
    expect(options.at(-1)).toEqual({ value: 'gone-1', label: 'usulan tidak dikenal: gone-1' });
  });

  it('still shows the stored ids when no proposal could be read', () => {
    expect(proposalOptions([], ['a', 'b'], LABELS).map((o) => o.label)).toEqual([
      'usulan tidak dikenal: a',
      'usulan tidak dikenal: b',
    ]);
  });
});

describe('proposal titles', () => {
  it('names the linked proposals in the stored order and sets apart the ids not named', () => {
    const titles = proposalTitles(PROPOSALS);
    expect(linkedProposals(['p-funded', 'x', 'p-chosen', 'p-funded'], titles)).toEqual({
      named: [
        { id: 'p-funded', title: 'Pengering gabah' },
        { id: 'p-chosen', title: 'Gula kelapa' },
      ],
      unnamed: ['x'],
    });
  });

  it('reads the titles of every proposal ranked in the published results', () => {
    const entry = (proposalId: string, title: string) => ({ proposalId, title });
    const titles = publishedProposalTitles([
      { results: [{ ranking: [entry('p1', 'Gula kelapa'), entry('p2', 'Padi organik')] }] },
      { results: [] },
      { results: [{ ranking: [entry('p3', 'Jalan usaha tani')] }] },
    ] as never);
    expect([...titles]).toEqual([
      ['p1', 'Gula kelapa'],
      ['p2', 'Padi organik'],
      ['p3', 'Jalan usaha tani'],
    ]);
  });
});

describe('indicator references', () => {
  it('writes an IDM indicator code the plan’s way', () => {
    expect(indicatorRefOf('IKE09_LEMBAGA_EKONOMI')).toBe('IDM:IKE.09');
    expect(indicatorRefOf('IKS04_NAKES_LAIN')).toBe('IDM:IKS.04');
    expect(indicatorRefOf('IKL03_TANGGAP_BENCANA')).toBe('IDM:IKL.03');
    expect(indicatorRefOf('IDM:IKE.09')).toBe('IDM:IKE.09');
    expect(indicatorRefOf('SDGs 6')).toBeNull();
    expect(indicatorRefOf('IKS1234')).toBeNull();
  });

  it('normalises a typed IDM reference and keeps any other as typed', () => {
    expect(normalizeIndicatorRef(' ike 9 ')).toBe('IDM:IKE.09');
    expect(normalizeIndicatorRef('idm:iks.4')).toBe('IDM:IKS.04');
    expect(normalizeIndicatorRef('  SDGs Desa   8 ')).toBe('SDGs Desa 8');
    expect(shortIndicatorRef('IDM:IKE.09')).toBe('IKE.09');
    expect(shortIndicatorRef('SDGs Desa 8')).toBe('SDGs Desa 8');
  });

  it('adds a typed reference once, never an empty one, and not past the limit', () => {
    expect(addIndicatorRef(['IDM:IKE.09'], 'iks04')).toEqual(['IDM:IKE.09', 'IDM:IKS.04']);
    expect(addIndicatorRef(['IDM:IKE.09'], 'IKE.9')).toEqual(['IDM:IKE.09']);
    expect(addIndicatorRef(['IDM:IKE.09'], '   ')).toEqual(['IDM:IKE.09']);
    expect(addIndicatorRef(['a', 'b'], 'c', 2)).toEqual(['a', 'b']);
  });
});

const score = (code: string, name: string, value: number, gain = 0.001) => ({
  code,
  name,
  score: value,
  gain,
});
const DESA: DesaIndicatorScores[] = [
  {
    desaCode: '3301012001',
    desaName: 'Tambakreja',
    year: 2024,
    indicators: [
      score('IKS02_DOKTER', 'Ketersediaan dokter', 0, 0.004),
      score('IKE09_LEMBAGA_EKONOMI', 'Lembaga ekonomi', 1, 0.003),
      score('IKE07_BANK_BPR', 'Bank/BPR', 1, 0.005),
      score('IKS03_BIDAN', 'Ketersediaan bidan', 5),
      score('IKL02_RAWAN_BENCANA', 'Rawan bencana', 3),
    ],
  },
  {
    desaCode: '3301012002',
    desaName: 'Kedungreja',
    year: 2024,
    indicators: [
      score('IKE09_LEMBAGA_EKONOMI', 'Lembaga ekonomi', 4, 0.001),
      score('IKS02_DOKTER', 'Ketersediaan dokter', 5),
      score('IKL02_RAWAN_BENCANA', 'Rawan bencana', 2),
      score('IKE12_KUALITAS_JALAN', 'Kualitas jalan', 2, 0.002),
    ],
  },
];

describe('weakestIndicators', () => {
  it('puts the lowest score across the desa first, then the larger gain, leaving out indicators at 5', () => {
    const weak = weakestIndicators(DESA);
    expect(weak.map((w) => [w.ref, w.lowest])).toEqual([
      ['IDM:IKS.02', 0],
      ['IDM:IKE.07', 1],
      ['IDM:IKE.09', 1],
      ['IDM:IKE.12', 2],
      ['IDM:IKL.02', 2],
    ]);
    expect(weak.find((w) => w.ref === 'IDM:IKE.09')?.scores).toEqual([
      { desaCode: '3301012001', desaName: 'Tambakreja', score: 1 },
      { desaCode: '3301012002', desaName: 'Kedungreja', score: 4 },
    ]);
    expect(weak.some((w) => w.ref === 'IDM:IKS.03')).toBe(false);
  });

  it('keeps only as many as asked for', () => {
    expect(weakestIndicators(DESA, 2).map((w) => w.ref)).toEqual(['IDM:IKS.02', 'IDM:IKE.07']);
    expect(weakestIndicators([], 10)).toEqual([]);
  });
});

describe('indicatorOptions', () => {
  const labels = {
    weak: (w: { ref: string; name: string; lowest: number }) => `${w.ref} ${w.name} · ${w.lowest}`,
    other: (ref: string, name: string | undefined) => (name ? `${ref} ${name}` : ref),
  };

  it('offers the weakest first, then keeps each stored reference, named when a score names it', () => {
    const weak = weakestIndicators(DESA, 2);
    const options = indicatorOptions(
      weak,
      ['IDM:IKE.07', 'IDM:IKL.02', 'SDGs Desa 8'],
      indicatorNames(DESA),
      labels,
    );
    expect(options).toEqual([
      { value: 'IDM:IKS.02', label: 'IDM:IKS.02 Ketersediaan dokter · 0' },
      { value: 'IDM:IKE.07', label: 'IDM:IKE.07 Bank/BPR · 1' },
      { value: 'IDM:IKL.02', label: 'IDM:IKL.02 Rawan bencana' },
      { value: 'SDGs Desa 8', label: 'SDGs Desa 8' },
    ]);
  });
});
