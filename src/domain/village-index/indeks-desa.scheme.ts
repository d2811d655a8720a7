/**
 * Indeks Desa (Permendesa PDTT 9/2024), which replaces the IDM from 2025: six dimensions, 13
 * sub-dimensions, 48 indicators. The public sources disagree on the composite formula and no
 * status thresholds were found, so the formula is a pluggable variant, every result records the
 * variant that produced it, and all results are provisional until the annex of the regulation is
 * confirmed (docs: DOMAIN §2.3).
 */

export const INDEKS_DESA_DIMENSIONS = [
  { key: 'DLD', name: 'Layanan Dasar', weight: 26.77 },
  { key: 'DS', name: 'Sosial', weight: 13.39 },
  { key: 'DE', name: 'Ekonomi', weight: 25.2 },
  { key: 'DL', name: 'Lingkungan', weight: 14.17 },
  { key: 'DA', name: 'Aksesibilitas', weight: 7.87 },
  { key: 'DTKPD', name: 'Tata Kelola Pemerintahan Desa', weight: 12.6 },
] as const;
export type IndeksDesaDimension = (typeof INDEKS_DESA_DIMENSIONS)[number]['key'];

/** Dimension scores on 0–1. */
export type IndeksDesaScores = Readonly<Record<IndeksDesaDimension, number>>;

export interface IndeksDesaFormula {
  id: string;
  description: string;
  /** Where this variant is described; none of them is the regulation's own annex. */
  source: string;
  compute(scores: IndeksDesaScores): number;
}

/** Weighted mean with the dimension weights (sum 100) of a district tool. */
const weightedMean: IndeksDesaFormula = {
  id: 'indeks-desa-2024/weighted-mean',
  description: 'Σ(dimensi × bobot) / 100, bobot Layanan Dasar 26,77 … Tata Kelola 12,60',
  source: 'Bobot dari alat DPMG Kota Langsa (github unedohcsirait/indeks-desa-dpmg-langsa); satu sumber',
  compute: (s) => INDEKS_DESA_DIMENSIONS.reduce((sum, d) => sum + s[d.key] * d.weight, 0) / 100,
};

/** Geometric mean of the six dimensions, as quoted from RPJPD indicator metadata (BPS). */
const geometricMean: IndeksDesaFormula = {
  id: 'indeks-desa-2024/geometric-mean',
  description: '⁶√(D1 × D2 × … × D6)',
  source: 'Metadata indikator utama RPJPD (rumus BPS), dikutip sumber sekunder',
  compute: (s) => INDEKS_DESA_DIMENSIONS.reduce((product, d) => product * s[d.key], 1) ** (1 / 6),
};

export const INDEKS_DESA_FORMULAS: Readonly<Record<string, IndeksDesaFormula>> = {
  [weightedMean.id]: weightedMean,
  [geometricMean.id]: geometricMean,
};

export const INDEKS_DESA_SCHEME = {
  id: 'indeks-desa-2024',
  name: 'Indeks Desa',
  regulation: 'Permendesa PDTT 9/2024',
  defaultFormula: weightedMean.id,
} as const;

export interface IndeksDesaResult {
  value: number;
  formula: string;
  /** Always true until the formula and thresholds are confirmed against the regulation. */
  provisional: true;
  /** Status thresholds were not found in any source: no status is claimed. */
  status: null;
}

/** Problems with dimension scores: missing, not a number, or outside 0–1. */
export function checkIndeksDesaScores(scores: Partial<Record<string, number>>): string[] {
  return INDEKS_DESA_DIMENSIONS.flatMap((d) => {
    const v = scores[d.key];
    if (v === undefined) return [`${d.key}: nilai tidak ada`];
    return Number.isFinite(v) && v >= 0 && v <= 1 ? [] : [`${d.key}: nilai harus di antara 0 dan 1`];
  });
}

/** The Indeks Desa with the named formula variant (the default when omitted). */
export function computeIndeksDesa(
  scores: IndeksDesaScores,
  formulaId: string = INDEKS_DESA_SCHEME.defaultFormula,
): IndeksDesaResult {
  const formula = INDEKS_DESA_FORMULAS[formulaId];
  if (!formula) throw new RangeError(`unknown Indeks Desa formula: ${formulaId}`);
  return {
    value: Math.round(formula.compute(scores) * 10_000) / 10_000,
    formula: formula.id,
    provisional: true,
    status: null,
  };
}
