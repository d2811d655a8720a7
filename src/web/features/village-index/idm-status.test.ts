import { describe, expect, it } from 'vitest';
import { IDM_STATUS_LABELS } from '../../../domain/village-index/idm.scheme';
import { IDM_STATUSES } from '../../../domain/village-index/idm.types';
import { id } from '../../i18n/id';
import {
  IDM_STATUS_COLORS,
  idmStatusStep,
  resultYears,
  shownStatus,
  type VillageIndexResult,
} from './idm-status';

const result = (over: Partial<VillageIndexResult>): VillageIndexResult => ({
  scheme: 'idm-2016',
  schemeName: 'Indeks Desa Membangun',
  year: 2024,
  iks: 0.8343,
  ike: 0.6667,
  ikl: 0.6667,
  value: 0.7225,
  officialStatus: 'maju',
  computedStatus: 'maju',
  disagrees: false,
  placed: true,
  indicatorScores: false,
  ...over,
});

describe('IDM statuses on the web', () => {
  it('use the official labels in Bahasa Indonesia and a distinct colour for each step', () => {
    expect(id.villageIndex.status).toEqual(IDM_STATUS_LABELS);
    expect(new Set(IDM_STATUSES.map((s) => IDM_STATUS_COLORS[s])).size).toBe(5);
    expect(IDM_STATUSES.map(idmStatusStep)).toEqual([1, 2, 3, 4, 5]);
  });

  it('show the published status, else the computed one', () => {
    expect(shownStatus(result({ officialStatus: 'berkembang', computedStatus: 'maju' }))).toBe('berkembang');
    expect(shownStatus(result({ officialStatus: null, computedStatus: 'maju' }))).toBe('maju');
    expect(shownStatus(result({ officialStatus: null, computedStatus: null }))).toBeNull();
  });

  it('name each year of the data once', () => {
    expect(resultYears([result({ year: 2023 }), result({ year: 2024 }), result({ year: 2024 })])).toBe(
      '2023, 2024',
    );
  });
});
