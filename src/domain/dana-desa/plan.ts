/**
 * A village's Dana Desa plan for one fiscal year: its ceiling (pagu), the planned lines with their
 * categories of use, and a few facts the village records that some rules depend on. Amounts are
 * whole rupiah as bigint. `planIssues` reports structural problems with field paths; the rules
 * themselves are checked by `checkPlan`.
 */
import type { FieldIssue } from '../errors.ts';
import { formatRupiah, RUPIAH_MAX, sumRupiah } from '../money/rupiah.ts';
import { parseRegionCode } from '../region-code.ts';
import { CATEGORIES, categoryLabel, isCategoryCode, isConstructionCategory } from './categories.ts';
import type { RuleSet } from './rule-set.ts';

export interface DanaDesaLine {
  /** Unique within the plan (e.g. the kegiatan code of the APBDes). */
  id: string;
  /** A category code (see `categories.ts`); a code unknown for the year is an issue, not a crash. */
  category: string;
  /** The activity as written in the APBDes. */
  activity: string;
  /** The desa it serves, when a plan covers several (a kawasan's joint plan). */
  desaCode?: string;
  /** Whole rupiah, more than zero. */
  amount: bigint;
  /** Construction lines only: the part of `amount` paid as wages to local workers. */
  wages?: bigint;
  kawasanId?: string;
  /** The village enterprise (BUM Desa, cooperative) the money is channelled through. */
  enterpriseId?: string;
}

export interface PlanFacts {
  /** Whether the village published the previous year's use of Dana Desa (board, social media, website). */
  publishedPreviousYear?: boolean;
  /**
   * Categories the village recorded in musyawarah desa as not needed this year, e.g. BLT Desa when
   * no family qualifies. Ordering rules accept such a record in place of planning the use.
   */
  notNeeded?: readonly string[];
  /** Families agreed as BLT Desa recipients in the musyawarah desa khusus. */
  bltFamilies?: number;
}

export interface DanaDesaPlan {
  fiscalYear: number;
  /** The village's Dana Desa ceiling for the year, whole rupiah. */
  pagu: bigint;
  lines: readonly DanaDesaLine[];
  facts?: PlanFacts;
}

/** The exact total of the plan's lines. */
export function planTotal(plan: DanaDesaPlan): bigint {
  return sumRupiah(plan.lines.map((line) => line.amount));
}

/**
 * Structural problems of a plan against a year's rule set, each with its field path
 * (`lines.3.amount`): the wrong year, a pagu that is not positive, lines that are not positive,
 * too large, without an id or activity, with a duplicate id, with a category unknown for the
 * year, with wages on a line that is not construction or wages above the line's amount, a total
 * above the pagu, and facts that contradict the plan.
 */
export function planIssues(plan: DanaDesaPlan, ruleSet: RuleSet): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const year = ruleSet.fiscalYear;

  if (plan.fiscalYear !== year) {
    add('fiscalYear', `Rencana tahun ${plan.fiscalYear} tidak bisa diperiksa dengan aturan tahun ${year}.`);
  }
  if (plan.pagu <= 0n) add('pagu', 'Pagu Dana Desa harus lebih dari nol.');
  else if (plan.pagu > RUPIAH_MAX)
    add('pagu', `Pagu Dana Desa terlalu besar (paling banyak ${formatRupiah(RUPIAH_MAX)}).`);

  const allowed = new Set<string>(ruleSet.categories);
  const firstIndexOfId = new Map<string, number>();
  plan.lines.forEach((line, i) => {
    const at = (field: string) => `lines.${i}.${field}`;
    const id = line.id.trim();
    if (id === '') add(at('id'), 'Kode baris wajib diisi.');
    else if (firstIndexOfId.has(id)) {
      add(at('id'), `Kode baris ${id} sudah dipakai pada baris ke-${firstIndexOfId.get(id)! + 1}.`);
    } else firstIndexOfId.set(id, i);
    if (line.activity.trim() === '') add(at('activity'), 'Nama kegiatan wajib diisi.');

    if (!isCategoryCode(line.category)) {
      add(at('category'), `Kategori "${line.category}" tidak dikenal.`);
    } else if (!allowed.has(line.category)) {
      add(
        at('category'),
        `${CATEGORIES[line.category].label} tidak termasuk penggunaan Dana Desa tahun ${year}; pilih kategori lain.`,
      );
    }

    if (line.amount <= 0n) add(at('amount'), 'Jumlah kegiatan harus lebih dari nol.');
    else if (line.amount > RUPIAH_MAX)
      add(at('amount'), `Jumlah terlalu besar (paling banyak ${formatRupiah(RUPIAH_MAX)}).`);

    if (line.wages !== undefined) {
      if (isCategoryCode(line.category) && !isConstructionCategory(line.category)) {
        add(
          at('wages'),
          `Upah hanya dicatat untuk kegiatan pembangunan, bukan ${categoryLabel(line.category)}.`,
        );
      } else if (line.wages < 0n) {
        add(at('wages'), 'Upah tidak boleh negatif.');
      } else if (line.wages > line.amount) {
        add(
          at('wages'),
          `Upah ${formatRupiah(line.wages)} melebihi jumlah kegiatan ${formatRupiah(line.amount)} sebesar ${formatRupiah(line.wages - line.amount)}.`,
        );
      }
    }
    if (line.desaCode !== undefined) {
      const parsed = parseRegionCode(line.desaCode);
      if (!parsed.ok || parsed.value.level !== 'village') {
        add(at('desaCode'), `Kode desa ${line.desaCode} tidak sah (10 angka, misalnya 3322012001).`);
      }
    }
  });

  const total = planTotal(plan);
  if (plan.pagu > 0n && total > plan.pagu) {
    add(
      'lines',
      `Jumlah rencana ${formatRupiah(total)} melebihi pagu ${formatRupiah(plan.pagu)} sebesar ${formatRupiah(total - plan.pagu)}.`,
    );
  }

  const facts = plan.facts ?? {};
  (facts.notNeeded ?? []).forEach((code, i) => {
    const field = `facts.notNeeded.${i}`;
    if (!isCategoryCode(code) || !allowed.has(code)) {
      add(field, `Kategori "${code}" tidak termasuk penggunaan Dana Desa tahun ${year}.`);
      return;
    }
    const planned = plan.lines.filter((l) => l.category === code).reduce((sum, l) => sum + l.amount, 0n);
    if (planned > 0n) {
      add(
        field,
        `${CATEGORIES[code].label} dicatat tidak diperlukan, tetapi direncanakan ${formatRupiah(planned)}.`,
      );
    }
  });
  if (
    facts.bltFamilies !== undefined &&
    (!Number.isSafeInteger(facts.bltFamilies) || facts.bltFamilies < 0)
  ) {
    add('facts.bltFamilies', 'Jumlah keluarga penerima BLT Desa harus bilangan bulat 0 atau lebih.');
  }
  return issues;
}
