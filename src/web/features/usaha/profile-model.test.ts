import { describe, expect, it } from 'vitest';
import type { EnterpriseView } from '../../../contracts/enterprise.contract';
import {
  activeStepIndex,
  legalStepBody,
  legalStepFormIssues,
  legalSteps,
  nextLegalSteps,
  validityRunningOut,
} from './profile-model';

type Legal = EnterpriseView['legal'];

function legal(change: Partial<Legal>): Legal {
  return {
    status: 'belum_terdaftar',
    statusLabel: '',
    required: true,
    nameStep: true,
    nameSubmittedOn: null,
    nameRegistrationNumber: null,
    nameApprovedOn: null,
    nameValidUntil: null,
    workingDaysLeft: null,
    certificateLabel: 'Sertifikat pendaftaran badan hukum',
    certificateNumber: null,
    certificateDate: null,
    note: null,
    ...change,
  };
}

const states = (l: Legal) => legalSteps(l).map((s) => `${s.step}:${s.state}`);

describe('the legal-entity stepper', () => {
  it('walks a BUM Desa from nothing to a legal entity', () => {
    expect(states(legal({}))).toEqual(['ajukan_nama:current', 'setujui_nama:todo', 'sertifikat:todo']);
    const submitted = legal({ status: 'nama_diajukan', nameSubmittedOn: '2026-05-04' });
    expect(states(submitted)).toEqual(['ajukan_nama:done', 'setujui_nama:current', 'sertifikat:todo']);
    const approved = legal({
      status: 'nama_disetujui',
      nameSubmittedOn: '2026-05-04',
      nameApprovedOn: '2026-05-11',
      nameValidUntil: '2026-07-06',
      workingDaysLeft: 12,
    });
    expect(states(approved)).toEqual(['ajukan_nama:done', 'setujui_nama:done', 'sertifikat:current']);
    expect(activeStepIndex(legalSteps(approved))).toBe(2);
    const certified = legal({
      status: 'berbadan_hukum',
      nameSubmittedOn: '2026-05-04',
      nameApprovedOn: '2026-05-11',
      certificateNumber: 'AHU-0001',
      certificateDate: '2026-06-01',
    });
    expect(states(certified)).toEqual(['ajukan_nama:done', 'setujui_nama:done', 'sertifikat:done']);
    expect(activeStepIndex(legalSteps(certified))).toBe(3);
  });

  it('marks an expired approval, and the name is submitted again', () => {
    const expired = legal({
      status: 'nama_kedaluwarsa',
      nameSubmittedOn: '2026-01-05',
      nameApprovedOn: '2026-01-12',
      nameValidUntil: '2026-03-09',
      workingDaysLeft: 0,
    });
    expect(states(expired)).toEqual(['ajukan_nama:done', 'setujui_nama:expired', 'sertifikat:todo']);
    expect(activeStepIndex(legalSteps(expired))).toBe(1);
    expect(nextLegalSteps(expired)).toEqual(['ajukan_nama']);
  });

  it('a cooperative has its AHU decree alone; a business group has no steps', () => {
    const koperasi = legal({
      nameStep: false,
      certificateLabel: 'SK pengesahan badan hukum (Kemenkumham/AHU)',
    });
    expect(states(koperasi)).toEqual(['sertifikat:current']);
    expect(nextLegalSteps(koperasi)).toEqual(['sertifikat']);
    const group = legal({ required: false, nameStep: false });
    expect(legalSteps(group)).toEqual([]);
    expect(nextLegalSteps(group)).toEqual([]);
  });

  it('offers the next step for each status', () => {
    expect(nextLegalSteps(legal({}))).toEqual(['ajukan_nama']);
    expect(nextLegalSteps(legal({ status: 'nama_diajukan' }))).toEqual(['setujui_nama', 'ajukan_nama']);
    expect(nextLegalSteps(legal({ status: 'nama_disetujui' }))).toEqual(['sertifikat']);
    expect(nextLegalSteps(legal({ status: 'berbadan_hukum' }))).toEqual([]);
  });

  it('warns when ten working days or fewer are left', () => {
    expect(validityRunningOut(legal({ status: 'nama_disetujui', workingDaysLeft: 10 }))).toBe(true);
    expect(validityRunningOut(legal({ status: 'nama_disetujui', workingDaysLeft: 11 }))).toBe(false);
    expect(validityRunningOut(legal({ status: 'nama_kedaluwarsa', workingDaysLeft: 0 }))).toBe(false);
  });
});

describe('the step form', () => {
  const messages = { dateInvalid: 'bukan tanggal', dateFuture: 'belum tiba', numberRequired: 'nomor wajib' };
  it('needs a past date, and a number for the certificate', () => {
    const today = '2026-06-15';
    expect(
      legalStepFormIssues({ step: 'ajukan_nama', date: '2026-06-15', number: '' }, today, messages),
    ).toEqual({});
    expect(
      legalStepFormIssues({ step: 'ajukan_nama', date: '2026-06-16', number: '' }, today, messages),
    ).toEqual({
      date: 'belum tiba',
    });
    expect(
      legalStepFormIssues({ step: 'sertifikat', date: '15-06-2026', number: ' ' }, today, messages),
    ).toEqual({
      date: 'bukan tanggal',
      number: 'nomor wajib',
    });
  });

  it('sends an empty number as null', () => {
    expect(legalStepBody({ step: 'setujui_nama', date: ' 2026-06-01 ', number: ' ' })).toEqual({
      step: 'setujui_nama',
      date: '2026-06-01',
      number: null,
    });
  });
});
