/** Types of the Indeks Desa Membangun (IDM) scheme. */

export type IdmDimensionKey = 'IKS' | 'IKE' | 'IKL';

export interface IdmDimension {
  key: IdmDimensionKey;
  name: string;
  /** Highest possible sum of scores: 5 × the number of indicators. */
  maxScore: number;
}

/** Who can act to raise an indicator: government level (with agencies), CSR or others. */
export interface IdmActor {
  level: 'pusat' | 'provinsi' | 'kabupaten' | 'desa' | 'csr' | 'lainnya';
  agencies: string;
}

export interface IdmIndicator {
  code: string;
  name: string;
  /** The wording of the indicator in the ministry's API rows (matched by meaning, not position). */
  apiLabel: string;
  dimension: IdmDimensionKey;
  subdimension: string;
  actors: readonly IdmActor[];
  /** For each score the rubric allows: the condition, and the activity recommended to raise it. */
  rubric: Readonly<Record<string, { condition: string; activity: string | null }>>;
  nationalMean2024: number;
  /** A known defect of the 2024 API data for this indicator. */
  quirk2024?: string;
}

export const IDM_STATUSES = ['sangat_tertinggal', 'tertinggal', 'berkembang', 'maju', 'mandiri'] as const;
export type IdmStatus = (typeof IDM_STATUSES)[number];
