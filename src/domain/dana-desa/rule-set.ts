/**
 * The shape of a fiscal year's Dana Desa priority rules. A rule set is data: the regulations it
 * reads (each with how sure we are of it, DOMAIN.md labels), the categories of use allowed that
 * year, and the rules. One generic engine (`check.ts`) evaluates every rule; the few rules that
 * need their own arithmetic name it in `special` and are implemented, by name, in
 * `special-rules.ts`.
 *
 * Kinds:
 * - `cap`: the measured amount of the rule's categories may be at most `percent` % of the base;
 * - `floor`: it must be at least `percent` % of the base;
 * - `condition`: a share inside the categories themselves, e.g. the wages paid to local workers
 *   must be at least 30 % of the construction spending (`bound` says at most or at least);
 * - `ordering`: uses that must wait until earlier priorities are planned (or recorded as not
 *   needed), e.g. 2020's BLT Desa before economic uses;
 * - `information`: an amount worth showing that is not judged pass or fail, with the reason.
 */
import type { FieldIssue } from '../errors.ts';
import { type CategoryCode, categoryLabel, isCategoryCode, isConstructionCategory } from './categories.ts';

/** DOMAIN.md labels: read in a primary text, in one secondary source, or not established. */
export const CONFIDENCES = ['verified', 'secondary', 'uncertain'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  verified: 'terverifikasi',
  secondary: 'sumber sekunder',
  uncertain: 'belum pasti',
};

export interface Regulation {
  /** As it is usually cited, e.g. `PMK 146/2023`. */
  citation: string;
  /** What it is about, in Indonesian. */
  title: string;
  /** How sure we are of the number and of what it says. */
  confidence: Confidence;
  /** Where it was read (a URL). */
  source: string;
  moreSources?: readonly string[];
  /** Why the confidence is what it is, in Indonesian. */
  note?: string;
}

export const RULE_KINDS = ['cap', 'floor', 'condition', 'ordering', 'information'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * What a percentage is taken of: the village's Dana Desa ceiling (`pagu`), the spending on the
 * rule's construction categories (`construction_spending`), or the total of the rule's categories
 * (`categories_total`).
 */
export type RuleBase = 'pagu' | 'construction_spending' | 'categories_total';

/**
 * What is measured on the rule's lines: their amounts, the wages they pay to local workers, or the
 * amounts of the lines channelled through a village enterprise (an `enterpriseId`).
 */
export type RuleMeasure = 'amount' | 'wages' | 'enterprise_linked';

export type Bound = 'at_most' | 'at_least';

/** Yes/no facts a village records about its plan (see `PlanFacts`). */
export type BooleanFact = 'publishedPreviousYear';

/**
 * A share rule that holds only when a recorded fact is true. When the fact is false the percentage
 * becomes `percentWhenFalse`; when it is not recorded the rule is checked with its own percentage
 * and the sentence says what it depends on.
 */
export interface Gate {
  fact: BooleanFact;
  percentWhenFalse: string;
  /** Indonesian, one sentence: what follows when the fact is false. */
  whenFalse: string;
  /** Indonesian, one sentence: what the result depends on while the fact is not recorded. */
  whenUnknown: string;
}

interface RuleCommon {
  /** Stable within a rule set (results are stored by it); the same idea keeps its id across years. */
  id: string;
  kind: RuleKind;
  /** A short title, e.g. `BLT Desa paling banyak 15%`. */
  title: string;
  /** The noun phrase used in sentences, e.g. `BLT Desa`. */
  subject: string;
  /** The categories whose lines the rule looks at (for an ordering rule: the uses that must wait). */
  categories: readonly CategoryCode[];
  /** Index into the rule set's `regulations`. */
  citation: number;
  /** How sure we are of this rule's number and content; may differ from its regulation's number. */
  confidence: Confidence;
  /** Why the rule exists, in plain Indonesian for a village operator. */
  explanation: string;
  /** Required unless verified: where the number comes from and what is not established, in Indonesian. */
  uncertainty?: string;
  /** Required for a `categories_total` base: what the total is of, mid-sentence (`dana ketahanan pangan`). */
  baseLabel?: string;
}

export interface ShareRule extends RuleCommon {
  kind: 'cap' | 'floor' | 'condition';
  /** A decimal string, e.g. `"25"` or `"2.5"`; never a float. */
  percent: string;
  base: RuleBase;
  measure: RuleMeasure;
  /** Conditions only (caps are `at_most`, floors `at_least`). */
  bound?: Bound;
  gate?: Gate;
}

export interface OrderingStep {
  /** The step is taken when any of these is planned, or all of them are recorded as not needed. */
  categories: readonly CategoryCode[];
  /** Shown in sentences, e.g. `BLT Desa`. */
  label: string;
  /** Indonesian, an example of why the step may not be needed, e.g. `tidak ada keluarga yang memenuhi syarat`. */
  notNeededExample?: string;
}

export interface OrderingRule extends RuleCommon {
  kind: 'ordering';
  /** The earlier priorities, in their order; `categories` are the uses that come after all of them. */
  steps: readonly OrderingStep[];
}

/** The 2020 BLT Desa need per family: the monthly amounts one family receives. */
export interface BltPerFamilySpecial {
  id: 'blt_per_keluarga';
  monthlyAmounts: readonly bigint[];
}

export type SpecialRule = BltPerFamilySpecial;

export interface InformationRule extends RuleCommon {
  kind: 'information';
  base: RuleBase;
  measure: RuleMeasure;
  /** Indonesian: why this amount is shown but not judged. */
  note: string;
  special?: SpecialRule;
}

export type Rule = ShareRule | OrderingRule | InformationRule;

export interface RuleSet {
  fiscalYear: number;
  /** `<fiscalYear>.<n>`; a corrected reading of the same year is a new version. */
  version: string;
  title: string;
  regulations: readonly Regulation[];
  /** The categories of use a plan of this year may have. */
  categories: readonly CategoryCode[];
  rules: readonly Rule[];
}

/** Caps are at most, floors at least; conditions say which. */
export function boundOf(rule: ShareRule): Bound {
  if (rule.kind === 'cap') return 'at_most';
  if (rule.kind === 'floor') return 'at_least';
  return rule.bound ?? 'at_least';
}

const PERCENT = /^\d{1,3}(\.\d{1,4})?$/;

/** A percentage string `"0"`–`"100"`, at most four decimals. */
export function isPercent(text: string): boolean {
  if (!PERCENT.test(text)) return false;
  const [whole, decimals = ''] = text.split('.');
  return Number(whole) < 100 || (Number(whole) === 100 && /^0*$/.test(decimals));
}

/**
 * Everything wrong with a rule set's data, with field paths (`rules.2.percent`). The registry's
 * tests require every registered set to have none, so a new year cannot ship half-written.
 */
export function ruleSetIssues(set: RuleSet): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });

  if (!Number.isInteger(set.fiscalYear) || set.fiscalYear < 2015 || set.fiscalYear > 2100) {
    add('fiscalYear', `Tahun anggaran ${set.fiscalYear} tidak sah.`);
  }
  if (!new RegExp(`^${set.fiscalYear}\\.[1-9]\\d*$`).test(set.version)) {
    add('version', `Versi ${set.version} harus berbentuk ${set.fiscalYear}.<nomor>.`);
  }
  if (set.title.trim() === '') add('title', 'Judul aturan wajib diisi.');
  if (set.regulations.length === 0) add('regulations', 'Setiap aturan harus menyebut peraturannya.');
  set.regulations.forEach((r, i) => {
    if (r.citation.trim() === '') add(`regulations.${i}.citation`, 'Nomor peraturan wajib diisi.');
    if (r.title.trim() === '') add(`regulations.${i}.title`, 'Judul peraturan wajib diisi.');
    for (const [j, url] of [r.source, ...(r.moreSources ?? [])].entries()) {
      if (!/^https:\/\/\S+$/.test(url))
        add(`regulations.${i}.source`, `Sumber ke-${j + 1} harus alamat https.`);
    }
    if (r.confidence !== 'verified' && !r.note?.trim()) {
      add(
        `regulations.${i}.note`,
        `${r.citation}: jelaskan mengapa keyakinannya ${CONFIDENCE_LABELS[r.confidence]}.`,
      );
    }
  });

  const allowed = new Set<string>();
  set.categories.forEach((code, i) => {
    if (!isCategoryCode(code)) add(`categories.${i}`, `Kategori ${code} tidak dikenal.`);
    if (allowed.has(code)) add(`categories.${i}`, `Kategori ${code} tercantum dua kali.`);
    allowed.add(code);
  });

  const ids = new Set<string>();
  set.rules.forEach((rule, i) => {
    const at = (field: string) => `rules.${i}.${field}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) add(at('id'), `Kode aturan ${rule.id} tidak sah.`);
    if (ids.has(rule.id)) add(at('id'), `Kode aturan ${rule.id} dipakai dua kali.`);
    ids.add(rule.id);
    for (const field of ['title', 'subject', 'explanation'] as const) {
      if (rule[field].trim() === '') add(at(field), 'Wajib diisi.');
    }
    if (!Number.isInteger(rule.citation) || !set.regulations[rule.citation]) {
      add(at('citation'), `Aturan ${rule.id} harus merujuk salah satu peraturan.`);
    }
    if (rule.confidence !== 'verified' && !rule.uncertainty?.trim()) {
      add(at('uncertainty'), `Aturan ${rule.id}: tulis dari mana angkanya dan apa yang belum pasti.`);
    }
    if (rule.categories.length === 0) add(at('categories'), `Aturan ${rule.id} harus menyebut kategorinya.`);
    rule.categories.forEach((code, j) => {
      if (!allowed.has(code)) {
        add(
          at(`categories.${j}`),
          `Kategori ${categoryLabel(code)} tidak termasuk kategori tahun ${set.fiscalYear}.`,
        );
      }
    });

    if (rule.kind === 'cap' || rule.kind === 'floor' || rule.kind === 'condition') {
      if (!isPercent(rule.percent)) add(at('percent'), `Persentase ${rule.percent} tidak sah.`);
      if (rule.kind === 'condition' && rule.bound === undefined) {
        add(at('bound'), 'Syarat harus menyebut paling banyak atau paling sedikit.');
      }
      if (rule.kind !== 'condition' && rule.bound !== undefined) {
        add(at('bound'), 'Batas atas dan batas bawah sudah menentukan arahnya sendiri.');
      }
      if (rule.gate && !isPercent(rule.gate.percentWhenFalse)) {
        add(at('gate.percentWhenFalse'), `Persentase ${rule.gate.percentWhenFalse} tidak sah.`);
      }
      if (rule.gate && (rule.gate.whenFalse.trim() === '' || rule.gate.whenUnknown.trim() === '')) {
        add(at('gate'), 'Jelaskan akibat bila syarat tidak dipenuhi atau belum dicatat.');
      }
    }
    if ('base' in rule && rule.base === 'construction_spending') {
      rule.categories.forEach((code, j) => {
        if (!isConstructionCategory(code)) {
          add(
            at(`categories.${j}`),
            `Belanja pembangunan hanya dari kategori pembangunan, bukan ${categoryLabel(code)}.`,
          );
        }
      });
    }
    if ('base' in rule && rule.base === 'categories_total' && !rule.baseLabel?.trim()) {
      add(at('baseLabel'), 'Sebutkan dasar persentasenya, misalnya "dana ketahanan pangan".');
    }
    if ('measure' in rule && rule.measure === 'wages' && rule.base !== 'construction_spending') {
      add(at('base'), 'Bagian upah dihitung dari belanja pembangunan.');
    }
    if (rule.kind === 'ordering') {
      if (rule.steps.length === 0) add(at('steps'), 'Urutan harus punya paling sedikit satu langkah.');
      const seen = new Set<string>(rule.categories);
      rule.steps.forEach((step, j) => {
        if (step.label.trim() === '') add(at(`steps.${j}.label`), 'Wajib diisi.');
        if (step.categories.length === 0)
          add(at(`steps.${j}.categories`), 'Langkah harus menyebut kategorinya.');
        for (const code of step.categories) {
          if (!allowed.has(code)) {
            add(
              at(`steps.${j}.categories`),
              `Kategori ${categoryLabel(code)} tidak termasuk tahun ${set.fiscalYear}.`,
            );
          }
          if (seen.has(code))
            add(at(`steps.${j}.categories`), `Kategori ${categoryLabel(code)} muncul dua kali.`);
          seen.add(code);
        }
      });
    }
    if (rule.kind === 'information' && rule.note.trim() === '') {
      add(at('note'), 'Jelaskan mengapa angka ini tidak dinilai.');
    }
    if (rule.kind === 'information' && rule.special?.id === 'blt_per_keluarga') {
      if (rule.special.monthlyAmounts.length === 0 || rule.special.monthlyAmounts.some((a) => a <= 0n)) {
        add(at('special.monthlyAmounts'), 'Besaran bulanan harus lebih dari nol.');
      }
    }
  });
  return issues;
}
