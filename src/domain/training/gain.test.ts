import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal, toFraction } from '../deliberation/rational.ts';
import {
  aspectGain,
  computeGains,
  floorDecimal,
  gainCategory,
  gainText,
  type ParticipantScores,
  parseScore,
  pooledMeanOfGains,
  type ScoreInput,
  summariseAspect,
  summariseGains,
  summariseProgramme,
} from './gain.ts';
import { scores } from './testing.ts';

const read = (v: ScoreInput) => {
  const parsed = parseScore(v, 'x');
  if (!parsed.ok) throw new Error(parsed.issue.message);
  return parsed.value;
};

describe('normalised gain per participant and aspect: the rule table', () => {
  // biome-ignore format: one rule per line reads as a table
  const TABLE: [ScoreInput, ScoreInput, string, string | null, string | null][] = [
    // pre, post, status, gain shown (2 decimals, rounded down), category
    [40, 70, 'dihitung', '0.50', 'sedang'],
    [50, 100, 'dihitung', '1.00', 'tinggi'],
    [80, 94, 'dihitung', '0.70', 'tinggi'],
    [20, 44, 'dihitung', '0.30', 'sedang'],
    [60, 71.9, 'dihitung', '0.29', 'rendah'],
    [60, 60, 'dihitung', '0.00', 'rendah'],
    [0, 0, 'dihitung', '0.00', 'rendah'],
    [70, 61, 'dihitung', '-0.30', 'turun'],
    [50, 49.9, 'dihitung', '-0.01', 'turun'],
    [0, 100, 'dihitung', '1.00', 'tinggi'],
    [90, 99.99, 'dihitung', '0.99', 'tinggi'],
    [30, 78.97, 'dihitung', '0.69', 'sedang'],
    ['72,5', '86.25', 'dihitung', '0.50', 'sedang'],
    [' 33.3 ', '66.6', 'dihitung', '0.49', 'sedang'],
    [100, 100, 'pre_test_sempurna', null, null],
    [100, 90, 'pre_test_sempurna', null, null],
    [100, null, 'pre_test_sempurna', null, null],
    [55, null, 'belum_post_test', null, null],
    [55, '', 'belum_post_test', null, null],
    [null, 80, 'tanpa_pre_test', null, null],
    [null, undefined, 'belum_dites', null, null],
  ];

  it.each(TABLE)('pre %s, post %s → %s %s %s', (pre, post, status, shown, category) => {
    const g = aspectGain(read(pre), read(post));
    expect(g.status).toBe(status);
    if (g.status === 'dihitung') {
      expect(gainText(g.gain)).toBe(shown);
      expect(g.category).toBe(category);
    } else {
      expect(shown).toBeNull();
      expect(g.reason).toMatch(/\S/);
    }
  });

  it('gives the exact gain as a fraction, not a float', () => {
    const g = aspectGain(read(30), read(78.97));
    expect(g.status === 'dihitung' && toFraction(g.gain)).toBe('4897/7000');
  });

  it('explains a perfect pre-test instead of dividing by zero', () => {
    const g = aspectGain(read(100), read(100));
    expect(g).toMatchObject({
      status: 'pre_test_sempurna',
      reason:
        'Nilai pre-test 100: tidak ada ruang peningkatan, sehingga gain ternormalisasi tidak dapat dihitung dan tidak masuk rata-rata gain.',
    });
  });
});

describe('parseScore: invalid scores are clear errors with their field', () => {
  // biome-ignore format: one rule per line reads as a table
  const BAD: [ScoreInput | boolean, RegExp][] = [
    [Number.NaN, /Nilai harus angka 0–100; yang diterima bukan angka\./],
    [Number.POSITIVE_INFINITY, /bukan angka/],
    ['abc', /"abc" bukan angka/],
    ['7O', /"7O" bukan angka/],
    ['1e2', /bukan angka/],
    ['75%', /bukan angka/],
    [-1, /-1 di luar rentang/],
    [100.5, /100\.5 di luar rentang/],
    ['101', /101 di luar rentang/],
    [true, /Nilai harus angka 0–100\./],
  ];

  it.each(BAD)('%s', (value, message) => {
    const parsed = parseScore(value as ScoreInput, 'scores[2].post.sikap');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issue.field).toBe('scores[2].post.sikap');
    expect(parsed.issue.message).toMatch(message);
  });

  it('reads empty as "not taken" and the bounds as valid', () => {
    expect([null, undefined, '', '  '].map((v) => read(v))).toEqual([null, null, null, null]);
    expect(toFraction(read(0)!)).toBe('0');
    expect(toFraction(read('100')!)).toBe('100');
    expect(toFraction(read(0.1)!)).toBe('1/10');
  });
});

describe('computeGains', () => {
  it('computes every tested aspect of every participant', () => {
    const result = computeGains(
      [scores('P1', { pengetahuan: 40, sikap: 50 }, { pengetahuan: 70, sikap: null })],
      ['pengetahuan', 'sikap'],
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.participants[0]!.aspects.pengetahuan).toMatchObject({
      status: 'dihitung',
      category: 'sedang',
    });
    expect(result.participants[0]!.aspects.sikap).toMatchObject({ status: 'belum_post_test' });
  });

  it('fails as a whole with every issue when any row is bad', () => {
    const rows: ParticipantScores[] = [
      scores('P1', { pengetahuan: 40 }, { pengetahuan: 70 }),
      scores('P2', { pengetahuan: 'empat puluh' }, { pengetahuan: 120 }),
      scores('P3', { perilaku: 50 }, {}),
      scores('P1', {}, {}),
      scores('P4', { kesadaran: 10 } as never, {}),
    ];
    expect(computeGains(rows, ['pengetahuan'])).toEqual({
      ok: false,
      issues: [
        {
          field: 'scores[1].pre.pengetahuan',
          message: 'Nilai harus angka 0–100; "empat puluh" bukan angka.',
        },
        { field: 'scores[1].post.pengetahuan', message: 'Nilai harus angka 0–100; 120 di luar rentang.' },
        { field: 'scores[2].pre.perilaku', message: 'Aspek perilaku tidak diuji dalam program ini.' },
        { field: 'scores[3].participantId', message: 'Peserta ini tercantum lebih dari sekali.' },
        { field: 'scores[4].pre.kesadaran', message: 'Aspek "kesadaran" tidak dikenal.' },
      ],
    });
  });
});

describe('aggregates: mean of gains and gain of means, both with their n', () => {
  const session = computeGains(
    [
      scores('A', { pengetahuan: 40 }, { pengetahuan: 70 }), // g 0.5
      scores('B', { pengetahuan: 80 }, { pengetahuan: 90 }), // g 0.5
      scores('C', { pengetahuan: 20 }, { pengetahuan: 36 }), // g 0.2
      scores('D', { pengetahuan: 100 }, { pengetahuan: 100 }), // perfect pre-test
      scores('E', { pengetahuan: 50 }, {}), // no post-test yet
      scores('F', {}, {}), // no test at all
    ],
    ['pengetahuan'],
  );
  if (!session.ok) throw new Error('fixture');

  it('counts every status and category', () => {
    const s = summariseAspect(session.participants, 'pengetahuan');
    expect(s.participants).toBe(6);
    expect(s.counts).toEqual({
      dihitung: 3,
      pre_test_sempurna: 1,
      belum_post_test: 1,
      tanpa_pre_test: 0,
      belum_dites: 1,
    });
    expect(s.categoryCounts).toEqual({ tinggi: 0, sedang: 2, rendah: 1, turun: 0 });
  });

  it('takes the mean of the individual gains over the computable ones (perfect pre-test left out)', () => {
    const s = summariseAspect(session.participants, 'pengetahuan');
    expect(
      s.meanOfGains && {
        value: toFraction(s.meanOfGains.value),
        n: s.meanOfGains.n,
        category: s.meanOfGains.category,
      },
    ).toEqual({
      value: '2/5',
      n: 3,
      category: 'sedang',
    });
  });

  it('takes the gain of the means over everyone with both tests (perfect pre-test included)', () => {
    const s = summariseAspect(session.participants, 'pengetahuan');
    const g = s.gainOfMeans!;
    expect([toFraction(g.meanPre), toFraction(g.meanPost), toFraction(g.value), g.n, g.category]).toEqual([
      '60',
      '74',
      '7/20',
      4,
      'sedang',
    ]);
    expect(s.notes).toEqual([]);
  });

  it('says why a measure is missing', () => {
    const none = computeGains(
      [scores('A', { sikap: 100 }, { sikap: 100 }), scores('B', { sikap: 70 }, {})],
      ['sikap'],
    );
    if (!none.ok) throw new Error('fixture');
    const s = summariseAspect(none.participants, 'sikap');
    expect(s.meanOfGains).toBeNull();
    expect(s.gainOfMeans).toBeNull();
    expect(s.notes).toEqual([
      'Rata-rata gain belum ada: belum ada peserta dengan pre-test di bawah 100 dan post-test.',
      'Gain dari rata-rata tidak dapat dihitung: rata-rata pre-test 100.',
    ]);
    expect(summariseAspect([], 'sikap').notes[1]).toMatch(/belum ada peserta dengan pre-test dan post-test/);
  });

  it('pools the participants of all sessions for the programme, instead of averaging session means', () => {
    const second = computeGains([scores('G', { pengetahuan: 50 }, { pengetahuan: 100 })], ['pengetahuan']);
    if (!second.ok) throw new Error('fixture');
    const summary = summariseProgramme(
      [
        { sessionId: 'S-1', participants: session.participants },
        { sessionId: 'S-2', participants: second.participants },
      ],
      ['pengetahuan'],
    );
    expect(summary.sessions.map((s) => toFraction(s.aspects[0]!.meanOfGains!.value))).toEqual(['2/5', '1']);
    const pooled = summary.programme[0]!;
    expect([toFraction(pooled.meanOfGains!.value), pooled.meanOfGains!.n, pooled.participants]).toEqual([
      '11/20',
      4,
      7,
    ]);
  });

  it('summarises tested aspects in aspect order and pools them for the judgement', () => {
    const two = computeGains(
      [scores('A', { sikap: 40, pengetahuan: 50 }, { sikap: 70, pengetahuan: 100 })],
      ['sikap', 'pengetahuan'],
    );
    if (!two.ok) throw new Error('fixture');
    expect(summariseGains(two.participants, ['sikap', 'pengetahuan']).map((s) => s.aspect)).toEqual([
      'pengetahuan',
      'sikap',
    ]);
    const pooled = pooledMeanOfGains(two.participants, ['sikap', 'pengetahuan'])!;
    expect([toFraction(pooled.value), pooled.n, pooled.category]).toEqual(['3/4', 2, 'tinggi']);
    expect(pooledMeanOfGains([], ['sikap'])).toBeNull();
  });
});

describe('properties of the gain', () => {
  const score = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);

  it('is at most 1, equals 1 exactly when the post-test is 100, and grows with the post-test', () => {
    fc.assert(
      fc.property(score, score, score, (preN, postA, postB) => {
        fc.pre(preN < 100);
        const pre = parseDecimal(preN)!;
        const [lo, hi] = postA <= postB ? [postA, postB] : [postB, postA];
        const gLo = aspectGain(pre, parseDecimal(lo)!);
        const gHi = aspectGain(pre, parseDecimal(hi)!);
        if (gLo.status !== 'dihitung' || gHi.status !== 'dihitung') throw new Error('not computed');
        expect(Number(gHi.gain.num) <= Number(gHi.gain.den)).toBe(true);
        expect(gHi.gain.num === gHi.gain.den).toBe(hi === 100);
        expect(
          Number(gLo.gain.num) * Number(gHi.gain.den) <= Number(gHi.gain.num) * Number(gLo.gain.den),
        ).toBe(true);
      }),
      { seed: 19980101, numRuns: 500 },
    );
  });

  it('never shows a number of another category than the exact value', () => {
    fc.assert(
      fc.property(score, score, (preN, postN) => {
        fc.pre(preN < 100);
        const g = aspectGain(parseDecimal(preN)!, parseDecimal(postN)!);
        if (g.status !== 'dihitung') throw new Error('not computed');
        expect(gainCategory(parseDecimal(gainText(g.gain))!)).toBe(g.category);
      }),
      { seed: 20260514, numRuns: 1000 },
    );
  });

  it('rounds down towards minus infinity', () => {
    expect(floorDecimal(parseDecimal('-0.001')!, 2)).toBe('-0.01');
    expect(floorDecimal(parseDecimal('0.999')!, 2)).toBe('0.99');
    expect(floorDecimal(parseDecimal('-0.5')!, 2)).toBe('-0.50');
  });
});
