/**
 * Ring simplification for web map layers (Douglas–Peucker). A ring always stays a ring: closed,
 * with at least four positions (three corners and the closing one), its positions a subset of the
 * original in the original order. Stored boundaries are never simplified, only the layers sent
 * to browsers.
 */
import type { Position, Ring } from './geometry.ts';

/** Squared distance from p to the segment a–b, with x stretched by `xScale`. */
function segmentDistance2(p: Position, a: Position, b: Position, xScale: number): number {
  const ax = a[0] * xScale;
  const ay = a[1];
  const dx = b[0] * xScale - ax;
  const dy = b[1] - ay;
  const px = p[0] * xScale - ax;
  const py = p[1] - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
  const ex = px - t * dx;
  const ey = py - t * dy;
  return ex * ex + ey * ey;
}

/** Marks the positions strictly between `first` and `last` that the tolerance keeps. */
function markKept(
  ring: Ring,
  first: number,
  last: number,
  tolerance2: number,
  xScale: number,
  keep: Uint8Array,
) {
  const stack = [first, last];
  while (stack.length > 0) {
    const to = stack.pop()!;
    const from = stack.pop()!;
    let farthest = -1;
    let max = tolerance2;
    for (let i = from + 1; i < to; i++) {
      const d = segmentDistance2(ring[i]!, ring[from]!, ring[to]!, xScale);
      if (d > max) {
        max = d;
        farthest = i;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push(from, farthest, farthest, to);
    }
  }
}

/** The position (index in 1..n-2) farthest from the segment a–b, or -1 if there is none. */
function farthestFrom(ring: Ring, a: number, b: number, xScale: number, skip: Uint8Array): number {
  let best = -1;
  let max = -1;
  for (let i = 1; i < ring.length - 1; i++) {
    if (skip[i]) continue;
    const d = segmentDistance2(ring[i]!, ring[a]!, ring[b]!, xScale);
    if (d > max) {
      max = d;
      best = i;
    }
  }
  return best;
}

/**
 * Simplifies a closed ring so no removed position lies farther than `tolerance` (degrees of
 * latitude) from the result. `xScale` stretches longitudes (cos of the latitude) so the tolerance
 * means the same distance in both directions. Rings that are not closed or have fewer than five
 * positions come back unchanged.
 */
export function simplifyRing(ring: Ring, tolerance: number, xScale = 1): Position[] {
  const n = ring.length;
  const first = ring[0];
  const last = ring[n - 1];
  if (n < 5 || !first || !last || first[0] !== last[0] || first[1] !== last[1] || tolerance <= 0)
    return [...ring];
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  // Split the ring at the position farthest from its start, then simplify both halves.
  const split = farthestFrom(ring, 0, 0, xScale, keep);
  keep[split] = 1;
  const tolerance2 = tolerance * tolerance;
  markKept(ring, 0, split, tolerance2, xScale, keep);
  markKept(ring, split, n - 1, tolerance2, xScale, keep);
  let kept = 0;
  for (let i = 0; i < n; i++) kept += keep[i]!;
  // Start, split and end make a line, not a ring: keep the corner farthest from that line too.
  if (kept < 4) keep[farthestFrom(ring, 0, split, xScale, keep)] = 1;
  const out: Position[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(ring[i]!);
  return out;
}
