import type { idVillageIndex } from './id-village-index';

/** English: the village development index (IDM) on a desa's page (spread into en.ts). */
export const enVillageIndex: typeof idVillageIndex = {
  villageIndex: {
    heading: 'Village Development Index (IDM)',
    loading: 'Loading the IDM…',
    valueLabel: 'IDM {{year}}',
    statusLabel: 'Status',
    status: {
      sangat_tertinggal: 'Very underdeveloped',
      tertinggal: 'Underdeveloped',
      berkembang: 'Developing',
      maju: 'Developed',
      mandiri: 'Independent',
    },
    statusStep: 'level {{step}} of 5',
    subIndices: 'Composite indices {{year}}',
    iks: 'Social resilience (IKS)',
    ike: 'Economic resilience (IKE)',
    ikl: 'Environmental resilience (IKL)',
    disagrees: 'The official status {{official}} differs from the status its value gives ({{computed}}).',
    notScored: 'Not assessed in {{year}}.',
    historyHeading: 'IDM by year',
    year: 'Year',
    value: 'Value',
    chartLabel: 'Chart of the IDM by year: {{values}}',
    notScoredShort: 'not assessed',
    thresholds: 'Status thresholds:',
    attribution: 'IDM {{years}} data: Ministry of Villages (Kementerian Desa PDTT)',
    kelurahan: 'The IDM covers desa only; kelurahan are not assessed.',
    noData: 'No IDM data for this village yet.',
  },
};
