import { describe, expect, it } from 'vitest';
import { toFraction } from '../deliberation/rational.ts';
import {
  LIKERT_LABELS,
  likertMeanText,
  questionnaireIssues,
  type ReactionQuestion,
  type ReactionResponse,
  responseIssues,
  STANDARD_REACTION_QUESTIONS,
  summariseReactions,
} from './reaction.ts';

const Q: ReactionQuestion[] = [
  { id: 'materi_sesuai', category: 'materi', text: 'Materi sesuai kebutuhan.' },
  { id: 'pelatih_menguasai', category: 'pelatih', text: 'Pelatih menguasai materi.' },
  { id: 'bermanfaat', category: 'manfaat', text: 'Pelatihan bermanfaat.' },
];
const r = (answers: Record<string, number | null>, comment = ''): ReactionResponse => ({ answers, comment });

describe('questionnaires', () => {
  it('accepts the standard questionnaire and labels the scale', () => {
    expect(questionnaireIssues(STANDARD_REACTION_QUESTIONS)).toEqual([]);
    expect(LIKERT_LABELS[1]).toBe('Sangat tidak setuju');
    expect(LIKERT_LABELS[5]).toBe('Sangat setuju');
  });

  it.each([
    ['no question', [], 'questions', /paling sedikit satu pertanyaan/],
    ['a bad id', [{ ...Q[0]!, id: 'Materi Sesuai' }], 'questions[0].id', /huruf kecil/],
    [
      'a repeated id',
      [Q[0]!, { ...Q[1]!, id: 'materi_sesuai' }],
      'questions[1].id',
      /dipakai lebih dari sekali/,
    ],
    [
      'an unknown category',
      [{ ...Q[0]!, category: 'konsumsi' as never }],
      'questions[0].category',
      /Kategori harus salah satu dari/,
    ],
    ['an empty statement', [{ ...Q[0]!, text: ' ' }], 'questions[0].text', /5–300 karakter/],
  ] as const)('reports %s', (_label, questions, field, message) => {
    const issues = questionnaireIssues(questions as readonly ReactionQuestion[]);
    expect(issues[0]!.field).toBe(field);
    expect(issues[0]!.message).toMatch(message);
  });
});

describe('responseIssues', () => {
  it('accepts answers 1–5 and skipped questions', () => {
    expect(responseIssues(r({ materi_sesuai: 5, bermanfaat: null }), Q)).toEqual([]);
  });

  it.each([
    [
      'a 0',
      { materi_sesuai: 0 },
      'answers.materi_sesuai',
      /bilangan bulat 1 \(sangat tidak setuju\) sampai 5/,
    ],
    ['a 6', { materi_sesuai: 6 }, 'answers.materi_sesuai', /1 .* sampai 5/],
    ['a 4.5', { materi_sesuai: 4.5 }, 'answers.materi_sesuai', /bilangan bulat/],
    ['NaN', { materi_sesuai: Number.NaN }, 'answers.materi_sesuai', /bilangan bulat/],
    ['an unknown question', { konsumsi: 4 }, 'answers.konsumsi', /tidak ada di kuesioner/],
    ['nothing answered', { materi_sesuai: null }, 'answers', /Jawab paling sedikit satu pertanyaan/],
  ] as const)('reports %s', (_label, answers, field, message) => {
    const issues = responseIssues(r(answers), Q);
    expect(issues[0]!.field).toBe(field);
    expect(issues[0]!.message).toMatch(message);
  });

  it('limits the comment', () => {
    expect(responseIssues(r({ bermanfaat: 4 }, 'x'.repeat(2001)), Q)).toEqual([
      { field: 'comment', message: 'Saran dan komentar paling banyak 2000 karakter.' },
    ]);
  });
});

describe('summariseReactions', () => {
  const responses = [
    r({ materi_sesuai: 5, pelatih_menguasai: 4, bermanfaat: 5 }, ' Sangat berguna '),
    r({ materi_sesuai: 3, pelatih_menguasai: 4, bermanfaat: null }),
    r({ materi_sesuai: 4, pelatih_menguasai: 2, bermanfaat: 4 }, 'Waktu praktik kurang'),
  ];
  const s = summariseReactions(responses, Q);

  it('gives n, distribution, exact mean and share agreeing per question', () => {
    expect(
      s.questions.map((q) => [
        q.questionId,
        q.n,
        q.distribution,
        q.mean && toFraction(q.mean),
        q.agreeShare && toFraction(q.agreeShare),
      ]),
    ).toEqual([
      ['materi_sesuai', 3, { 1: 0, 2: 0, 3: 1, 4: 1, 5: 1 }, '4', '2/3'],
      ['pelatih_menguasai', 3, { 1: 0, 2: 1, 3: 0, 4: 2, 5: 0 }, '10/3', '2/3'],
      ['bermanfaat', 2, { 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 }, '9/2', '1'],
    ]);
    expect(likertMeanText(s.questions[1]!.mean!)).toBe('3.33');
  });

  it('pools all answers for the categories and the whole programme', () => {
    expect(s.responses).toBe(3);
    expect(s.categories.map((c) => [c.category, c.n, c.mean && toFraction(c.mean)])).toEqual([
      ['materi', 3, '4'],
      ['pelatih', 3, '10/3'],
      ['manfaat', 2, '9/2'],
    ]);
    expect(toFraction(s.overallMean!)).toBe('31/8');
    expect(toFraction(s.overallAgreeShare!)).toBe('3/4');
    expect(s.comments).toEqual(['Sangat berguna', 'Waktu praktik kurang']);
  });

  it('has no means without answers', () => {
    const empty = summariseReactions([], Q);
    expect(empty.overallMean).toBeNull();
    expect(empty.questions[0]).toMatchObject({ n: 0, mean: null, agreeShare: null });
  });
});
