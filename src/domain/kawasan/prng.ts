/**
 * A tiny seeded pseudo-random generator (mulberry32), so the recommender gives the same answer
 * for the same seed on every machine: no Math.random, no clock.
 */

/** Returns a function yielding floats in [0, 1), fully determined by the 32-bit `seed`. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
