import { describe, expect, it } from 'vitest';
import type { TrainingProgrammeView } from '../../../contracts/training-programme.contract';
import { ApiError } from '../../api-client/api-error';
import { adminRegions, mayRegisterProviders, mayUsePelatihan, ownProviders } from './pelatihan-access';
import { normalizeField, numberOrNull, problemIssues, sortIssues } from './pelatihan-forms';
import {
  createProgrammeBody,
  newProgrammeValues,
  type ProgrammeValues,
  programmeFieldOf,
  programmeFormIssues,
  programmeServerIssues,
  programmeValues,
  toggleTargetAspect,
  updateProgrammeBody,
} from './programme-model';
import { createProviderBody, newProviderValues, providerFieldOf, providerFormIssues } from './provider-model';

const PROVIDER = '5d0c9a3e-8f1b-4c2d-9e3f-4a5b6c7d8e9f';

/** A complete programme: knowledge and skills, both tested. */
function filled(): ProgrammeValues {
  let v = newProgrammeValues(PROVIDER);
  v = toggleTargetAspect(v, 'keterampilan', true);
  v = toggleTargetAspect(v, 'pengetahuan', true);
  return {
    ...v,
    title: '  Pembukuan sederhana BUM Desa ',
    topicId: 'pembukuan_usaha',
    competencies: {
      ...v.competencies,
      pengetahuan: ['Memahami neraca dan arus kas'],
      keterampilan: ['Menyusun laporan bulanan', 'Mencatat buku kas harian'],
    },
    targetGroups: ['pengelola_bumdes'],
    curriculumHours: 16,
  };
}

describe('the fields of the pelatihan forms', () => {
  it('spell every path of an issue the same way', () => {
    expect(normalizeField('body.schedule[1].hours')).toBe('schedule.1.hours');
    expect(normalizeField('schedule/1/hours')).toBe('schedule.1.hours');
    expect(normalizeField('competencies[0].description')).toBe('competencies.0.description');
    expect(normalizeField('place.regionCode')).toBe('place.regionCode');
  });

  it('put issues under their fields, join two of one field, and keep the rest apart', () => {
    const sorted = sortIssues(
      [
        { field: 'title', message: 'Judul wajib.' },
        { field: 'title', message: 'Terlalu panjang.' },
        { field: 'registrations', message: 'Belum ada peserta.' },
      ],
      (path) => (path === 'title' ? 'title' : null),
    );
    expect(sorted.byField).toEqual({ title: 'Judul wajib. Terlalu panjang.' });
    expect(sorted.other).toEqual(['Belum ada peserta.']);
  });

  it('read the issues of a refused request from its problem', () => {
    const error = new ApiError('problem', 'Masukan tidak sah', 400, {
      type: 'about:blank',
      title: 'Masukan tidak sah',
      status: 400,
      detail: 'Desa tidak ditemukan.',
      code: 'invalid_input',
      errors: [{ field: 'desaCodes[0]', message: 'Desa tidak ditemukan.' }],
    });
    expect(problemIssues(error)).toEqual([{ field: 'desaCodes.0', message: 'Desa tidak ditemukan.' }]);
    expect(problemIssues(new Error('x'))).toEqual([]);
  });

  it('read numbers typed with a comma, and nothing as null', () => {
    expect(numberOrNull('72,5')).toBe(72.5);
    expect(numberOrNull(16)).toBe(16);
    expect(numberOrNull(' ')).toBeNull();
    expect(numberOrNull('dua')).toBeNull();
  });
});

describe('the programme form', () => {
  it('gives a new target aspect a competency box, and tests it when a pre/post-test usually measures it', () => {
    const v = toggleTargetAspect(newProgrammeValues(PROVIDER), 'pengetahuan', true);
    expect(v.targetAspects).toEqual(['pengetahuan']);
    expect(v.testedAspects).toEqual(['pengetahuan']);
    expect(v.competencies.pengetahuan).toEqual(['']);
    // Behaviour is usually judged at the follow-up: a target, not tested by default.
    const behaviour = toggleTargetAspect(v, 'perilaku', true);
    expect(behaviour.testedAspects).toEqual(['pengetahuan']);
    // Unticking an aspect stops testing it, and keeps what was typed for it.
    const typed = { ...v, competencies: { ...v.competencies, pengetahuan: ['Memahami neraca'] } };
    const off = toggleTargetAspect(typed, 'pengetahuan', false);
    expect(off.targetAspects).toEqual([]);
    expect(off.testedAspects).toEqual([]);
    expect(off.competencies.pengetahuan).toEqual(['Memahami neraca']);
  });

  it('sends the competencies of the target aspects in aspect order, trimmed, and leaves out empty defaults', () => {
    const values = filled();
    const body = createProgrammeBody({ ...values, minAttendancePercent: '', followUpMonths: 6 });
    expect(body).toMatchObject({
      providerId: PROVIDER,
      title: 'Pembukuan sederhana BUM Desa',
      targetAspects: ['pengetahuan', 'keterampilan'],
      testedAspects: ['pengetahuan', 'keterampilan'],
      competencies: [
        { aspect: 'pengetahuan', description: 'Memahami neraca dan arus kas' },
        { aspect: 'keterampilan', description: 'Menyusun laporan bulanan' },
        { aspect: 'keterampilan', description: 'Mencatat buku kas harian' },
      ],
      curriculumHours: 16,
      followUpMonths: 6,
    });
    expect('minAttendancePercent' in body).toBe(false);
    // Competencies of an unticked aspect are not sent.
    const fewer = updateProgrammeBody(toggleTargetAspect(values, 'keterampilan', false));
    expect(fewer.competencies).toEqual([
      { aspect: 'pengetahuan', description: 'Memahami neraca dan arus kas' },
    ]);
    expect(fewer.testedAspects).toEqual(['pengetahuan']);
  });

  it('says with the domain’s messages what an empty form lacks, by field', () => {
    const { byField } = programmeFormIssues(newProgrammeValues(PROVIDER));
    expect(byField.title).toContain('Judul program wajib diisi');
    expect(byField.topicId).toContain('Topik pelatihan harus salah satu dari');
    expect(byField.targetAspects).toContain('Pilih paling sedikit satu aspek sasaran');
    expect(byField.targetGroups).toBe('Pilih paling sedikit satu kelompok sasaran.');
    expect(byField.curriculumHours).toContain('bilangan bulat 1–1000');
    expect(programmeFormIssues(filled()).byField).toEqual({});
  });

  it('puts a competency’s issue in the box it was typed in', () => {
    const values = filled();
    values.competencies.keterampilan = ['Menyusun laporan bulanan', 'abc'];
    const { byField } = programmeFormIssues(values);
    expect(Object.keys(byField)).toEqual(['competency.keterampilan.1']);
    expect(byField['competency.keterampilan.1']).toContain('paling sedikit 5 karakter');
    // The server answers with the index in the body: the slots of the values sent place it.
    const server = programmeServerIssues(
      [
        { field: 'competencies[2].description', message: 'Terlalu pendek.' },
        { field: 'competencies[0].aspect', message: 'Bukan sasaran.' },
        { field: 'testedAspects[1]', message: 'Tidak diuji.' },
        { field: 'providerId', message: 'Bukan penyelenggara Anda.' },
        { field: 'registrations', message: 'Lain.' },
      ],
      values,
    );
    expect(server.byField).toEqual({
      'competency.keterampilan.1': 'Terlalu pendek.',
      'competencies.pengetahuan': 'Bukan sasaran.',
      testedAspects: 'Tidak diuji.',
      providerId: 'Bukan penyelenggara Anda.',
    });
    expect(server.other).toEqual(['Lain.']);
    expect(programmeFieldOf('competencies.9.description', [])).toBe('competencies');
  });

  it('keeps what a programme is measured by once a session has started, with the domain’s message', () => {
    const initial = filled();
    const changed = { ...initial, curriculumHours: 24, title: 'Pembukuan BUM Desa lanjutan' };
    expect(programmeFormIssues(changed, { initial, startedSessions: 0 }).byField).toEqual({});
    const { byField } = programmeFormIssues(changed, { initial, startedSessions: 1 });
    expect(Object.keys(byField)).toEqual(['curriculumHours']);
    expect(byField.curriculumHours).toContain('tidak dapat diubah');
    // Unticking a tested aspect changes what is tested.
    const fewer = toggleTargetAspect(initial, 'keterampilan', false);
    expect(Object.keys(programmeFormIssues(fewer, { initial, startedSessions: 2 }).byField)).toEqual([
      'testedAspects',
    ]);
  });

  it('turns a stored programme back into values that send the same curriculum', () => {
    const view = {
      id: '8e7d6c5b-4a39-4281-9706-f5e4d3c2b1a0',
      provider: { id: PROVIDER, name: 'Balai', kindLabel: 'Balai pelatihan' },
      title: 'Pembukuan sederhana BUM Desa',
      topicId: 'pembukuan_usaha',
      topicLabel: 'Pembukuan dan laporan keuangan usaha',
      description: '',
      targetAspects: [
        { id: 'pengetahuan', label: 'Pengetahuan' },
        { id: 'keterampilan', label: 'Keterampilan' },
      ],
      competencies: [
        { aspect: 'keterampilan', aspectLabel: 'Keterampilan', description: 'Menyusun laporan bulanan' },
        { aspect: 'pengetahuan', aspectLabel: 'Pengetahuan', description: 'Memahami neraca dan arus kas' },
      ],
      targetGroups: [{ id: 'pengelola_bumdes', label: 'Pengelola BUM Desa' }],
      curriculumHours: 16,
      testedAspects: [{ id: 'pengetahuan', label: 'Pengetahuan' }],
      requiresPostTest: false,
      minAttendancePercent: 75,
      followUpMonths: 6,
      sessions: [],
      canManage: true,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    } satisfies TrainingProgrammeView;
    const body = updateProgrammeBody(programmeValues(view));
    expect(body.competencies).toEqual([
      { aspect: 'pengetahuan', description: 'Memahami neraca dan arus kas' },
      { aspect: 'keterampilan', description: 'Menyusun laporan bulanan' },
    ]);
    expect(body).toMatchObject({ minAttendancePercent: 75, followUpMonths: 6, requiresPostTest: false });
  });
});

describe('the provider form', () => {
  it('says what is missing and sends a compact seat code with empty contacts as null', () => {
    const empty = providerFormIssues(newProviderValues(), 'Wajib diisi.');
    expect(Object.keys(empty.byField).sort()).toEqual(['kind', 'name', 'seatRegionCode']);
    const body = createProviderBody({
      ...newProviderValues('33.01'),
      kind: 'lsm',
      name: ' Yayasan Desa Maju ',
      phone: ' ',
    });
    expect(body).toEqual({
      kind: 'lsm',
      name: 'Yayasan Desa Maju',
      seatRegionCode: '3301',
      address: '',
      phone: null,
      email: null,
    });
    expect(providerFieldOf('seatRegionCode')).toBe('seatRegionCode');
    expect(providerFieldOf('id')).toBeNull();
  });
});

describe('what the pelatihan pages offer', () => {
  const provider = {
    assignments: [
      {
        role: 'training_provider' as const,
        scope: { kind: 'training_provider', id: PROVIDER, label: 'Balai' },
      },
    ],
  };
  const officer = {
    assignments: [
      { role: 'kabupaten' as const, scope: { kind: 'region', code: '3301', label: 'Kabupaten Cilacap' } },
    ],
  };
  const enterprise = {
    assignments: [
      { role: 'enterprise' as const, scope: { kind: 'enterprise', id: 'e-1', label: 'BUM Desa' } },
    ],
  };

  it('open to providers’ users and the roles that read trainings, not to an enterprise account', () => {
    expect(mayUsePelatihan(provider)).toBe(true);
    expect(mayUsePelatihan(officer)).toBe(true);
    expect(mayUsePelatihan(enterprise)).toBe(false);
    expect(mayUsePelatihan(null)).toBe(false);
  });

  it('know the providers a user works for and the regions an administrator looks after', () => {
    expect(ownProviders(provider)).toEqual([{ id: PROVIDER, label: 'Balai' }]);
    expect(ownProviders(officer)).toEqual([]);
    expect(mayRegisterProviders(officer)).toBe(true);
    expect(mayRegisterProviders(provider)).toBe(false);
    expect(adminRegions(officer)).toEqual({
      national: false,
      regions: [{ code: '3301', label: 'Kabupaten Cilacap' }],
    });
    expect(
      adminRegions({ assignments: [{ role: 'national', scope: { kind: 'national', label: 'Indonesia' } }] }),
    ).toEqual({
      national: true,
      regions: [],
    });
  });
});
