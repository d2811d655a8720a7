/**
 * The village index tables as downloadable files: the child-region table of a summary and the
 * list of every desa of a region, read through the same summary service the pages use.
 */

import type {
  IndexSummaryQuery,
  RegionIndexSummary,
  VillageIndexList,
  VillageIndexListQuery,
} from '../../contracts/village-index.contract.ts';
import type { VillageIndexIndicators } from '../../contracts/village-index-indicators.contract.ts';
import { IDM_STATUS_LABELS } from '../../domain/village-index/idm.scheme.ts';
import { IDM_STATUSES, type IdmStatus } from '../../domain/village-index/idm.types.ts';
import type { createIndexSummaryService } from '../village-index/index-summary.service.ts';
import type { createVillageIndexService } from '../village-index/village-index.service.ts';
import {
  type ExportColumn,
  type ExportFile,
  type ExportFormat,
  fileSlug,
  renderTable,
} from './table-export.ts';

/** Under every exported table: the index data's source, and the region list's (ODbL asks for it). */
export const INDEX_ATTRIBUTION = [
  'Data IDM: Kementerian Desa PDTT.',
  'Kode dan nama wilayah: Kemendagri, via idn-area-data (ODbL 1.0).',
] as const;

type ChildRow = RegionIndexSummary['children'][number];
type VillageRow = VillageIndexList['villages'][number];
type IndicatorRow = VillageIndexIndicators['indicators'][number];

const statusLabel = (status: IdmStatus | null) => (status === null ? null : IDM_STATUS_LABELS[status]);

export const SUMMARY_COLUMNS: readonly ExportColumn<ChildRow>[] = [
  { header: 'Kode', kind: 'code', value: (r) => r.region.code },
  { header: 'Nama', kind: 'text', value: (r) => r.region.name },
  { header: 'Desa', kind: 'count', value: (r) => r.summary.villages },
  { header: 'Desa dinilai', kind: 'count', value: (r) => r.summary.scored },
  { header: 'Rata-rata IDM', kind: 'index', value: (r) => r.summary.mean.value },
  { header: 'Rata-rata IKS', kind: 'index', value: (r) => r.summary.mean.iks },
  { header: 'Rata-rata IKE', kind: 'index', value: (r) => r.summary.mean.ike },
  { header: 'Rata-rata IKL', kind: 'index', value: (r) => r.summary.mean.ikl },
  ...IDM_STATUSES.map(
    (status): ExportColumn<ChildRow> => ({
      header: IDM_STATUS_LABELS[status],
      kind: 'count',
      value: (r) => r.summary.statuses[status] ?? 0,
    }),
  ),
];

export const VILLAGE_COLUMNS: readonly ExportColumn<VillageRow>[] = [
  { header: 'Kode desa', kind: 'code', value: (r) => r.code },
  { header: 'Nama desa', kind: 'text', value: (r) => r.name },
  { header: 'IDM', kind: 'index', value: (r) => r.value },
  { header: 'IKS', kind: 'index', value: (r) => r.iks },
  { header: 'IKE', kind: 'index', value: (r) => r.ike },
  { header: 'IKL', kind: 'index', value: (r) => r.ikl },
  { header: 'Status resmi', kind: 'text', value: (r) => statusLabel(r.status) },
  { header: 'Status menurut nilai', kind: 'text', value: (r) => statusLabel(r.computedStatus) },
  { header: 'Ada di daftar wilayah', kind: 'yesNo', value: (r) => r.placed },
];

/** Names of the actor levels as the ministry's table heads them. */
const ACTOR_LABELS: Record<IndicatorRow['actors'][number]['level'], string> = {
  pusat: 'Pusat',
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten/kota',
  desa: 'Desa',
  csr: 'CSR',
  lainnya: 'Lainnya',
};

/** One desa's indicator scores, to take to a musyawarah on paper: what to do, who acts, what it adds. */
export const INDICATOR_COLUMNS: readonly ExportColumn<IndicatorRow>[] = [
  { header: 'Kode indikator', kind: 'code', value: (r) => r.code },
  { header: 'Indikator', kind: 'text', value: (r) => r.name },
  { header: 'Dimensi', kind: 'text', value: (r) => r.dimension },
  { header: 'Sub-dimensi', kind: 'text', value: (r) => r.subdimension },
  { header: 'Skor', kind: 'count', value: (r) => r.score },
  { header: 'Kondisi', kind: 'text', value: (r) => r.condition },
  { header: 'Kegiatan yang dianjurkan', kind: 'text', value: (r) => r.activity },
  {
    header: 'Yang dapat bertindak',
    kind: 'text',
    value: (r) => r.actors.map((a) => `${ACTOR_LABELS[a.level]}: ${a.agencies}`).join('; ') || null,
  },
  { header: 'Tambahan IDM bila skor 5', kind: 'index', value: (r) => r.gain },
  { header: 'Skor dipulihkan', kind: 'yesNo', value: (r) => r.recovered },
];

/** What the rows of a summary's child table are, by the length of the region's code. */
const CHILDREN_NAME: Record<number, string> = { 0: 'provinsi', 2: 'kabupaten-kota', 4: 'kecamatan' };

const baseName = (year: number | null, place: string, what: string) =>
  ['idm', year === null ? null : String(year), fileSlug(place), what].filter((p) => p !== null).join('-');

const sheetName = (year: number | null) => (year === null ? 'IDM' : `IDM ${year}`);

type IndexSummaries = Pick<ReturnType<typeof createIndexSummaryService>, 'summary' | 'villages'>;
type VillageIndices = Pick<ReturnType<typeof createVillageIndexService>, 'indicators'>;

export function createIndexExportService(summaries: IndexSummaries, indices: VillageIndices) {
  return {
    /** The child regions of the country or a region (code, name, desa, means, status counts). */
    async summary(query: IndexSummaryQuery, format: ExportFormat): Promise<ExportFile> {
      const data = await summaries.summary(query);
      const what = CHILDREN_NAME[data.region?.code.length ?? 0] ?? 'wilayah';
      return renderTable(
        {
          sheetName: sheetName(data.year),
          columns: SUMMARY_COLUMNS,
          rows: data.children,
          attribution: INDEX_ATTRIBUTION,
        },
        format,
        baseName(data.year, data.region?.name ?? 'Indonesia', what),
      );
    },

    /** Every desa of a province, kabupaten or kecamatan with its values and statuses. */
    async villages(query: VillageIndexListQuery, format: ExportFormat): Promise<ExportFile> {
      const data = await summaries.villages(query);
      return renderTable(
        {
          sheetName: sheetName(data.year),
          columns: VILLAGE_COLUMNS,
          rows: data.villages,
          attribution: INDEX_ATTRIBUTION,
        },
        format,
        baseName(data.year, data.region.name, 'desa'),
      );
    },

    /** One desa's indicator scores for a year, largest gain first (empty without imported scores). */
    async indicators(code: string, year: number, format: ExportFormat): Promise<ExportFile> {
      const data = await indices.indicators(code, year);
      return renderTable(
        {
          sheetName: `Indikator IDM ${data.year}`,
          columns: INDICATOR_COLUMNS,
          rows: data.indicators,
          attribution: INDEX_ATTRIBUTION,
        },
        format,
        baseName(data.year, data.code, 'indikator'),
      );
    },
  };
}
export type IndexExportService = ReturnType<typeof createIndexExportService>;
