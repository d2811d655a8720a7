import { describe, expect, it } from 'vitest';
import { type OrganMember, organGaps, organMemberIssues } from './organs.ts';
import type { EnterpriseKind } from './vocabulary.ts';

const member = (overrides: Partial<OrganMember> = {}): OrganMember => ({
  organ: 'pelaksana_operasional',
  name: 'Siti Aminah, S.E.',
  position: 'Direktur',
  gender: 'P',
  startDate: '2025-01-01',
  endDate: '2029-12-31',
  ...overrides,
});

describe('organ members', () => {
  const table: [string, EnterpriseKind, OrganMember, string[]][] = [
    ['a director of a BUM Desa', 'bumdes', member(), []],
    ['no term, no gender', 'bumdes', member({ gender: null, startDate: null, endDate: null }), []],
    ['an apostrophe and hyphen', 'bumdesma', member({ name: "Ma'ruf Al-Amin" }), []],
    [
      'pengurus of a BUM Desa',
      'bumdes',
      member({ organ: 'pengurus' }),
      [
        'members.0.organ: Organ "Pengurus" tidak ada pada jenis badan usaha ini; pilih Penasihat, Pelaksana operasional, Pengawas.',
      ],
    ],
    [
      'penasihat of a cooperative',
      'koperasi',
      member({ organ: 'penasihat' }),
      ['members.0.organ: Organ "Penasihat" tidak ada pada jenis badan usaha ini; pilih Pengurus, Pengawas.'],
    ],
    ['pengurus of a business group', 'kelompok_usaha', member({ organ: 'pengurus' }), []],
    ['a one-letter name', 'bumdes', member({ name: 'S' }), ['members.0.name: Nama anggota 2–120 karakter.']],
    [
      'a NIK in the name',
      'bumdes',
      member({ name: 'Siti 3301014501900001' }),
      [
        'members.0.name: Nama anggota hanya berisi huruf (boleh titik, koma, tanda petik dan tanda hubung); jangan menulis NIK atau nomor telepon.',
      ],
    ],
    [
      'a phone number in the position',
      'bumdes',
      member({ position: 'Direktur 081234567890' }),
      ['members.0.position: Jabatan tidak memuat nomor identitas atau nomor telepon.'],
    ],
    [
      'no position',
      'bumdes',
      member({ position: '  ' }),
      ['members.0.position: Jabatan wajib diisi, paling banyak 100 karakter.'],
    ],
    ['gender X', 'bumdes', member({ gender: 'X' as 'L' }), ['members.0.gender: Jenis kelamin L atau P.']],
    [
      'ends before it starts',
      'bumdes',
      member({ startDate: '2026-01-01', endDate: '2025-12-31' }),
      ['members.0.endDate: Tanggal selesai tidak boleh sebelum tanggal mulai (2026-01-01).'],
    ],
    [
      'a bad date',
      'bumdes',
      member({ startDate: '2026-13-01' }),
      ['members.0.startDate: Tanggal mulai harus berformat TTTT-BB-HH.'],
    ],
  ];
  it.each(table)('%s', (_label, kind, m, expected) => {
    expect(organMemberIssues(kind, [m]).map((i) => `${i.field}: ${i.message}`)).toEqual(expected);
  });

  it('names the field of each member by its position', () => {
    const issues = organMemberIssues('bumdes', [member(), member({ name: '' })]);
    expect(issues.map((i) => i.field)).toEqual(['members.1.name']);
  });
});

describe('organ gaps', () => {
  const TODAY = '2026-03-01';
  it('names every organ of the kind with nobody serving today', () => {
    expect(organGaps('bumdes', [], TODAY).map((g) => g.organ)).toEqual([
      'penasihat',
      'pelaksana_operasional',
      'pengawas',
    ]);
    expect(organGaps('koperasi', [], TODAY).map((g) => g.organ)).toEqual(['pengurus', 'pengawas']);
    expect(organGaps('kelompok_usaha', [], TODAY).map((g) => g.message)).toEqual([
      'Belum ada anggota pengurus yang menjabat.',
    ]);
  });
  it('counts only members whose term covers today', () => {
    const members = [
      member({ organ: 'penasihat', startDate: null, endDate: null }),
      member({ organ: 'pelaksana_operasional', startDate: '2020-01-01', endDate: '2025-12-31' }),
      member({ organ: 'pengawas', startDate: '2026-04-01', endDate: null }),
    ];
    expect(organGaps('bumdes', members, TODAY).map((g) => g.organ)).toEqual([
      'pelaksana_operasional',
      'pengawas',
    ]);
    expect(organGaps('bumdes', members, '2026-04-01').map((g) => g.organ)).toEqual(['pelaksana_operasional']);
    // The last day of a term still counts.
    expect(organGaps('bumdes', members, '2025-12-31').map((g) => g.organ)).toEqual(['pengawas']);
  });
});
