import { describe, expect, it } from 'vitest';
import type { AssignmentView } from '../../../contracts/access.contract';
import type { Proposal } from '../../../contracts/kawasan.contract';
import {
  defaultKawasanName,
  groupLeftOut,
  kabupatenChoice,
  orderedMembers,
  parseRunOptions,
  pullGroups,
  runOptionsOf,
} from './recommender-model';

type Grant = Pick<AssignmentView, 'role' | 'scope'>;
const region = (role: Grant['role'], code: string, label = code): Grant => ({
  role,
  scope: { kind: 'region', code, codeDotted: code, label },
});

describe('kabupatenChoice', () => {
  it("defaults to a kabupaten officer's own kabupaten", () => {
    expect(kabupatenChoice([region('kabupaten', '3328', 'Kabupaten Tegal')])).toEqual({
      national: false,
      provinces: [],
      kabupaten: ['3328'],
      defaultCode: '3328',
    });
  });

  it('takes the kabupaten of a facilitator’s kecamatan or desa, the officer role first', () => {
    const choice = kabupatenChoice([
      region('facilitator', '3374011001'),
      region('facilitator', '332801'),
      region('kabupaten', '3301'),
    ]);
    expect(choice.kabupaten).toEqual(['3301', '3374', '3328']);
    expect(choice.defaultCode).toBe('3301');
  });

  it('gives a village operator nothing to choose: the recommender is not theirs to run', () => {
    expect(kabupatenChoice([region('village', '3374011001')])).toEqual({
      national: false,
      provinces: [],
      kabupaten: [],
      defaultCode: null,
    });
  });

  it('lets a province officer pick among their provinces, with no kabupaten preselected', () => {
    const choice = kabupatenChoice([region('province', '33', 'Jawa Tengah'), region('province', '33')]);
    expect(choice).toEqual({
      national: false,
      provinces: [{ code: '33', label: 'Jawa Tengah' }],
      kabupaten: [],
      defaultCode: null,
    });
  });

  it('lets a national user search any kabupaten, and ignores scopes that are no region', () => {
    const choice = kabupatenChoice([
      { role: 'national', scope: { kind: 'national', label: 'Nasional' } },
      { role: 'kawasan_manager', scope: { kind: 'kawasan', id: 'k1', label: 'Kawasan X' } },
    ]);
    expect(choice).toEqual({ national: true, provinces: [], kabupaten: [], defaultCode: null });
  });
});

const member = (code: string, name: string, role: Proposal['members'][number]['role']) => ({
  code,
  name,
  role,
  status: role === 'locomotive' ? ('maju' as const) : role === 'lagging' ? ('tertinggal' as const) : null,
});

describe('defaultKawasanName', () => {
  it('names the kawasan after its first locomotive', () => {
    const proposal = {
      members: [
        member('3301012001', 'Tambakreja', 'lagging'),
        member('3301012009', 'Jatisari', 'locomotive'),
        member('3301012004', 'Kedungreja', 'locomotive'),
      ],
      locomotives: ['3301012009', '3301012004'],
    };
    expect(defaultKawasanName(proposal)).toBe('Kawasan Jatisari');
  });

  it('falls back to a member marked locomotive, then to the first member, and stays within 120 letters', () => {
    expect(
      defaultKawasanName({
        members: [member('1', 'Ciklapa', 'other'), member('2', 'Bumireja', 'locomotive')],
        locomotives: ['9'],
      }),
    ).toBe('Kawasan Bumireja');
    expect(defaultKawasanName({ members: [member('1', ' Ciklapa ', 'lagging')], locomotives: [] })).toBe(
      'Kawasan Ciklapa',
    );
    expect(
      defaultKawasanName({ members: [member('1', 'x'.repeat(200), 'locomotive')], locomotives: ['1'] }),
    ).toHaveLength(120);
    expect(defaultKawasanName({ members: [], locomotives: [] })).toBe('Kawasan');
  });
});

describe('pullGroups and orderedMembers', () => {
  const members = [
    member('3', 'Ciklapa', 'lagging'),
    member('1', 'Jatisari', 'locomotive'),
    member('4', 'Bumireja', 'lagging'),
    member('5', 'Sidanegara', 'other'),
  ];

  it('groups the pulls by locomotive with names and steps', () => {
    const groups = pullGroups({
      members,
      pulls: [
        { locomotive: '1', lagging: '3', steps: 1 },
        { locomotive: '1', lagging: '4', steps: 2 },
        { locomotive: '8', lagging: '3', steps: 3 },
      ],
    });
    expect(
      groups.map((g) => [g.locomotive.name, g.lagging.map((l) => `${l.member.name}:${l.steps}`)]),
    ).toEqual([
      ['Jatisari', ['Ciklapa:1', 'Bumireja:2']],
      ['8', ['Ciklapa:3']],
    ]);
  });

  it('lists locomotives, then lagging desa, then the others, by name', () => {
    expect(orderedMembers(members).map((m) => m.name)).toEqual([
      'Jatisari',
      'Bumireja',
      'Ciklapa',
      'Sidanegara',
    ]);
  });
});

describe('groupLeftOut', () => {
  it('groups by reason, lagging desa without a kawasan first, desa by name', () => {
    const groups = groupLeftOut([
      { code: '1', name: 'Tambakreja', reason: 'not_needed', message: 'Tidak diperlukan.' },
      { code: '2', name: 'Ciklapa', reason: 'no_room', message: 'Tidak ada ruang.' },
      { code: '3', name: 'Bumireja', reason: 'not_needed', message: 'Tidak diperlukan.' },
      { code: '4', name: 'Kutawaru', reason: 'kelurahan', message: 'Kelurahan.' },
      { code: '5', name: 'Sidaurip', reason: 'something_new', message: 'Alasan baru.' },
      { code: '6', name: 'Adireja', reason: 'no_locomotive_reachable', message: 'Tanpa penggerak.' },
    ]);
    expect(groups.map((g) => [g.reason, g.message, g.desa.map((d) => d.name)])).toEqual([
      ['no_locomotive_reachable', 'Tanpa penggerak.', ['Adireja']],
      ['no_room', 'Tidak ada ruang.', ['Ciklapa']],
      ['not_needed', 'Tidak diperlukan.', ['Bumireja', 'Tambakreja']],
      ['kelurahan', 'Kelurahan.', ['Kutawaru']],
      ['something_new', 'Alasan baru.', ['Sidaurip']],
    ]);
    expect(groupLeftOut([])).toEqual([]);
  });
});

describe('parseRunOptions', () => {
  it('leaves out what is empty, so the server draws a seed and uses its default sizes', () => {
    expect(parseRunOptions({ seed: '', minSize: ' ', maxSize: '' })).toEqual({ ok: true });
    expect(parseRunOptions({ seed: '0', minSize: '2', maxSize: '30' })).toEqual({
      ok: true,
      seed: 0,
      minSize: 2,
      maxSize: 30,
    });
    expect(parseRunOptions({ seed: '4294967295', minSize: '', maxSize: '' })).toEqual({
      ok: true,
      seed: 4294967295,
    });
  });

  it('refuses what the server would refuse', () => {
    expect(parseRunOptions({ seed: '-1', minSize: '1', maxSize: '31' })).toEqual({
      ok: false,
      problems: ['seed', 'minSize', 'maxSize'],
    });
    expect(parseRunOptions({ seed: '4294967296', minSize: '3.5', maxSize: 'x' })).toEqual({
      ok: false,
      problems: ['seed', 'minSize', 'maxSize'],
    });
    expect(parseRunOptions({ seed: '', minSize: '10', maxSize: '5' })).toEqual({
      ok: false,
      problems: ['order'],
    });
    // Against the default maximum of 15 a minimum of 15 is fine, above the default minimum of 3 a maximum of 3 too.
    expect(parseRunOptions({ seed: '', minSize: '15', maxSize: '' })).toEqual({ ok: true, minSize: 15 });
    expect(parseRunOptions({ seed: '', minSize: '', maxSize: '3' })).toEqual({ ok: true, maxSize: 3 });
  });

  it('round-trips the options of a stored run', () => {
    expect(runOptionsOf({ seed: 77, minSize: 3, maxSize: 15 })).toEqual({
      seed: '77',
      minSize: '',
      maxSize: '',
    });
    const again = runOptionsOf({ seed: 5, minSize: 4, maxSize: 8 });
    expect(parseRunOptions(again)).toEqual({ ok: true, seed: 5, minSize: 4, maxSize: 8 });
  });
});
