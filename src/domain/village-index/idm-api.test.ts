import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedFromFileName, readIdmApiResponse } from './idm-api.ts';
import { IDM_INDICATORS } from './idm-indicators.ts';

/** A response in the API's shape, every indicator at `score`, summary rows after each dimension. */
function response(
  score: (code: string) => number,
  options: { year?: number; shuffle?: boolean; relabel?: boolean } = {},
) {
  const year = options.year ?? 2023;
  const rows: Record<string, unknown>[] = [];
  for (const dimension of ['IKS', 'IKE', 'IKL'] as const) {
    const indicators = IDM_INDICATORS.filter((i) => i.dimension === dimension);
    const list = options.shuffle ? [...indicators].reverse() : indicators;
    for (const [n, i] of list.entries()) {
      const label = options.relabel ? ` ${i.apiLabel.toUpperCase()}  ` : i.apiLabel;
      rows.push({
        NO: n + 1,
        INDIKATOR: label,
        SKOR: score(i.code),
        KETERANGAN: 'x',
        KEGIATAN: '-',
        KAB: 'PU',
        DESA: 'DD',
      });
    }
    const max = { IKS: 175, IKE: 60, IKL: 15 }[dimension];
    const sum = indicators.reduce((s, i) => s + score(i.code), 0);
    rows.push({ NO: null, INDIKATOR: `${dimension} ${year}`, SKOR: sum / max });
  }
  const sub = (d: string) =>
    Number((rows.find((r) => r.INDIKATOR === `${d} ${year}`) as { SKOR: number }).SKOR);
  const idm = (sub('IKS') + sub('IKE') + sub('IKL')) / 3;
  rows.push(
    { NO: null, INDIKATOR: `IDM ${year}`, SKOR: idm },
    { NO: null, INDIKATOR: `STATUS IDM ${year}`, SKOR: 'Mandiri' },
  );
  return {
    status: 200,
    error: false,
    mapData: {
      SUMMARIES: { TAHUN: year },
      ROW: rows,
      IDENTITAS: [
        {
          id_desa: '3301012001',
          nama_desa: 'DESA A',
          id_kecamatan: '330101',
          nama_kecamatan: 'KEDUNGREJA',
          nama_kab_kota: 'CILACAP',
        },
      ],
    },
  };
}

describe('readIdmApiResponse', () => {
  it('matches indicators by their wording, whatever their order or spacing', () => {
    const plain = readIdmApiResponse(response(() => 5));
    const shuffled = readIdmApiResponse(response(() => 5, { shuffle: true, relabel: true }));
    expect(plain.ok && shuffled.ok).toBe(true);
    if (!plain.ok || !shuffled.ok) return;
    expect(plain.record).toMatchObject({
      code: '3301012001',
      name: 'DESA A',
      year: 2023,
      consistent: true,
      notes: [],
    });
    expect(plain.record.computed).toEqual({ iks: 1, ike: 1, ikl: 1, idm: 1, status: 'mandiri' });
    expect(shuffled.record.computed).toEqual(plain.record.computed);
    expect(plain.record.indicators[0]).toMatchObject({
      condition: 'x',
      activity: null,
      actors: { kabupaten: 'PU', desa: 'DD' },
    });
  });

  it('keeps the official totals and explains a difference from the recomputed ones', () => {
    const json = response(() => 5);
    const iks = json.mapData.ROW.find((r) => r.INDIKATOR === 'IKS 2023')!;
    iks.SKOR = 0.9;
    const result = readIdmApiResponse(json);
    expect(result.ok && result.record.official.iks).toBe(0.9);
    expect(result.ok && result.record.consistent).toBe(false);
    expect(result.ok && result.record.notes[0]).toMatch(/IKS resmi 0.9 ≠ 1/);
  });

  it('recovers the 2024 residents’ internet score copied from the village office', () => {
    // The truth: office internet 5, residents 1. The API reports 5 for both; the IKS total says 1.
    const truth = (code: string) => (code === 'IKS31_INTERNET_WARGA' ? 1 : 5);
    const json = response(truth, { year: 2024 });
    const row = json.mapData.ROW.find(
      (r) => r.INDIKATOR === IDM_INDICATORS.find((i) => i.code === 'IKS31_INTERNET_WARGA')!.apiLabel,
    )!;
    row.SKOR = 5;
    const result = readIdmApiResponse(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.consistent).toBe(true);
    expect(result.record.indicators.find((i) => i.code === 'IKS31_INTERNET_WARGA')).toMatchObject({
      score: 1,
      recovered: true,
    });
  });

  it.each([
    [{ status: 400, error: true, message: 'ID Desa tidak ditemukan' }, /ID Desa tidak ditemukan/],
    ['teks', /Bukan objek JSON/],
    [
      { ...response(() => 5), mapData: { ...response(() => 5).mapData, IDENTITAS: [{ id_desa: '3301' }] } },
      /kode desa/,
    ],
  ])('refuses %#', (json, problem) => {
    const result = readIdmApiResponse(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join(' ')).toMatch(problem);
  });

  it('names unknown, missing and invalid indicators, and a file saved under the wrong village or year', () => {
    const json = response(() => 5);
    json.mapData.ROW[0]!.INDIKATOR = 'Skor Sesuatu Yang Baru';
    json.mapData.ROW[1]!.SKOR = 7;
    const result = readIdmApiResponse(json, { code: '3301012002', year: 2024 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join('\n')).toMatch(
      /Sesuatu Yang Baru[\s\S]*skor 7[\s\S]*3301012002[\s\S]*2024|3301012002[\s\S]*2024[\s\S]*Sesuatu/,
    );
    expect(result.problems.some((p) => p.startsWith('Indikator tidak ada'))).toBe(true);
  });

  it('drops control characters from the ministry’s texts (NUL cannot be stored)', () => {
    const json = response(() => 5);
    (json.mapData.ROW[0] as { KETERANGAN: string }).KETERANGAN = 'Waktu\u0000 tempuh\u001f ≤ 30  Menit';
    const result = readIdmApiResponse(json);
    expect(result.ok && result.record.indicators[0]!.condition).toBe('Waktu tempuh ≤ 30 Menit');
  });

  it('keeps where the ministry places the desa, to find it when its code is unknown', () => {
    const result = readIdmApiResponse(response(() => 5));
    expect(result.ok && result.record.place).toEqual({
      districtCode: '330101',
      districtName: 'KEDUNGREJA',
      regencyName: 'CILACAP',
    });
  });

  it.each([
    ['', /Bukan objek JSON|galat/],
    [[], /Bukan objek JSON/],
    [{ status: 200, error: false, mapData: { ROW: 'x' } }, /ROW tidak ada/],
    [{ ...response(() => 5), mapData: { ...response(() => 5).mapData, ROW: [null, 5] } }, /bukan objek/],
  ])('refuses malformed response %#', (json, problem) => {
    const result = readIdmApiResponse(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join(' ')).toMatch(problem);
  });

  it('never throws, whatever JSON it is given', () => {
    const row = fc.record(
      {
        NO: fc.oneof(fc.constant(null), fc.integer(), fc.string()),
        INDIKATOR: fc.oneof(fc.constantFrom(...IDM_INDICATORS.map((i) => i.apiLabel)), fc.jsonValue()),
        SKOR: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.string(), fc.constant(null)),
        KETERANGAN: fc.jsonValue(),
        KAB: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const body = fc.record(
      {
        status: fc.jsonValue(),
        error: fc.jsonValue(),
        mapData: fc.oneof(
          fc.jsonValue(),
          fc.record({
            SUMMARIES: fc.oneof(fc.jsonValue(), fc.record({ TAHUN: fc.oneof(fc.integer(), fc.string()) })),
            ROW: fc.oneof(fc.jsonValue(), fc.array(row, { maxLength: 60 })),
            IDENTITAS: fc.oneof(fc.jsonValue(), fc.array(fc.dictionary(fc.string(), fc.jsonValue()))),
          }),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), body), (json) => {
        const result = readIdmApiResponse(json);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('expectedFromFileName', () => {
  it.each([
    ['3603132008/2024.json', { code: '3603132008', year: 2024 }],
    ['unduhan/banten/3603132008/2021.JSON', { code: '3603132008', year: 2021 }],
    ['2023/3603132008.json', { code: '3603132008', year: 2023 }],
    ['3603132008_2022.json', { code: '3603132008', year: 2022 }],
    ['36.03.13.2008-2022.json', { code: '3603132008', year: 2022 }],
    ['idm\\3603132008\\2024.json', { code: '3603132008', year: 2024 }],
    ['3603132008.json', { code: '3603132008' }],
    ['2024.json', { year: 2024 }],
    ['muara.json', {}],
    ['3603/2024.json', { year: 2024 }],
    ['360313_2024.json', { year: 2024 }],
  ])('%s → %j', (name, expected) => expect(expectedFromFileName(name)).toEqual(expected));
});
