import { z } from 'zod';
import { Rupiah, RupiahInput } from './money.contract.ts';

/**
 * Dana Desa: the rule sets of each fiscal year, a desa's plan (pagu and planned uses) with its
 * compliance check, the plan sheet (XLSX template and import), realisation (disbursement stages and
 * spending) with the check of the actual spending, and the compliance summary of a region or
 * kawasan. The schemas check shapes and bound sizes; the rules (domain/dana-desa) answer with
 * Indonesian messages on the request's fields (`lines.3.amount`). Request bodies carry no
 * defaults. Money is whole rupiah: digit strings in responses; requests take digits, a JSON
 * integer or the written form ("Rp 1.500.000").
 */

const CODE = z.string().trim().max(20).describe('Region code with or without dots');
const YEAR = z.coerce.number().int().min(2000).max(2100);

export const MAX_PLAN_LINES = 2000;
/** Largest plan sheet accepted. */
export const PLAN_UPLOAD_LIMIT_BYTES = 2 * 1024 * 1024;

/* ——— Rule sets ——— */

export const RuleSetYearParamsSchema = z.object({ year: YEAR });

const ConfidenceSchema = z.enum(['verified', 'secondary', 'uncertain']);

export const CategoryViewSchema = z.object({
  code: z.string(),
  label: z.string(),
  explanation: z.string(),
  construction: z.boolean(),
});

export const RuleSetViewSchema = z
  .object({
    fiscalYear: z.number().int(),
    version: z.string(),
    title: z.string(),
    regulations: z.array(
      z.object({
        citation: z.string(),
        title: z.string(),
        confidence: ConfidenceSchema,
        confidenceLabel: z.string(),
        source: z.string(),
        note: z.string().nullable(),
      }),
    ),
    categories: z.array(CategoryViewSchema),
    rules: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['cap', 'floor', 'condition', 'ordering', 'information']),
        title: z.string(),
        subject: z.string(),
        categories: z.array(z.string()),
        percent: z.string().nullable().describe('A decimal string, e.g. "15"; null for ordering rules'),
        base: z.enum(['pagu', 'construction_spending', 'categories_total']).nullable(),
        measure: z.enum(['amount', 'wages', 'enterprise_linked']).nullable(),
        citation: z.object({
          citation: z.string(),
          confidence: ConfidenceSchema,
          confidenceLabel: z.string(),
        }),
        confidence: ConfidenceSchema,
        confidenceLabel: z.string(),
        explanation: z.string(),
        uncertainty: z.string().nullable(),
        note: z.string().nullable().describe('Information rules: why the amount is shown but not judged'),
      }),
    ),
  })
  .meta({ id: 'DanaDesaRuleSet' });
export type RuleSetView = z.infer<typeof RuleSetViewSchema>;

export const RuleSetListSchema = z
  .object({
    years: z.array(z.number().int()),
    ruleSets: z.array(RuleSetViewSchema),
  })
  .meta({ id: 'DanaDesaRuleSets' });
export type RuleSetList = z.infer<typeof RuleSetListSchema>;

/* ——— Checks ——— */

export const RuleResultSchema = z.object({
  ruleId: z.string(),
  kind: z.enum(['cap', 'floor', 'condition', 'ordering', 'information']),
  title: z.string(),
  status: z.enum(['lulus', 'tidak_lulus', 'tidak_berlaku', 'informasi']),
  statusLabel: z.string(),
  categories: z.array(z.string()),
  amount: Rupiah,
  base: Rupiah.nullable(),
  baseKind: z.string().nullable(),
  percent: z.string().nullable(),
  limit: Rupiah.nullable(),
  excess: Rupiah.nullable(),
  shortfall: Rupiah.nullable(),
  percentText: z.string().nullable(),
  lineIds: z.array(z.string()),
  missing: z.array(z.string()),
  gate: z.enum(['ya', 'tidak', 'belum_dicatat']).nullable(),
  sentence: z.string().describe('One Indonesian sentence with the numbers, for the village operator'),
  explanation: z.string(),
  citation: z.string(),
  confidence: ConfidenceSchema,
});

export const CheckViewSchema = z
  .object({
    id: z.uuid(),
    basis: z.enum(['rencana', 'realisasi']),
    ruleSetVersion: z.string(),
    fiscalYear: z.number().int(),
    checkedAt: z.string(),
    passed: z.number().int(),
    failed: z.number().int(),
    summary: z.object({
      passed: z.number().int(),
      failed: z.number().int(),
      notApplicable: z.number().int(),
      information: z.number().int(),
    }),
    issues: z.array(z.object({ field: z.string(), message: z.string() })),
    results: z.array(RuleResultSchema),
  })
  .meta({ id: 'DanaDesaCheck' });
export type CheckView = z.infer<typeof CheckViewSchema>;

/* ——— Plans ——— */

export const PlanParamsSchema = z.object({ pid: z.uuid('Bukan pengenal rencana Dana Desa yang sah.') });

export const PlanListQuerySchema = z.object({
  desa: CODE.optional().describe('One desa code'),
  region: CODE.optional().describe('A province, kabupaten/kota, kecamatan or desa code'),
  year: YEAR.optional().describe('Fiscal year'),
});
export type PlanListQuery = z.infer<typeof PlanListQuerySchema>;

const PlanFactsInput = z
  .object({
    publishedPreviousYear: z
      .boolean()
      .nullable()
      .optional()
      .describe('Whether the village published the previous year’s use of Dana Desa'),
    notNeeded: z
      .array(z.string().max(60))
      .max(20)
      .optional()
      .describe('Categories recorded in musyawarah desa as not needed this year'),
    bltFamilies: z.number().nullable().optional().describe('Families agreed as BLT Desa recipients'),
  })
  .describe('Facts the year’s rules depend on');

export const PlanLineInputSchema = z.object({
  id: z.string().max(60).describe('Kode kegiatan, unique within the plan'),
  category: z.string().max(60).describe('A category code of the year (GET /api/dana-desa/aturan/:year)'),
  activity: z.string().max(500),
  location: z.string().max(300).nullable().optional(),
  amount: RupiahInput,
  wages: RupiahInput.nullable().optional().describe('Construction lines only: wages paid to local workers'),
  kawasanId: z.uuid().nullable().optional().describe('A kawasan holding the desa'),
  enterpriseId: z
    .uuid()
    .nullable()
    .optional()
    .describe('An enterprise founded by the desa (penyertaan modal)'),
});
export type PlanLineInput = z.infer<typeof PlanLineInputSchema>;

const planBodyFields = {
  pagu: RupiahInput.describe('Pagu Dana Desa of the year'),
  facts: PlanFactsInput.nullable().optional(),
  lines: z.array(PlanLineInputSchema).max(MAX_PLAN_LINES),
};

export const PlanCreateBodySchema = z
  .object({ desaCode: CODE, fiscalYear: z.number().int().min(2000).max(2100), ...planBodyFields })
  .meta({ id: 'DanaDesaPlanCreate' });
export type PlanCreateBody = z.infer<typeof PlanCreateBodySchema>;

export const PlanReplaceBodySchema = z.object(planBodyFields).meta({ id: 'DanaDesaPlanReplace' });
export type PlanReplaceBody = z.infer<typeof PlanReplaceBodySchema>;

export const PlanLineViewSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  category: z.string(),
  categoryLabel: z.string(),
  activity: z.string(),
  location: z.string(),
  amount: Rupiah,
  wages: Rupiah.nullable(),
  kawasanId: z.uuid().nullable(),
  kawasanName: z.string().nullable(),
  enterpriseId: z.uuid().nullable(),
  enterpriseName: z.string().nullable(),
});

export const PlanViewSchema = z
  .object({
    id: z.uuid(),
    desaCode: z.string(),
    desaName: z.string(),
    kecamatanCode: z.string(),
    kecamatanName: z.string(),
    fiscalYear: z.number().int(),
    pagu: Rupiah,
    total: Rupiah,
    remaining: Rupiah.describe('Pagu minus the planned total (negative when the plan is above the pagu)'),
    facts: z.object({
      publishedPreviousYear: z.boolean().nullable(),
      notNeeded: z.array(z.string()),
      bltFamilies: z.number().int().nullable(),
    }),
    source: z.enum(['formulir', 'impor']),
    lines: z.array(PlanLineViewSchema),
    check: CheckViewSchema.nullable().describe(
      'The latest check of the plan; null when the year has no rule set',
    ),
    checkUnavailable: z.string().nullable().describe('Why there is no check (no rule set for the year)'),
    canEdit: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DanaDesaPlan' });
export type PlanView = z.infer<typeof PlanViewSchema>;

export const PlanListItemSchema = z.object({
  id: z.uuid(),
  desaCode: z.string(),
  desaName: z.string(),
  fiscalYear: z.number().int(),
  pagu: Rupiah,
  total: Rupiah,
  lineCount: z.number().int(),
  status: z.enum(['lulus', 'tidak_lulus', 'belum_diperiksa']),
  statusLabel: z.string(),
  ruleSetVersion: z.string().nullable(),
  passed: z.number().int().nullable(),
  failed: z.number().int().nullable(),
  checkedAt: z.string().nullable(),
});

export const PlanListSchema = z
  .object({ plans: z.array(PlanListItemSchema) })
  .meta({ id: 'DanaDesaPlanList' });
export type PlanList = z.infer<typeof PlanListSchema>;

export const PlanDeleteResultSchema = z.object({ id: z.uuid(), deleted: z.literal(true) });
export type PlanDeleteResult = z.infer<typeof PlanDeleteResultSchema>;

/* ——— Sheet ——— */

export const PlanTemplateQuerySchema = z.object({ year: YEAR.describe('Fiscal year of the categories') });

export const PlanImportQuerySchema = z.object({
  fileName: z.string().max(200).optional().describe('The uploaded file’s name, for messages'),
});

export const PlanImportResultSchema = z
  .object({ imported: z.number().int(), plan: PlanViewSchema })
  .meta({ id: 'DanaDesaPlanImport' });
export type PlanImportResult = z.infer<typeof PlanImportResultSchema>;

/* ——— Realisation ——— */

export const RealisationBodySchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('pencairan'),
      stage: z.number().int().describe('Tahap 1–3'),
      date: z.string().max(20).describe('YYYY-MM-DD'),
      amount: RupiahInput,
      documentNumber: z.string().max(200).nullable().optional(),
      note: z.string().max(2000).nullable().optional(),
    }),
    z.object({
      kind: z.literal('belanja'),
      category: z.string().max(60),
      lineId: z.string().max(60).nullable().optional().describe('The plan line it realises'),
      amount: RupiahInput,
      wages: RupiahInput.nullable().optional(),
      date: z.string().max(20).describe('YYYY-MM-DD'),
      documentNumber: z.string().max(200).nullable().optional(),
      note: z.string().max(2000).nullable().optional(),
    }),
  ])
  .meta({ id: 'DanaDesaRealisationBody' });
export type RealisationBody = z.infer<typeof RealisationBodySchema>;

export const RealisationEntrySchema = z.object({
  id: z.uuid(),
  kind: z.enum(['pencairan', 'belanja']),
  kindLabel: z.string(),
  stage: z.number().int().nullable(),
  category: z.string().nullable(),
  categoryLabel: z.string().nullable(),
  lineId: z.string().nullable(),
  amount: Rupiah,
  wages: Rupiah.nullable(),
  date: z.string(),
  documentNumber: z.string(),
  note: z.string(),
});

export const RealisationViewSchema = z
  .object({
    planId: z.uuid(),
    desaCode: z.string(),
    desaName: z.string(),
    fiscalYear: z.number().int(),
    pagu: Rupiah,
    disbursed: Rupiah,
    spent: Rupiah,
    unspent: Rupiah.describe('Disbursed minus spent'),
    stages: z.array(z.object({ stage: z.number().int(), label: z.string(), amount: Rupiah })),
    categories: z.array(
      z.object({ category: z.string(), label: z.string(), planned: Rupiah, spent: Rupiah, wages: Rupiah }),
    ),
    entries: z.array(RealisationEntrySchema),
    check: CheckViewSchema.nullable().describe('The check of the actual spending; null before any spending'),
    checkUnavailable: z.string().nullable(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'DanaDesaRealisation' });
export type RealisationView = z.infer<typeof RealisationViewSchema>;

/* ——— Summary ——— */

export const SummaryQuerySchema = z.object({
  region: CODE.optional().describe('A province, kabupaten/kota or kecamatan code (or give kawasanId)'),
  kawasanId: z.uuid().optional(),
  year: YEAR.describe('Fiscal year'),
});
export type SummaryQuery = z.infer<typeof SummaryQuerySchema>;

const FailingDesaSchema = z.object({
  desaCode: z.string(),
  desaName: z.string(),
  groupCode: z.string(),
  planId: z.uuid(),
  amount: Rupiah,
  limit: Rupiah.nullable(),
  excess: Rupiah.nullable(),
  shortfall: Rupiah.nullable(),
  sentence: z.string(),
});

export const SummarySchema = z
  .object({
    scope: z.object({
      kind: z.enum(['region', 'kawasan']),
      code: z.string().nullable(),
      id: z.string().nullable(),
      name: z.string(),
    }),
    fiscalYear: z.number().int(),
    ruleSetVersion: z.string().nullable(),
    ruleSetMessage: z.string().nullable(),
    groupedBy: z.enum(['kabupaten', 'kecamatan', 'desa']),
    desaCount: z.number().int().describe('Desa in scope (kelurahan receive no Dana Desa)'),
    planCount: z.number().int(),
    checkedCount: z.number().int(),
    passingPlans: z.number().int().describe('Plans whose latest check has no failed rule'),
    failingPlans: z.number().int(),
    missing: z.object({
      count: z.number().int(),
      desa: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
    rules: z.array(
      z.object({
        ruleId: z.string(),
        title: z.string(),
        kind: z.string(),
        passed: z.number().int(),
        failed: z.number().int(),
        notApplicable: z.number().int(),
        information: z.number().int(),
        failing: z.array(FailingDesaSchema),
      }),
    ),
    groups: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        desaCount: z.number().int(),
        planCount: z.number().int(),
        missingCount: z.number().int(),
        passingPlans: z.number().int(),
        failingPlans: z.number().int(),
        failedRules: z.array(z.object({ ruleId: z.string(), title: z.string(), count: z.number().int() })),
      }),
    ),
  })
  .meta({ id: 'DanaDesaSummary' });
export type Summary = z.infer<typeof SummarySchema>;
