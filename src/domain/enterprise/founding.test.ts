import { describe, expect, it } from 'vitest';
import { commonRegion, foundingIssues } from './founding.ts';
import type { EnterpriseKind } from './vocabulary.ts';

const TAMBAKREJA = '3301012001';
const BUMIREJA = '3301012002';
const MIROTO_KELURAHAN = '3374011001';
const TEMENGGUNGAN = '3513152001';
const SIKKA = '5307012001';

describe('founding rules per kind', () => {
  const table: [EnterpriseKind, string[], string[]][] = [
    ['bumdes', [TAMBAKREJA], []],
    ['bumdes', [], ['founderDesaCodes: BUM Desa didirikan oleh satu desa; pilih desa pendirinya.']],
    [
      'bumdes',
      [TAMBAKREJA, BUMIREJA],
      [
        'founderDesaCodes: BUM Desa didirikan oleh satu desa; 2 desa dipilih. Usaha beberapa desa didaftarkan sebagai BUM Desa Bersama.',
      ],
    ],
    [
      'bumdes',
      [MIROTO_KELURAHAN],
      ['founderDesaCodes.0: Kode 3374011001 adalah kelurahan; BUM Desa hanya didirikan oleh desa.'],
    ],
    ['bumdesma', [TAMBAKREJA, BUMIREJA], []],
    // Not bound to one kecamatan, kabupaten or province.
    ['bumdesma', [TAMBAKREJA, TEMENGGUNGAN, SIKKA], []],
    [
      'bumdesma',
      [TAMBAKREJA],
      ['founderDesaCodes: BUM Desa Bersama didirikan oleh dua desa atau lebih; baru 1 desa dipilih.'],
    ],
    [
      'bumdesma',
      [TAMBAKREJA, TAMBAKREJA],
      [
        'founderDesaCodes: BUM Desa Bersama didirikan oleh dua desa atau lebih; baru 1 desa dipilih.',
        'founderDesaCodes.1: Desa 3301012001 dipilih lebih dari sekali.',
      ],
    ],
    [
      'bumdesma',
      [TAMBAKREJA, MIROTO_KELURAHAN],
      ['founderDesaCodes.1: Kode 3374011001 adalah kelurahan; BUM Desa Bersama hanya didirikan oleh desa.'],
    ],
    ['koperasi_merah_putih', [MIROTO_KELURAHAN], []],
    ['koperasi_merah_putih', [TAMBAKREJA], []],
    [
      'koperasi_merah_putih',
      [TAMBAKREJA, BUMIREJA],
      [
        'founderDesaCodes: Koperasi Desa/Kelurahan Merah Putih didirikan di satu desa atau kelurahan; 2 desa dipilih.',
      ],
    ],
    ['koperasi', [TAMBAKREJA, MIROTO_KELURAHAN, TEMENGGUNGAN], []],
    [
      'koperasi',
      [],
      ['founderDesaCodes: Koperasi perlu sedikitnya satu desa atau kelurahan tempat berdiri.'],
    ],
    ['kelompok_usaha', [TAMBAKREJA], []],
    [
      'kelompok_usaha',
      [],
      ['founderDesaCodes: Kelompok usaha perlu sedikitnya satu desa atau kelurahan tempat berdiri.'],
    ],
    [
      'kelompok_usaha',
      ['3301', '33010120019'],
      [
        'founderDesaCodes.0: Kode 3301 bukan kode desa/kelurahan (10 digit).',
        'founderDesaCodes.1: Kode 33010120019 bukan kode desa/kelurahan (10 digit).',
      ],
    ],
  ];
  it.each(table)('%s founded by %j', (kind, codes, expected) => {
    expect(foundingIssues(kind, codes).map((i) => `${i.field}: ${i.message}`)).toEqual(expected);
  });
});

describe('commonRegion: the longest region holding every founder', () => {
  const table: [string[], string][] = [
    [[TAMBAKREJA], TAMBAKREJA],
    [[TAMBAKREJA, BUMIREJA], '330101'],
    [[TAMBAKREJA, '3301022001'], '3301'],
    [[TAMBAKREJA, MIROTO_KELURAHAN], '33'],
    [[TAMBAKREJA, TEMENGGUNGAN], ''],
    [[], ''],
  ];
  it.each(table)('%j → %j', (codes, expected) => {
    expect(commonRegion(codes)).toBe(expected);
  });
});
