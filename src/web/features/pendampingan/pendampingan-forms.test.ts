import { describe, expect, it } from 'vitest';
import type { EntryView, FacilitatorDetail } from '../../../contracts/facilitation.contract';
import { mayManageFacilitators, mayUsePendampingan } from './pendampingan-access';
import {
  assignmentBody,
  assignmentFieldOf,
  assignmentFormIssues,
  compactCode,
  createFacilitatorBody,
  endAssignmentIssue,
  entryFieldOf,
  entryFormIssues,
  entryUpdateBody,
  entryValues,
  facilitatorFieldOf,
  facilitatorFormIssues,
  facilitatorValues,
  gpsOf,
  newAssignmentValues,
  newFacilitatorValues,
  returnReasonIssue,
  sortFieldErrors,
  updateFacilitatorBody,
} from './pendampingan-forms';

const REQUIRED = 'Wajib diisi.';
const FID = '0b6c2f9e-3c1a-4d6e-9f7a-2b1c3d4e5f60';
const SUPERVISOR = '7f1e2d3c-4b5a-4968-8776-655443322110';
const KAWASAN = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const facilitator: FacilitatorDetail = {
  id: FID,
  userId: 'u-1',
  username: 'pld-sri',
  type: 'pld',
  typeLabel: 'Pendamping Lokal Desa (PLD)',
  name: 'Sri Lestari',
  gender: 'perempuan',
  phone: '081234567890',
  email: null,
  nikMasked: '************4321',
  homeRegion: { code: '330101', name: 'Kedungreja' },
  activeFrom: '2026-01-01',
  activeTo: '2026-12-31',
  active: true,
  supervisor: { id: SUPERVISOR, name: 'Budi', typeLabel: 'Tenaga Ahli (TA)' },
  canManage: true,
  assignments: [
    {
      id: 'a-1',
      facilitatorId: FID,
      place: { kind: 'desa', ref: '3301012001', name: 'Tambakreja, Kedungreja' },
      from: '2026-01-01',
      to: null,
      current: true,
    },
  ],
  supervisees: [],
};

describe('facilitator form', () => {
  const valid = {
    ...newFacilitatorValues('2026-01-01'),
    username: 'pld-sri',
    type: 'pld' as const,
    name: 'Sri Lestari',
    gender: 'perempuan' as const,
    phone: '0812 3456 7890',
    homeRegionCode: '33.01.01',
  };

  it('accepts a complete form and sends the code without dots, empty optionals as null', () => {
    expect(facilitatorFormIssues(valid, null, REQUIRED)).toEqual({});
    expect(createFacilitatorBody(valid)).toEqual({
      username: 'pld-sri',
      type: 'pld',
      name: 'Sri Lestari',
      gender: 'perempuan',
      phone: '0812 3456 7890',
      email: null,
      homeRegionCode: '330101',
      activeFrom: '2026-01-01',
      activeTo: null,
      supervisorId: null,
    });
  });

  it('sends a NIK only when one is typed', () => {
    const body = createFacilitatorBody({ ...valid, nik: ' 3301014508900001 ' });
    expect(body.nik).toBe('3301014508900001');
    expect('nik' in createFacilitatorBody(valid)).toBe(false);
  });

  it('names what is missing with the domain messages', () => {
    const issues = facilitatorFormIssues(newFacilitatorValues('2026-01-01'), null, REQUIRED);
    expect(issues.username).toBe(REQUIRED);
    expect(issues.type).toBe(REQUIRED);
    expect(issues.name).toMatch(/Nama wajib diisi/);
    expect(issues.gender).toBe(REQUIRED);
    expect(issues.phone).toMatch(/nomor HP atau alamat surel/);
    // No type chosen yet: the home region's level is not judged.
    expect(issues.homeRegionCode).toBeUndefined();
  });

  it('checks the home region level of the type, the period, the NIK shape and the contact', () => {
    const issues = facilitatorFormIssues(
      {
        ...valid,
        homeRegionCode: '3301',
        activeTo: '2025-12-31',
        nik: '1234',
        email: 'bukan-surel',
      },
      null,
      REQUIRED,
    );
    expect(issues.homeRegionCode).toMatch(/kecamatan.*6 digit/);
    expect(issues.activeTo).toMatch(/tidak boleh sebelum/);
    expect(issues.nik).toBe('NIK harus 16 digit angka.');
    expect(issues.email).toMatch(/surel tidak valid/);
  });

  it('refuses the facilitator as their own supervisor', () => {
    const issues = facilitatorFormIssues({ ...valid, supervisorId: FID }, FID, REQUIRED);
    expect(issues.supervisorId).toMatch(/penyelia dirinya sendiri/);
  });

  it('edits a stored record: its values, and a body without NIK unless a new one is typed', () => {
    const values = facilitatorValues(facilitator);
    expect(values).toMatchObject({
      type: 'pld',
      homeRegionCode: '330101',
      nik: '',
      supervisorId: SUPERVISOR,
    });
    expect(updateFacilitatorBody({ ...values, activeTo: '' })).toEqual({
      name: 'Sri Lestari',
      gender: 'perempuan',
      phone: '081234567890',
      email: null,
      activeTo: null,
      supervisorId: SUPERVISOR,
    });
    expect(updateFacilitatorBody({ ...values, nik: '3301014508900001' }).nik).toBe('3301014508900001');
  });

  it('puts server errors at their fields, the account under the username', () => {
    expect(facilitatorFieldOf('userId')).toBe('username');
    expect(facilitatorFieldOf('homeRegionCode')).toBe('homeRegionCode');
    expect(facilitatorFieldOf('body')).toBeNull();
    expect(sortFieldErrors({ nik: 'NIK sudah terdaftar.', other: 'Lainnya.' }, facilitatorFieldOf)).toEqual({
      byField: { nik: 'NIK sudah terdaftar.' },
      other: ['Lainnya.'],
    });
  });
});

describe('assignment form', () => {
  it('sends a desa by its code without dots or a kawasan by its id', () => {
    expect(
      assignmentBody({ ...newAssignmentValues('desa', '2026-02-01'), desaCode: '33.01.01.2002' }),
    ).toEqual({
      place: { kind: 'desa', code: '3301012002' },
      from: '2026-02-01',
      to: null,
    });
    expect(
      assignmentBody({
        ...newAssignmentValues('kawasan', '2026-02-01'),
        kawasanId: KAWASAN,
        to: '2026-06-30',
      }),
    ).toEqual({ place: { kind: 'kawasan', id: KAWASAN }, from: '2026-02-01', to: '2026-06-30' });
  });

  it('accepts another desa of the home region within the active period', () => {
    const values = { ...newAssignmentValues('desa', '2026-02-01', '2026-12-31'), desaCode: '3301012002' };
    expect(values.to).toBe('2026-12-31');
    expect(assignmentFormIssues(values, facilitator, REQUIRED)).toEqual({});
    // Open-ended past the end of the active period is refused.
    expect(assignmentFormIssues({ ...values, to: '' }, facilitator, REQUIRED).to).toMatch(
      /paling lambat 2026-12-31/,
    );
  });

  it('refuses with the domain: overlap at the same desa, outside the home region, a kelurahan, the type', () => {
    const at = (desaCode: string, from = '2026-02-01') => ({
      ...newAssignmentValues('desa', from, '2026-06-30'),
      desaCode,
    });
    expect(assignmentFormIssues(at('3301012001'), facilitator, REQUIRED).from).toMatch(/tumpang tindih/);
    expect(assignmentFormIssues(at('3302012001'), facilitator, REQUIRED).desaCode).toMatch(
      /luar wilayah asal/,
    );
    expect(assignmentFormIssues(at('3301011001'), facilitator, REQUIRED).desaCode).toMatch(/kelurahan/);
    expect(assignmentFormIssues(at('3301012002', '2025-06-01'), facilitator, REQUIRED).from).toMatch(
      /di luar masa aktif/,
    );
    const kawasan = { ...newAssignmentValues('kawasan', '2026-02-01'), kawasanId: KAWASAN };
    expect(assignmentFormIssues(kawasan, facilitator, REQUIRED).kind).toMatch(
      /hanya dapat ditugaskan ke desa/,
    );
    expect(assignmentFormIssues(newAssignmentValues('desa', ''), facilitator, REQUIRED)).toMatchObject({
      desaCode: REQUIRED,
      from: REQUIRED,
    });
  });

  it('maps server paths of the place to the fields', () => {
    expect(assignmentFieldOf('place.code')).toBe('desaCode');
    expect(assignmentFieldOf('place.id')).toBe('kawasanId');
    expect(assignmentFieldOf('place.kind')).toBe('kind');
    expect(assignmentFieldOf('to')).toBe('to');
    expect(assignmentFieldOf('facilitatorId')).toBeNull();
  });

  it('ends an assignment only on a real day not before its start', () => {
    const open = facilitator.assignments[0]!;
    expect(endAssignmentIssue(open, '2026-03-31')).toBeNull();
    expect(endAssignmentIssue(open, '2025-12-31')).not.toBeNull();
    expect(endAssignmentIssue(open, '31-03-2026')).not.toBeNull();
  });
});

const entry: EntryView = {
  id: 'e-1',
  facilitator: { id: FID, name: 'Sri Lestari', typeLabel: 'PLD' },
  date: '2026-03-10',
  place: { kind: 'desa', ref: '3301012001', name: 'Tambakreja, Kedungreja' },
  category: 'motivasi_kelompok',
  categoryLabel: 'Motivasi kelompok',
  topic: 'Rapat kelompok tani',
  participants: { perempuan: 4, laki_laki: 6 },
  evidenceCount: 1,
  state: 'dikembalikan',
  stateLabel: 'Dikembalikan untuk perbaikan',
  submission: 1,
  updatedAt: '2026-03-11T02:00:00.000Z',
  groups: ['kelompok_tani'],
  activities: 'Membahas jadwal tanam dan pembagian pupuk.',
  outputs: 'Jadwal tanam disepakati',
  followUp: '',
  evidence: [
    {
      id: 'ev-1',
      fileName: 'foto.jpg',
      mediaType: 'image/jpeg',
      kind: 'foto',
      bytes: 1000,
      sha256: 'ab',
      width: 1600,
      height: 1200,
      url: '/api/pendampingan/bukti/ev-1',
    },
  ],
  gps: { lat: -7.55, lon: 108.95 },
  returnReason: 'Foto kurang jelas, lampirkan ulang.',
  idempotencyKey: 'k-1',
  actions: ['resubmit'],
  editable: true,
  history: [],
};

describe('entry edit form', () => {
  const messages = { required: REQUIRED, gpsHalf: 'Isi keduanya.' };

  it('round-trips a stored entry into the same content', () => {
    const values = entryValues(entry);
    expect(entryFormIssues(values, '2026-03-12', messages)).toEqual({});
    expect(entryUpdateBody(values)).toEqual({
      date: '2026-03-10',
      place: { kind: 'desa', code: '3301012001' },
      category: 'motivasi_kelompok',
      topic: 'Rapat kelompok tani',
      participants: { perempuan: 4, laki_laki: 6 },
      groups: ['kelompok_tani'],
      activities: 'Membahas jadwal tanam dan pembagian pupuk.',
      outputs: 'Jadwal tanam disepakati',
      followUp: '',
      evidenceIds: ['ev-1'],
      gps: { lat: -7.55, lon: 108.95 },
    });
  });

  it('checks each field with the domain messages', () => {
    const issues = entryFormIssues(
      {
        ...entryValues(entry),
        date: '2026-03-20',
        topic: 'ab',
        perempuan: '2,5',
        groups: [],
        gpsLat: '108.9',
        gpsLon: '-7.5',
      },
      '2026-03-12',
      messages,
    );
    expect(issues.date).toMatch(/tidak boleh setelah hari ini/);
    expect(issues.topic).toMatch(/Topik wajib diisi, paling sedikit 3/);
    expect(issues.perempuan).toMatch(/bilangan bulat/);
    expect(issues.groups).toMatch(/paling sedikit satu kelompok/);
    expect(issues.gpsLat).toMatch(/lintang dan bujur tertukar/);
  });

  it('asks for at least one participant, and for both GPS parts or none', () => {
    const values = { ...entryValues(entry), perempuan: '0', lakiLaki: '0', gpsLat: '-7.5', gpsLon: '' };
    expect(
      entryFormIssues({ ...entryValues(entry), gpsLat: '1.5', gpsLon: '150' }, '2026-03-12', messages),
    ).toEqual({
      gpsLon: expect.stringMatching(/luar wilayah Indonesia/),
    });
    const issues = entryFormIssues(values, '2026-03-12', messages);
    expect(issues.participants).toMatch(/lebih dari nol/);
    expect(issues.gpsLon).toBe('Isi keduanya.');
    expect(gpsOf({ gpsLat: '', gpsLon: '' })).toBeNull();
    expect(gpsOf({ gpsLat: '-7,55', gpsLon: '108,9' })).toEqual({ lat: -7.55, lon: 108.9 });
  });

  it('maps the server paths of an entry to the fields', () => {
    expect(entryFieldOf('participants.perempuan')).toBe('perempuan');
    expect(entryFieldOf('participants.laki_laki')).toBe('lakiLaki');
    expect(entryFieldOf('participants')).toBe('participants');
    expect(entryFieldOf('gps.lat')).toBe('gpsLat');
    expect(entryFieldOf('gps.lon')).toBe('gpsLon');
    expect(entryFieldOf('evidence[2].mediaType')).toBe('evidence');
    expect(entryFieldOf('evidenceIds.0')).toBe('evidence');
    expect(entryFieldOf('groups[1]')).toBe('groups');
    expect(entryFieldOf('idempotencyKey')).toBeNull();
  });
});

describe('return reason', () => {
  it('wants at least ten characters, in the domain words', () => {
    expect(returnReasonIssue('kurang')).toMatch(/paling sedikit 10 karakter/);
    expect(returnReasonIssue('   kurang foto   ')).toBeNull();
  });
});

describe('access', () => {
  const user = (...roles: ('facilitator' | 'kabupaten' | 'village' | 'national')[]) => ({
    assignments: roles.map((role) => ({ role })),
  });

  it('offers pendampingan to facilitators and administrators, management to administrators', () => {
    expect(mayUsePendampingan(user('facilitator'))).toBe(true);
    expect(mayUsePendampingan(user('kabupaten'))).toBe(true);
    expect(mayUsePendampingan(user('village'))).toBe(false);
    expect(mayUsePendampingan(null)).toBe(false);
    expect(mayManageFacilitators(user('facilitator'))).toBe(false);
    expect(mayManageFacilitators(user('national'))).toBe(true);
  });

  it('compacts typed codes', () => {
    expect(compactCode(' 33.01 01 ')).toBe('330101');
  });
});
