import { z } from 'zod';
import { IDM_STATUSES } from '../domain/village-index/idm.types.ts';

const Status = z.enum(IDM_STATUSES).nullable();

export const VillageIndexResultSchema = z
  .object({
    scheme: z.string().describe('Scheme id, e.g. idm-2016'),
    schemeName: z.string(),
    year: z.number().int(),
    iks: z.number().nullable(),
    ike: z.number().nullable(),
    ikl: z.number().nullable(),
    value: z.number().nullable().describe('The composite index; null when the village was not scored'),
    officialStatus: Status.describe('As published'),
    computedStatus: Status.describe('As the scheme computes it from the value'),
    disagrees: z.boolean().describe('The published status differs from the computed one'),
    placed: z.boolean().describe('The code exists in the current region list'),
    indicatorScores: z
      .boolean()
      .describe(
        'Indicator scores were imported for this year: GET /api/regions/{code}/index/{year}/indicators',
      ),
  })
  .meta({ id: 'VillageIndexResult' });

export const VillageIndexHistorySchema = z
  .object({ code: z.string(), results: z.array(VillageIndexResultSchema) })
  .meta({ id: 'VillageIndexHistory' });
export type VillageIndexHistory = z.infer<typeof VillageIndexHistorySchema>;

export const IndexSummarySchema = z
  .object({
    villages: z.number().int().describe('Desa with a stored result (scored or not)'),
    scored: z.number().int(),
    mean: z.object({
      value: z.number().nullable(),
      iks: z.number().nullable(),
      ike: z.number().nullable(),
      ikl: z.number().nullable(),
    }),
    statuses: z.record(z.enum(IDM_STATUSES), z.number().int()).describe('Desa per published status'),
    histogram: z
      .array(z.number().int())
      .describe(
        'Scored desa per bin of the composite value: 20 bins of 0.05 from 0 to 1, lowest first (1.0 in the last)',
      ),
  })
  .meta({ id: 'IndexSummary' });
export type IndexSummary = z.infer<typeof IndexSummarySchema>;

export const IndexSummaryQuerySchema = z.object({
  region: z
    .string()
    .max(20)
    .optional()
    .describe('Province, kabupaten or kecamatan code; the whole country when omitted'),
  year: z.coerce
    .number()
    .int()
    .min(2015)
    .max(2100)
    .optional()
    .describe('The latest year with data when omitted'),
});
export type IndexSummaryQuery = z.infer<typeof IndexSummaryQuerySchema>;

const RegionRefLite = z.object({ code: z.string(), codeDotted: z.string(), name: z.string() });

export const IndexMovementSchema = z
  .object({
    fromYear: z.number().int(),
    toYear: z.number().int(),
    compared: z.number().int().describe('Desa with a published status in both years, under the same code'),
    up: z.number().int().describe('Moved to a better status'),
    down: z.number().int().describe('Moved to a worse status'),
    same: z.number().int(),
    transitions: z
      .array(z.array(z.number().int()))
      .describe('transitions[from][to]: desa per pair of statuses, sangat tertinggal first'),
  })
  .meta({ id: 'IndexMovement' });
export type IndexMovement = z.infer<typeof IndexMovementSchema>;

/** What an answer about a region is for: the scheme, the year shown and every year with data. */
const SchemeYears = {
  scheme: z.string(),
  year: z.number().int().nullable(),
  years: z.array(z.number().int()).describe('Years with data, oldest first'),
};

export const RegionIndexSummarySchema = z
  .object({
    ...SchemeYears,
    region: RegionRefLite.nullable().describe('null for the whole country'),
    summary: IndexSummarySchema.nullable(),
    movement: IndexMovementSchema.nullable().describe(
      'How the desa moved from the previous year with data to this one; null when there is none',
    ),
    children: z
      .array(z.object({ region: RegionRefLite, summary: IndexSummarySchema }))
      .describe('In code order'),
  })
  .meta({ id: 'RegionIndexSummary' });
export type RegionIndexSummary = z.infer<typeof RegionIndexSummarySchema>;

export const VillageIndexListQuerySchema = z.object({
  region: z.string().max(20).describe('Province, kabupaten or kecamatan code'),
  year: IndexSummaryQuerySchema.shape.year,
});
export type VillageIndexListQuery = z.infer<typeof VillageIndexListQuerySchema>;

export const VillageIndexListSchema = z
  .object({
    ...SchemeYears,
    region: RegionRefLite,
    villages: z
      .array(
        z.object({
          code: z.string(),
          name: z.string().describe('As the imported file writes it (often in capitals)'),
          regionName: z
            .string()
            .nullable()
            .describe('As the region list writes it, like the desa pages; null for a code not in the list'),
          value: z.number().nullable(),
          iks: z.number().nullable(),
          ike: z.number().nullable(),
          ikl: z.number().nullable(),
          status: Status.describe('As published'),
          computedStatus: Status,
          placed: z.boolean(),
        }),
      )
      .describe('Every desa with a result in the region and year, in code order'),
  })
  .meta({ id: 'VillageIndexList' });
export type VillageIndexList = z.infer<typeof VillageIndexListSchema>;
