import { describe, expect, it } from 'vitest';
import type {
  TrainingReactionSummary,
  TrainingRegistrationView,
} from '../../../contracts/training-participant.contract';
import {
  newParticipantValues,
  participantBody,
  participantFieldOf,
  participantFormIssues,
  registrationsInOrder,
  takesEnterprise,
} from './participants-model';
import { newReactionValues, reactionBody, reactionFormIssues } from './reaction-model';

const REQUIRED = 'Wajib diisi.';
const TODAY = '2026-03-02';
const ENTERPRISE = '3c2b1a09-8f7e-4d6c-9b5a-493827161504';

describe('the registration form', () => {
  it('sends the desa code without dots and the enterprise only for a role that manages one', () => {
    const values = {
      name: ' Siti Aminah ',
      gender: 'perempuan' as const,
      birthYear: '1985',
      desaCode: '33.01.01.2001',
      role: 'pengelola_bumdes' as const,
      enterpriseId: ENTERPRISE,
    };
    expect(participantBody(values)).toEqual({
      name: 'Siti Aminah',
      gender: 'perempuan',
      birthYear: 1985,
      desaCode: '3301012001',
      role: 'pengelola_bumdes',
      enterpriseId: ENTERPRISE,
    });
    expect(takesEnterprise('pengurus_koperasi')).toBe(true);
    expect(takesEnterprise('kepala_desa')).toBe(false);
    expect(takesEnterprise('')).toBe(false);
    // Typed before the role changed: not sent for a village head.
    expect('enterpriseId' in participantBody({ ...values, role: 'kepala_desa' })).toBe(false);
  });

  it('says what is missing: the choices, then the domain’s checks of name, birth year and desa', () => {
    const { byField } = participantFormIssues(newParticipantValues(), TODAY, REQUIRED);
    expect(byField).toEqual({
      name: 'Nama peserta wajib diisi, 2–120 karakter.',
      gender: REQUIRED,
      birthYear: 'Tahun lahir wajib diisi dengan empat angka, misalnya 1985.',
      desaCode: 'Asal desa wajib diisi dengan kode desa 10 digit.',
      role: REQUIRED,
    });
    const child = participantFormIssues(
      {
        ...newParticipantValues(),
        name: 'Ani',
        gender: 'perempuan',
        birthYear: 2020,
        desaCode: '3301012001',
        role: 'warga',
      },
      TODAY,
      REQUIRED,
    );
    expect(child.byField).toEqual({
      birthYear: 'Tahun lahir 2020 tidak masuk akal untuk peserta (usia 10–100 tahun pada 2026).',
    });
    expect(participantFieldOf('desaCode')).toBe('desaCode');
    expect(participantFieldOf('registrations')).toBeNull();
  });
});

function registration(
  seq: number,
  status: TrainingRegistrationView['status'],
  waitingPosition: number | null = null,
): TrainingRegistrationView {
  return {
    id: `r-${seq}`,
    code: `P00${seq}`,
    status,
    statusLabel: status,
    seq,
    waitingPosition,
    registeredAt: '2026-03-01T00:00:00Z',
    withdrawnAt: null,
    participant: {
      id: `p-${seq}`,
      name: `Peserta ${seq}`,
      gender: 'perempuan',
      genderLabel: 'Perempuan',
      birthYear: 1990,
      ageGroup: 'usia_31_45',
      ageGroupLabel: '31–45 tahun',
      desa: { code: '3301012001', name: 'Tambakreja' },
      role: 'warga',
      roleLabel: 'Warga desa',
      targetGroup: 'masyarakat_umum',
      targetGroupLabel: 'Masyarakat umum',
      enterpriseId: null,
      facilitator: null,
    },
    completion: null,
    hasScores: false,
    hasReaction: false,
    canWithdraw: true,
  };
}

describe('the registration list', () => {
  it('shows the seats first, then the waiting list by position, withdrawals last', () => {
    const items = [
      registration(1, 'dibatalkan'),
      registration(2, 'daftar_tunggu', 2),
      registration(3, 'terdaftar'),
      registration(4, 'daftar_tunggu', 1),
      registration(5, 'terdaftar'),
    ];
    expect(registrationsInOrder(items).map((r) => r.code)).toEqual(['P003', 'P005', 'P004', 'P002', 'P001']);
  });
});

const summary = {
  sessionId: 's-1',
  responses: 0,
  scale: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })),
  questions: (
    [
      { id: 'materi_sesuai', category: 'materi', text: 'Materi sesuai.' },
      { id: 'bermanfaat', category: 'manfaat', text: 'Bermanfaat.' },
    ] as const
  ).map((q) => ({
    ...q,
    categoryLabel: q.category,
    n: 0,
    distribution: [],
    mean: null,
    agreeShare: null,
  })),
  categories: [],
  overallMean: null,
  overallAgreeShare: null,
  comments: [],
  canRecord: true,
  recordRefusal: null,
} satisfies TrainingReactionSummary;

describe('the reaction questionnaire form', () => {
  it('starts with every question unanswered and asks whose questionnaire it is and one answer', () => {
    const values = newReactionValues(summary);
    expect(values.answers).toEqual({ materi_sesuai: null, bermanfaat: null });
    const { byField } = reactionFormIssues(values, summary, REQUIRED);
    expect(byField).toEqual({ registrationId: REQUIRED, answers: 'Jawab paling sedikit satu pertanyaan.' });
  });

  it('sends the answers as given and the comment trimmed', () => {
    const values = {
      registrationId: 'r-1',
      answers: { materi_sesuai: 5, bermanfaat: null },
      comment: ' Bagus. ',
    };
    expect(reactionFormIssues(values, summary, REQUIRED).byField).toEqual({});
    expect(reactionBody(values)).toEqual({
      answers: { materi_sesuai: 5, bermanfaat: null },
      comment: 'Bagus.',
    });
  });
});
