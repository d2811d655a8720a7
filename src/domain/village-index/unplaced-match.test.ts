import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createUnplacedMatcher,
  editDistance,
  type PlacementRegions,
  placementProvinces,
  placementRegencies,
  type UnplacedRecord,
} from './unplaced-match.ts';

/** A small real-looking slice: Banggai with a kecamatan split (Toili → Toili Barat), and a renumbered Papua kabupaten. */
const REGIONS: PlacementRegions = {
  regencies: [
    { code: '7201', name: 'Kabupaten Banggai' },
    { code: '9604', name: 'Kabupaten Tambrauw' },
    { code: '9602', name: 'Kabupaten Sorong Selatan' },
    { code: '3216', name: 'Kabupaten Bekasi' },
    { code: '3275', name: 'Kota Bekasi' },
  ],
  districts: [
    { code: '720109', name: 'Toili' },
    { code: '720124', name: 'Toili Barat' },
    { code: '720125', name: 'Moilong' },
    { code: '960426', name: 'Kebar' },
    { code: '960201', name: 'Teminabuan' },
    { code: '321601', name: 'Tarumajaya' },
  ],
  villages: [
    { code: '7201092001', name: 'Uwelolu' },
    { code: '7201242001', name: 'Tolisu' },
    { code: '7201242002', name: 'Mulya Sari' },
    { code: '7201242003', name: 'Sindang Baru' },
    { code: '7201252001', name: 'Sindang Baru' },
    { code: '7201252002', name: 'Piondo Jaya' },
    { code: '7201252003', name: 'Kwamor Besar Witau' },
    { code: '7201252004', name: 'Sari Buana' },
    { code: '7201252005', name: 'Sari Buana' },
    { code: '7201252006', name: 'Bone' },
    { code: '9604262004', name: 'Kali An' },
    { code: '9602012013', name: 'Gorolo' },
    { code: '3216012001', name: 'Segarajaya' },
  ],
};
const match = createUnplacedMatcher(REGIONS);

describe('createUnplacedMatcher', () => {
  it.each<[string, UnplacedRecord, string | null, RegExp]>([
    [
      'same name in the same kecamatan code',
      { code: '7201092099', name: 'UWELOLU' },
      '7201092001',
      /^Nama sama di kecamatan yang sama \(Toili, 720109\)\.$/,
    ],
    [
      'same name in the kecamatan the sheet names, over the rest of the kabupaten',
      { code: '7201092015', name: 'SINDANG BARU', districtName: 'TOILI BARAT' },
      '7201242003',
      /kecamatan bernama sama \(Toili Barat, 720124\)/,
    ],
    [
      'same name elsewhere in the kabupaten when the kecamatan is not named',
      { code: '7201092015', name: 'TOLISU' },
      '7201242001',
      /kabupaten yang sama \(Kabupaten Banggai\), kecamatan Toili Barat/,
    ],
    [
      'the same letters without spaces',
      { code: '7201092049', name: 'MULYASARI', districtName: 'TOILI BARAT' },
      '7201242002',
      /^Nama sama bila spasi diabaikan/,
    ],
    [
      'a close spelling, saying how close',
      { code: '7201092050', name: 'KWAWOR BESAR WITAU' },
      '7201252003',
      /Nama mirip \(Kwamor Besar Witau, beda 1 huruf\)/,
    ],
    [
      'a renumbered kabupaten found by the name the file gives',
      { code: '9609262005', name: 'KALI AN', districtName: 'KEBAR', regencyName: 'TAMBRAUW' },
      '9604262004',
      /Kabupaten TAMBRAUW di berkas berkode 9604/,
    ],
    [
      'a kabupaten whose code now belongs to another one, found by its name',
      { code: '9604012040', name: 'GOROLO', districtName: 'TEMINABUAN', regencyName: 'SORONG SELATAN' },
      '9602012013',
      /kecamatan bernama sama \(Teminabuan, 960201\)/,
    ],
    [
      'no pick when two desa of the named kecamatan tie',
      { code: '7201092050', name: 'SARI BUANA', districtName: 'MOILONG' },
      null,
      /Beberapa desa sama cocoknya .*Sari Buana \(7201252004\), Sari Buana \(7201252005\)/,
    ],
    [
      'no pick when two desa of the kabupaten tie, even if one is in a named kecamatan elsewhere',
      { code: '7201092015', name: 'SINDANG BARU' },
      null,
      /Beberapa desa sama cocoknya/,
    ],
    [
      'no close match for short names, where one letter makes another word',
      { code: '7201092060', name: 'BONI' },
      null,
      /Tidak ada desa bernama sama atau mirip di Kabupaten Banggai/,
    ],
    ['an unknown kabupaten', { code: '9999012001', name: 'X' }, null, /Kabupaten 9999 tidak ada/],
    [
      'a kabupaten/kota name that fits two regencies keeps the code’s own',
      { code: '3216012099', name: 'SEGARAJAYA', regencyName: 'BEKASI' },
      '3216012001',
      /kecamatan yang sama/,
    ],
  ])('%s', (_label, record, code, text) => {
    const placement = match(record);
    expect(placement.kind === 'candidate' ? placement.code : null).toBe(code);
    expect(placement.kind === 'candidate' ? placement.basis : placement.reason).toMatch(text);
  });

  it('names the provinces and kabupaten it needs, following renumbered kabupaten', () => {
    const records: UnplacedRecord[] = [
      { code: '9609262005', name: 'KALI AN', regencyName: 'TAMBRAUW' },
      { code: '7201092015', name: 'TOLISU' },
      { code: '7201092016', name: 'PIONDO' },
    ];
    expect(placementProvinces(records)).toEqual(['72', '96']);
    expect(placementRegencies(records, REGIONS.regencies)).toEqual(['7201', '9604']);
  });

  const name = fc.constantFrom('Sukamaju', 'Suka Maju', 'Mekar Jaya', 'Tolisu', 'Sari Buana', 'Kali An');
  const village = fc.record({
    district: fc.constantFrom('720109', '720124', '720125'),
    name,
  });
  const regionsOf = (villages: { district: string; name: string }[]): PlacementRegions => ({
    regencies: [{ code: '7201', name: 'Kabupaten Banggai' }],
    districts: REGIONS.districts.filter((d) => d.code.startsWith('7201')),
    villages: villages.map((v, i) => ({ code: `${v.district}2${String(i).padStart(3, '0')}`, name: v.name })),
  });

  it('only ever suggests a desa of the region list, never the unplaced code itself', () => {
    fc.assert(
      fc.property(fc.array(village, { maxLength: 12 }), name, (villages, wanted) => {
        const regions = regionsOf(villages);
        const placement = createUnplacedMatcher(regions)({ code: '7201099999', name: wanted });
        if (placement.kind === 'candidate') {
          expect(regions.villages.map((v) => v.code)).toContain(placement.code);
        }
      }),
    );
  });

  it('never picks between two desa of the same name in the same kecamatan', () => {
    fc.assert(
      fc.property(fc.array(village, { maxLength: 8 }), village, (others, twin) => {
        const regions = regionsOf([twin, twin, ...others]);
        const placement = createUnplacedMatcher(regions)({
          code: `${twin.district}9999`,
          name: twin.name.toUpperCase(),
        });
        expect(placement.kind).toBe('none');
      }),
    );
  });

  it('always finds the one desa of that name in its own kecamatan', () => {
    fc.assert(
      fc.property(fc.array(village, { maxLength: 8 }), village, (others, wanted) => {
        const rest = others.filter((o) => o.name.toLowerCase() !== wanted.name.toLowerCase());
        const regions = regionsOf([wanted, ...rest]);
        const placement = createUnplacedMatcher(regions)({
          code: `${wanted.district}9999`,
          name: ` ${wanted.name.toUpperCase()} `,
        });
        expect(placement).toMatchObject({ kind: 'candidate', code: regions.villages[0]!.code });
      }),
    );
  });
});

describe('editDistance', () => {
  it.each([
    ['kwamor', 'kwawor', 2, 1],
    ['abc', 'abc', 0, 0],
    ['abc', 'abd', 0, 1],
    ['sukamaju', 'sukamajujaya', 2, 3],
    ['', 'ab', 5, 2],
  ])('%s ↔ %s (limit %i) → %i', (a, b, limit, distance) => {
    expect(editDistance(a, b, limit)).toBe(distance);
  });

  it('is symmetric and never exceeds limit + 1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(4), (a, b, limit) => {
        const d = editDistance(a, b, limit);
        expect(d).toBe(editDistance(b, a, limit));
        expect(d).toBeLessThanOrEqual(limit + 1);
        if (a === b) expect(d).toBe(0);
      }),
    );
  });
});
