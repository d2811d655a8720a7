import { z } from 'zod';
import { RegionCodeParamsSchema } from './regions.contract.ts';

export const VillageIndicatorsParamsSchema = RegionCodeParamsSchema.extend({
  year: z.coerce.number().int().min(2015).max(2100).describe('Year of the result'),
});

export const ACTOR_LEVELS = ['pusat', 'provinsi', 'kabupaten', 'desa', 'csr', 'lainnya'] as const;

export const VillageIndicatorScoreSchema = z
  .object({
    code: z.string().describe('Indicator code, e.g. IKS04_NAKES_LAIN'),
    name: z.string(),
    dimension: z.enum(['IKS', 'IKE', 'IKL']),
    subdimension: z.string().describe('Sub-dimension name, e.g. Kesehatan'),
    score: z.number().int().describe('0–5'),
    condition: z.string().nullable().describe('The ministry’s description of the current condition'),
    activity: z.string().nullable().describe('The activity the ministry recommends to raise the score'),
    actors: z
      .array(z.object({ level: z.enum(ACTOR_LEVELS), agencies: z.string() }))
      .describe('Who can act: government level (with agencies), CSR or others'),
    recovered: z.boolean().describe('Recovered from the official total (the 2024 residents’ internet quirk)'),
    gain: z.number().describe('How much the IDM rises if this indicator reaches 5'),
  })
  .meta({ id: 'VillageIndicatorScore' });
export type VillageIndicatorScore = z.infer<typeof VillageIndicatorScoreSchema>;

export const VillageIndexIndicatorsSchema = z
  .object({
    code: z.string(),
    year: z.number().int(),
    scheme: z.string(),
    value: z.number().nullable().describe('The official composite, as stored'),
    computedValue: z.number().nullable().describe('The composite recomputed from the indicator scores'),
    consistent: z
      .boolean()
      .nullable()
      .describe('The scores add up to the official sub-indices (4 decimals); null without scores'),
    notes: z.array(z.string()).describe('What was recovered, and why official and recomputed values differ'),
    sourceFile: z.string().nullable().describe('The API response file the scores came from'),
    indicators: z
      .array(VillageIndicatorScoreSchema)
      .describe('Every indicator scored, largest gain first; empty when no indicator scores were imported'),
  })
  .meta({ id: 'VillageIndexIndicators' });
export type VillageIndexIndicators = z.infer<typeof VillageIndexIndicatorsSchema>;
