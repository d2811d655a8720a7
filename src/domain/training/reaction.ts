/**
 * Kirkpatrick level 1 (reaction): a satisfaction questionnaire on a Likert scale of 1–5, filled in
 * at the end of a session (DOMAIN.md §6: satisfaction questionnaires). The questions are data; a
 * programme uses the standard set or its own list. Responses are anonymous: they carry no
 * participant id, so honest answers cannot be traced back (the service may separately note who has
 * answered, to stop double answers). Summaries are exact; means are shown with two decimals.
 */
import { type Rational, rational, toDecimal } from '../deliberation/rational.ts';
import type { FieldIssue } from '../errors.ts';
import { textLength } from '../facilitation/facilitator.ts';

export const LIKERT_VALUES = [1, 2, 3, 4, 5] as const;
export type LikertValue = (typeof LIKERT_VALUES)[number];

export const LIKERT_LABELS: Record<LikertValue, string> = {
  1: 'Sangat tidak setuju',
  2: 'Tidak setuju',
  3: 'Ragu-ragu',
  4: 'Setuju',
  5: 'Sangat setuju',
};

export const REACTION_CATEGORIES = ['materi', 'pelatih', 'penyelenggaraan', 'manfaat'] as const;
export type ReactionCategory = (typeof REACTION_CATEGORIES)[number];

export const REACTION_CATEGORY_LABELS: Record<ReactionCategory, string> = {
  materi: 'Materi',
  pelatih: 'Pelatih / narasumber',
  penyelenggaraan: 'Penyelenggaraan',
  manfaat: 'Manfaat',
};

export interface ReactionQuestion {
  id: string;
  category: ReactionCategory;
  /** A statement the participant agrees or disagrees with. */
  text: string;
}

/** The standard questionnaire. */
export const STANDARD_REACTION_QUESTIONS: readonly ReactionQuestion[] = [
  {
    id: 'materi_sesuai',
    category: 'materi',
    text: 'Materi pelatihan sesuai dengan kebutuhan pekerjaan saya.',
  },
  { id: 'materi_jelas', category: 'materi', text: 'Materi disampaikan dengan jelas dan mudah dipahami.' },
  { id: 'pelatih_menguasai', category: 'pelatih', text: 'Pelatih menguasai materi yang diajarkan.' },
  {
    id: 'pelatih_interaktif',
    category: 'pelatih',
    text: 'Pelatih memberi kesempatan bertanya dan berlatih.',
  },
  {
    id: 'waktu_cukup',
    category: 'penyelenggaraan',
    text: 'Waktu pelatihan cukup untuk materi yang diberikan.',
  },
  { id: 'tempat_layak', category: 'penyelenggaraan', text: 'Tempat dan perlengkapan pelatihan memadai.' },
  { id: 'bermanfaat', category: 'manfaat', text: 'Pelatihan ini bermanfaat bagi desa atau usaha saya.' },
  {
    id: 'akan_diterapkan',
    category: 'manfaat',
    text: 'Saya akan menerapkan hasil pelatihan ini dalam tiga bulan ke depan.',
  },
  {
    id: 'merekomendasikan',
    category: 'manfaat',
    text: 'Saya akan menyarankan pelatihan ini kepada orang lain.',
  },
];

export const MAX_COMMENT_LENGTH = 2000;

export interface ReactionResponse {
  /** Question id → 1–5, or null when skipped. */
  answers: Readonly<Record<string, number | null>>;
  comment: string;
}

/** Issues with a questionnaire: ids unique and identifier-like, texts present. */
export function questionnaireIssues(questions: readonly ReactionQuestion[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (questions.length === 0)
    issues.push({ field: 'questions', message: 'Kuesioner wajib berisi paling sedikit satu pertanyaan.' });
  const seen = new Set<string>();
  for (const [i, q] of questions.entries()) {
    if (!/^[a-z][a-z0-9_]{0,39}$/.test(q.id)) {
      issues.push({
        field: `questions[${i}].id`,
        message: 'Kode pertanyaan: huruf kecil, angka dan garis bawah, paling banyak 40.',
      });
    } else if (seen.has(q.id)) {
      issues.push({
        field: `questions[${i}].id`,
        message: `Kode pertanyaan ${q.id} dipakai lebih dari sekali.`,
      });
    }
    seen.add(q.id);
    if (!REACTION_CATEGORIES.includes(q.category)) {
      issues.push({
        field: `questions[${i}].category`,
        message: `Kategori harus salah satu dari: ${REACTION_CATEGORIES.join(', ')}.`,
      });
    }
    const length = textLength(q.text);
    if (length < 5 || length > 300) {
      issues.push({ field: `questions[${i}].text`, message: 'Pernyataan wajib diisi, 5–300 karakter.' });
    }
  }
  return issues;
}

/** Issues with one response: every answer 1–5 or empty, only known questions, at least one answer. */
export function responseIssues(
  response: ReactionResponse,
  questions: readonly ReactionQuestion[],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const known = new Set(questions.map((q) => q.id));
  let answered = 0;
  for (const [id, value] of Object.entries(response.answers)) {
    if (!known.has(id)) {
      issues.push({ field: `answers.${id}`, message: 'Pertanyaan ini tidak ada di kuesioner.' });
      continue;
    }
    if (value === null) continue;
    if (!(LIKERT_VALUES as readonly number[]).includes(value)) {
      issues.push({
        field: `answers.${id}`,
        message: 'Jawaban harus bilangan bulat 1 (sangat tidak setuju) sampai 5 (sangat setuju).',
      });
    } else answered += 1;
  }
  if (answered === 0 && issues.length === 0) {
    issues.push({ field: 'answers', message: 'Jawab paling sedikit satu pertanyaan.' });
  }
  const length = textLength(response.comment);
  if (length > MAX_COMMENT_LENGTH) {
    issues.push({
      field: 'comment',
      message: `Saran dan komentar paling banyak ${MAX_COMMENT_LENGTH} karakter.`,
    });
  }
  return issues;
}

export interface QuestionSummary {
  questionId: string;
  category: ReactionCategory;
  /** Answers given (skips not counted). */
  n: number;
  /** Count per value 1–5. */
  distribution: Record<LikertValue, number>;
  /** Exact mean, null without answers. */
  mean: Rational | null;
  /** Share answering 4 or 5 (setuju, sangat setuju), exact; null without answers. */
  agreeShare: Rational | null;
}

export interface ReactionSummary {
  responses: number;
  questions: QuestionSummary[];
  /** Per category: the mean of all its answers pooled. */
  categories: { category: ReactionCategory; n: number; mean: Rational | null }[];
  /** The mean of every answer pooled (each answer weighs the same). */
  overallMean: Rational | null;
  overallAgreeShare: Rational | null;
  /** Non-empty comments, trimmed, in the order given. */
  comments: string[];
}

function tally(values: readonly LikertValue[]): { n: number; mean: Rational | null; agree: Rational | null } {
  if (values.length === 0) return { n: 0, mean: null, agree: null };
  const total = values.reduce((s, v) => s + v, 0);
  const agree = values.filter((v) => v >= 4).length;
  const n = BigInt(values.length);
  return { n: values.length, mean: rational(BigInt(total), n), agree: rational(BigInt(agree), n) };
}

/** The summary of valid responses (check each with `responseIssues` first). */
export function summariseReactions(
  responses: readonly ReactionResponse[],
  questions: readonly ReactionQuestion[],
): ReactionSummary {
  const byQuestion = new Map<string, LikertValue[]>(questions.map((q) => [q.id, []]));
  for (const r of responses) {
    for (const [id, value] of Object.entries(r.answers)) {
      if (value !== null && (LIKERT_VALUES as readonly number[]).includes(value)) {
        byQuestion.get(id)?.push(value as LikertValue);
      }
    }
  }
  const summaries = questions.map((q): QuestionSummary => {
    const values = byQuestion.get(q.id)!;
    const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<LikertValue, number>;
    for (const v of values) distribution[v] += 1;
    const t = tally(values);
    return {
      questionId: q.id,
      category: q.category,
      n: t.n,
      distribution,
      mean: t.mean,
      agreeShare: t.agree,
    };
  });
  const categories = REACTION_CATEGORIES.filter((c) => questions.some((q) => q.category === c)).map(
    (category) => {
      const values = questions.filter((q) => q.category === category).flatMap((q) => byQuestion.get(q.id)!);
      const t = tally(values);
      return { category, n: t.n, mean: t.mean };
    },
  );
  const all = [...byQuestion.values()].flat();
  const overall = tally(all);
  return {
    responses: responses.length,
    questions: summaries,
    categories,
    overallMean: overall.mean,
    overallAgreeShare: overall.agree,
    comments: responses.map((r) => r.comment.trim()).filter((c) => c !== ''),
  };
}

/** A Likert mean for display: two decimals, rounded half away from zero. */
export function likertMeanText(mean: Rational): string {
  return toDecimal(mean, 2);
}
