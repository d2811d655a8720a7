/**
 * Shapes of the musyawarah and RPKP tables' JSON columns. Rupiah amounts are decimal strings of
 * whole rupiah (JSON has no bigint); the services turn them into bigint for the domain.
 */

/** A decision written into the berita acara, in the meeting's own words. */
export interface DecisionRecord {
  text: string;
  /** The published result it rests on, if it was a choice among proposals. */
  resultId: string | null;
}

/** One line of a proposal's carry-over history (see domain/deliberation/carry-over.ts). */
export interface CarryOverRecord {
  cycleYear: number;
  rank: number | null;
  requestedBudget: string;
  reason: string;
  musyawarahId: string;
}

/** What a published result keeps: its inputs and everything computed from them, as the domain returns them. */
export interface StoredResult {
  inputs: unknown;
  scoring: unknown | null;
  vote: unknown | null;
  combined: unknown | null;
  funding: unknown | null;
  chosenProposalIds: string[];
}

export interface StoredOutput {
  name: string;
  unit: string;
  target: number;
}

export interface StoredActivity {
  id: string;
  name: string;
  desaCodes: string[];
  year: number;
  stage: string;
  sector: string;
  agencyKind: string;
  agencyName: string;
  fundingSource: string;
  budget: string;
  outputs: StoredOutput[];
  proposalIds: string[];
  indicatorRefs: string[];
}

/** The content of one RPKP version. */
export interface StoredPlan {
  period: { startYear: number; endYear: number };
  vision: string;
  strategies: { id: string; text: string }[];
  programmes: { id: string; name: string; strategyId: string | null; activities: StoredActivity[] }[];
}

export interface StoredRegulation {
  number: string;
  date: string;
  documentId: string | null;
}
