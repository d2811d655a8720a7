import { describe, expect, it } from 'vitest';
import {
  type FounderName,
  type NameTaken,
  nameChecks,
  nameErrors,
  normaliseEnterpriseName,
} from './naming.ts';
import type { EnterpriseKind } from './vocabulary.ts';

const TAMBAKREJA: FounderName = { code: '3301012001', name: 'Tambakreja' };
const BUMIREJA: FounderName = { code: '3301012002', name: 'Bumireja' };
const SOKAAN: FounderName = { code: '3513152017', name: 'Soka"an' };
const REGAPUU: FounderName = { code: '5307012021', name: 'Regapu’u' };
const NUMBERED: FounderName = { code: '1501012001', name: 'Sungai Dua 2' };
const MIROTO: FounderName = { code: '3374011001', name: 'Miroto' };

/** `rule:severity` of every check, in order. */
function rules(kind: EnterpriseKind, name: string, founders: FounderName[], taken: NameTaken | null = null) {
  return nameChecks({ kind, name, founders, taken }).map((c) => `${c.rule}:${c.severity}`);
}

describe('naming rules (Permendesa 3/2021 Pasal 4)', () => {
  const table: [EnterpriseKind, string, FounderName[], string[]][] = [
    ['bumdes', 'BUM Desa Maju Makmur Tambakreja', [TAMBAKREJA], []],
    // Case and spaces do not matter.
    ['bumdes', '  bum   desa  Maju Makmur   TAMBAKREJA ', [TAMBAKREJA], []],
    ['bumdes', 'BUMDes Maju Makmur Tambakreja', [TAMBAKREJA], ['awalan:error']],
    ['bumdes', 'Badan Usaha Maju Makmur Tambakreja', [TAMBAKREJA], ['awalan:error']],
    ['bumdes', 'BUM Desa Bersama Maju Tambakreja', [TAMBAKREJA], ['awalan:error']],
    ['bumdes', 'BUM Desa Maju Makmur', [TAMBAKREJA], ['akhiran_desa:error']],
    ['bumdes', 'BUM Desa Maju Bumireja', [TAMBAKREJA], ['akhiran_desa:error']],
    ['bumdes', 'BUM Desa Tambakreja', [TAMBAKREJA], ['maksud_usaha:warning']],
    ['bumdes', 'BUM Desa Maju 2 Tambakreja', [TAMBAKREJA], ['huruf:error']],
    ['bumdes', 'BUM Desa Maju & Jaya Tambakreja', [TAMBAKREJA], ['huruf:error']],
    ['bumdes', 'BUM Desa -Maju Tambakreja', [TAMBAKREJA], ['huruf:error']],
    // Apostrophes and hyphens inside words are letters' company.
    ['bumdes', "BUM Desa Ma'mur Sri-Rejeki Tambakreja", [TAMBAKREJA], []],
    // Symbols and digits that belong to the desa's own name are allowed.
    ['bumdes', 'BUM Desa Sumber Rejeki Soka"an', [SOKAAN], []],
    ['bumdes', 'BUM Desa Sumber Rejeki Regapu’u', [REGAPUU], []],
    ['bumdes', 'BUM Desa Sumber Rejeki Sungai Dua 2', [NUMBERED], []],
    ['bumdes', 'BUM Desa Sumber 2 Rejeki Sungai Dua 2', [NUMBERED], ['huruf:error']],
    ['bumdes', 'BUM Desa Mart Tambakreja', [TAMBAKREJA], ['bahasa_asing:warning']],
    ['bumdes', 'BUM Desa Green Smart Farm Tambakreja', [TAMBAKREJA], ['bahasa_asing:warning']],
    // Whole words only: "Martapura" is no "mart".
    ['bumdes', 'BUM Desa Martapura Tambakreja', [TAMBAKREJA], []],
    ['bumdes', 'BUM Desa Dinas Pertanian Tambakreja', [TAMBAKREJA], ['instansi:error']],
    ['bumdes', 'BUM Desa Unicef Tambakreja', [TAMBAKREJA], ['instansi:error']],
    ['bumdes', 'BUM Desa Badan Usaha Milik Negara Tambakreja', [TAMBAKREJA], ['instansi:error']],
    ['bumdes', 'BUM Desa', [TAMBAKREJA], ['akhiran_desa:error']],
    ['bumdes', '   ', [TAMBAKREJA], ['wajib:error']],
    ['bumdes', `BUM Desa ${'Makmur '.repeat(17)}Tambakreja`, [TAMBAKREJA], ['panjang:error']],
    ['bumdesma', 'BUM Desa Bersama Sejahtera Kedungreja', [TAMBAKREJA, BUMIREJA], []],
    // No ending rule for a BUM Desa Bersama.
    ['bumdesma', 'BUM Desa Bersama Minapadi Lestari', [TAMBAKREJA, BUMIREJA], []],
    ['bumdesma', 'BUM Desa Sejahtera Kedungreja', [TAMBAKREJA, BUMIREJA], ['awalan:error']],
    ['bumdesma', 'BUMDesma Sejahtera', [TAMBAKREJA, BUMIREJA], ['awalan:error']],
    ['bumdesma', 'BUM Desa Bersama', [TAMBAKREJA, BUMIREJA], ['maksud_usaha:warning']],
    ['bumdesma', 'BUM Desa Bersama Pemerintah Kedungreja', [TAMBAKREJA, BUMIREJA], ['instansi:error']],
    ['koperasi_merah_putih', 'Koperasi Desa Merah Putih Tambakreja', [TAMBAKREJA], []],
    ['koperasi_merah_putih', 'koperasi desa merah putih TAMBAKREJA', [TAMBAKREJA], []],
    ['koperasi_merah_putih', 'Koperasi Kelurahan Merah Putih Miroto', [MIROTO], []],
    ['koperasi_merah_putih', 'Koperasi Desa Merah Putih Miroto', [MIROTO], ['merah_putih:warning']],
    ['koperasi_merah_putih', 'Koperasi Tani Tambakreja', [TAMBAKREJA], ['merah_putih:warning']],
    // Other kinds: letters, length and uniqueness only.
    ['koperasi', 'Koperasi Produsen Gula Kelapa', [TAMBAKREJA], []],
    ['koperasi', 'Koperasi 99', [TAMBAKREJA], ['huruf:error']],
    ['kelompok_usaha', 'Kelompok Wanita Tani Melati', [TAMBAKREJA], []],
    ['kelompok_usaha', 'KWT', [TAMBAKREJA], ['panjang:error']],
  ];
  it.each(table)('%s %j', (kind, name, founders, expected) => {
    expect(rules(kind, name, founders)).toEqual(expected);
  });

  it('refuses a taken name, naming who holds it and where', () => {
    const checks = nameChecks({
      kind: 'bumdes',
      name: 'BUM Desa Maju Makmur Tambakreja',
      founders: [TAMBAKREJA],
      taken: {
        enterpriseId: 'e1',
        name: 'BUM Desa Maju Makmur Tambakreja',
        regionName: 'Tambakreja, Kedungreja',
      },
    });
    expect(checks).toEqual([
      {
        rule: 'unik',
        severity: 'error',
        field: 'name',
        message:
          'Nama "BUM Desa Maju Makmur Tambakreja" sudah dipakai badan usaha lain (Tambakreja, Kedungreja); nama badan usaha harus unik.',
      },
    ]);
  });

  it('explains each failure in Indonesian', () => {
    const messages = (kind: EnterpriseKind, name: string, founders: FounderName[]) =>
      nameChecks({ kind, name, founders, taken: null }).map((c) => c.message);
    expect(messages('bumdes', 'BUMDes Maju Tambakreja', [TAMBAKREJA])).toEqual([
      'Nama BUM Desa diawali dengan frasa "BUM Desa" (dua kata), bukan "BUMDes".',
    ]);
    expect(messages('bumdes', 'BUM Desa Maju Makmur', [TAMBAKREJA])).toEqual([
      'Nama BUM Desa diakhiri dengan nama desa pendirinya: "… Tambakreja".',
    ]);
    expect(messages('bumdes', 'BUM Desa Maju & Jaya 2 Tambakreja', [TAMBAKREJA])).toEqual([
      'Nama hanya boleh terdiri atas huruf yang membentuk kata; hapus angka atau tanda "&", "2".',
    ]);
    expect(messages('bumdes', 'BUM Desa Tambakreja', [TAMBAKREJA])).toEqual([
      'Nama hendaknya mencerminkan maksud dan usaha: tambahkan kata di antara "BUM Desa" dan nama desa.',
    ]);
    expect(messages('bumdes', 'BUM Desa Fresh Mart Tambakreja', [TAMBAKREJA])).toEqual([
      'Nama hendaknya tidak mengandung bahasa asing: "mart", "fresh".',
    ]);
    expect(messages('bumdes', 'BUM Desa Kementerian Tambakreja', [TAMBAKREJA])).toEqual([
      'Nama tidak boleh sama atau menyerupai nama lembaga pemerintah atau internasional: "kementerian".',
    ]);
    expect(messages('bumdes', 'BUM Desa', [TAMBAKREJA])).toEqual([
      'Nama BUM Desa diakhiri dengan nama desa pendirinya: "… Tambakreja".',
    ]);
    expect(messages('kelompok_usaha', 'KWT', [TAMBAKREJA])).toEqual([
      'Nama badan usaha 8–120 karakter; nama ini 3 karakter.',
    ]);
    expect(messages('koperasi_merah_putih', 'Koperasi Tani Tambakreja', [TAMBAKREJA])).toEqual([
      'Koperasi Desa Merah Putih lazimnya bernama "Koperasi Desa Merah Putih Tambakreja" (Inpres 9/2025); ini peringatan, nama lain tetap dapat didaftarkan.',
    ]);
  });

  it('keeps only the errors for what blocks registering', () => {
    const checks = nameChecks({
      kind: 'bumdes',
      name: 'BUM Desa Mart Bumireja',
      founders: [TAMBAKREJA],
      taken: null,
    });
    expect(nameErrors(checks).map((c) => c.rule)).toEqual(['akhiran_desa']);
    expect(checks.map((c) => c.rule)).toEqual(['akhiran_desa', 'bahasa_asing']);
  });

  it('normalises names for uniqueness: lower case, single spaces, trimmed, one apostrophe', () => {
    expect(normaliseEnterpriseName('  BUM   Desa  Maju\tTambakreja ')).toBe('bum desa maju tambakreja');
    expect(normaliseEnterpriseName('BUM Desa Regapu’u')).toBe(normaliseEnterpriseName("bum desa regapu'u"));
  });
});
