import { z } from 'zod';
import { LEGAL_STEPS } from '../domain/enterprise/legal-status.ts';
import { NAME_RULES } from '../domain/enterprise/naming.ts';
import {
  ACTIVITY,
  ENTERPRISE_DOCUMENT_KINDS,
  ENTERPRISE_KINDS,
  LEGAL_STATUSES,
  ORGANS,
  PARTNER_KINDS,
} from '../domain/enterprise/vocabulary.ts';

/**
 * Stimulan usaha — the enterprise registry: village enterprises (BUM Desa, BUM Desa Bersama,
 * cooperatives incl. Koperasi Desa/Kelurahan Merah Putih, business groups) with their founding
 * desa, name checks, legal-entity steps, organs, documents and kawasan links; and the registry of
 * funding partners. The schemas check shapes and bound sizes; the rules (founding, naming, legal
 * steps, organ members) are the domain's (domain/enterprise/*), and their refusals come back as
 * problems with field paths and Indonesian messages. Request bodies carry no defaults.
 */

const CODE = z.string().trim().max(20).describe('Region code with or without dots');
const DATE = z.iso.date('Tanggal harus berbentuk TTTT-BB-HH.');
/** Text up to twice the domain's limit: the domain counts characters and says so in Indonesian. */
const TEXT = (max: number) => z.string().max(max * 2);
const UUID = z.uuid('Bukan pengenal yang sah.');

export const EnterpriseKindSchema = z.enum(ENTERPRISE_KINDS).meta({ id: 'EnterpriseKind' });
export const LegalStatusSchema = z.enum(LEGAL_STATUSES).meta({ id: 'EnterpriseLegalStatus' });
export const EnterpriseActivitySchema = z.enum(ACTIVITY).meta({ id: 'EnterpriseActivity' });
export const OrganSchema = z.enum(ORGANS).meta({ id: 'EnterpriseOrgan' });
export const LegalStepKindSchema = z.enum(LEGAL_STEPS).meta({ id: 'EnterpriseLegalStep' });
export const EnterpriseDocumentKindSchema = z
  .enum(ENTERPRISE_DOCUMENT_KINDS)
  .meta({ id: 'EnterpriseDocumentKind' });
export const PartnerKindSchema = z.enum(PARTNER_KINDS).meta({ id: 'FundingPartnerKind' });

const RegionRefSchema = z.object({ code: z.string(), name: z.string() });
const KawasanRefSchema = z.object({ id: z.uuid(), name: z.string() });

/* ——— Name checks ——— */

export const NameCheckSchema = z
  .object({
    rule: z.enum(NAME_RULES),
    severity: z.enum(['error', 'warning']),
    field: z.literal('name'),
    message: z.string(),
  })
  .meta({ id: 'EnterpriseNameCheck' });
export type NameCheckView = z.infer<typeof NameCheckSchema>;

export const CheckNameBodySchema = z.object({
  kind: EnterpriseKindSchema,
  name: TEXT(120),
  founderDesaCodes: z.array(CODE).max(100),
  /** When renaming: the enterprise itself, whose own name is not "taken". */
  enterpriseId: UUID.optional(),
});
export type CheckNameBody = z.infer<typeof CheckNameBodySchema>;

export const CheckNameResultSchema = z
  .object({
    /** No error among the checks: the name may be registered. */
    ok: z.boolean(),
    checks: z.array(NameCheckSchema),
    /** The founding desa as found in the region table, in the order given. */
    founders: z.array(RegionRefSchema),
    /** Problems with the founding desa themselves (count per kind, codes, unknown desa). */
    foundingIssues: z.array(z.object({ field: z.string(), message: z.string() })),
  })
  .meta({ id: 'EnterpriseNameCheckResult' });
export type CheckNameResult = z.infer<typeof CheckNameResultSchema>;

/* ——— Enterprises ——— */

const LegalStepInputSchema = z.object({
  step: LegalStepKindSchema,
  date: z.string().max(20).describe('YYYY-MM-DD'),
  number: z.string().max(200).nullable().optional(),
});

const ENTERPRISE_FIELDS = {
  name: TEXT(120),
  address: TEXT(500).optional(),
  phone: z.string().max(60).nullable().optional(),
  email: z.string().max(254).nullable().optional(),
  /** Bidang usaha, e.g. "Perdagangan hasil pertanian"; up to 20. */
  businessFields: z.array(TEXT(100)).max(20).optional(),
  foundedOn: DATE.nullable().optional(),
  kawasanIds: z.array(UUID).max(20).optional(),
};

export const CreateEnterpriseBodySchema = z.object({
  kind: EnterpriseKindSchema,
  founderDesaCodes: z.array(CODE).max(100),
  ...ENTERPRISE_FIELDS,
  /** Legal steps already taken, in order (e.g. a name submitted and approved before registering here). */
  legalSteps: z.array(LegalStepInputSchema).max(3).optional(),
});
export type CreateEnterpriseBody = z.infer<typeof CreateEnterpriseBodySchema>;

export const UpdateEnterpriseBodySchema = z.object({
  name: ENTERPRISE_FIELDS.name.optional(),
  address: ENTERPRISE_FIELDS.address,
  phone: ENTERPRISE_FIELDS.phone,
  email: ENTERPRISE_FIELDS.email,
  businessFields: ENTERPRISE_FIELDS.businessFields,
  foundedOn: ENTERPRISE_FIELDS.foundedOn,
  activity: EnterpriseActivitySchema.optional(),
  kawasanIds: ENTERPRISE_FIELDS.kawasanIds,
  /** Founders are fixed after registration: sending other founders answers 409. */
  founderDesaCodes: z.array(CODE).max(100).optional(),
});
export type UpdateEnterpriseBody = z.infer<typeof UpdateEnterpriseBodySchema>;

export const EnterpriseParamsSchema = z.object({ eid: z.uuid('Bukan pengenal badan usaha yang sah.') });

export const EnterpriseListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('Part of the name'),
  kind: EnterpriseKindSchema.optional(),
  legalStatus: LegalStatusSchema.optional().describe('The legal status today'),
  region: CODE.optional().describe('Only enterprises with a founding desa in this region'),
  kawasanId: z.uuid().optional().describe('Only enterprises linked to this kawasan'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type EnterpriseListQuery = z.infer<typeof EnterpriseListQuerySchema>;

const LegalViewSchema = z.object({
  status: LegalStatusSchema,
  statusLabel: z.string(),
  /** Whether the kind takes the legal steps at all (business groups do not). */
  required: z.boolean(),
  /** Whether the kind registers a name first (BUM Desa and BUM Desa Bersama). */
  nameStep: z.boolean(),
  nameSubmittedOn: z.string().nullable(),
  nameRegistrationNumber: z.string().nullable(),
  nameApprovedOn: z.string().nullable(),
  /** The last day the approved name is valid (40 working days, Monday–Friday). */
  nameValidUntil: z.string().nullable(),
  workingDaysLeft: z.number().int().nullable(),
  certificateLabel: z.string(),
  certificateNumber: z.string().nullable(),
  certificateDate: z.string().nullable(),
  /** How the validity is counted (national holidays are not known to the system). */
  note: z.string().nullable(),
});

const EnterpriseSummaryFields = {
  id: z.uuid(),
  kind: EnterpriseKindSchema,
  kindLabel: z.string(),
  name: z.string(),
  /** The longest region holding every founding desa ("" across provinces). */
  region: RegionRefSchema,
  legalStatus: LegalStatusSchema,
  legalStatusLabel: z.string(),
  activity: EnterpriseActivitySchema,
  activityLabel: z.string(),
  founders: z.array(RegionRefSchema),
  kawasan: z.array(KawasanRefSchema),
  unitCount: z.number().int(),
  /** The latest reported period (`2026-S1`, `2026`), if any. */
  latestReportPeriod: z.string().nullable(),
  /** The signed-in user may change this enterprise. */
  canManage: z.boolean(),
};

export const EnterpriseSummarySchema = z.object(EnterpriseSummaryFields).meta({ id: 'EnterpriseSummary' });
export type EnterpriseSummary = z.infer<typeof EnterpriseSummarySchema>;

export const EnterpriseListSchema = z
  .object({ items: z.array(EnterpriseSummarySchema), total: z.number().int() })
  .meta({ id: 'EnterpriseList' });
export type EnterpriseList = z.infer<typeof EnterpriseListSchema>;

export const OrganMemberViewSchema = z.object({
  id: z.uuid(),
  organ: OrganSchema,
  organLabel: z.string(),
  name: z.string(),
  position: z.string(),
  gender: z.enum(['L', 'P']).nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** Serving today (term started and not ended). */
  serving: z.boolean(),
});

export const EnterpriseDocumentSchema = z
  .object({
    id: z.uuid(),
    kind: EnterpriseDocumentKindSchema,
    kindLabel: z.string(),
    title: z.string(),
    number: z.string().nullable(),
    issuedOn: z.string().nullable(),
    fileName: z.string(),
    mediaType: z.string(),
    bytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.iso.datetime(),
    uploadedBy: z.string(),
  })
  .meta({ id: 'EnterpriseDocument' });
export type EnterpriseDocumentView = z.infer<typeof EnterpriseDocumentSchema>;

export const EnterpriseViewSchema = z
  .object({
    ...EnterpriseSummaryFields,
    address: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    businessFields: z.array(z.string()),
    foundedOn: z.string().nullable(),
    /** The founding deliberation and instrument of the kind (Musyawarah Desa, Peraturan Desa …). */
    founding: z.object({ deliberation: z.string().nullable(), instrument: z.string().nullable() }),
    legal: LegalViewSchema,
    organs: z.array(
      z.object({ organ: OrganSchema, label: z.string(), members: z.array(OrganMemberViewSchema) }),
    ),
    /** Organs of the kind with no member serving today (a warning). */
    organGaps: z.array(z.object({ organ: OrganSchema, label: z.string(), message: z.string() })),
    documents: z.array(EnterpriseDocumentSchema),
    /** Founding documents expected for the kind (Permendesa 3/2021 attachments) not uploaded yet. */
    missingDocuments: z.array(z.object({ kind: EnterpriseDocumentKindSchema, label: z.string() })),
    /** Naming warnings of the current name (errors cannot be stored). */
    nameWarnings: z.array(NameCheckSchema),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Enterprise' });
export type EnterpriseView = z.infer<typeof EnterpriseViewSchema>;

export const LegalStepBodySchema = z.object({
  step: LegalStepKindSchema,
  date: z.string().max(20).describe('YYYY-MM-DD, not after today'),
  number: z.string().max(200).nullable().optional(),
});
export type LegalStepBody = z.infer<typeof LegalStepBodySchema>;

const OrganMemberInputSchema = z.object({
  organ: z.string().max(40),
  name: TEXT(120),
  position: TEXT(100),
  gender: z.enum(['L', 'P']).nullable().optional(),
  startDate: z.string().max(20).nullable().optional(),
  endDate: z.string().max(20).nullable().optional(),
});

export const OrgansBodySchema = z.object({ members: z.array(OrganMemberInputSchema).max(100) });
export type OrgansBody = z.infer<typeof OrgansBodySchema>;

export const EnterpriseDocumentUploadQuerySchema = z.object({
  fileName: z.string().trim().min(1).max(200).describe('Name of the uploaded file'),
  kind: EnterpriseDocumentKindSchema,
  title: z.string().trim().min(3, 'Judul minimal 3 huruf.').max(200),
  number: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Document number (nomor Perdes, nomor berita acara…)'),
  issuedOn: DATE.optional(),
});
export type EnterpriseDocumentUploadQuery = z.infer<typeof EnterpriseDocumentUploadQuerySchema>;

export const EnterpriseDocumentParamsSchema = z.object({
  eid: z.uuid('Bukan pengenal badan usaha yang sah.'),
  did: z.uuid('Bukan pengenal dokumen yang sah.'),
});

/* ——— Funding partners ——— */

export const FundingPartnerViewSchema = z
  .object({
    id: z.uuid(),
    kind: PartnerKindSchema,
    kindLabel: z.string(),
    name: z.string(),
    seatRegion: RegionRefSchema.nullable(),
    /** The organisation's contact (office address, unit): no personal phone numbers. */
    contact: z.string(),
    canManage: z.boolean(),
  })
  .meta({ id: 'FundingPartner' });
export type FundingPartnerView = z.infer<typeof FundingPartnerViewSchema>;

export const FundingPartnerListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('Part of the name'),
  kind: PartnerKindSchema.optional(),
});
export type FundingPartnerListQuery = z.infer<typeof FundingPartnerListQuerySchema>;

export const FundingPartnerListSchema = z
  .object({ items: z.array(FundingPartnerViewSchema), total: z.number().int() })
  .meta({ id: 'FundingPartnerList' });
export type FundingPartnerList = z.infer<typeof FundingPartnerListSchema>;

export const CreateFundingPartnerBodySchema = z.object({
  kind: PartnerKindSchema,
  name: TEXT(200),
  seatRegionCode: CODE.nullable().optional(),
  contact: TEXT(500).optional(),
});
export type CreateFundingPartnerBody = z.infer<typeof CreateFundingPartnerBodySchema>;

export const UpdateFundingPartnerBodySchema = z.object({
  kind: PartnerKindSchema.optional(),
  name: TEXT(200).optional(),
  seatRegionCode: CODE.nullable().optional(),
  contact: TEXT(500).optional(),
});
export type UpdateFundingPartnerBody = z.infer<typeof UpdateFundingPartnerBodySchema>;

export const FundingPartnerParamsSchema = z.object({ pid: z.uuid('Bukan pengenal mitra yang sah.') });
