import { describe, expect, it } from 'vitest';
import type { IdmApiIndicatorRow } from '../../domain/village-index/idm-api.ts';
import { commonPrefix, type IndexRecord, indexRecordToCsv, indicatorDigest } from './index-write.ts';

const indicator = (code: string, over: Partial<IdmApiIndicatorRow> = {}): IdmApiIndicatorRow => ({
  code,
  score: 3,
  condition: 'Jumlah bidan ≥ 1 orang',
  activity: null,
  actors: { kabupaten: 'DINKES' },
  recovered: false,
  ...over,
});

const record = (indicators: IdmApiIndicatorRow[] | null, over: Partial<IndexRecord> = {}): IndexRecord => ({
  year: 2024,
  code: '3603132008',
  name: 'MUARA, "LAMA"',
  iks: 0.7714,
  ike: 0.65,
  ikl: 0.7333,
  value: 0.7183,
  officialStatus: 'maju',
  line: 0,
  file: '3603132008/2024.json',
  computedValue: 0.7182,
  notes: ['catatan'],
  consistent: true,
  indicators,
  place: { districtCode: null, districtName: null, regencyName: null },
  ...over,
});

describe('indicatorDigest', () => {
  const base = [indicator('IKS03_BIDAN'), indicator('IKS02_DOKTER', { score: 0 })];

  it('does not depend on the order of the rows', () => {
    expect(indicatorDigest(record(base))).toBe(indicatorDigest(record([...base].reverse())));
  });

  it.each<[string, Partial<IdmApiIndicatorRow>]>([
    ['score', { score: 4 }],
    ['condition', { condition: 'Jumlah bidan tidak ada' }],
    ['condition gone', { condition: null }],
    ['activity', { activity: 'Pengadaan bidan' }],
    ['an actor', { actors: { kabupaten: 'DINKES', desa: 'DD' } }],
    ['an actor’s agencies', { actors: { kabupaten: 'DINKES, PU' } }],
    ['recovered', { recovered: true }],
  ])('changes with the %s', (_what, change) => {
    const changed = [indicator('IKS03_BIDAN', change), base[1]!];
    expect(indicatorDigest(record(changed))).not.toBe(indicatorDigest(record(base)));
  });

  it('changes when a row is missing', () => {
    expect(indicatorDigest(record(base.slice(0, 1)))).not.toBe(indicatorDigest(record(base)));
  });
});

describe('indexRecordToCsv', () => {
  it('writes one COPY line: quoted name, empty for null, notes as JSON', () => {
    expect(indexRecordToCsv('idm-2016', record(null), 7)).toBe(
      'idm-2016,2024,3603132008,"MUARA, ""LAMA""",0.7714,0.65,0.7333,0.7183,maju,maju,true,7,0,' +
        '3603132008/2024.json,0.7182,"[""catatan""]"',
    );
    const unscored = record(null, {
      iks: null,
      ike: null,
      ikl: null,
      value: null,
      officialStatus: null,
      file: null,
      computedValue: null,
      notes: [],
      line: 12,
    });
    expect(indexRecordToCsv('idm-2016', unscored, 7)).toBe(
      'idm-2016,2024,3603132008,"MUARA, ""LAMA""",,,,,,,true,7,12,,,',
    );
  });
});

describe('commonPrefix', () => {
  it.each([
    [['3301012001', '3301012002'], '330101'],
    [['3301012001', '3302012001'], '33'],
    [['3301012001', '3601012001'], null],
    [['3301012001'], '3301012001'],
    [[], null],
  ])('%j → %s', (codes, prefix) => expect(commonPrefix(codes)).toBe(prefix));
});
