/**
 * Funding convergence of a kawasan in one year (`GET /api/dana-desa/konvergensi`): every source of
 * money the system records — RPKP activities, capital received by the kawasan's enterprises, and
 * the member desa's Dana Desa plan lines — as source × stage, per desa, per agency, with the
 * possible duplications and the gaps (domain/dana-desa/convergence.ts). Codes carry Indonesian
 * labels; money is `Rupiah` digit strings.
 */
import { z } from 'zod';
import { Rupiah } from './money.contract.ts';

export const ConvergenceQuerySchema = z.object({
  kawasanId: z.uuid('Bukan pengenal kawasan yang sah.').describe('The kawasan'),
  year: z.coerce
    .number('Tahun wajib diisi dengan angka, misalnya 2026.')
    .int('Tahun wajib bilangan bulat, misalnya 2026.')
    .min(2000, 'Tahun paling awal 2000.')
    .max(2100, 'Tahun paling akhir 2100.')
    .describe('The (fiscal) year'),
});
export type ConvergenceQuery = z.infer<typeof ConvergenceQuerySchema>;

const ORIGIN_KEYS = ['rpkp', 'modal', 'dana_desa'] as const;
const ByOriginSchema = z
  .object({ rpkp: Rupiah, modal: Rupiah, dana_desa: Rupiah })
  .describe('The amount from each record: RPKP plan, capital received, Dana Desa plan (APBDes)');

const AmountsSchema = z.object({
  total: Rupiah,
  byOrigin: ByOriginSchema,
  itemCount: z.number().int(),
});

const RegionRefSchema = z.object({ code: z.string(), name: z.string() });
const SourceAmountSchema = z.object({ source: z.string(), sourceLabel: z.string(), amount: Rupiah });
const StageRefSchema = z.object({ stage: z.string(), stageLabel: z.string() });

export const ConvergenceViewSchema = z
  .object({
    kawasan: z.object({ id: z.uuid(), name: z.string(), desaCount: z.number().int() }),
    year: z.number().int(),
    /** The RPKP version read: the one in force, else the newest; null when the kawasan has none. */
    rpkp: z.object({ version: z.number().int(), inForce: z.boolean(), title: z.string() }).nullable(),
    sources: z.array(z.object({ code: z.string(), label: z.string() })),
    stages: z.array(
      z.object({
        code: z.string(),
        label: z.string(),
        /** A value-chain stage (false for "not allocated" and "outside the chain"). */
        chain: z.boolean(),
      }),
    ),
    origins: z.array(z.object({ code: z.enum(ORIGIN_KEYS), label: z.string() })),
    /** Every source × every stage, in the order of `sources`, then `stages`. */
    matrix: z.array(AmountsSchema.extend({ source: z.string(), stage: z.string() })),
    bySource: z.array(AmountsSchema.extend({ source: z.string(), sourceLabel: z.string() })),
    byStage: z.array(AmountsSchema.extend({ stage: z.string(), stageLabel: z.string() })),
    total: AmountsSchema,
    /** Member desa first, then others reached; last, the row of items over several desa (desa null). */
    desa: z.array(
      z.object({
        desa: RegionRefSchema.nullable(),
        member: z.boolean(),
        /** Sources with money only, in the order of `sources`. */
        bySource: z.array(SourceAmountSchema),
        total: Rupiah,
        /** Items over several desa that include this desa (counted in the shared row). */
        sharedItemKeys: z.array(z.string()),
      }),
    ),
    agencies: z.array(
      z.object({
        agencyKind: z.string().nullable(),
        agencyKindLabel: z.string().nullable(),
        agencyName: z.string(),
        total: Rupiah,
        bySource: z.array(SourceAmountSchema),
        stages: z.array(StageRefSchema),
        itemKeys: z.array(z.string()),
      }),
    ),
    items: z.array(
      z.object({
        key: z.string(),
        origin: z.enum(ORIGIN_KEYS),
        originLabel: z.string(),
        title: z.string(),
        source: z.string(),
        sourceLabel: z.string(),
        stage: z.string(),
        stageLabel: z.string(),
        topic: z.string().nullable(),
        agencyKind: z.string().nullable(),
        agencyKindLabel: z.string().nullable(),
        agencyName: z.string(),
        desa: z.array(RegionRefSchema),
        amount: Rupiah,
        /** Dana Desa lines linked to this kawasan or one of its enterprises (always true for the others). */
        linked: z.boolean(),
      }),
    ),
    duplications: z.array(
      z.object({
        desa: RegionRefSchema,
        stage: z.string(),
        stageLabel: z.string(),
        topic: z.string().nullable(),
        itemKeys: z.array(z.string()),
        sources: z.array(z.object({ source: z.string(), sourceLabel: z.string() })),
        agencyNames: z.array(z.string()),
        amount: Rupiah,
        sentence: z.string(),
      }),
    ),
    gaps: z.array(
      z.object({
        kind: z.enum(['stage', 'desa']),
        stage: StageRefSchema.nullable(),
        desa: RegionRefSchema.nullable(),
        sentence: z.string(),
      }),
    ),
    notes: z.array(z.string()),
  })
  .meta({ id: 'FundingConvergence' });
export type ConvergenceView = z.infer<typeof ConvergenceViewSchema>;
