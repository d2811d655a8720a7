/** Test helpers for kawasan rules: actors for rule tables, the invariants every recommendation must hold. */
import { expect } from 'vitest';
import type { Role, Scope } from '../access/role.ts';
import { type ContiguityGraph, normaliseGraph } from './contiguity.ts';
import type { KawasanActor } from './kawasan-actor.ts';
import type { CandidateDesa, Recommendation } from './recommender.ts';
import { desaRole } from './recommender-score.ts';

export interface InvariantInputs {
  desa: readonly CandidateDesa[];
  /** The contiguity graph given to the recommender; null when it fell back to its own estimate. */
  graph: ContiguityGraph | null;
  taken?: ReadonlySet<string>;
  minSize: number;
  maxSize: number;
}

/** Whether `members` form one piece over the edges of `graph` between members. */
function connected(members: readonly string[], graph: ContiguityGraph): boolean {
  const inside = new Set(members);
  const seen = new Set([members[0]!]);
  const stack = [members[0]!];
  while (stack.length > 0) {
    for (const n of graph.get(stack.pop()!) ?? []) {
      if (inside.has(n) && !seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return seen.size === inside.size;
}

/**
 * Asserts that every proposal is a known, contiguous group of `minSize`..`maxSize` desa with a
 * locomotive and a lagging desa, rightly named as such, that no desa is proposed twice or while
 * taken, and that every desa is either proposed or left out, once.
 */
export function expectRecommendationInvariants(result: Recommendation, inputs: InvariantInputs): void {
  const status = new Map(inputs.desa.map((d) => [d.code, d.status]));
  const role = (c: string) => desaRole(status.get(c) ?? null);
  // The recommender reads edges in both directions, so contiguity is checked the same way.
  const contiguity = inputs.graph ? normaliseGraph(inputs.graph, new Set(status.keys())) : null;
  const seen = new Set<string>();
  for (const p of result.proposals) {
    expect(p.memberCodes.length).toBeGreaterThanOrEqual(inputs.minSize);
    expect(p.memberCodes.length).toBeLessThanOrEqual(inputs.maxSize);
    expect(p.memberCodes.every((c) => status.has(c))).toBe(true);
    if (contiguity) expect(connected(p.memberCodes, contiguity)).toBe(true);
    const roles = p.memberCodes.map(role);
    expect(roles).toContain('locomotive');
    expect(roles).toContain('lagging');
    expect(p.locomotives.every((c) => role(c) === 'locomotive')).toBe(true);
    expect(p.lagging.every((c) => role(c) === 'lagging')).toBe(true);
    expect(p.pulls.every((pull) => pull.steps >= 0)).toBe(true);
    for (const c of p.memberCodes) {
      expect(seen.has(c)).toBe(false);
      expect(inputs.taken?.has(c) ?? false).toBe(false);
      seen.add(c);
    }
  }
  const leftOut = new Set(result.leftOut.map((l) => l.code));
  expect(seen.size + result.leftOut.length).toBe(inputs.desa.length);
  expect(new Set([...seen, ...leftOut]).size).toBe(inputs.desa.length);
}

/** A kawasan actor holding `grants` (role, scope), named `label`. */
export function kawasanActor(label: string, ...grants: [Role, Scope][]): KawasanActor {
  return { userId: label, label, grants: grants.map(([role, scope]) => ({ role, scope })) };
}

const region = (code: string): Scope => ({ kind: 'region', code });

/** Actors around kawasan of Kabupaten Semarang (3322) and Demak (3321), for rule tables. */
export const ACTORS = {
  kabSemarang: kawasanActor('kab-semarang', ['kabupaten', region('3322')]),
  kabDemak: kawasanActor('kab-demak', ['kabupaten', region('3321')]),
  jateng: kawasanActor('jateng', ['province', region('33')]),
  jatim: kawasanActor('jatim', ['province', region('35')]),
  operator: kawasanActor('operator', ['village', region('3322012001')]),
  manager: kawasanActor('pengelola', ['kawasan_manager', { kind: 'kawasan', id: 'K-1' }]),
  otherManager: kawasanActor('pengelola-lain', ['kawasan_manager', { kind: 'kawasan', id: 'K-2' }]),
  kawasanFacilitator: kawasanActor('pendamping-kawasan', ['facilitator', { kind: 'kawasan', id: 'K-1' }]),
  national: kawasanActor('nasional', ['national', { kind: 'national' }]),
} as const;
