import { describe, expect, it } from 'vitest';
import type { TrainingScores } from '../../../contracts/training-participant.contract';
import {
  editIssues,
  importIssueLines,
  scoreKey,
  scoresBody,
  serverCellIssues,
  storedScore,
} from './scores-model';

function aspect(name: 'pengetahuan' | 'keterampilan', pre: string | null, post: string | null) {
  return {
    aspect: name,
    aspectLabel: name,
    pre,
    post,
    status: 'dihitung' as const,
    statusLabel: '',
    reason: null,
    gain: null,
  };
}

/** Siti has knowledge 40 → 85 and skills 55.5 → nothing yet; Dewi has no scores. */
function scores(): TrainingScores {
  return {
    sessionId: 's-1',
    state: 'berjalan',
    stateLabel: 'Berjalan',
    testedAspects: [
      { aspect: 'pengetahuan', label: 'Pengetahuan' },
      { aspect: 'keterampilan', label: 'Keterampilan' },
    ],
    rows: [
      {
        registrationId: 'siti',
        code: 'P001',
        name: 'Siti',
        aspects: [aspect('pengetahuan', '40', '85'), aspect('keterampilan', '55.5', null)],
      },
      {
        registrationId: 'dewi',
        code: 'P002',
        name: 'Dewi',
        aspects: [aspect('pengetahuan', null, null), aspect('keterampilan', null, null)],
      },
    ],
    hiddenCount: 0,
    summary: [],
    canManage: true,
    canRecordPreTest: true,
    canRecordPostTest: true,
  };
}

describe('the score table on screen', () => {
  it('shows a stored score with the reader’s decimal sign', () => {
    const [siti] = scores().rows as [TrainingScores['rows'][number]];
    expect(storedScore(siti, 'pre', 'keterampilan', true)).toBe('55,5');
    expect(storedScore(siti, 'pre', 'keterampilan', false)).toBe('55.5');
    expect(storedScore(siti, 'post', 'keterampilan', true)).toBe('');
  });

  it('sends only cells that changed: the same score typed another way is no change, an emptied cell erases', () => {
    const s = scores();
    const edits = {
      [scoreKey('siti', 'pre', 'pengetahuan')]: '40,00',
      [scoreKey('siti', 'post', 'pengetahuan')]: '',
      [scoreKey('siti', 'post', 'keterampilan')]: '70',
      [scoreKey('dewi', 'pre', 'pengetahuan')]: ' 62,5 ',
      [scoreKey('dewi', 'post', 'pengetahuan')]: '',
    };
    expect(scoresBody(s, edits)).toEqual({
      body: {
        scores: [
          { registrationId: 'siti', post: { pengetahuan: null, keterampilan: '70' } },
          { registrationId: 'dewi', pre: { pengetahuan: '62,5' } },
        ],
      },
      registrationIds: ['siti', 'dewi'],
    });
    expect(scoresBody(s, { [scoreKey('siti', 'pre', 'pengetahuan')]: '40' })).toBeNull();
  });

  it('refuses a typed cell that is no score with the domain’s message', () => {
    const issues = editIssues(scores(), {
      [scoreKey('siti', 'post', 'keterampilan')]: 'tujuh puluh',
      [scoreKey('dewi', 'pre', 'pengetahuan')]: '101',
      [scoreKey('dewi', 'post', 'pengetahuan')]: '88,5',
    });
    expect(Object.keys(issues).sort()).toEqual([
      scoreKey('dewi', 'pre', 'pengetahuan'),
      scoreKey('siti', 'post', 'keterampilan'),
    ]);
    expect(issues[scoreKey('siti', 'post', 'keterampilan')]).toContain('bukan angka');
    expect(issues[scoreKey('dewi', 'pre', 'pengetahuan')]).toContain('di luar rentang');
  });

  it('places the server’s issues on the cells of the entries sent', () => {
    const placed = serverCellIssues(
      [
        { field: 'scores.1.pre.keterampilan', message: 'Nilai harus angka 0–100.' },
        { field: 'scores', message: 'Pre-test tidak dapat dicatat.' },
      ],
      ['siti', 'dewi'],
    );
    expect(placed.byCell).toEqual({ [scoreKey('dewi', 'pre', 'keterampilan')]: 'Nilai harus angka 0–100.' });
    expect(placed.other).toEqual(['Pre-test tidak dapat dicatat.']);
  });

  it('lists the bad rows of an imported sheet with where they are', () => {
    expect(
      importIssueLines([
        { field: 'baris 3, kolom D (Pre-test Pengetahuan)', message: '150 di luar rentang.' },
        { field: 'body', message: 'Berkas terlalu besar.' },
      ]),
    ).toEqual(['baris 3, kolom D (Pre-test Pengetahuan): 150 di luar rentang.', 'Berkas terlalu besar.']);
  });
});
