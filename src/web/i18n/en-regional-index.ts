import type { idRegionalIndex } from './id-regional-index';

/** English: regional IDM views: histogram, status movement, desa rankings (spread into en.ts). */
export const enRegionalIndex: typeof idRegionalIndex = {
  regionalIndex: {
    histogram: {
      heading: 'Spread of IDM values',
      chartLabel:
        'Histogram of IDM {{year}}: villages per range of 0.05, coloured by status; the table below has the figures.',
      hint: 'Hover over or tap a bar to see its count.',
      bin: '{{from}}–{{to}} ({{status}}): {{count}} villages ({{share}})',
      thresholdsNote: 'Dashed lines: status thresholds.',
      tableCaption: 'Villages per range of IDM {{year}}',
      range: 'Range',
      status: 'Status of most of the range',
      count: 'Villages',
      share: 'Share',
      countAxis: 'villages',
    },
    movement: {
      heading: 'Status changes {{from}} → {{to}}',
      up: 'Up',
      down: 'Down',
      same: 'Unchanged',
      figure: '{{count}} villages ({{share}})',
      compared: 'Of {{count}} villages with a status in both years, by the official status.',
      none: 'No village of this region has a status in both years.',
      tableLabel: 'Villages by status in {{from}} (rows) and in {{to}} (columns)',
      cornerFrom: '{{from}} ↓',
      cornerTo: '{{to}} →',
      legend: 'Cells above the diagonal: up; below it: down.',
      short: {
        sangat_tertinggal: 'VU',
        tertinggal: 'U',
        berkembang: 'DG',
        maju: 'DV',
        mandiri: 'IN',
      },
    },
    villages: {
      heading: 'Villages ranked',
      hint: 'By IDM {{year}}; villages with equal values share a rank.',
      loading: 'Loading the IDM of each village…',
      empty: 'No village of this region has an IDM value yet.',
      rank: 'No.',
      name: 'Village',
      code: 'Code',
      idm: 'IDM',
      iks: 'IKS',
      ike: 'IKE',
      ikl: 'IKL',
      status: 'Status',
      subIndices: 'IKS {{iks}} · IKE {{ike}} · IKL {{ikl}}',
      unplaced: 'code not in the region list',
    },
    weakest: {
      heading_one: 'The village with the lowest IDM',
      heading_other: 'The {{count}} villages with the lowest IDM',
      hint: 'In all of {{name}}: the villages most in need of support.',
      kecamatan: 'District',
      allDesa: 'IDM of every village in {{name}}:',
    },
  },
};
