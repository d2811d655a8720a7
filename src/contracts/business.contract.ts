import { z } from 'zod';
import { Rupiah, RupiahInput } from './money.contract.ts';

/**
 * Stimulan usaha, the business side: the units of a village enterprise (commodity or service,
 * value-chain stage, status, workers), the supply links between units (across enterprises too),
 * the capital put into or granted to an enterprise by source, and the value chain of a kawasan
 * (or a kabupaten) with its gaps and the capital behind each stage. The schemas check shapes and
 * bound sizes; choices travel as strings so the domain (domain/enterprise/business-unit.ts,
 * capital.ts, value-chain.ts) answers a wrong one with an Indonesian message on its field.
 * Request bodies carry no defaults. Money is whole rupiah: digit strings in responses; requests
 * take digits, a JSON integer or the written form ("Rp 1.500.000").
 */

const CODE = z.string().trim().max(20).describe('Region code with or without dots');
/** Text up to twice the domain's limit: the domain counts characters and says so in Indonesian. */
const TEXT = (max: number) => z.string().max(max * 2);

const RegionRefSchema = z.object({ code: z.string(), name: z.string() });
const EnterpriseRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
});

export const BusinessEnterpriseParamsSchema = z.object({
  eid: z.uuid('Bukan pengenal badan usaha yang sah.'),
});
export const BusinessUnitParamsSchema = z.object({ uid: z.uuid('Bukan pengenal unit usaha yang sah.') });
export const BusinessLinkParamsSchema = z.object({ lid: z.uuid('Bukan pengenal pasokan yang sah.') });
export const CapitalParamsSchema = z.object({ cid: z.uuid('Bukan pengenal catatan modal yang sah.') });

/* ——— Units and links ——— */

/** One end of a supply link, as seen from the other. */
export const BusinessUnitRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  commodity: z.string(),
  stage: z.string(),
  stageLabel: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  enterprise: z.object({ id: z.uuid(), name: z.string() }),
  /** The signed-in user may open this unit's enterprise. */
  readable: z.boolean(),
});

export const BusinessLinkViewSchema = z
  .object({
    id: z.uuid(),
    supplier: BusinessUnitRefSchema,
    buyer: BusinessUnitRefSchema,
    product: z.string(),
    note: z.string(),
    /** Set when the link runs against the chain (inputs from a later stage), with what that means. */
    directionNote: z.string().nullable(),
    createdAt: z.string(),
    /** The signed-in user keeps either side's enterprise, so may remove the link. */
    canDelete: z.boolean(),
  })
  .meta({ id: 'BusinessLink' });
export type BusinessLinkView = z.infer<typeof BusinessLinkViewSchema>;

export const BusinessUnitViewSchema = z
  .object({
    id: z.uuid(),
    enterprise: EnterpriseRefSchema,
    name: z.string(),
    commodity: z.string(),
    stage: z.string(),
    stageLabel: z.string(),
    status: z.string(),
    statusLabel: z.string(),
    description: z.string(),
    desa: RegionRefSchema.nullable(),
    workers: z.number().int(),
    womenWorkers: z.number().int(),
    startedOn: z.string().nullable(),
    /** Capital recorded for this unit. */
    capitalTotal: Rupiah,
    capitalCount: z.number().int(),
    /** Units this unit buys from. */
    suppliers: z.array(BusinessLinkViewSchema),
    /** Units this unit sells to. */
    buyers: z.array(BusinessLinkViewSchema),
    canManage: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'BusinessUnit' });
export type BusinessUnitView = z.infer<typeof BusinessUnitViewSchema>;

export const BusinessUnitListSchema = z
  .object({
    enterprise: EnterpriseRefSchema,
    /** By stage (hulu, tengah, hilir, jasa), then name. */
    items: z.array(BusinessUnitViewSchema),
    canManage: z.boolean(),
  })
  .meta({ id: 'BusinessUnitList' });
export type BusinessUnitList = z.infer<typeof BusinessUnitListSchema>;

const UNIT_FIELDS = {
  name: TEXT(120),
  /** Normalised like the kawasan's flagship commodities (trimmed, lower case). */
  commodity: TEXT(80),
  stage: z.string().max(40).describe('hulu | tengah | hilir | jasa'),
  description: TEXT(2000).optional(),
  /** The desa/kelurahan where the unit works (10 digits, dotted or not). */
  desaCode: CODE.nullable().optional(),
  workers: z.number().optional(),
  womenWorkers: z.number().optional(),
  startedOn: z.string().max(20).nullable().optional(),
};

export const CreateBusinessUnitBodySchema = z.object({
  ...UNIT_FIELDS,
  /** rencana | berjalan | berhenti; `berjalan` when left out. */
  status: z.string().max(40).optional(),
});
export type CreateBusinessUnitBody = z.infer<typeof CreateBusinessUnitBodySchema>;

export const UpdateBusinessUnitBodySchema = z.object({
  name: UNIT_FIELDS.name.optional(),
  commodity: UNIT_FIELDS.commodity.optional(),
  stage: UNIT_FIELDS.stage.optional(),
  status: z.string().max(40).optional(),
  description: UNIT_FIELDS.description,
  desaCode: UNIT_FIELDS.desaCode,
  workers: UNIT_FIELDS.workers,
  womenWorkers: UNIT_FIELDS.womenWorkers,
  startedOn: UNIT_FIELDS.startedOn,
});
export type UpdateBusinessUnitBody = z.infer<typeof UpdateBusinessUnitBodySchema>;

export const CreateBusinessLinkBodySchema = z.object({
  /** The unit supplied; it may belong to another enterprise you may read. */
  buyerUnitId: z.uuid('Bukan pengenal unit usaha pembeli yang sah.'),
  product: TEXT(120),
  note: TEXT(500).optional(),
});
export type CreateBusinessLinkBody = z.infer<typeof CreateBusinessLinkBodySchema>;

/* ——— Capital ——— */

export const CapitalViewSchema = z
  .object({
    id: z.uuid(),
    enterpriseId: z.uuid(),
    unit: z.object({ id: z.uuid(), name: z.string(), stage: z.string(), stageLabel: z.string() }).nullable(),
    source: z.string(),
    sourceLabel: z.string(),
    form: z.string(),
    formLabel: z.string(),
    partner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    /** For Dana Desa: the founding desa whose APBDes it came from. */
    desa: RegionRefSchema.nullable(),
    amount: Rupiah,
    receivedOn: z.string(),
    documentNumber: z.string(),
    documentId: z.uuid().nullable(),
    note: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Capital' });
export type CapitalView = z.infer<typeof CapitalViewSchema>;

const SourceAmountSchema = z.object({ source: z.string(), sourceLabel: z.string(), amount: Rupiah });

export const CapitalSummarySchema = z.object({
  total: Rupiah,
  bySource: z.array(SourceAmountSchema),
  byForm: z.array(z.object({ form: z.string(), formLabel: z.string(), amount: Rupiah })),
  byYear: z.array(z.object({ year: z.number().int(), amount: Rupiah })),
  /** `unit` null: capital of the enterprise not tied to a unit. */
  byUnit: z.array(
    z.object({ unit: z.object({ id: z.uuid(), name: z.string() }).nullable(), amount: Rupiah }),
  ),
});

export const CapitalListSchema = z
  .object({
    enterprise: EnterpriseRefSchema,
    /** Latest first. */
    items: z.array(CapitalViewSchema),
    summary: CapitalSummarySchema,
    canManage: z.boolean(),
  })
  .meta({ id: 'CapitalList' });
export type CapitalList = z.infer<typeof CapitalListSchema>;

const CAPITAL_FIELDS = {
  source: z
    .string()
    .max(40)
    .describe('apbn | apbd_provinsi | apbd_kabupaten | dana_desa | mitra | masyarakat'),
  form: z.string().max(40).describe('penyertaan_modal | hibah'),
  amount: RupiahInput,
  receivedOn: z.string().max(20),
  /** The legal basis: Perdes APBDes (Dana Desa), SK/DPA (APBD), the agreement (mitra). */
  documentNumber: TEXT(120),
  /** Required for source `mitra`, absent otherwise. */
  partnerId: z.uuid('Bukan pengenal mitra pendanaan yang sah.').nullable().optional(),
  /** Required for source `dana_desa`: the founding desa putting its capital in. */
  desaCode: CODE.nullable().optional(),
  /** The unit the capital was meant for, if any. */
  unitId: z.uuid('Bukan pengenal unit usaha yang sah.').nullable().optional(),
  /** A stored document of the enterprise holding the legal basis. */
  documentId: z.uuid('Bukan pengenal dokumen yang sah.').nullable().optional(),
  note: TEXT(1000).optional(),
};

export const CreateCapitalBodySchema = z.object(CAPITAL_FIELDS);
export type CreateCapitalBody = z.infer<typeof CreateCapitalBodySchema>;

export const UpdateCapitalBodySchema = z.object({
  source: CAPITAL_FIELDS.source.optional(),
  form: CAPITAL_FIELDS.form.optional(),
  amount: CAPITAL_FIELDS.amount.optional(),
  receivedOn: CAPITAL_FIELDS.receivedOn.optional(),
  documentNumber: CAPITAL_FIELDS.documentNumber.optional(),
  partnerId: CAPITAL_FIELDS.partnerId,
  desaCode: CAPITAL_FIELDS.desaCode,
  unitId: CAPITAL_FIELDS.unitId,
  documentId: CAPITAL_FIELDS.documentId,
  note: CAPITAL_FIELDS.note,
});
export type UpdateCapitalBody = z.infer<typeof UpdateCapitalBodySchema>;

/* ——— Value chain ——— */

export const ValueChainQuerySchema = z.object({
  kawasanId: z.uuid('Bukan pengenal kawasan yang sah.').optional().describe('The kawasan (or give `region`)'),
  region: CODE.optional().describe('A kabupaten/kota or any region: units of enterprises founded in it'),
  commodity: z.string().trim().max(80).optional().describe('Only this commodity'),
});
export type ValueChainQuery = z.infer<typeof ValueChainQuerySchema>;

export const ValueChainUnitSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  enterprise: z.object({ id: z.uuid(), name: z.string() }),
  commodity: z.string(),
  stage: z.string(),
  stageLabel: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  desa: RegionRefSchema.nullable(),
  workers: z.number().int(),
  /** Capital tied to the unit; null for a unit outside the place (its capital is not shown). */
  capitalTotal: Rupiah.nullable(),
  /** False for a unit of an enterprise outside the place, at the far end of a link. */
  inPlace: z.boolean(),
});

const StageCapitalSchema = z.object({
  stage: z.string(),
  stageLabel: z.string(),
  total: Rupiah,
  bySource: z.array(SourceAmountSchema),
});

export const ValueChainGapSchema = z.object({
  kind: z.string().describe('no_units | stage_missing | imbalance | no_buyer | no_supplier'),
  kindLabel: z.string(),
  commodity: z.string(),
  stage: z.string().nullable(),
  message: z.string(),
  unitIds: z.array(z.uuid()),
});

export const ValueChainFlowSchema = z.object({
  id: z.uuid(),
  supplierUnitId: z.uuid(),
  buyerUnitId: z.uuid(),
  product: z.string(),
  directionNote: z.string().nullable(),
});

export const ValueChainViewSchema = z
  .object({
    place: z.union([
      z.object({ kind: z.literal('kawasan'), id: z.uuid(), name: z.string(), desaCount: z.number().int() }),
      z.object({ kind: z.literal('region'), code: z.string(), name: z.string() }),
    ]),
    /** The kawasan's flagship commodities (none for a region). */
    flagshipCommodities: z.array(z.string()),
    commodity: z.string().nullable(),
    enterprises: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        kind: z.string(),
        kindLabel: z.string(),
        legalStatus: z.string(),
        legalStatusLabel: z.string(),
        activity: z.string(),
        activityLabel: z.string(),
        founders: z.array(RegionRefSchema),
        /** Linked to the kawasan (rather than only founded by one of its desa). */
        linkedToKawasan: z.boolean(),
        unitCount: z.number().int(),
        capitalTotal: Rupiah,
        /** The latest periodic report, if any. */
        latestReport: z
          .object({ period: z.string(), revenue: Rupiah, netResult: Rupiah, splitPades: Rupiah })
          .nullable(),
      }),
    ),
    /** Every unit shown, by id (the stages list their ids). */
    units: z.array(ValueChainUnitSchema),
    commodities: z.array(
      z.object({
        commodity: z.string(),
        flagship: z.boolean(),
        stages: z.array(
          z.object({
            stage: z.string(),
            stageLabel: z.string(),
            running: z.array(z.uuid()),
            notRunning: z.array(z.uuid()),
            workers: z.number().int(),
            capital: StageCapitalSchema,
          }),
        ),
        flowIds: z.array(z.uuid()),
        gaps: z.array(ValueChainGapSchema),
      }),
    ),
    flows: z.array(ValueChainFlowSchema),
    gaps: z.array(ValueChainGapSchema),
    capital: z.object({
      byStage: z.array(StageCapitalSchema),
      unallocated: z.array(
        z.object({
          enterprise: z.object({ id: z.uuid(), name: z.string() }),
          label: z.string(),
          total: Rupiah,
          bySource: z.array(SourceAmountSchema),
        }),
      ),
      bySource: z.array(SourceAmountSchema),
      total: Rupiah,
    }),
  })
  .meta({ id: 'ValueChain' });
export type ValueChainView = z.infer<typeof ValueChainViewSchema>;
