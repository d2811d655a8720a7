/**
 * The business dashboard of a region (province, kabupaten/kota, kecamatan or desa) or a kawasan:
 * its enterprises (founded in the region; linked to or founded in the kawasan, see
 * place-enterprises.ts) by kind, legal status, activity and performance, per desa, kecamatan and
 * kawasan, with their yearly figures, PADes contribution, capital by source and workers — by the
 * domain's `businessDashboard` over the rows read here, so every sum is exact. The legal status is
 * the one the legal steps give today (a name approval lapses after 40 working days). Readable per
 * `mayReadBusinessOverview` (404 otherwise); also as an XLSX workbook and an A4 PDF.
 */
import { inArray, type SQL, sql } from 'drizzle-orm';
import type {
  BusinessDashboardQuery,
  BusinessDashboardView,
} from '../../contracts/enterprise-report.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import {
  capitalInjection,
  enterprise,
  enterpriseFounder,
  enterpriseKawasan,
  enterpriseReport,
  kawasan,
  kawasanMember,
  region,
} from '../../db/schema.ts';
import type { PlaceTarget } from '../../domain/access/place.ts';
import type { Actor } from '../../domain/access/policy.ts';
import {
  type BusinessDashboard,
  businessDashboard,
  type DashboardEnterpriseRow,
  type PlaceBreakdown,
} from '../../domain/enterprise/business-dashboard.ts';
import { mayReadBusinessOverview } from '../../domain/enterprise/enterprise-access.ts';
import { legalStatus } from '../../domain/enterprise/legal-status.ts';
import { PERFORMANCE_LABELS, type Performance, parsePeriod } from '../../domain/enterprise/report.ts';
import {
  ACTIVITY_LABELS,
  activityLabel,
  ENTERPRISE_KIND_LABELS,
  type EnterpriseKind,
  enterpriseKindLabel,
  LEGAL_STATUS_LABELS,
  labelOf,
  legalStatusLabel,
  sourceLabel,
} from '../../domain/enterprise/vocabulary.ts';
import { AppError } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { defaultCoverageRegion } from '../../domain/facilitation/facilitation-access.ts';
import { rupiahToJson } from '../../domain/money/rupiah.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { CONTENT_TYPES, type ExportFile, fileSlug } from '../export/table-export.ts';
import { loadKawasan } from '../kawasan/kawasan.repository.ts';
import { renderBusinessDashboardPdf } from './business-dashboard-pdf.ts';
import { renderBusinessDashboardXlsx } from './business-dashboard-xlsx.ts';
import { type BusinessPlace, desaInPlace, placeEnterpriseCondition } from './place-enterprises.ts';
import { PERFORMANCE_NOTE, rowFigures } from './report.service.ts';

export interface BusinessDashboardDeps {
  db: Database;
  now: () => Date;
}

export const PDF_CONTENT_TYPE = 'application/pdf';

export const DASHBOARD_NOTES = [
  PERFORMANCE_NOTE,
  'Angka per tahun memakai laporan tahunan bila ada, selain itu jumlah laporan semesteran tahun itu; badan usaha yang didirikan beberapa desa dihitung sekali di setiap desa, kecamatan dan kawasannya.',
  'Tenaga kerja menurut laporan terakhir setiap badan usaha.',
];

export interface ResolvedPlace {
  view: BusinessDashboardView['scope'];
  place: BusinessPlace;
  access: PlaceTarget;
}

async function regionNames(orm: Orm, codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await orm
    .select({ code: region.code, name: region.name })
    .from(region)
    .where(inArray(region.code, unique));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Where the dashboard is about: a region or a kawasan; 404 outside the reader's reach. */
export async function resolveBusinessPlace(
  orm: Orm,
  actor: Actor | null,
  query: BusinessDashboardQuery,
): Promise<ResolvedPlace> {
  if (!actor) throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
  if (query.kawasanId !== undefined && query.region !== undefined)
    throw AppError.invalid('region', 'Pilih wilayah atau kawasan, tidak keduanya.');
  if (query.kawasanId !== undefined) {
    const row = await loadKawasan(orm, query.kawasanId);
    const access: PlaceTarget = { kind: 'kawasan', id: row.id, desaCodes: row.memberCodes };
    if (!mayReadBusinessOverview(actor, access).allowed) throw AppError.notFound('Kawasan tidak ditemukan.');
    return {
      view: { kind: 'kawasan', ref: row.id, name: row.name },
      place: { kind: 'kawasan', id: row.id },
      access,
    };
  }
  const input = query.region ?? defaultCoverageRegion(actor);
  if (input === null || input === '')
    throw AppError.invalid(
      'region',
      'Pilih provinsi, kabupaten/kota, kecamatan, desa atau kawasan untuk melihat dasbor usaha.',
    );
  const parsed = parseRegionCode(input);
  if (!parsed.ok) throw AppError.invalid('region', parsed.message);
  const code = parsed.value.code;
  const name = (await regionNames(orm, [code])).get(code);
  if (name === undefined) throw AppError.notFound('Wilayah tidak ditemukan.');
  const access: PlaceTarget = { kind: 'region', code };
  if (!mayReadBusinessOverview(actor, access).allowed) throw AppError.notFound('Wilayah tidak ditemukan.');
  return { view: { kind: 'region', ref: code, name }, place: { kind: 'region', code }, access };
}

/** The place's enterprises with their founders, links, reports and capital, as the domain's rows. */
async function dashboardRows(orm: Orm, place: BusinessPlace, today: string) {
  const condition = placeEnterpriseCondition(place);
  const ids: SQL = sql`(select ${enterprise.id} from ${enterprise} where ${condition})`;
  const [enterprises, founders, links, reports, capital] = await Promise.all([
    orm.select().from(enterprise).where(condition),
    orm
      .select({ enterpriseId: enterpriseFounder.enterpriseId, desaCode: enterpriseFounder.desaCode })
      .from(enterpriseFounder)
      .where(sql`${enterpriseFounder.enterpriseId} in ${ids}`),
    orm
      .select({ enterpriseId: enterpriseKawasan.enterpriseId, kawasanId: enterpriseKawasan.kawasanId })
      .from(enterpriseKawasan)
      .where(sql`${enterpriseKawasan.enterpriseId} in ${ids}`),
    orm.select().from(enterpriseReport).where(sql`${enterpriseReport.enterpriseId} in ${ids}`),
    orm
      .select({
        enterpriseId: capitalInjection.enterpriseId,
        source: capitalInjection.source,
        form: capitalInjection.form,
        amount: capitalInjection.amount,
        receivedOn: capitalInjection.receivedOn,
        unitId: capitalInjection.unitId,
      })
      .from(capitalInjection)
      .where(sql`${capitalInjection.enterpriseId} in ${ids}`),
  ]);
  const founderCodes = [...new Set(founders.map((f) => f.desaCode))];
  const memberships =
    founderCodes.length === 0
      ? []
      : await orm
          .select({ kawasanId: kawasanMember.kawasanId, desaCode: kawasanMember.desaCode })
          .from(kawasanMember)
          .where(inArray(kawasanMember.desaCode, founderCodes));
  const placeMembers = new Set(
    place.kind === 'kawasan'
      ? memberships.filter((m) => m.kawasanId === place.id).map((m) => m.desaCode)
      : [],
  );
  const inPlace = desaInPlace(place, placeMembers);
  const kawasanOfDesa = new Map<string, string[]>();
  for (const m of memberships)
    kawasanOfDesa.set(m.desaCode, [...(kawasanOfDesa.get(m.desaCode) ?? []), m.kawasanId]);

  const rows: DashboardEnterpriseRow[] = enterprises.map((e) => {
    const own = founders.filter((f) => f.enterpriseId === e.id).map((f) => f.desaCode);
    const kawasanIds =
      place.kind === 'kawasan'
        ? [place.id]
        : [
            ...new Set([
              ...links.filter((l) => l.enterpriseId === e.id).map((l) => l.kawasanId),
              ...own.flatMap((c) => kawasanOfDesa.get(c) ?? []),
            ]),
          ];
    return {
      id: e.id,
      name: e.name,
      kind: e.kind,
      legalStatus: legalStatus({ ...e, kind: e.kind as EnterpriseKind }, today).status,
      activity: e.activity,
      desaCodes: own.filter(inPlace).sort(),
      kawasanIds,
    };
  });
  return {
    enterprises: rows,
    reports: reports.map((r) => ({ enterpriseId: r.enterpriseId, ...rowFigures(r) })),
    capital,
  };
}

function breakdownView(b: PlaceBreakdown) {
  return {
    enterprises: b.enterprises,
    active: b.active,
    legalEntities: b.legalEntities,
    byPerformance: b.byPerformance,
    workers: b.workers,
    padesTotal: rupiahToJson(b.padesTotal),
    capitalTotal: rupiahToJson(b.capitalTotal),
  };
}

/** The domain's dashboard as the response, with names and labels. */
function dashboardView(
  scope: BusinessDashboardView['scope'],
  today: string,
  d: BusinessDashboard,
  names: { regions: Map<string, string>; kawasan: Map<string, string> },
): BusinessDashboardView {
  const periodLabel = (code: string | null) => {
    if (code === null) return null;
    const parsed = parsePeriod(code);
    return parsed.ok ? parsed.period.label : code;
  };
  const sources = (list: { source: string; amount: bigint }[]) =>
    list.map((s) => ({ source: s.source, label: sourceLabel(s.source), amount: rupiahToJson(s.amount) }));
  return {
    scope,
    today,
    enterprises: d.enterprises,
    byKind: d.byKind.map((c) => ({ ...c, label: labelOf(ENTERPRISE_KIND_LABELS, c.code) })),
    byLegalStatus: d.byLegalStatus.map((c) => ({ ...c, label: labelOf(LEGAL_STATUS_LABELS, c.code) })),
    byActivity: d.byActivity.map((c) => ({ ...c, label: labelOf(ACTIVITY_LABELS, c.code) })),
    byPerformance: d.byPerformance.map((c) => ({ ...c, label: labelOf(PERFORMANCE_LABELS, c.code) })),
    byDesa: d.byDesa.map((b) => ({
      code: b.key,
      name: names.regions.get(b.key) ?? b.key,
      ...breakdownView(b),
    })),
    byKecamatan: d.byKecamatan.map((b) => ({
      code: b.key,
      name: names.regions.get(b.key) ?? b.key,
      ...breakdownView(b),
    })),
    byKawasan: d.byKawasan.map((b) => ({
      id: b.key,
      name: names.kawasan.get(b.key) ?? b.key,
      ...breakdownView(b),
    })),
    years: d.years.map((y) => ({
      year: y.year,
      enterprises: y.enterprises,
      revenue: rupiahToJson(y.revenue),
      costs: rupiahToJson(y.costs),
      netResult: rupiahToJson(y.netResult),
      pades: rupiahToJson(y.pades),
    })),
    padesTotal: rupiahToJson(d.padesTotal),
    capital: {
      total: rupiahToJson(d.capital.total),
      bySource: sources(d.capital.bySource),
      byYear: d.capital.byYear.map((y) => ({
        year: y.year,
        total: rupiahToJson(y.total),
        bySource: sources(y.bySource),
      })),
    },
    workers: d.workers,
    list: d.lines.map((l) => ({
      id: l.id,
      name: l.name,
      kind: l.kind,
      kindLabel: enterpriseKindLabel(l.kind),
      legalStatus: l.legalStatus,
      legalStatusLabel: legalStatusLabel(l.legalStatus, l.kind),
      activity: l.activity,
      activityLabel: activityLabel(l.activity),
      performance: l.performance,
      performanceLabel: PERFORMANCE_LABELS[l.performance as Performance],
      latestPeriod: l.latestPeriod,
      latestLabel: periodLabel(l.latestPeriod),
      latestNetResult: l.latestNetResult === null ? null : rupiahToJson(l.latestNetResult),
      workers: l.workers,
      padesTotal: rupiahToJson(l.padesTotal),
      capitalTotal: rupiahToJson(l.capitalTotal),
    })),
    notes: DASHBOARD_NOTES,
  };
}

export function createBusinessDashboardService({ db, now }: BusinessDashboardDeps) {
  return {
    /** The dashboard of a region or kawasan; 404 outside the reader's reach. */
    async dashboard(actor: Actor | null, query: BusinessDashboardQuery): Promise<BusinessDashboardView> {
      const resolved = await resolveBusinessPlace(db.orm, actor, query);
      const today = facilitationToday(now());
      const rows = await dashboardRows(db.orm, resolved.place, today);
      const d = businessDashboard({ ...rows, today });
      const regionCodes = [...d.byDesa.map((b) => b.key), ...d.byKecamatan.map((b) => b.key)];
      const kawasanIds = d.byKawasan.map((b) => b.key);
      const [regions, kawasanRows] = await Promise.all([
        regionNames(db.orm, regionCodes),
        kawasanIds.length === 0
          ? Promise.resolve([])
          : db.orm
              .select({ id: kawasan.id, name: kawasan.name })
              .from(kawasan)
              .where(inArray(kawasan.id, kawasanIds)),
      ]);
      return dashboardView(resolved.view, today, d, {
        regions,
        kawasan: new Map(kawasanRows.map((k) => [k.id, k.name])),
      });
    },

    /** The dashboard as an XLSX workbook (see business-dashboard-xlsx.ts). */
    async exportXlsx(actor: Actor | null, query: BusinessDashboardQuery): Promise<ExportFile> {
      const view = await this.dashboard(actor, query);
      return {
        fileName: `dasbor-usaha-${fileSlug(view.scope.name, { fallback: 'wilayah', maxLength: 60 })}.xlsx`,
        contentType: CONTENT_TYPES.xlsx,
        body: await renderBusinessDashboardXlsx(view, now()),
      };
    },

    /** The dashboard as an A4 PDF (see business-dashboard-pdf.ts). */
    async exportPdf(actor: Actor | null, query: BusinessDashboardQuery): Promise<ExportFile> {
      const view = await this.dashboard(actor, query);
      return {
        fileName: `dasbor-usaha-${fileSlug(view.scope.name, { fallback: 'wilayah', maxLength: 60 })}.pdf`,
        contentType: PDF_CONTENT_TYPE,
        body: await renderBusinessDashboardPdf(view, now()),
      };
    },
  };
}
export type BusinessDashboardService = ReturnType<typeof createBusinessDashboardService>;
