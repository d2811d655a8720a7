/**
 * Kirkpatrick levels 3 (behaviour) and 4 (results): the follow-up of each participant who
 * completed a session, some months after its last day (DOMAIN.md §6: post-training evaluation of
 * alumni a few months later), and the judgement of the training that combines them with level 2.
 *
 * - Due date = last day + the programme's `followUpMonths`, in calendar months with end-of-month
 *   clamping (31 August + 3 months = 30 November).
 * - A follow-up may not be recorded before it is due: an earlier visit measures intentions, not
 *   behaviour, and would stand as the participant's follow-up in the judgement. Nor after today.
 * - Only participants who completed the session are followed up and judged: the others did not
 *   receive the training the judgement is about.
 * - Indicators are data: behaviour (L3) such as keeping books every month, results (L4) such as
 *   `unit_usaha_dimulai` (the BUM Desa started the planned business unit). Each applies to some
 *   participant roles; an indicator is `tercapai`, `sebagian`, `belum` or `tidak_berlaku`.
 * - The judgement (`judgeTraining`) is a table over three answers: did enough of the reached
 *   completers apply it (L3), did enough achieve a result (L4), did the tests show learning (L2)?
 */
import { compare, type Rational, rational } from '../deliberation/rational.ts';
import type { FieldIssue } from '../errors.ts';
import { textLength } from '../facilitation/facilitator.ts';
import { PARTICIPANT_ROLES, type ParticipantRole } from './aspects.ts';
import { addDays, addMonths, isCalendarDate } from './calendar.ts';
import type { GainCategory, MeanOfGains } from './gain.ts';
import { type SessionState, stateRefusal } from './lifecycle.ts';

export type FollowUpLevel = 'L3' | 'L4';

export const FOLLOW_UP_LEVEL_LABELS: Record<FollowUpLevel, string> = {
  L3: 'Perilaku (level 3)',
  L4: 'Hasil (level 4)',
};

export interface FollowUpIndicator {
  id: string;
  level: FollowUpLevel;
  label: string;
  /** Roles it applies to. */
  roles: readonly ParticipantRole[];
}

const BUSINESS_ROLES: readonly ParticipantRole[] = ['pengelola_bumdes', 'pengurus_koperasi', 'pelaku_usaha'];
const GOVERNMENT_ROLES: readonly ParticipantRole[] = ['kepala_desa', 'perangkat_desa', 'anggota_bpd'];
const CADRE_ROLES: readonly ParticipantRole[] = ['kpmd', 'pendamping_desa'];
const GROUP_ROLES: readonly ParticipantRole[] = [
  'anggota_kelompok_tani',
  'anggota_kelompok_nelayan',
  'anggota_kelompok_perempuan',
  'pemuda',
];

export const FOLLOW_UP_INDICATORS: readonly FollowUpIndicator[] = [
  {
    id: 'menerapkan_materi',
    level: 'L3',
    label: 'Menerapkan pengetahuan atau keterampilan dari pelatihan dalam tugas atau usahanya',
    roles: PARTICIPANT_ROLES,
  },
  {
    id: 'berbagi_ke_warga',
    level: 'L3',
    label: 'Membagikan hasil pelatihan kepada warga, anggota kelompok atau rekan kerja',
    roles: PARTICIPANT_ROLES,
  },
  {
    id: 'pembukuan_rutin',
    level: 'L3',
    label: 'Membuat pembukuan atau laporan keuangan secara rutin',
    roles: BUSINESS_ROLES,
  },
  {
    id: 'menyusun_dokumen',
    level: 'L3',
    label: 'Menyusun dokumen yang dilatihkan (RKP Desa, rencana usaha, laporan)',
    roles: [...GOVERNMENT_ROLES, ...CADRE_ROLES, 'pengelola_bumdes', 'pengurus_koperasi'],
  },
  {
    id: 'memfasilitasi_warga',
    level: 'L3',
    label: 'Memfasilitasi kegiatan warga dengan cara yang dilatihkan',
    roles: CADRE_ROLES,
  },
  {
    id: 'unit_usaha_dimulai',
    level: 'L4',
    label: 'Unit usaha yang direncanakan sudah mulai berjalan',
    roles: BUSINESS_ROLES,
  },
  {
    id: 'pendapatan_usaha_naik',
    level: 'L4',
    label: 'Omzet atau pendapatan usaha meningkat',
    roles: [...BUSINESS_ROLES, ...GROUP_ROLES],
  },
  {
    id: 'dokumen_ditetapkan',
    level: 'L4',
    label: 'Dokumen yang disusun sudah ditetapkan atau dipakai (misalnya RKP Desa, Perdes)',
    roles: [...GOVERNMENT_ROLES, ...CADRE_ROLES],
  },
  {
    id: 'kelompok_aktif',
    level: 'L4',
    label: 'Kelompok atau lembaga yang dibina aktif berkegiatan',
    roles: [...CADRE_ROLES, ...GROUP_ROLES, 'warga'],
  },
];

export const INDICATOR_STATES = ['tercapai', 'sebagian', 'belum', 'tidak_berlaku'] as const;
export type IndicatorState = (typeof INDICATOR_STATES)[number];

export const INDICATOR_STATE_LABELS: Record<IndicatorState, string> = {
  tercapai: 'Tercapai',
  sebagian: 'Sebagian',
  belum: 'Belum',
  tidak_berlaku: 'Tidak berlaku',
};

export const FOLLOW_UP_METHODS = ['kunjungan', 'telepon', 'kuesioner', 'laporan_pendamping'] as const;
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number];

export const FOLLOW_UP_METHOD_LABELS: Record<FollowUpMethod, string> = {
  kunjungan: 'Kunjungan lapangan',
  telepon: 'Telepon / pesan',
  kuesioner: 'Kuesioner',
  laporan_pendamping: 'Laporan pendamping desa',
};

export const MAX_FOLLOW_UP_NOTE = 2000;

export function indicatorById(id: string): FollowUpIndicator | null {
  return FOLLOW_UP_INDICATORS.find((i) => i.id === id) ?? null;
}

/** Indicators that apply to a participant role, in table order. */
export function indicatorsFor(role: ParticipantRole): FollowUpIndicator[] {
  return FOLLOW_UP_INDICATORS.filter((i) => i.roles.includes(role));
}

/** The day the follow-up is due: last day + `months` calendar months, clamped to the month's end. */
export function followUpDueDate(endDate: string, months: number): string {
  return addMonths(endDate, months);
}

export interface FollowUpRecord {
  registrationId: string;
  /** The day the follow-up took place, `YYYY-MM-DD`. */
  recordedOn: string;
  method: FollowUpMethod;
  /** Whether the participant (or someone who knows their work) could be reached. */
  reached: boolean;
  indicators: readonly { indicatorId: string; state: IndicatorState }[];
  note: string;
}

export interface FollowUpContext {
  sessionState: SessionState;
  /** Last day of the session. */
  endDate: string;
  followUpMonths: number;
  today: string;
  role: ParticipantRole;
  /** Whether the participant completed the session (registration.ts `completion`). */
  completed: boolean;
}

/** Every issue of a follow-up record (see the module comment for the rules). */
export function followUpIssues(record: FollowUpRecord, context: FollowUpContext): FieldIssue[] {
  const closed = stateRefusal(context.sessionState, 'recordFollowUp');
  if (closed !== null) return [{ field: 'registrationId', message: closed }];
  const issues: FieldIssue[] = [];
  if (!context.completed) {
    issues.push({
      field: 'registrationId',
      message:
        'Tindak lanjut hanya dicatat untuk peserta yang menyelesaikan pelatihan (memenuhi batas kehadiran).',
    });
  }
  const due = followUpDueDate(context.endDate, context.followUpMonths);
  if (!isCalendarDate(record.recordedOn)) {
    issues.push({
      field: 'recordedOn',
      message: 'Tanggal tindak lanjut wajib diisi dengan format TTTT-BB-HH.',
    });
  } else if (record.recordedOn > context.today) {
    issues.push({
      field: 'recordedOn',
      message: `Tanggal tindak lanjut (${record.recordedOn}) tidak boleh setelah hari ini (${context.today}).`,
    });
  } else if (record.recordedOn < due) {
    issues.push({
      field: 'recordedOn',
      message: `Tindak lanjut baru dapat dicatat mulai ${due} (${context.followUpMonths} bulan setelah pelatihan berakhir): perubahan perilaku dan hasil perlu waktu untuk terlihat.`,
    });
  }
  if (!FOLLOW_UP_METHODS.includes(record.method)) {
    issues.push({
      field: 'method',
      message: `Cara tindak lanjut harus salah satu dari: ${FOLLOW_UP_METHODS.join(', ')}.`,
    });
  }
  if (!record.reached && record.indicators.length > 0) {
    issues.push({
      field: 'indicators',
      message:
        'Peserta tidak dapat dihubungi: jangan isi indikator; catat tindak lanjut baru bila sudah terhubung.',
    });
  }
  if (record.reached && !record.indicators.some((i) => i.state !== 'tidak_berlaku')) {
    issues.push({
      field: 'indicators',
      message: 'Isi paling sedikit satu indikator perilaku atau hasil yang berlaku.',
    });
  }
  const seen = new Set<string>();
  for (const [i, entry] of record.indicators.entries()) {
    const indicator = indicatorById(entry.indicatorId);
    if (indicator === null) {
      issues.push({
        field: `indicators[${i}].indicatorId`,
        message: `Indikator "${entry.indicatorId}" tidak dikenal.`,
      });
    } else if (seen.has(indicator.id)) {
      issues.push({
        field: `indicators[${i}].indicatorId`,
        message: 'Indikator ini diisi lebih dari sekali.',
      });
    } else if (!indicator.roles.includes(context.role) && entry.state !== 'tidak_berlaku') {
      issues.push({
        field: `indicators[${i}].indicatorId`,
        message: `Indikator "${indicator.label}" tidak berlaku untuk peran peserta ini.`,
      });
    }
    seen.add(entry.indicatorId);
    if (!INDICATOR_STATES.includes(entry.state)) {
      issues.push({
        field: `indicators[${i}].state`,
        message: `Status harus salah satu dari: ${INDICATOR_STATES.join(', ')}.`,
      });
    }
  }
  if (textLength(record.note) > MAX_FOLLOW_UP_NOTE) {
    issues.push({ field: 'note', message: `Catatan paling banyak ${MAX_FOLLOW_UP_NOTE} karakter.` });
  }
  return issues;
}

// ——— Status of one participant ———

/** Days after the due date from which an unrecorded follow-up counts as late. */
export const FOLLOW_UP_LATE_AFTER_DAYS = 60;

export const FOLLOW_UP_STATUSES = [
  'belum_jatuh_tempo',
  'jatuh_tempo',
  'terlambat',
  'tidak_terhubungi',
  'tercatat',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  belum_jatuh_tempo: 'Belum jatuh tempo',
  jatuh_tempo: 'Jatuh tempo',
  terlambat: 'Terlambat',
  tidak_terhubungi: 'Tidak dapat dihubungi',
  tercatat: 'Tercatat',
};

/**
 * Where one completer's follow-up stands on `today`. A record of a participant who could not be
 * reached stays open for a later record; it is not late.
 */
export function followUpStatus(
  dueDate: string,
  today: string,
  record: Pick<FollowUpRecord, 'reached'> | null,
): FollowUpStatus {
  if (record !== null) return record.reached ? 'tercatat' : 'tidak_terhubungi';
  if (today < dueDate) return 'belum_jatuh_tempo';
  return today > addDays(dueDate, FOLLOW_UP_LATE_AFTER_DAYS) ? 'terlambat' : 'jatuh_tempo';
}

// ——— Judgement ———

/**
 * The thresholds of the judgement. No Kemendesa rule for judging a training was found (DOMAIN.md
 * §6: pass marks and learning-outcome rules not found); these are this system's starting values,
 * kept in one place so they can be changed when a rule is found.
 */
export const JUDGEMENT_RULE = {
  /** Completers reached at follow-up, below which nothing is judged. */
  minCoverage: rational(1n, 2n),
  /** Reached completers with at least one L3 indicator `tercapai`, for "applied". */
  appliedShare: rational(1n, 2n),
  /** Of the reached completers to whom an L4 indicator applies, those with one `tercapai`. */
  resultShare: rational(1n, 4n),
  /** The pooled mean gain categories that count as "learned". */
  learnedCategories: ['tinggi', 'sedang'] as readonly GainCategory[],
} as const;

export const VERDICTS = [
  'menunggu_tindak_lanjut',
  'data_belum_cukup',
  'berdampak',
  'diterapkan',
  'dipelajari_belum_diterapkan',
  'belum_diterapkan',
  'kurang_efektif',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  menunggu_tindak_lanjut: 'Menunggu tindak lanjut',
  data_belum_cukup: 'Data tindak lanjut belum cukup',
  berdampak: 'Berdampak: diterapkan dan menghasilkan',
  diterapkan: 'Diterapkan, hasil belum tampak',
  dipelajari_belum_diterapkan: 'Dipelajari tetapi belum diterapkan',
  belum_diterapkan: 'Belum diterapkan',
  kurang_efektif: 'Kurang efektif',
};

/** `learned` null: no level 2 measure (no tests, or no computable gain). */
export interface JudgementRow {
  applied: boolean;
  results: boolean | 'any';
  learned: boolean | null | 'any';
  verdict: Verdict;
}

/** First matching row wins; every combination matches one row. */
export const JUDGEMENT_TABLE: readonly JudgementRow[] = [
  { applied: true, results: true, learned: 'any', verdict: 'berdampak' },
  { applied: true, results: false, learned: 'any', verdict: 'diterapkan' },
  { applied: false, results: 'any', learned: true, verdict: 'dipelajari_belum_diterapkan' },
  { applied: false, results: 'any', learned: false, verdict: 'kurang_efektif' },
  { applied: false, results: 'any', learned: null, verdict: 'belum_diterapkan' },
];

export interface JudgementInput {
  /** The follow-up due date of the session (for a programme: the latest of the sessions pooled). */
  dueDate: string;
  today: string;
  /** Participants who completed. */
  completers: number;
  /** The latest follow-up record of each completer who has one. */
  followUps: readonly Pick<FollowUpRecord, 'reached' | 'indicators'>[];
  /** Level 2: `pooledMeanOfGains` of the completers; null when not measured. */
  learning: MeanOfGains | null;
}

export interface Share {
  count: number;
  of: number;
  /** Exact; null when `of` is 0. */
  share: Rational | null;
}

export interface Judgement {
  verdict: Verdict;
  label: string;
  coverage: Share;
  /** L3: reached completers with a behaviour indicator achieved. */
  applied: Share;
  /** L4: completers with an applicable result indicator who achieved one. */
  results: Share;
  learning: MeanOfGains | null;
  /** Explanations in Indonesian, in the order the rule looked at them. */
  notes: string[];
}

function share(count: number, of: number): Share {
  return { count, of, share: of === 0 ? null : rational(BigInt(count), BigInt(of)) };
}

function atLeast(s: Share, threshold: Rational): boolean {
  return s.share !== null && compare(s.share, threshold) >= 0;
}

function percent(r: Rational): string {
  return `${Math.round((Number(r.num) * 100) / Number(r.den))}%`;
}

function achieved(record: Pick<FollowUpRecord, 'indicators'>, level: FollowUpLevel): boolean {
  return record.indicators.some(
    (i) => i.state === 'tercapai' && indicatorById(i.indicatorId)?.level === level,
  );
}

function applicable(record: Pick<FollowUpRecord, 'indicators'>, level: FollowUpLevel): boolean {
  return record.indicators.some(
    (i) => i.state !== 'tidak_berlaku' && indicatorById(i.indicatorId)?.level === level,
  );
}

/**
 * The judgement of a session (or of a programme, pooling the sessions whose follow-up is due):
 * not before the due date; not with fewer than half the completers reached; otherwise the first
 * row of `JUDGEMENT_TABLE` matching applied (L3 ≥ ½), results (L4 ≥ ¼) and learned (L2 mean gain
 * sedang or tinggi). Attendance alone never makes a training succeed.
 */
export function judgeTraining(input: JudgementInput): Judgement {
  const reached = input.followUps.filter((f) => f.reached);
  const coverage = share(reached.length, input.completers);
  const applied = share(reached.filter((f) => achieved(f, 'L3')).length, reached.length);
  const withResults = reached.filter((f) => applicable(f, 'L4'));
  const results = share(withResults.filter((f) => achieved(f, 'L4')).length, withResults.length);
  const base = { coverage, applied, results, learning: input.learning };
  const verdictOf = (verdict: Verdict, notes: string[]): Judgement => ({
    verdict,
    label: VERDICT_LABELS[verdict],
    ...base,
    notes,
  });
  if (input.today < input.dueDate) {
    return verdictOf('menunggu_tindak_lanjut', [
      `Tindak lanjut jatuh tempo pada ${input.dueDate}; pelatihan dinilai setelah perilaku dan hasil peserta dapat diamati.`,
    ]);
  }
  if (!atLeast(coverage, JUDGEMENT_RULE.minCoverage)) {
    return verdictOf('data_belum_cukup', [
      `Baru ${coverage.count} dari ${coverage.of} peserta lulus yang berhasil ditindaklanjuti; perlu paling sedikit ${percent(JUDGEMENT_RULE.minCoverage)}.`,
    ]);
  }
  const isApplied = atLeast(applied, JUDGEMENT_RULE.appliedShare);
  const hasResults = atLeast(results, JUDGEMENT_RULE.resultShare);
  const learned =
    input.learning === null ? null : JUDGEMENT_RULE.learnedCategories.includes(input.learning.category);
  const row = JUDGEMENT_TABLE.find(
    (r) =>
      r.applied === isApplied &&
      (r.results === 'any' || r.results === hasResults) &&
      (r.learned === 'any' || r.learned === learned),
  )!;
  const notes = [
    `Perilaku (L3): ${applied.count} dari ${applied.of} peserta yang dihubungi menerapkan hasil pelatihan (syarat ${percent(JUDGEMENT_RULE.appliedShare)}).`,
    results.of === 0
      ? 'Hasil (L4): belum ada indikator hasil yang berlaku bagi peserta yang dihubungi.'
      : `Hasil (L4): ${results.count} dari ${results.of} peserta mencapai hasil (syarat ${percent(JUDGEMENT_RULE.resultShare)}).`,
    learned === null
      ? 'Pembelajaran (L2): tidak diukur (tidak ada gain pre-test/post-test yang dapat dihitung).'
      : `Pembelajaran (L2): rata-rata gain kategori ${input.learning!.category} (n = ${input.learning!.n}).`,
  ];
  if (isApplied && learned === false) {
    notes.push(
      'Peserta menerapkan hasil pelatihan walaupun tes tidak menunjukkan peningkatan: periksa kesesuaian soal tes.',
    );
  }
  return verdictOf(row.verdict, notes);
}
