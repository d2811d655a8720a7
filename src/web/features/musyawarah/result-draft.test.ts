import { describe, expect, it } from 'vitest';
import {
  cellKey,
  codeFromLabel,
  criteriaOf,
  decimalText,
  emptyCriterion,
  emptyResultDraft,
  emptyScorer,
  type ResultDraft,
  resultBody,
  resultProblems,
  scorePreview,
  scoresOf,
  voteOf,
} from './result-draft';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const proposals = [
  { id: A, title: 'Bawang merah', kind: 'produk_unggulan_kawasan' as const, desaCode: null },
  { id: B, title: 'Telur asin', kind: 'produk_unggulan_kawasan' as const, desaCode: null },
];

/** Two criteria, two scorers, two proposals: A wins on both. */
function scored(): ResultDraft {
  const draft = emptyResultDraft('produk_unggulan_kawasan', 2026);
  const pasar = { ...emptyCriterion(), code: 'pasar', label: 'Potensi pasar', weight: '3' };
  const risiko = {
    ...emptyCriterion(),
    code: 'risiko',
    label: 'Risiko',
    weight: '1,5',
    direction: 'lower_better' as const,
  };
  const s1 = emptyScorer(1);
  const s2 = { ...emptyScorer(2), scorerId: 'P2' };
  s1.values = {
    [cellKey(A, pasar.key)]: '5',
    [cellKey(A, risiko.key)]: '1',
    [cellKey(B, pasar.key)]: '3',
    [cellKey(B, risiko.key)]: '2',
  };
  s2.values = {
    [cellKey(A, pasar.key)]: '4',
    [cellKey(A, risiko.key)]: '2',
    [cellKey(B, pasar.key)]: '3,5',
    [cellKey(B, risiko.key)]: ' ',
  };
  return {
    ...draft,
    title: 'Produk unggulan kawasan 2026',
    proposalIds: [A, B],
    criteria: [pasar, risiko, emptyCriterion()],
    scorers: [s1, s2],
  };
}

describe('criteria and scores', () => {
  it('sends the criteria with decimals as the API writes them, empty rows dropped', () => {
    expect(criteriaOf(scored())).toEqual([
      {
        code: 'pasar',
        label: 'Potensi pasar',
        weight: '3',
        direction: 'higher_better',
        scale: { min: '1', max: '5' },
      },
      {
        code: 'risiko',
        label: 'Risiko',
        weight: '1.5',
        direction: 'lower_better',
        scale: { min: '1', max: '5' },
      },
    ]);
    expect(decimalText(' 2,5 ')).toBe('2.5');
  });

  it('sends every filled cell of the grid, one per scorer × proposal × criterion', () => {
    const scores = scoresOf(scored());
    expect(scores).toHaveLength(7);
    expect(scores).toContainEqual({ proposalId: B, criterionCode: 'pasar', scorerId: 'P2', value: '3.5' });
    expect(scores.filter((s) => s.scorerId === 'P2' && s.proposalId === B)).toHaveLength(1);
  });

  it('leaves out cells of proposals no longer chosen', () => {
    expect(scoresOf({ ...scored(), proposalIds: [A] }).every((s) => s.proposalId === A)).toBe(true);
  });

  it('previews with the domain scoring: incomplete grid gives its issues, a full one the ranking', () => {
    const incomplete = scorePreview(scored(), proposals);
    expect(incomplete?.ok).toBe(false);
    const draft = scored();
    const risiko = draft.criteria[1]!;
    draft.scorers[1]!.values[cellKey(B, risiko.key)] = '3';
    const full = scorePreview(draft, proposals);
    expect(full?.ok && full.result.ranking.map((r) => r.proposalId)).toEqual([A, B]);
    expect(scorePreview({ ...draft, method: 'suara' }, proposals)).toBeNull();
  });

  it('proposes a code from the label', () => {
    expect(codeFromLabel('Potensi pasar & nilai tambah')).toBe('potensi_pasar_nilai_tambah');
    expect(codeFromLabel('Ketersediaan bahan baku (lokal)')).toBe('ketersediaan_bahan_baku_lokal');
  });
});

describe('votes', () => {
  it('is a tally against those present for a vote, nothing for scoring alone', () => {
    const draft = { ...scored(), method: 'suara' as const, counts: { [A]: '12', [B]: '' } };
    expect(voteOf(draft, 20)).toEqual({
      kind: 'tally',
      votesPerAttendee: 1,
      attendeeCount: 20,
      counts: [
        { proposalId: A, votes: 12 },
        { proposalId: B, votes: 0 },
      ],
    });
    expect(voteOf(scored(), 20)).toBeUndefined();
  });

  it('is the chosen proposals for a mufakat, in proposal order', () => {
    const draft = {
      ...scored(),
      method: 'mufakat' as const,
      chosen: [B, 'gone'],
      note: ' Disepakati bulat ',
    };
    expect(voteOf(draft, 20)).toEqual({ kind: 'mufakat', chosenProposalIds: [B], note: 'Disepakati bulat' });
  });
});

describe('the form', () => {
  it('says what is missing before sending', () => {
    const empty = emptyResultDraft('program', 2026);
    expect(resultProblems({ ...empty, cycleYear: '26' }, 0)).toEqual({
      title: 'titleRequired',
      cycleYear: 'yearInvalid',
      proposalIds: 'noProposals',
      criteria: 'noCriteria',
    });
    const twice = scored();
    twice.scorers[1]!.scorerId = twice.scorers[0]!.scorerId;
    expect(resultProblems(twice, 10)).toEqual({ [`scorer.${twice.scorers[1]!.key}`]: 'scorerTwice' });
    expect(resultProblems({ ...scored(), method: 'suara', counts: { [A]: '2,5' } }, 0)).toEqual({
      attendeeCount: 'noneAttended',
      [`count.${A}`]: 'countInvalid',
    });
    expect(resultProblems({ ...scored(), method: 'mufakat' }, 5)).toEqual({ chosen: 'noneChosen' });
    expect(resultProblems({ ...scored(), funding: true, availableBudget: '1,5 juta' }, 5)).toEqual({
      availableBudget: 'budgetInvalid',
    });
  });

  it('builds the body: scores for a combined method, the vote, chosen count and funding in whole rupiah', () => {
    const draft = {
      ...scored(),
      method: 'skor_lalu_suara' as const,
      counts: { [A]: '3', [B]: '4' },
      chosenCount: '2',
      funding: true,
      availableBudget: 'Rp 500.000.000',
      rule: 'skip_and_continue' as const,
    };
    const body = resultBody(draft, 9);
    expect(body).toMatchObject({
      title: 'Produk unggulan kawasan 2026',
      subject: 'produk_unggulan_kawasan',
      cycleYear: 2026,
      proposalIds: [A, B],
      method: 'skor_lalu_suara',
      chosenCount: 2,
      vote: { kind: 'tally', attendeeCount: 9 },
      funding: { availableBudget: '500000000', rule: 'skip_and_continue' },
    });
    expect(body.criteria).toHaveLength(2);
    expect(body.scores).toHaveLength(7);
    const mufakat = resultBody({ ...scored(), method: 'mufakat', chosen: [A], chosenCount: '2' }, 9);
    expect(mufakat).not.toHaveProperty('criteria');
    expect(mufakat).not.toHaveProperty('chosenCount');
    expect(mufakat).not.toHaveProperty('funding');
  });
});
