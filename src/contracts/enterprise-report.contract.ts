import { z } from 'zod';
import { PERFORMANCES } from '../domain/enterprise/report.ts';
import { Rupiah, RupiahInput } from './money.contract.ts';

/**
 * Stimulan usaha, the results: the periodic reports of a village enterprise (semester `2026-S1`,
 * `2026-S2`, year `2026`) with their trend and the system's performance class, the report sheet
 * (XLSX template and import), and the business dashboard of a region or kawasan. The schemas
 * check shapes and bound sizes; the rules (domain/enterprise/report.ts, report-sheet.ts,
 * business-dashboard.ts) answer with Indonesian messages on the request's fields. Request bodies
 * carry no defaults. Money is whole rupiah: digit strings in responses; requests take digits, a
 * JSON integer or the written form ("Rp 1.500.000").
 */

const CODE = z.string().trim().max(20).describe('Region code with or without dots');

export const ReportEnterpriseParamsSchema = z.object({
  eid: z.uuid('Bukan pengenal badan usaha yang sah.'),
});
export const ReportPeriodParamsSchema = ReportEnterpriseParamsSchema.extend({
  period: z.string().max(20).describe('2026-S1 (Semester I), 2026-S2 (Semester II) or 2026 (the year)'),
});

/* ——— One report ——— */

export const ReportBodySchema = z
  .object({
    revenue: RupiahInput.describe('Pendapatan'),
    costs: RupiahInput.describe('Biaya'),
    netResult: RupiahInput.nullable()
      .optional()
      .describe(
        'Hasil usaha bersih: optional, a check that must equal revenue − costs (negative for a loss)',
      ),
    assets: RupiahInput.describe('Aset at the end of the period'),
    workers: z.number().describe('Tenaga kerja, a whole number ≥ 0'),
    womenWorkers: z.number().nullable().optional().describe('Of whom women'),
    split: z
      .object({
        pades: RupiahInput.nullable().optional().describe('Bagian PADes'),
        capital: RupiahInput.nullable().optional().describe('Tambahan modal'),
        other: RupiahInput.nullable().optional().describe('Lain-lain'),
        otherNote: z.string().max(2000).nullable().optional().describe('What "lain-lain" is for'),
        decidedOn: z
          .string()
          .max(20)
          .nullable()
          .optional()
          .describe('Date of the Musdes/MAD decision, YYYY-MM-DD'),
      })
      .nullable()
      .optional()
      .describe('The split of a positive net result decided by the Musdes/MAD; it must add up to it exactly'),
  })
  .meta({ id: 'EnterpriseReportBody' });
export type ReportBody = z.infer<typeof ReportBodySchema>;

export const ReportViewSchema = z
  .object({
    id: z.uuid(),
    period: z.string(),
    periodKind: z.enum(['semester', 'tahun']),
    label: z.string(),
    revenue: Rupiah,
    costs: Rupiah,
    netResult: Rupiah,
    assets: Rupiah,
    workers: z.number().int(),
    womenWorkers: z.number().int().nullable(),
    split: z.object({
      pades: Rupiah,
      capital: Rupiah,
      other: Rupiah,
      otherNote: z.string(),
      decidedOn: z.string().nullable(),
    }),
    /** `formulir` (typed in) or `impor` (from a sheet). */
    source: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'EnterpriseReport' });
export type ReportView = z.infer<typeof ReportViewSchema>;

export const ReportWarningSchema = z.object({
  period: z.string(),
  field: z.string(),
  message: z.string(),
});

const ChangeSchema = z.object({ amount: Rupiah, percentText: z.string().nullable() });

const TrendPointSchema = z.object({
  period: z.string(),
  label: z.string(),
  revenue: Rupiah,
  costs: Rupiah,
  netResult: Rupiah,
  assets: Rupiah,
  workers: z.number().int(),
  pades: Rupiah,
  /** Against the previous report of the same kind; null for the first. */
  change: z
    .object({ revenue: ChangeSchema, costs: ChangeSchema, netResult: ChangeSchema, assets: ChangeSchema })
    .nullable(),
});

const PerformanceSchema = z.enum(PERFORMANCES);

export const ReportListSchema = z
  .object({
    enterprise: z.object({ id: z.uuid(), name: z.string(), kind: z.string(), kindLabel: z.string() }),
    today: z.string(),
    /** Chronological: 2025-S1, 2025-S2, 2025, 2026-S1 … */
    reports: z.array(ReportViewSchema),
    warnings: z.array(ReportWarningSchema),
    trend: z.object({
      semester: z.array(TrendPointSchema),
      tahun: z.array(TrendPointSchema),
      /** Per year: the annual report's PADes, else the sum of the semesters'. */
      padesByYear: z.array(z.object({ year: z.number().int(), amount: Rupiah })),
      padesTotal: Rupiah,
    }),
    latest: z.object({ period: z.string(), label: z.string(), netResult: Rupiah }).nullable(),
    performance: PerformanceSchema,
    performanceLabel: z.string(),
    /** What the performance class means (the system's own, not the ministry's ranking). */
    performanceNote: z.string(),
    /** From this day on a report of each period may be entered: the periods open and not yet reported. */
    openPeriods: z.array(z.object({ period: z.string(), label: z.string() })),
    canManage: z.boolean(),
  })
  .meta({ id: 'EnterpriseReportList' });
export type ReportList = z.infer<typeof ReportListSchema>;

export const ReportSaveResultSchema = z
  .object({
    report: ReportViewSchema,
    created: z.boolean(),
    /** Not errors: e.g. an annual report whose revenue differs from its semesters' sum. */
    warnings: z.array(ReportWarningSchema),
  })
  .meta({ id: 'EnterpriseReportSaved' });
export type ReportSaveResult = z.infer<typeof ReportSaveResultSchema>;

export const ReportDeleteResultSchema = z
  .object({ period: z.string(), label: z.string(), deleted: z.literal(true) })
  .meta({ id: 'EnterpriseReportDeleted' });
export type ReportDeleteResult = z.infer<typeof ReportDeleteResultSchema>;

/** Largest report sheet accepted. */
export const REPORT_UPLOAD_LIMIT_BYTES = 2 * 1024 * 1024;

export const ReportImportQuerySchema = z.object({
  fileName: z.string().max(200).optional().describe('The uploaded file’s name, for messages'),
});

export const ReportImportResultSchema = z
  .object({
    imported: z.number().int(),
    created: z.array(z.string()),
    replaced: z.array(z.string()),
    warnings: z.array(ReportWarningSchema),
  })
  .meta({ id: 'EnterpriseReportImport' });
export type ReportImportResult = z.infer<typeof ReportImportResultSchema>;

/* ——— Dashboard ——— */

export const BusinessDashboardQuerySchema = z.object({
  region: CODE.optional().describe(
    'A province, kabupaten/kota, kecamatan or desa code; default: your own region',
  ),
  kawasanId: z.uuid().optional(),
});
export type BusinessDashboardQuery = z.infer<typeof BusinessDashboardQuerySchema>;

const CodeCountSchema = z.object({ code: z.string(), label: z.string(), count: z.number().int() });

const BreakdownFields = {
  enterprises: z.number().int(),
  active: z.number().int(),
  legalEntities: z.number().int(),
  byPerformance: z.record(PerformanceSchema, z.number().int()),
  workers: z.number().int(),
  padesTotal: Rupiah,
  capitalTotal: Rupiah,
};

const SourceAmountSchema = z.object({ source: z.string(), label: z.string(), amount: Rupiah });

export const BusinessDashboardSchema = z
  .object({
    scope: z.object({ kind: z.enum(['region', 'kawasan']), ref: z.string(), name: z.string() }),
    today: z.string(),
    enterprises: z.number().int(),
    byKind: z.array(CodeCountSchema),
    byLegalStatus: z.array(CodeCountSchema),
    byActivity: z.array(CodeCountSchema),
    byPerformance: z.array(CodeCountSchema),
    byDesa: z.array(z.object({ code: z.string(), name: z.string(), ...BreakdownFields })),
    byKecamatan: z.array(z.object({ code: z.string(), name: z.string(), ...BreakdownFields })),
    byKawasan: z.array(z.object({ id: z.uuid(), name: z.string(), ...BreakdownFields })),
    years: z.array(
      z.object({
        year: z.number().int(),
        enterprises: z.number().int(),
        revenue: Rupiah,
        costs: Rupiah,
        netResult: Rupiah,
        pades: Rupiah,
      }),
    ),
    padesTotal: Rupiah,
    capital: z.object({
      total: Rupiah,
      bySource: z.array(SourceAmountSchema),
      byYear: z.array(
        z.object({ year: z.number().int(), total: Rupiah, bySource: z.array(SourceAmountSchema) }),
      ),
    }),
    workers: z.object({ total: z.number().int(), women: z.number().int(), reporting: z.number().int() }),
    list: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        kind: z.string(),
        kindLabel: z.string(),
        legalStatus: z.string(),
        legalStatusLabel: z.string(),
        activity: z.string(),
        activityLabel: z.string(),
        performance: PerformanceSchema,
        performanceLabel: z.string(),
        latestPeriod: z.string().nullable(),
        latestLabel: z.string().nullable(),
        latestNetResult: Rupiah.nullable(),
        workers: z.number().int().nullable(),
        padesTotal: Rupiah,
        capitalTotal: Rupiah,
      }),
    ),
    notes: z.array(z.string()),
  })
  .meta({ id: 'BusinessDashboard' });
export type BusinessDashboardView = z.infer<typeof BusinessDashboardSchema>;
