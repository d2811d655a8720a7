import { z } from 'zod';

export const RegionLevelSchema = z.enum(['province', 'regency', 'district', 'village']);
export const RegionTypeSchema = z
  .enum(['kabupaten', 'kota', 'desa', 'kelurahan', 'desa_adat'])
  .nullable()
  .describe('kabupaten/kota for a regency, desa/kelurahan/desa_adat for a village, null otherwise');

export const RegionRefSchema = z
  .object({
    code: z.string().describe('Canonical code, digits only (3374011001)'),
    codeDotted: z.string().describe('Dotted code as people write it (33.74.01.1001)'),
    name: z.string(),
    level: RegionLevelSchema,
  })
  .meta({ id: 'RegionRef' });
export type RegionRef = z.infer<typeof RegionRefSchema>;

export const RegionCountsSchema = z
  .object({
    regencies: z.number().int(),
    districts: z.number().int(),
    villages: z.number().int().describe('All desa, kelurahan and desa adat below this region'),
    desa: z.number().int(),
    kelurahan: z.number().int(),
    desaAdat: z.number().int(),
  })
  .meta({ id: 'RegionCounts' });
export type RegionCounts = z.infer<typeof RegionCountsSchema>;

export const RegionSummarySchema = RegionRefSchema.extend({
  type: RegionTypeSchema,
  counts: RegionCountsSchema,
}).meta({ id: 'RegionSummary' });
export type RegionSummary = z.infer<typeof RegionSummarySchema>;

export const RegionDetailSchema = RegionSummarySchema.extend({
  ancestors: z.array(RegionRefSchema).describe('From province down to the direct parent'),
}).meta({ id: 'RegionDetail' });
export type RegionDetail = z.infer<typeof RegionDetailSchema>;

export const NationalSummarySchema = z
  .object({
    provinces: z.array(RegionSummarySchema),
    counts: RegionCountsSchema.extend({ provinces: z.number().int() }),
  })
  .meta({ id: 'NationalSummary' });
export type NationalSummary = z.infer<typeof NationalSummarySchema>;

export const RegionCodeParamsSchema = z.object({
  code: z.string().max(20).describe('Region code with or without dots: 33, 3374, 33.74.01, 3374011001'),
});

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export const ChildrenPageSchema = z
  .object({
    parent: RegionRefSchema,
    items: z.array(RegionSummarySchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'RegionChildrenPage' });
export type ChildrenPage = z.infer<typeof ChildrenPageSchema>;

export const SearchQuerySchema = z.object({
  q: z.string().max(100).describe('Village name, any case, accents ignored; at least 2 letters'),
  within: z
    .string()
    .max(20)
    .optional()
    .describe('Limit to a region: code of a province, kabupaten or kecamatan'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const VillageHitSchema = RegionRefSchema.extend({
  type: RegionTypeSchema,
  ancestors: z.array(RegionRefSchema),
}).meta({ id: 'VillageHit' });
export type VillageHit = z.infer<typeof VillageHitSchema>;

export const SearchResultSchema = z
  .object({ query: z.string(), within: RegionRefSchema.nullable(), items: z.array(VillageHitSchema) })
  .meta({ id: 'VillageSearchResult' });
export type SearchResult = z.infer<typeof SearchResultSchema>;
