/**
 * The rules that need their own arithmetic, each by name. Everything else is data evaluated by
 * the generic engine in `check.ts`.
 *
 * `blt_per_keluarga` (2020): what the BLT Desa of the recorded recipient families costs for the
 * months the regulation names (PMK 50/2020: Rp600.000 a month in months 1–3, Rp300.000 in months
 * 4–6; DOMAIN.md §3.1, secondary), against what the plan holds. Information only: the months and
 * amounts of 2020 changed several times during the year, so the difference is shown, not judged.
 */
import { formatRupiah } from '../money/rupiah.ts';
import type { BltPerFamilySpecial } from './rule-set.ts';
import { joinDan } from './text.ts';

export interface BltPerFamilyOutcome {
  /** What the families need, or null when the number of families is not recorded. */
  need: bigint | null;
  excess: bigint | null;
  shortfall: bigint | null;
  sentence: string;
}

/** `[600000n ×3, 300000n ×3]` → `Rp600.000 per bulan pada bulan 1–3 dan Rp300.000 per bulan pada bulan 4–6`. */
export function monthlyAmountsText(amounts: readonly bigint[]): string {
  const runs: { amount: bigint; from: number; to: number }[] = [];
  amounts.forEach((amount, i) => {
    const last = runs[runs.length - 1];
    if (last && last.amount === amount) last.to = i + 1;
    else runs.push({ amount, from: i + 1, to: i + 1 });
  });
  return joinDan(
    runs.map(
      (r) =>
        `${formatRupiah(r.amount)} per bulan pada bulan ${r.from === r.to ? r.from : `${r.from}–${r.to}`}`,
    ),
  );
}

export function bltPerFamily(
  special: BltPerFamilySpecial,
  planned: bigint,
  families: number | undefined,
  note: string,
): BltPerFamilyOutcome {
  const head =
    planned > 0n ? `BLT Desa direncanakan ${formatRupiah(planned)}.` : 'BLT Desa belum direncanakan.';
  if (families === undefined || !Number.isSafeInteger(families) || families < 0) {
    return {
      need: null,
      excess: null,
      shortfall: null,
      sentence: `${head} Catat jumlah keluarga penerima hasil musyawarah desa khusus agar kebutuhan BLT Desa dapat dihitung. ${note}`,
    };
  }
  const perFamily = special.monthlyAmounts.reduce((sum, a) => sum + a, 0n);
  const need = BigInt(families) * perFamily;
  const difference =
    planned < need
      ? `kurang ${formatRupiah(need - planned)}`
      : planned > need
        ? `lebih ${formatRupiah(planned - need)}`
        : 'sama dengan kebutuhan';
  return {
    need,
    excess: planned > need ? planned - need : 0n,
    shortfall: planned < need ? need - planned : 0n,
    sentence:
      `Untuk ${families} keluarga penerima, BLT Desa ${special.monthlyAmounts.length} bulan membutuhkan ` +
      `${formatRupiah(need)} (${formatRupiah(perFamily)} per keluarga: ${monthlyAmountsText(special.monthlyAmounts)}). ` +
      `Yang direncanakan ${formatRupiah(planned)}, ${difference}. ${note}`,
  };
}
