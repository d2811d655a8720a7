import { describe, expect, it } from 'vitest';
import type { KawasanActor, KawasanGrant } from '../kawasan/kawasan-actor.ts';
import type { KawasanState } from '../kawasan/lifecycle.ts';
import {
  type DeliberationPlace,
  mayRecord,
  proposalRefusal,
  recordingRefusal,
  recordingStates,
} from './musyawarah-access.ts';

const K = 'kawasan-1';
const MEMBERS = ['3301012001', '3301012003', '3301022001'];
const place = (state: KawasanState = 'perencanaan'): DeliberationPlace => ({
  kawasanId: K,
  state,
  memberCodes: MEMBERS,
});
const actor = (...grants: KawasanGrant[]): KawasanActor => ({ userId: 'u', label: 'Uji', grants });
const region = (role: KawasanGrant['role'], code: string): KawasanGrant => ({
  role,
  scope: { kind: 'region', code },
});

const villageOfMember = actor(region('village', '3301012001'));
const villageElsewhere = actor(region('village', '3301012005'));
const facilitatorKecamatan = actor(region('facilitator', '330101'));
const facilitatorOtherKecamatan = actor(region('facilitator', '330103'));
const facilitatorOfKawasan = actor({ role: 'facilitator', scope: { kind: 'kawasan', id: K } });
const managerOfKawasan = actor({ role: 'kawasan_manager', scope: { kind: 'kawasan', id: K } });
const managerOfOther = actor({ role: 'kawasan_manager', scope: { kind: 'kawasan', id: 'other' } });
const kabupaten = actor(region('kabupaten', '3301'));
const province = actor(region('province', '33'));
const national = actor({ role: 'national', scope: { kind: 'national' } });

describe('who may record a musyawarah', () => {
  const desa = { kind: 'musyawarah_desa', desaCode: '3301012001' } as const;
  const antarDesa = { kind: 'musyawarah_antar_desa', desaCode: null } as const;

  it('lets the village operator of the holding desa record its musyawarah desa, not another desa’s', () => {
    expect(recordingRefusal(villageOfMember, place(), desa)).toBeNull();
    expect(recordingRefusal(villageOfMember, place(), { ...desa, desaCode: '3301012003' })?.code).toBe(
      'forbidden',
    );
    expect(recordingRefusal(villageElsewhere, place(), desa)?.code).toBe('forbidden');
  });

  it('lets facilitators covering the desa or assigned to the kawasan, and the management, record it', () => {
    for (const a of [facilitatorKecamatan, facilitatorOfKawasan, managerOfKawasan, kabupaten]) {
      expect(recordingRefusal(a, place(), desa)).toBeNull();
    }
    for (const a of [facilitatorOtherKecamatan, managerOfOther, province, national]) {
      expect(recordingRefusal(a, place(), desa)?.code).toBe('forbidden');
    }
  });

  it('keeps kawasan-level meetings to facilitators of the kawasan or a member area and the management', () => {
    for (const a of [facilitatorKecamatan, facilitatorOfKawasan, managerOfKawasan, kabupaten]) {
      expect(recordingRefusal(a, place(), antarDesa)).toBeNull();
    }
    // A facilitator of only the second kecamatan covers one member: still a member area.
    expect(recordingRefusal(actor(region('facilitator', '330102')), place(), antarDesa)).toBeNull();
    for (const a of [villageOfMember, facilitatorOtherKecamatan, province, national]) {
      expect(recordingRefusal(a, place(), antarDesa)?.code).toBe('forbidden');
    }
  });

  it('needs a member desa for the desa-level kinds and none for the kawasan kinds', () => {
    expect(recordingRefusal(kabupaten, place(), { kind: 'musyawarah_dusun', desaCode: null })).toMatchObject({
      code: 'invalid_input',
      field: 'desaCode',
    });
    expect(
      recordingRefusal(kabupaten, place(), { kind: 'musyawarah_desa_khusus', desaCode: '3301012005' })
        ?.message,
    ).toMatch(/bukan desa anggota/);
    expect(
      recordingRefusal(kabupaten, place(), { kind: 'musrenbang_kawasan', desaCode: '3301012001' }),
    ).toMatchObject({
      code: 'invalid_input',
      field: 'desaCode',
    });
  });

  it('records in active states; the musyawarah antar desa also for a draft; never after rejection', () => {
    expect(recordingRefusal(kabupaten, place('draf'), antarDesa)).toBeNull();
    expect(recordingRefusal(kabupaten, place('draf'), desa)?.code).toBe('conflict');
    expect(recordingRefusal(kabupaten, place('usulan'), desa)).toBeNull();
    expect(
      recordingRefusal(kabupaten, place('evaluasi'), { kind: 'musrenbang_kawasan', desaCode: null }),
    ).toBeNull();
    for (const state of ['ditolak', 'dibatalkan'] as const) {
      expect(recordingRefusal(kabupaten, place(state), antarDesa)?.code).toBe('conflict');
      expect(recordingRefusal(kabupaten, place(state), desa)?.message).toMatch(/tidak dapat dicatat/);
    }
    expect(recordingStates('musyawarah_antar_desa')).toContain('draf');
    expect(recordingStates('musrenbang_kawasan')).not.toContain('draf');
  });

  it('changes nothing once the berita acara is fixed, with the reason', () => {
    const refusal = recordingRefusal(kabupaten, place(), { ...desa, state: 'ditetapkan' });
    expect(refusal).toMatchObject({ code: 'conflict' });
    expect(refusal?.message).toMatch(/sudah ditetapkan/);
    expect(recordingRefusal(kabupaten, place(), { ...desa, state: 'draf' })).toBeNull();
    // Who may not record is told so first.
    expect(recordingRefusal(province, place(), { ...desa, state: 'ditetapkan' })?.code).toBe('forbidden');
  });

  it('lets the local command line record anything', () => {
    const system: KawasanActor = { userId: null, label: 'cli', grants: [], system: true };
    expect(mayRecord(system, place(), null)).toBe(true);
    expect(mayRecord(system, place(), '3301012001')).toBe(true);
  });
});

describe('who may add or change a proposal', () => {
  it('follows the desa of the proposal, or the kawasan for one without desa', () => {
    expect(proposalRefusal(villageOfMember, place(), { desaCode: '3301012001' })).toBeNull();
    expect(proposalRefusal(villageOfMember, place(), { desaCode: null })?.code).toBe('forbidden');
    expect(proposalRefusal(facilitatorKecamatan, place(), { desaCode: null })).toBeNull();
    expect(proposalRefusal(kabupaten, place(), { desaCode: '3301012005' })?.code).toBe('invalid_input');
  });

  it('is open in a draft kawasan, closed after rejection, and only while undecided', () => {
    expect(proposalRefusal(kabupaten, place('draf'), { desaCode: null })).toBeNull();
    expect(proposalRefusal(kabupaten, place('ditolak'), { desaCode: null })?.code).toBe('conflict');
    expect(proposalRefusal(kabupaten, place(), { desaCode: null, status: 'dibawa' })).toBeNull();
    expect(proposalRefusal(kabupaten, place(), { desaCode: null, status: 'didanai' })?.code).toBe('conflict');
  });
});
