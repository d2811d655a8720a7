import { describe, expect, it } from 'vitest';
import { CAPITAL_SOURCES, VALUE_CHAIN_STAGES as UNIT_STAGES } from '../enterprise/vocabulary.ts';
import { FUNDING_SOURCES, VALUE_CHAIN_STAGES as RPKP_STAGES } from '../rpkp/plan.ts';
import { CATEGORY_CODES } from './categories.ts';
import {
  type CapitalInput,
  CHAIN_STAGES,
  type ConvergenceInput,
  convergence,
  FUND_SOURCES,
  type RpkpActivityInput,
  sourceOfCapital,
  sourceOfRpkp,
  stageOfCategory,
  stageOfRpkp,
  stageOfUnit,
} from './convergence.ts';

const A = '3301012001';
const B = '3301012002';
const C = '3301012003';
const MEMBERS = [
  { code: A, name: 'Tambakreja' },
  { code: B, name: 'Bumireja' },
  { code: C, name: 'Ciklapa' },
];

const activity = (over: Partial<RpkpActivityInput> & { id: string }): RpkpActivityInput => ({
  name: `Kegiatan ${over.id}`,
  desaCodes: [A],
  stage: 'hulu',
  sector: 'pertanian',
  agencyKind: 'kabupaten',
  agencyName: 'Dinas Pertanian Kab. Cilacap',
  fundingSource: 'apbd_kabupaten',
  budget: 1n,
  ...over,
});

const capital = (over: Partial<CapitalInput> & { id: string }): CapitalInput => ({
  enterpriseId: 'e1',
  enterpriseName: 'BUM Desa Tambakreja',
  source: 'dana_desa',
  funderName: null,
  amount: 1n,
  receivedOn: '2026-03-01',
  unitStage: null,
  unitName: null,
  commodity: null,
  desaCodes: [A],
  ...over,
});

const input = (over: Partial<ConvergenceInput>): ConvergenceInput => ({
  year: 2026,
  members: MEMBERS,
  activities: [],
  capital: [],
  danaDesa: [],
  ...over,
});

describe('source and stage mapping', () => {
  it.each([
    ['apbn', 'apbn'],
    ['apbd_provinsi', 'apbd_provinsi'],
    ['apbd_kabupaten', 'apbd_kabupaten'],
    ['dana_desa', 'dana_desa'],
    ['bumdes', 'bumdes'],
    ['swasta', 'mitra_swasta'],
    ['lainnya', 'lainnya'],
    ['kode_asing', 'lainnya'],
  ])('RPKP source %s → %s', (code, expected) => expect(sourceOfRpkp(code)).toBe(expected));

  it.each([
    ['apbn', 'apbn'],
    ['apbd_provinsi', 'apbd_provinsi'],
    ['apbd_kabupaten', 'apbd_kabupaten'],
    ['dana_desa', 'dana_desa'],
    ['mitra', 'mitra_swasta'],
    ['masyarakat', 'masyarakat'],
    ['hadiah', 'lainnya'],
  ])('capital source %s → %s', (code, expected) => expect(sourceOfCapital(code)).toBe(expected));

  it('maps every code of both vocabularies into the one list', () => {
    for (const s of FUNDING_SOURCES) expect(FUND_SOURCES).toContain(sourceOfRpkp(s));
    for (const s of CAPITAL_SOURCES) expect(FUND_SOURCES).toContain(sourceOfCapital(s));
    expect(FUNDING_SOURCES.map(sourceOfRpkp).filter((s) => s === 'lainnya')).toEqual(['lainnya']);
    expect(CAPITAL_SOURCES.map(sourceOfCapital)).not.toContain('lainnya');
  });

  it.each([
    ['hulu', 'hulu'],
    ['tengah', 'pengolahan'],
    ['hilir', 'hilir'],
    ['jasa', 'pendukung'],
  ])('unit stage %s → %s', (stage, expected) => expect(stageOfUnit(stage)).toBe(expected));

  it('keeps RPKP stages, and puts capital without a unit apart', () => {
    expect(RPKP_STAGES.map(stageOfRpkp)).toEqual([...CHAIN_STAGES]);
    expect(UNIT_STAGES.map(stageOfUnit).every((s) => (CHAIN_STAGES as readonly string[]).includes(s))).toBe(
      true,
    );
    expect(stageOfUnit(null)).toBe('belum_dialokasikan');
  });

  it.each([
    ['ketahanan_pangan', 'hulu'],
    ['infrastruktur_desa', 'pendukung'],
    ['padat_karya_tunai', 'pendukung'],
    ['penyertaan_modal_bumdes', 'belum_dialokasikan'],
    ['blt_desa', 'di_luar_rantai'],
    ['operasional_pemerintah_desa', 'di_luar_rantai'],
    ['tidak_dikenal', 'belum_dialokasikan'],
  ])('Dana Desa category %s → %s', (category, expected) => expect(stageOfCategory(category)).toBe(expected));

  it('gives every Dana Desa category a column', () => {
    for (const c of CATEGORY_CODES)
      expect(stageOfCategory(c)).toMatch(
        /^(hulu|pengolahan|hilir|pendukung|belum_dialokasikan|di_luar_rantai)$/,
      );
  });
});

describe('convergence', () => {
  // Amounts beyond 2^53: a float would lose the last digits.
  const BIG = 9_007_199_254_740_993n;

  const fixture = input({
    activities: [
      activity({ id: 'A1', budget: BIG, desaCodes: [A, B] }),
      activity({
        id: 'A2',
        budget: 487_500_001n,
        stage: 'pengolahan',
        sector: 'Gula Kelapa',
        desaCodes: [B],
      }),
      activity({
        id: 'A3',
        budget: 735_250_125n,
        stage: 'pengolahan',
        sector: ' gula  kelapa',
        desaCodes: [B],
        agencyKind: 'kementerian',
        agencyName: 'Kementerian Desa PDTT',
        fundingSource: 'apbn',
      }),
    ],
    capital: [
      capital({
        id: 'K1',
        amount: 250_000_000n,
        source: 'mitra',
        funderName: 'PT Gula Nusantara',
        unitStage: 'tengah',
        unitName: 'Rumah produksi',
        commodity: 'gula kelapa',
        desaCodes: [B],
      }),
      capital({ id: 'K2', amount: 100_000_003n }),
    ],
    danaDesa: [
      {
        planId: 'p1',
        lineId: 'L1',
        desaCode: A,
        desaName: 'Tambakreja',
        category: 'ketahanan_pangan',
        activity: 'Bibit padi',
        amount: 200_000_001n,
        linked: false,
      },
      {
        planId: 'p1',
        lineId: 'L2',
        desaCode: A,
        desaName: 'Tambakreja',
        category: 'blt_desa',
        activity: 'BLT',
        amount: 150_000_000n,
        linked: false,
      },
      {
        planId: 'p1',
        lineId: 'L3',
        desaCode: A,
        desaName: 'Tambakreja',
        category: 'penyertaan_modal_bumdes',
        activity: 'Modal BUM Desa',
        amount: 99n,
        linked: true,
      },
    ],
  });
  const view = convergence(fixture);

  it('sums source × stage exactly, keeping each record apart', () => {
    const cell = (source: string, stage: string) =>
      view.matrix.find((c) => c.source === source && c.stage === stage)!;
    expect(view.matrix).toHaveLength(FUND_SOURCES.length * 6);
    expect(cell('apbd_kabupaten', 'hulu').total).toBe(BIG);
    expect(cell('apbd_kabupaten', 'pengolahan').total).toBe(487_500_001n);
    expect(cell('apbn', 'pengolahan').total).toBe(735_250_125n);
    expect(cell('mitra_swasta', 'pengolahan').total).toBe(250_000_000n);
    expect(cell('dana_desa', 'belum_dialokasikan')).toMatchObject({
      total: 100_000_102n,
      byOrigin: { rpkp: 0n, modal: 100_000_003n, dana_desa: 99n },
      itemCount: 2,
    });
    expect(cell('dana_desa', 'hulu').total).toBe(200_000_001n);
    expect(cell('dana_desa', 'di_luar_rantai').total).toBe(150_000_000n);
    const all =
      BIG + 487_500_001n + 735_250_125n + 250_000_000n + 100_000_003n + 200_000_001n + 150_000_000n + 99n;
    expect(view.total.total).toBe(all);
    expect(view.matrix.reduce((s, c) => s + c.total, 0n)).toBe(all);
    expect(view.bySource.reduce((s, c) => s + c.total, 0n)).toBe(all);
    expect(view.total.byOrigin).toEqual({
      rpkp: BIG + 487_500_001n + 735_250_125n,
      modal: 350_000_003n,
      dana_desa: 350_000_100n,
    });
  });

  it('counts one-desa items in their desa and items over several desa in the shared row only', () => {
    const row = (code: string | null) => view.desa.find((d) => d.desaCode === code)!;
    expect(view.desa.map((d) => d.desaCode)).toEqual([A, B, C, null]);
    expect(row(A).total).toBe(100_000_003n + 200_000_001n + 150_000_000n + 99n);
    expect(row(A).bySource.dana_desa).toBe(row(A).total);
    expect(row(B).bySource).toMatchObject({
      apbd_kabupaten: 487_500_001n,
      apbn: 735_250_125n,
      mitra_swasta: 250_000_000n,
    });
    expect(row(null)).toMatchObject({ total: BIG, sharedItemKeys: ['rpkp:A1'] });
    expect(row(A).sharedItemKeys).toEqual(['rpkp:A1']);
    expect(view.desa.reduce((s, d) => s + d.total, 0n)).toBe(view.total.total);
  });

  it('sums per agency, largest first', () => {
    expect(view.agencies[0]).toMatchObject({
      agencyName: 'Dinas Pertanian Kab. Cilacap',
      total: BIG + 487_500_001n,
      stages: ['hulu', 'pengolahan'],
    });
    const desa = view.agencies.find((a) => a.agencyName === 'Pemerintah Desa Tambakreja')!;
    expect(desa.bySource.dana_desa).toBe(200_000_001n + 150_000_000n + 99n);
    const mitra = view.agencies.find((a) => a.agencyName === 'PT Gula Nusantara')!;
    expect(mitra).toMatchObject({ agencyKind: 'mitra', total: 250_000_000n });
    const unnamed = view.agencies.find((a) => a.itemKeys.includes('modal:K2'))!;
    expect(unnamed.agencyName).toBe('Dana Desa');
  });

  it('finds the same desa, stage and topic funded by several funders, and only those', () => {
    expect(view.duplications).toHaveLength(2);
    // Tambakreja, hulu: the Dinas's activity over two desa and the desa's own food-security line.
    expect(view.duplications[0]).toMatchObject({
      desaCode: A,
      stage: 'hulu',
      topic: 'pertanian',
      itemKeys: ['rpkp:A1', 'dana_desa:p1:L1'],
      sources: ['apbd_kabupaten', 'dana_desa'],
      amount: BIG + 200_000_001n,
    });
    const d = view.duplications[1]!;
    expect(d).toMatchObject({
      desaCode: B,
      stage: 'pengolahan',
      topic: 'gula kelapa',
      itemKeys: ['rpkp:A2', 'rpkp:A3', 'modal:K1'],
      sources: ['apbn', 'apbd_kabupaten', 'mitra_swasta'],
      amount: 487_500_001n + 735_250_125n + 250_000_000n,
    });
    expect(d.sentence).toMatch(
      /^Perlu dicek: mungkin tumpang tindih\. Desa Bumireja, tahap pengolahan untuk gula kelapa/,
    );
  });

  it('does not flag two items of one funder, nor items of different known topics', () => {
    const same = convergence(input({ activities: [activity({ id: 'X1' }), activity({ id: 'X2' })] }));
    expect(same.duplications).toEqual([]);
    const topics = convergence(
      input({
        activities: [
          activity({ id: 'X1', sector: 'padi' }),
          activity({ id: 'X2', sector: 'kopi', fundingSource: 'apbn', agencyName: 'Kementerian Pertanian' }),
        ],
      }),
    );
    expect(topics.duplications).toEqual([]);
    const unknownTopic = convergence(
      input({
        activities: [activity({ id: 'X1', sector: 'padi' })],
        capital: [
          capital({ id: 'K9', source: 'apbn', unitStage: 'hulu', unitName: 'Kebun', commodity: null }),
        ],
      }),
    );
    expect(unknownTopic.duplications.map((d) => d.itemKeys)).toEqual([['rpkp:X1', 'modal:K9']]);
    // Unallocated money is never a duplication: it has no stage.
    const unallocated = convergence(
      input({ capital: [capital({ id: 'K1' }), capital({ id: 'K2', source: 'apbn' })] }),
    );
    expect(unallocated.duplications).toEqual([]);
  });

  it('reports stages and member desa without money, and nothing else', () => {
    expect(view.gaps.map((g) => (g.kind === 'stage' ? `stage:${g.stage}` : `desa:${g.desaCode}`))).toEqual([
      'stage:hilir',
      'stage:pendukung',
      `desa:${C}`,
    ]);
    const desaGap = view.gaps.find((g) => g.kind === 'desa')!;
    expect(desaGap.sentence).toMatch(
      /^Desa Ciklapa belum tercatat menerima dana dari sumber mana pun pada tahun 2026/,
    );
    // A desa reached only by an activity over several desa is not a gap.
    expect(view.gaps.some((g) => g.kind === 'desa' && g.desaCode === A)).toBe(false);
  });

  it('does not call an RPKP source without realisation a gap', () => {
    const planned = convergence(
      input({
        activities: (['hulu', 'pengolahan', 'hilir', 'pendukung'] as const).map((stage, i) =>
          activity({ id: `P${i}`, stage, desaCodes: [A, B, C], fundingSource: 'apbn' }),
        ),
      }),
    );
    expect(planned.gaps).toEqual([]);
    expect(planned.notes.join(' ')).toMatch(/tidak dihitung sebagai celah/);
  });

  it('gives every stage and every member desa a gap when nothing is recorded', () => {
    const empty = convergence(input({}));
    expect(empty.gaps).toHaveLength(CHAIN_STAGES.length + MEMBERS.length);
    expect(empty.total.total).toBe(0n);
    expect(empty.desa.map((d) => d.desaCode)).toEqual([A, B, C]);
  });

  it('does not depend on the order of the records', () => {
    const reversed = convergence({
      ...fixture,
      activities: [...fixture.activities].reverse(),
      capital: [...fixture.capital].reverse(),
      danaDesa: [...fixture.danaDesa].reverse(),
    });
    expect(reversed.matrix).toEqual(view.matrix);
    expect(reversed.gaps).toEqual(view.gaps);
    expect(reversed.duplications.map((d) => [d.desaCode, d.stage, d.topic, [...d.itemKeys].sort()])).toEqual(
      view.duplications.map((d) => [d.desaCode, d.stage, d.topic, [...d.itemKeys].sort()]),
    );
  });
});
