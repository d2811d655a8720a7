/**
 * Test support for the deliberation modules: a small seeded generator (no Math.random), a seeded
 * shuffle, and random but valid scoring inputs, so property tests replay the same cases.
 */
import type { Proposal } from './proposal.ts';
import type { Criterion, CriterionScore, ScoringInput } from './scoring.ts';

/** xorshift32 seeded through a splitmix step: floats in [0, 1), fully determined by `seed`. */
export function seeded(seed: number): () => number {
  let state = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4_294_967_296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A new array with the items in a seeded random order (Fisher–Yates). */
export function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const SCALES: readonly { min: number | string; max: number | string; step: number; places: number }[] = [
  { min: 1, max: 5, step: 1, places: 0 },
  { min: 1, max: 3, step: 1, places: 0 },
  { min: 0, max: 10, step: 0.5, places: 1 },
  { min: '0', max: '1', step: 0.1, places: 1 },
];
const WEIGHTS: readonly (number | string)[] = [1, 2, 3, 5, '0.1', '0.2', '0.3', '2.5', '1.25', 0.7];

/**
 * A valid scoring input: 2–8 proposals, 1–6 criteria, 1–5 scorers per proposal who each score
 * every criterion of it. Small scales make equal totals (ties) common.
 */
export function randomScoringInput(random: () => number): ScoringInput {
  const proposals: Proposal[] = Array.from({ length: between(random, 2, 8) }, (_, i) => ({
    id: `U-${String(i + 1).padStart(2, '0')}`,
    title: `Usulan ${i + 1}`,
    kind: 'produk_unggulan_kawasan',
    desaCode: null,
  }));
  const scales = new Map<string, (typeof SCALES)[number]>();
  const criteria: Criterion[] = Array.from({ length: between(random, 1, 6) }, (_, i) => {
    const scale = pick(random, SCALES);
    const code = `k${i + 1}`;
    scales.set(code, scale);
    return {
      code,
      label: `Kriteria ${i + 1}`,
      weight: pick(random, WEIGHTS),
      direction: random() < 0.3 ? 'lower_better' : 'higher_better',
      scale: { min: scale.min, max: scale.max },
    };
  });
  const scores: CriterionScore[] = [];
  for (const p of proposals) {
    const scorers = between(random, 1, 5);
    for (let s = 1; s <= scorers; s++) {
      for (const c of criteria) {
        const scale = scales.get(c.code)!;
        const steps = Math.round((Number(scale.max) - Number(scale.min)) / scale.step);
        const value = Number(scale.min) + between(random, 0, steps) * scale.step;
        scores.push({
          proposalId: p.id,
          criterionCode: c.code,
          scorerId: `penilai-${s}`,
          value: scale.places > 0 ? value.toFixed(scale.places) : value,
        });
      }
    }
  }
  return { proposals, criteria, scores };
}
