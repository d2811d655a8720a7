import { describe, expect, it } from 'vitest';
import type { Proposal } from './proposal.ts';
import {
  type Criterion,
  type CriterionScore,
  type PublishedScoring,
  recompute,
  type ScoringInput,
  type ScoringResult,
  scoreProposals,
  scoringIssues,
  TIE_BREAK_RULES,
} from './scoring.ts';
import { randomScoringInput, seeded, shuffled } from './testing.ts';

const kawasanProduct = (id: string, title = id): Proposal => ({
  id,
  title,
  kind: 'produk_unggulan_kawasan',
  desaCode: null,
});

const CRITERIA: Criterion[] = [
  {
    code: 'potensi',
    label: 'Potensi sumber daya',
    weight: 3,
    direction: 'higher_better',
    scale: { min: 1, max: 5 },
  },
  { code: 'pasar', label: 'Pasar', weight: '3', direction: 'higher_better', scale: { min: 1, max: 5 } },
  {
    code: 'rumah_tangga',
    label: 'Rumah tangga terlibat',
    weight: 2,
    direction: 'higher_better',
    scale: { min: 1, max: 5 },
  },
  {
    code: 'keterampilan',
    label: 'Keterampilan yang ada',
    weight: 1,
    direction: 'higher_better',
    scale: { min: 1, max: 5 },
  },
  {
    code: 'risiko_lingkungan',
    label: 'Risiko lingkungan',
    weight: 1,
    direction: 'lower_better',
    scale: { min: 1, max: 5 },
  },
];

/** Two scorers' values per criterion, in the order of CRITERIA. */
const SHEETS: Record<string, [number, number][]> = {
  'P-KOPI': [
    [5, 4],
    [4, 4],
    [3, 4],
    [4, 5],
    [2, 2],
  ],
  'P-MADU': [
    [3, 3],
    [5, 5],
    [2, 3],
    [3, 3],
    [1, 1],
  ],
  'P-JAGUNG': [
    [4, 4],
    [3, 3],
    [5, 5],
    [4, 4],
    [4, 5],
  ],
};

function scoresOf(sheets: Record<string, [number, number][]>, criteria = CRITERIA): CriterionScore[] {
  return Object.entries(sheets).flatMap(([proposalId, rows]) =>
    rows.flatMap(([a, b], i) => [
      { proposalId, criterionCode: criteria[i]!.code, scorerId: 'bpd-1', value: a },
      { proposalId, criterionCode: criteria[i]!.code, scorerId: 'pkk-2', value: b },
    ]),
  );
}

const EXAMPLE: ScoringInput = {
  proposals: [
    kawasanProduct('P-KOPI', 'Kopi robusta'),
    kawasanProduct('P-MADU', 'Madu hutan'),
    kawasanProduct('P-JAGUNG', 'Jagung pakan'),
  ],
  criteria: CRITERIA,
  scores: scoresOf(SHEETS),
};

function score(input: ScoringInput): ScoringResult {
  const outcome = scoreProposals(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.result;
}

describe('scoreProposals: a worked example computed by hand', () => {
  // Sum of weights 10. KOPI: 3·7/8 + 3·3/4 + 2·5/8 + 7/8 + (5−2)/4 = 31/4 → 31/40.
  // MADU: 3·1/2 + 3·1 + 2·3/8 + 1/2 + 1 = 27/4 → 27/40. JAGUNG: 3·3/4 + 3·1/2 + 2 + 3/4 + 1/8 → 53/80.
  const result = score(EXAMPLE);

  it('ranks by the exact weighted mean', () => {
    expect(result.ranking.map((r) => [r.rank, r.proposalId, r.total, r.totalDecimal])).toEqual([
      [1, 'P-KOPI', '31/40', '0.775000'],
      [2, 'P-MADU', '27/40', '0.675000'],
      [3, 'P-JAGUNG', '53/80', '0.662500'],
    ]);
    expect(result.ties).toEqual([]);
    expect(result.ranking.map((r) => r.aheadOfNextBy)).toEqual(['total', 'total', null]);
    expect(result.ranking.every((r) => r.tiedWith.length === 0 && r.scorerCount === 2)).toBe(true);
  });

  it('averages the scorers and inverts a lower-is-better criterion', () => {
    const jagung = result.ranking.find((r) => r.proposalId === 'P-JAGUNG')!;
    const risk = jagung.criteria.find((c) => c.code === 'risiko_lingkungan')!;
    expect(risk).toEqual({
      code: 'risiko_lingkungan',
      scorerCount: 2,
      mean: '9/2',
      normalised: '1/8',
      normalisedDecimal: '0.125000',
    });
    const madu = result.ranking.find((r) => r.proposalId === 'P-MADU')!;
    expect(madu.criteria.find((c) => c.code === 'risiko_lingkungan')!.normalised).toBe('1');
    expect(madu.criteria.find((c) => c.code === 'rumah_tangga')!.mean).toBe('5/2');
  });

  it('publishes the method: criteria heaviest first, shares, tie rule and sentences', () => {
    expect(result.method.criteria.map((c) => [c.code, c.weight, c.weightShare])).toEqual([
      ['pasar', '3', '3/10'],
      ['potensi', '3', '3/10'],
      ['rumah_tangga', '2', '1/5'],
      ['keterampilan', '1', '1/10'],
      ['risiko_lingkungan', '1', '1/10'],
    ]);
    expect(result.method.tieBreak).toEqual(['more_scorers', 'criteria_by_weight', 'proposal_id']);
    expect(result.method).toMatchObject({
      id: 'musyawarah-skor-1',
      arithmetic: 'exact_fraction',
      displayDecimals: 6,
    });
    expect(result.method.description.join(' ')).toContain(
      'Risiko lingkungan (risiko_lingkungan): bobot 1, skala 1–5, makin rendah makin baik',
    );
    expect(result.method.description.join(' ')).toContain('(1) jumlah penilai lebih banyak');
    expect(result.ranking[0]!.criteria.map((c) => c.code)).toEqual(result.method.criteria.map((c) => c.code));
  });

  it('lowering a lower-is-better value raises the total', () => {
    const safer = scoresOf({
      ...SHEETS,
      'P-JAGUNG': [
        [4, 4],
        [3, 3],
        [5, 5],
        [4, 4],
        [1, 1],
      ],
    });
    const r = score({ ...EXAMPLE, scores: safer });
    // JAGUNG's risk goes from 1/8 to 1 on weight 1 of 10: + 7/80 → 60/80 = 3/4.
    expect(r.ranking.find((x) => x.proposalId === 'P-JAGUNG')!.total).toBe('3/4');
    expect(r.ranking.map((x) => x.proposalId)).toEqual(['P-KOPI', 'P-JAGUNG', 'P-MADU']);
  });

  it('is exact with decimal weights and values where floating point is not', () => {
    // 0.1 + 0.2 is not 0.3 in floating point; here the weights sum to exactly 3/10.
    const criteria: Criterion[] = [
      { code: 'a', label: 'A', weight: '0.1', direction: 'higher_better', scale: { min: '0', max: '1' } },
      { code: 'b', label: 'B', weight: 0.2, direction: 'higher_better', scale: { min: '0', max: '1' } },
    ];
    const r = score({
      proposals: [kawasanProduct('X')],
      criteria,
      scores: [
        { proposalId: 'X', criterionCode: 'a', scorerId: 's', value: '0.3' },
        { proposalId: 'X', criterionCode: 'b', scorerId: 's', value: 0.3 },
      ],
    });
    expect(r.ranking[0]!.total).toBe('3/10');
    expect(r.method.criteria.map((c) => c.weightShare)).toEqual(['2/3', '1/3']);
  });
});

describe('ties are reported and ordered by the published rule', () => {
  const one: Criterion[] = [
    { code: 'pasar', label: 'Pasar', weight: 1, direction: 'higher_better', scale: { min: 1, max: 5 } },
  ];
  const val = (
    proposalId: string,
    scorerId: string,
    value: number,
    criterionCode = 'pasar',
  ): CriterionScore => ({
    proposalId,
    criterionCode,
    scorerId,
    value,
  });

  it('same totals and scorers: listed by proposal id, reported as a tie', () => {
    const r = score({
      proposals: [kawasanProduct('B'), kawasanProduct('A'), kawasanProduct('C')],
      criteria: one,
      scores: [val('B', 's1', 4), val('A', 's1', 4), val('C', 's1', 2)],
    });
    expect(r.ranking.map((x) => [x.proposalId, x.tiedWith, x.aheadOfNextBy])).toEqual([
      ['A', ['B'], 'proposal_id'],
      ['B', ['A'], 'total'],
      ['C', [], null],
    ]);
    expect(r.ties).toEqual([{ proposalIds: ['A', 'B'], total: '3/4', totalDecimal: '0.750000' }]);
  });

  it('more scorers come first', () => {
    const r = score({
      proposals: [kawasanProduct('A'), kawasanProduct('Z')],
      criteria: one,
      scores: [val('A', 's1', 3), val('A', 's2', 3), val('Z', 's1', 3), val('Z', 's2', 2), val('Z', 's3', 4)],
    });
    expect(r.ranking.map((x) => [x.proposalId, x.scorerCount, x.aheadOfNextBy])).toEqual([
      ['Z', 3, 'more_scorers'],
      ['A', 2, null],
    ]);
    expect(r.ties).toEqual([{ proposalIds: ['Z', 'A'], total: '1/2', totalDecimal: '0.500000' }]);
  });

  it('then the higher value on the heaviest criterion, then the next heaviest', () => {
    const two: Criterion[] = [
      { code: 'y', label: 'Y', weight: 1, direction: 'higher_better', scale: { min: 1, max: 5 } },
      { code: 'x', label: 'X', weight: 2, direction: 'higher_better', scale: { min: 1, max: 5 } },
    ];
    // A: x 1/2, y 1 → 2/3; Z: x 3/4, y 1/2 → 2/3. Z is higher on x, the heavier one.
    const r = score({
      proposals: [kawasanProduct('A'), kawasanProduct('Z')],
      criteria: two,
      scores: [val('A', 's', 3, 'x'), val('A', 's', 5, 'y'), val('Z', 's', 4, 'x'), val('Z', 's', 3, 'y')],
    });
    expect(r.ranking.map((x) => [x.proposalId, x.total, x.aheadOfNextBy])).toEqual([
      ['Z', '2/3', 'criteria_by_weight'],
      ['A', '2/3', null],
    ]);
    // Equal weights: read in code order, so `a` decides before `b`.
    const equal: Criterion[] = [
      { code: 'b', label: 'B', weight: 1, direction: 'higher_better', scale: { min: 1, max: 5 } },
      { code: 'a', label: 'A', weight: 1, direction: 'higher_better', scale: { min: 1, max: 5 } },
    ];
    const r2 = score({
      proposals: [kawasanProduct('P1'), kawasanProduct('P2')],
      criteria: equal,
      scores: [
        val('P1', 's', 2, 'a'),
        val('P1', 's', 4, 'b'),
        val('P2', 's', 4, 'a'),
        val('P2', 's', 2, 'b'),
      ],
    });
    expect(r2.ranking.map((x) => [x.proposalId, x.aheadOfNextBy])).toEqual([
      ['P2', 'criteria_by_weight'],
      ['P1', null],
    ]);
  });

  it('reports several separate ties', () => {
    const r = score({
      proposals: ['A', 'B', 'C', 'D', 'E'].map((id) => kawasanProduct(id)),
      criteria: one,
      scores: [val('A', 's', 5), val('B', 's', 5), val('C', 's', 3), val('D', 's', 1), val('E', 's', 1)],
    });
    expect(r.ties.map((t) => t.proposalIds)).toEqual([
      ['A', 'B'],
      ['D', 'E'],
    ]);
    expect(r.ranking.find((x) => x.proposalId === 'C')!.tiedWith).toEqual([]);
  });
});

type Mutation = (input: ScoringInput) => ScoringInput;
const withProposal =
  (i: number, patch: Partial<Proposal>): Mutation =>
  (input) => ({
    ...input,
    proposals: input.proposals.map((p, j) => (j === i ? { ...p, ...patch } : p)),
  });
const withCriterion =
  (i: number, patch: Partial<Criterion>): Mutation =>
  (input) => ({
    ...input,
    criteria: input.criteria.map((c, j) => (j === i ? ({ ...c, ...patch } as Criterion) : c)),
  });
const withScore =
  (i: number, patch: Partial<CriterionScore>): Mutation =>
  (input) => ({
    ...input,
    scores: input.scores.map((s, j) => (j === i ? { ...s, ...patch } : s)),
  });

/** EXAMPLE.scores[0] is P-KOPI / potensi / bpd-1; [1] is P-KOPI / potensi / pkk-2. */
const VALIDATION: [string, Mutation, string, string][] = [
  ['no criteria', (i) => ({ ...i, criteria: [], scores: [] }), 'criteria', 'Belum ada kriteria'],
  ['no proposals', (i) => ({ ...i, proposals: [], scores: [] }), 'proposals', 'Belum ada usulan'],
  [
    'duplicate proposal id',
    (i) => ({ ...i, proposals: [...i.proposals, kawasanProduct('P-MADU')] }),
    'proposals[3].id',
    'P-MADU tercantum lebih dari sekali',
  ],
  ['empty proposal id', withProposal(0, { id: ' ' }), 'proposals[0].id', 'Kode usulan wajib diisi'],
  ['empty title', withProposal(0, { title: '' }), 'proposals[0].title', 'Judul usulan wajib diisi'],
  [
    'unknown kind',
    withProposal(0, { kind: 'lain' as Proposal['kind'] }),
    'proposals[0].kind',
    'Jenis usulan harus salah satu',
  ],
  [
    'desa product without desa',
    withProposal(0, { kind: 'produk_unggulan_desa' }),
    'proposals[0].desaCode',
    'wajib menyebut kode desanya',
  ],
  [
    'kawasan product with a desa',
    withProposal(0, { desaCode: '3322012001' }),
    'proposals[0].desaCode',
    'kode desa harus kosong',
  ],
  [
    'malformed desa code',
    withProposal(0, { kind: 'program', desaCode: '33220' }),
    'proposals[0].desaCode',
    'bukan kode desa 10 digit',
  ],
  [
    'duplicate criterion code',
    (i) => ({ ...i, criteria: [...i.criteria, CRITERIA[1]!] }),
    'criteria[5].code',
    'pasar tercantum lebih dari sekali',
  ],
  ['empty criterion code', withCriterion(0, { code: '' }), 'criteria[0].code', 'Kode kriteria wajib diisi'],
  [
    'empty criterion label',
    withCriterion(0, { label: '' }),
    'criteria[0].label',
    'Nama kriteria potensi wajib diisi',
  ],
  ['weight zero', withCriterion(0, { weight: 0 }), 'criteria[0].weight', 'harus lebih dari nol'],
  ['weight negative', withCriterion(0, { weight: '-2' }), 'criteria[0].weight', 'harus lebih dari nol'],
  ['weight not a number', withCriterion(0, { weight: 'tiga' }), 'criteria[0].weight', 'harus berupa angka'],
  ['weight NaN', withCriterion(0, { weight: Number.NaN }), 'criteria[0].weight', 'harus berupa angka'],
  ['weight with exponent', withCriterion(0, { weight: '1e2' }), 'criteria[0].weight', 'harus berupa angka'],
  [
    'unknown direction',
    withCriterion(0, { direction: 'naik' as Criterion['direction'] }),
    'criteria[0].direction',
    'higher_better',
  ],
  [
    'scale upside down',
    withCriterion(0, { scale: { min: 5, max: 1 } }),
    'criteria[0].scale',
    'lebih kecil dari nilai tertinggi',
  ],
  [
    'scale of one point',
    withCriterion(0, { scale: { min: 3, max: 3 } }),
    'criteria[0].scale',
    'lebih kecil dari nilai tertinggi',
  ],
  [
    'scale not numbers',
    withCriterion(0, { scale: { min: 'satu', max: 5 } }),
    'criteria[0].scale',
    'berupa angka',
  ],
  [
    'score above the scale',
    withScore(0, { value: 6 }),
    'scores[0].value',
    'Nilai 6 di luar skala kriteria potensi (1–5)',
  ],
  ['score below the scale', withScore(0, { value: 0.5 }), 'scores[0].value', 'di luar skala'],
  ['score not a number', withScore(0, { value: 'baik' }), 'scores[0].value', 'Nilai baik bukan angka'],
  [
    'score for an unknown proposal',
    withScore(0, { proposalId: 'P-SAWIT' }),
    'scores[0].proposalId',
    'Usulan P-SAWIT tidak ada',
  ],
  [
    'score for an unknown criterion',
    withScore(0, { criterionCode: 'harga' }),
    'scores[0].criterionCode',
    'Kriteria harga tidak ada',
  ],
  [
    'score without a scorer',
    withScore(0, { scorerId: '' }),
    'scores[0].scorerId',
    'Kode penilai wajib diisi',
  ],
  [
    'same scorer twice',
    withScore(1, { scorerId: 'bpd-1' }),
    'scores[1]',
    'Penilai bpd-1 sudah memberi nilai untuk usulan P-KOPI pada kriteria potensi',
  ],
  [
    'criterion never scored',
    (i) => ({
      ...i,
      scores: i.scores.filter((s) => !(s.proposalId === 'P-MADU' && s.criterionCode === 'pasar')),
    }),
    'scores[P-MADU][pasar]',
    'Usulan P-MADU belum dinilai pada kriteria pasar',
  ],
  [
    'scorer skipped a criterion',
    (i) => ({ ...i, scores: i.scores.slice(1) }),
    'scores[P-KOPI][potensi]',
    'Penilai bpd-1 menilai usulan P-KOPI tetapi belum pada kriteria potensi',
  ],
];

describe('scoringIssues: every rule', () => {
  it('accepts the example', () => {
    expect(scoringIssues(EXAMPLE)).toEqual([]);
  });

  it.each(VALIDATION)('%s', (_, mutate, field, message) => {
    const input = mutate(EXAMPLE);
    const outcome = scoreProposals(input);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues).toContainEqual({ field, message: expect.stringContaining(message) });
    expect(scoringIssues(input)).toEqual(outcome.issues);
  });

  it('lists every issue at once with its own field', () => {
    const input = withScore(0, { value: 9 })(withCriterion(2, { weight: 0 })(EXAMPLE));
    expect(scoringIssues(input).map((i) => i.field)).toEqual(['criteria[2].weight', 'scores[0].value']);
  });
});

/** An independent floating-point computation of the totals, to check the exact one against. */
function floatTotals(input: ScoringInput): Map<string, number> {
  const weightSum = input.criteria.reduce((s, c) => s + Number(c.weight), 0);
  const totals = new Map<string, number>();
  for (const p of input.proposals) {
    let t = 0;
    for (const c of input.criteria) {
      const values = input.scores
        .filter((s) => s.proposalId === p.id && s.criterionCode === c.code)
        .map((s) => Number(s.value));
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const [min, max] = [Number(c.scale.min), Number(c.scale.max)];
      const norm = c.direction === 'lower_better' ? (max - mean) / (max - min) : (mean - min) / (max - min);
      t += Number(c.weight) * norm;
    }
    totals.set(p.id, t / weightSum);
  }
  return totals;
}

const [num, den] = [(f: string) => Number(f.split('/')[0]), (f: string) => Number(f.split('/')[1] ?? 1)];

describe('property: reproducible from the published inputs', () => {
  const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);

  it.each(SEEDS)('seed %i: shuffled entry order gives the same ranking, totals and ties', (seed) => {
    const random = seeded(seed);
    const input = randomScoringInput(random);
    expect(scoringIssues(input)).toEqual([]);
    const base = score(input);
    for (let k = 0; k < 3; k++) {
      const again = score({
        proposals: shuffled(random, input.proposals),
        criteria: shuffled(random, input.criteria),
        scores: shuffled(random, input.scores),
      });
      expect(again).toEqual(base);
    }
  });

  it.each(SEEDS)('seed %i: totals agree with a float computation, ranks and ties are consistent', (seed) => {
    const input = randomScoringInput(seeded(seed));
    const result = score(input);
    const floats = floatTotals(input);
    const ids = new Set(input.proposals.map((p) => p.id));
    expect(result.ranking.map((r) => r.rank)).toEqual(input.proposals.map((_, i) => i + 1));
    expect(new Set(result.ranking.map((r) => r.proposalId))).toEqual(ids);
    for (const [i, r] of result.ranking.entries()) {
      const exact = num(r.total) / den(r.total);
      expect(exact).toBeGreaterThanOrEqual(0);
      expect(exact).toBeLessThanOrEqual(1);
      expect(exact).toBeCloseTo(floats.get(r.proposalId)!, 9);
      const next = result.ranking[i + 1];
      if (next) expect(num(r.total) * den(next.total)).toBeGreaterThanOrEqual(num(next.total) * den(r.total));
      const sameTotal = result.ranking.filter((o) => o !== r && o.total === r.total).map((o) => o.proposalId);
      expect(r.tiedWith).toEqual(sameTotal);
    }
    expect(result.ties.flatMap((t) => t.proposalIds).sort()).toEqual(
      result.ranking
        .filter((r) => r.tiedWith.length > 0)
        .map((r) => r.proposalId)
        .sort(),
    );
    expect(TIE_BREAK_RULES).toEqual(result.method.tieBreak);
  });

  it.each(SEEDS.slice(0, 40))('seed %i: scaling every weight by the same factor changes no total', (seed) => {
    const input = randomScoringInput(seeded(seed));
    const scaled = {
      ...input,
      criteria: input.criteria.map((c) => ({ ...c, weight: `${Number(c.weight) * 4}` })),
    };
    const strip = (r: ScoringResult) =>
      r.ranking.map(({ proposalId, total, aheadOfNextBy }) => [proposalId, total, aheadOfNextBy]);
    expect(strip(score(scaled))).toEqual(strip(score(input)));
  });
});

describe('recompute: checking a published result', () => {
  const published = (): PublishedScoring =>
    JSON.parse(JSON.stringify({ inputs: EXAMPLE, result: score(EXAMPLE) }));

  it('accepts an untouched result, also after a round trip through JSON and with shuffled inputs', () => {
    expect(recompute(published())).toEqual({ ok: true });
    const p = published();
    const random = seeded(7);
    p.inputs = {
      ...p.inputs,
      scores: shuffled(random, p.inputs.scores),
      proposals: shuffled(random, p.inputs.proposals),
    };
    expect(recompute(p)).toEqual({ ok: true });
  });

  it('detects a tampered total', () => {
    const p = published();
    p.result.ranking[1]!.totalDecimal = '0.695000';
    expect(recompute(p)).toEqual({
      ok: false,
      issues: [
        {
          field: 'result.ranking[1].totalDecimal',
          message: 'Diterbitkan "0.695000", hasil hitung ulang "0.675000".',
        },
      ],
    });
  });

  it('detects a swapped ranking', () => {
    const p = published();
    const [a, b] = [p.result.ranking[1]!, p.result.ranking[2]!];
    p.result.ranking[1] = { ...b, rank: 2 };
    p.result.ranking[2] = { ...a, rank: 3 };
    const outcome = recompute(p);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues).toContainEqual({
      field: 'result.ranking[1].proposalId',
      message: 'Diterbitkan "P-JAGUNG", hasil hitung ulang "P-MADU".',
    });
  });

  it('detects changed inputs behind an unchanged result', () => {
    const p = published();
    p.inputs = { ...p.inputs, scores: p.inputs.scores.map((s, i) => (i === 0 ? { ...s, value: 1 } : s)) };
    const outcome = recompute(p);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => i.field)).toContain('result.ranking[0].total');
  });

  it('detects an edited method: weights, tie rule or a hidden tie', () => {
    const p = published();
    p.result.method.criteria[0]!.weight = '5';
    p.result.method.tieBreak = ['proposal_id'];
    p.result.ties = [];
    p.result.ranking[0]!.tiedWith = ['P-MADU'];
    const outcome = recompute(p);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const fields = outcome.issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'result.method.criteria[0].weight',
        'result.method.tieBreak',
        'result.ranking[0].tiedWith',
      ]),
    );
  });

  it('detects a removed or added row', () => {
    const p = published();
    p.result.ranking.pop();
    const outcome = recompute(p);
    expect(outcome).toMatchObject({
      ok: false,
      issues: [{ field: 'result.ranking', message: 'Diterbitkan 2 baris, hasil hitung ulang 3 baris.' }],
    });
  });

  it('refuses an unknown method and reports invalid inputs under inputs', () => {
    const p = published();
    (p.result.method as { id: string }).id = 'metode-lain';
    expect(recompute(p)).toMatchObject({ ok: false, issues: [{ field: 'result.method.id' }] });
    const q = published();
    q.inputs = {
      ...q.inputs,
      criteria: q.inputs.criteria.map((c, i) => (i === 0 ? { ...c, weight: 0 } : c)),
    };
    expect(recompute(q)).toMatchObject({ ok: false, issues: [{ field: 'inputs.criteria[0].weight' }] });
  });
});
