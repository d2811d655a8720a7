import { describe, expect, it } from 'vitest';
import { addDays } from '../training/calendar.ts';
import {
  addWorkingDays,
  applyLegalStep,
  earliestValidApproval,
  initialLegalIssues,
  isWorkingDay,
  type LegalRecord,
  type LegalStep,
  legalStatus,
  legalStepIssues,
  legalStepLabel,
  nameValidUntil,
  workingDaysBetween,
} from './legal-status.ts';
import type { EnterpriseKind } from './vocabulary.ts';

const record = (kind: EnterpriseKind, overrides: Partial<LegalRecord> = {}): LegalRecord => ({
  kind,
  nameSubmittedOn: null,
  nameRegistrationNumber: null,
  nameApprovedOn: null,
  legalCertificateNumber: null,
  legalCertificateDate: null,
  ...overrides,
});

// 2026-03-02 is a Monday; 40 working days later is Monday 2026-04-27 (national holidays not counted).
const APPROVED = '2026-03-02';
const LAST_VALID = '2026-04-27';
const DAY_41 = '2026-04-28';
const SUBMITTED = record('bumdes', { nameSubmittedOn: '2026-02-20' });
const APPROVED_RECORD = record('bumdes', { nameSubmittedOn: '2026-02-20', nameApprovedOn: APPROVED });

describe('working days (Monday–Friday)', () => {
  it('knows weekends', () => {
    expect(['2026-03-02', '2026-03-06', '2026-03-07', '2026-03-08'].map(isWorkingDay)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
  it('adds working days, skipping weekends, not counting the start', () => {
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday → Monday
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // Saturday → Monday
    expect(addWorkingDays(APPROVED, 5)).toBe('2026-03-09');
    expect(addWorkingDays(APPROVED, 40)).toBe(LAST_VALID);
    expect(nameValidUntil(APPROVED)).toBe(LAST_VALID);
    // Across a year end: Wednesday 2025-12-31 + 40 working days.
    expect(nameValidUntil('2025-12-31')).toBe('2026-02-25');
  });
  it('finds the earliest approval still valid on a day', () => {
    for (const today of [
      '2026-04-27',
      '2026-04-28',
      '2026-05-02',
      '2026-05-03',
      '2026-05-04',
      '2026-01-01',
    ]) {
      const earliest = earliestValidApproval(today);
      expect(nameValidUntil(earliest) >= today).toBe(true);
      expect(nameValidUntil(addDays(earliest, -1)) < today).toBe(true);
    }
    expect(earliestValidApproval(LAST_VALID)).toBe(APPROVED);
    expect(earliestValidApproval(DAY_41)).toBe('2026-03-03');
  });

  it('counts working days in (from, to]', () => {
    expect(workingDaysBetween(APPROVED, LAST_VALID)).toBe(40);
    expect(workingDaysBetween(APPROVED, APPROVED)).toBe(0);
    expect(workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1);
    expect(workingDaysBetween(LAST_VALID, APPROVED)).toBe(0);
    for (let n = 0; n <= 60; n++)
      expect(workingDaysBetween('2026-03-04', addWorkingDays('2026-03-04', n))).toBe(n);
  });
});

describe('legal status on a day', () => {
  const table: [string, LegalRecord, string, ReturnType<typeof legalStatus>][] = [
    [
      'nothing yet',
      record('bumdes'),
      '2026-03-03',
      { status: 'belum_terdaftar', nameValidUntil: null, workingDaysLeft: null },
    ],
    [
      'name submitted',
      SUBMITTED,
      '2026-03-03',
      { status: 'nama_diajukan', nameValidUntil: null, workingDaysLeft: null },
    ],
    [
      'approved, on the approval day',
      APPROVED_RECORD,
      APPROVED,
      { status: 'nama_disetujui', nameValidUntil: LAST_VALID, workingDaysLeft: 40 },
    ],
    [
      'approved, on the last valid day',
      APPROVED_RECORD,
      LAST_VALID,
      { status: 'nama_disetujui', nameValidUntil: LAST_VALID, workingDaysLeft: 0 },
    ],
    [
      'approved, 41 working days later',
      APPROVED_RECORD,
      DAY_41,
      { status: 'nama_kedaluwarsa', nameValidUntil: LAST_VALID, workingDaysLeft: 0 },
    ],
    [
      'certified: expiry no longer matters',
      { ...APPROVED_RECORD, legalCertificateNumber: 'AHU-0001', legalCertificateDate: '2026-04-01' },
      '2027-01-01',
      { status: 'berbadan_hukum', nameValidUntil: null, workingDaysLeft: null },
    ],
    [
      'cooperative with its AHU decree',
      record('koperasi', { legalCertificateNumber: 'AHU-0002.AH.01.26', legalCertificateDate: '2026-01-10' }),
      '2026-03-03',
      { status: 'berbadan_hukum', nameValidUntil: null, workingDaysLeft: null },
    ],
    [
      'cooperative without',
      record('koperasi_merah_putih'),
      '2026-03-03',
      { status: 'belum_terdaftar', nameValidUntil: null, workingDaysLeft: null },
    ],
    [
      'business group',
      record('kelompok_usaha'),
      '2026-03-03',
      { status: 'belum_terdaftar', nameValidUntil: null, workingDaysLeft: null },
    ],
  ];
  it.each(table)('%s', (_label, r, today, expected) => {
    expect(legalStatus(r, today)).toEqual(expected);
  });
});

describe('legal step checks', () => {
  const TODAY = '2026-04-10';
  const table: [string, LegalStep, LegalRecord, string[]][] = [
    ['submit a name', { step: 'ajukan_nama', date: '2026-02-20' }, record('bumdes'), []],
    [
      'submit in the future',
      { step: 'ajukan_nama', date: '2026-04-11' },
      record('bumdes'),
      ['invalid date: Tanggal tidak boleh sesudah hari ini (2026-04-10).'],
    ],
    [
      'submit a date that is no date',
      { step: 'ajukan_nama', date: '2026-02-30' },
      record('bumdes'),
      ['invalid date: Tanggal harus berformat TTTT-BB-HH dan ada di kalender.'],
    ],
    ['resubmit while pending', { step: 'ajukan_nama', date: '2026-02-25' }, SUBMITTED, []],
    [
      'resubmit while approved',
      { step: 'ajukan_nama', date: '2026-03-05' },
      APPROVED_RECORD,
      [
        'conflict step: Nama sudah disetujui dan berlaku sampai 2026-04-27; pengajuan baru hanya sesudah kedaluwarsa.',
      ],
    ],
    ['approve', { step: 'setujui_nama', date: APPROVED }, SUBMITTED, []],
    [
      'approve before submission',
      { step: 'setujui_nama', date: '2026-02-19' },
      SUBMITTED,
      ['invalid date: Tanggal persetujuan tidak boleh sebelum tanggal pengajuan nama (2026-02-20).'],
    ],
    [
      'approve without submission',
      { step: 'setujui_nama', date: APPROVED },
      record('bumdes'),
      ['conflict step: Nama belum diajukan; catat pengajuan nama lebih dulu.'],
    ],
    ['certify', { step: 'sertifikat', date: '2026-04-01', number: 'AHU-0001' }, APPROVED_RECORD, []],
    [
      'certify without number',
      { step: 'sertifikat', date: '2026-04-01', number: ' ' },
      APPROVED_RECORD,
      ['invalid number: Nomor sertifikat badan hukum wajib diisi.'],
    ],
    [
      'certify before approval',
      { step: 'sertifikat', date: '2026-03-01', number: 'AHU-1' },
      APPROVED_RECORD,
      ['invalid date: Tanggal sertifikat tidak boleh sebelum tanggal persetujuan nama (2026-03-02).'],
    ],
    [
      'certify unapproved',
      { step: 'sertifikat', date: '2026-03-01', number: 'AHU-1' },
      SUBMITTED,
      ['conflict step: Nama belum disetujui; sertifikat badan hukum terbit sesudah persetujuan nama.'],
    ],
    [
      'approve when certified',
      { step: 'setujui_nama', date: '2026-03-03' },
      { ...APPROVED_RECORD, legalCertificateDate: '2026-04-01', legalCertificateNumber: 'AHU-1' },
      ['conflict step: Badan usaha ini sudah berbadan hukum; persetujuan nama tidak diubah lagi.'],
    ],
    [
      'submit when certified',
      { step: 'ajukan_nama', date: '2026-03-03' },
      { ...APPROVED_RECORD, legalCertificateDate: '2026-04-01', legalCertificateNumber: 'AHU-1' },
      ['conflict step: Badan usaha ini sudah berbadan hukum; nama tidak diajukan lagi.'],
    ],
    [
      'cooperative decree',
      { step: 'sertifikat', date: '2026-01-10', number: 'AHU-0002' },
      record('koperasi'),
      [],
    ],
    [
      'cooperative decree without number',
      { step: 'sertifikat', date: '2026-01-10' },
      record('koperasi_merah_putih'),
      ['invalid number: Nomor SK pengesahan badan hukum wajib diisi.'],
    ],
    [
      'cooperative name step',
      { step: 'ajukan_nama', date: '2026-01-10' },
      record('koperasi'),
      [
        'conflict step: Koperasi tidak melalui pendaftaran nama BUM Desa; catat langsung SK pengesahan badan hukum dari Kemenkumham (AHU).',
      ],
    ],
    [
      'business group',
      { step: 'sertifikat', date: '2026-01-10', number: 'X' },
      record('kelompok_usaha'),
      ['conflict step: Kelompok usaha tidak wajib berbadan hukum; tidak ada tahap pendaftaran badan hukum.'],
    ],
  ];
  it.each(table)('%s', (_label, step, r, expected) => {
    expect(legalStepIssues(step, r, TODAY).map((i) => `${i.kind} ${i.field}: ${i.message}`)).toEqual(
      expected,
    );
  });

  it('refuses a certificate 41 working days after approval, accepts one on the 40th', () => {
    const late = legalStepIssues(
      { step: 'sertifikat', date: DAY_41, number: 'AHU-9' },
      APPROVED_RECORD,
      '2026-05-04',
    );
    expect(late.map((i) => i.message)).toEqual([
      'Sertifikat harus terbit dalam masa berlaku persetujuan nama (40 hari kerja, sampai 2026-04-27); ajukan nama kembali. Hari kerja dihitung Senin–Jumat; hari libur nasional tidak diketahui sistem, sehingga batas sebenarnya dapat lebih lambat.',
    ]);
    expect(
      legalStepIssues(
        { step: 'sertifikat', date: LAST_VALID, number: 'AHU-9' },
        APPROVED_RECORD,
        '2026-05-04',
      ),
    ).toEqual([]);
  });

  it('accepts a new submission once the approval has expired', () => {
    expect(
      legalStepIssues({ step: 'ajukan_nama', date: '2026-04-29' }, APPROVED_RECORD, '2026-05-04'),
    ).toEqual([]);
    expect(
      legalStepIssues({ step: 'ajukan_nama', date: LAST_VALID }, APPROVED_RECORD, LAST_VALID),
    ).toHaveLength(1);
  });

  it('applies steps: a new submission clears an expired approval', () => {
    const resubmitted = applyLegalStep(APPROVED_RECORD, {
      step: 'ajukan_nama',
      date: '2026-05-04',
      number: 'REG-2',
    });
    expect(resubmitted).toMatchObject({
      nameSubmittedOn: '2026-05-04',
      nameRegistrationNumber: 'REG-2',
      nameApprovedOn: null,
    });
    const approved = applyLegalStep(resubmitted, { step: 'setujui_nama', date: '2026-05-06' });
    expect(approved).toMatchObject({ nameApprovedOn: '2026-05-06', nameRegistrationNumber: 'REG-2' });
    expect(
      applyLegalStep(approved, { step: 'sertifikat', date: '2026-05-20', number: ' AHU-7 ' }),
    ).toMatchObject({
      legalCertificateNumber: 'AHU-7',
      legalCertificateDate: '2026-05-20',
    });
  });

  it('checks steps given at registration in order, under legalSteps.<i>', () => {
    const ok = initialLegalIssues(
      'bumdes',
      [
        { step: 'ajukan_nama', date: '2026-02-20' },
        { step: 'setujui_nama', date: APPROVED },
      ],
      '2026-03-10',
    );
    expect(ok.issues).toEqual([]);
    expect(legalStatus(ok.record, '2026-03-10').status).toBe('nama_disetujui');
    const bad = initialLegalIssues('bumdes', [{ step: 'setujui_nama', date: APPROVED }], '2026-03-10');
    expect(bad.issues.map((i) => `${i.field}: ${i.kind}`)).toEqual(['legalSteps.0.step: conflict']);
  });

  it('labels the certificate of a cooperative as its AHU decree', () => {
    expect(legalStepLabel('sertifikat', 'bumdes')).toBe('Sertifikat pendaftaran badan hukum');
    expect(legalStepLabel('sertifikat', 'koperasi')).toBe('SK pengesahan badan hukum (Kemenkumham/AHU)');
  });
});
