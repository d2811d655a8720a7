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
  })
  .meta({ id: 'VillageIndexResult' });

export const VillageIndexHistorySchema = z
  .object({ code: z.string(), results: z.array(VillageIndexResultSchema) })
  .meta({ id: 'VillageIndexHistory' });
export type VillageIndexHistory = z.infer<typeof VillageIndexHistorySchema>;
