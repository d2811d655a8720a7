import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClosed, type Position, type Ring } from './geometry.ts';
import { simplifyRing } from './simplify.ts';
import { ringArbitrary, villageRingArbitrary } from './testing.ts';

/** Distance from p to the segment a–b (plain degrees, no stretching). */
function distance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** The farthest any original position lies from the simplified ring. */
function deviation(original: Ring, simplified: Ring): number {
  let worst = 0;
  for (const p of original) {
    let nearest = Infinity;
    for (let i = 1; i < simplified.length; i++)
      nearest = Math.min(nearest, distance(p, simplified[i - 1]!, simplified[i]!));
    worst = Math.max(worst, nearest);
  }
  return worst;
}

/** Whether `part` is `whole` with some positions left out, in the same order. */
function isSubsequence(part: Ring, whole: Ring): boolean {
  let at = 0;
  for (const p of whole) if (at < part.length && part[at] === p) at++;
  return at === part.length;
}

const toleranceArbitrary = fc.double({ min: 1e-6, max: 0.2, noNaN: true });

describe('ring simplification', () => {
  it('keeps every ring closed, with at least 4 positions taken from the original in order', () => {
    fc.assert(
      fc.property(fc.oneof(ringArbitrary, villageRingArbitrary), toleranceArbitrary, (ring, tolerance) => {
        const out = simplifyRing(ring, tolerance);
        expect(isClosed(out)).toBe(true);
        expect(out.length).toBeGreaterThanOrEqual(4);
        expect(out.length).toBeLessThanOrEqual(ring.length);
        expect(isSubsequence(out, ring)).toBe(true);
      }),
    );
  });

  it('moves no position farther than the tolerance (twice it for rings thinner than the tolerance)', () => {
    fc.assert(
      fc.property(villageRingArbitrary, toleranceArbitrary, (ring, tolerance) => {
        const out = simplifyRing(ring, tolerance);
        // A 4-position result may hold one corner added to keep a ring, which can add one tolerance.
        const allowed = out.length > 4 ? tolerance : 2 * tolerance;
        expect(deviation(ring, out)).toBeLessThanOrEqual(allowed * (1 + 1e-9));
      }),
    );
  });

  const square: Position[] = [
    [0, 0],
    [0.5, 0.0001],
    [1, 0],
    [1, 1],
    [0.5, 1],
    [0, 1],
    [0, 0.5],
    [0, 0],
  ];

  it.each([
    [
      'drops near-collinear positions of a square',
      square,
      0.01,
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
    [
      'keeps them all with a tolerance below their offset',
      square.slice(0, 4).concat([[0, 0]]),
      0.00001,
      [
        [0, 0],
        [0.5, 0.0001],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
    [
      'leaves a ring of four positions as it is',
      [
        [0, 0],
        [1, 0],
        [0, 1],
        [0, 0],
      ],
      10,
      [
        [0, 0],
        [1, 0],
        [0, 1],
        [0, 0],
      ],
    ],
    [
      'leaves an open line as it is',
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0.5],
      ],
      10,
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0.5],
      ],
    ],
    [
      'keeps three corners of a ring thinner than the tolerance',
      [
        [0, 0],
        [1, 0],
        [2, 0.01],
        [1, 0.02],
        [0, 0],
      ],
      1,
      [
        [0, 0],
        [2, 0.01],
        [1, 0.02],
        [0, 0],
      ],
    ],
  ] as [string, Position[], number, Position[]][])('%s', (_name, ring, tolerance, expected) => {
    expect(simplifyRing(ring, tolerance)).toEqual(expected);
  });

  it('measures longitude shrunk by xScale, so the tolerance is the same distance both ways', () => {
    // A bump of 0.004° of longitude at xScale 0.5 is 0.002 across: within a tolerance of 0.003, beyond 0.001.
    const ring: Position[] = [
      [0, 0],
      [0, 1],
      [0.004, 2],
      [0, 3],
      [0, 4],
      [-1, 2],
      [0, 0],
    ];
    expect(simplifyRing(ring, 0.003, 0.5)).not.toContainEqual([0.004, 2]);
    expect(simplifyRing(ring, 0.001, 0.5)).toContainEqual([0.004, 2]);
    expect(simplifyRing(ring, 0.003, 1)).toContainEqual([0.004, 2]);
  });
});
