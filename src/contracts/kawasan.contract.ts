import { z } from 'zod';
import { KAWASAN_ACTIONS, KAWASAN_STATES } from '../domain/kawasan/lifecycle.ts';
import { DOCUMENT_KINDS, DOCUMENT_MEDIA_TYPES, INSTITUTION_KINDS } from '../domain/kawasan/registry.ts';
import { IDM_STATUSES } from '../domain/village-index/idm.types.ts';

/**
 * A kawasan perdesaan: the registry record, its member desa, institutions (TKPKP, BKAD),
 * documents, lifecycle transitions, dashboard and public page. See ADR 0009 and ADR 0010.
 * Request bodies with defaults carry no OpenAPI component id: their input and output forms differ.
 */

const IdmStatusSchema = z.enum(IDM_STATUSES);

export const KawasanStateSchema = z.enum(KAWASAN_STATES).meta({ id: 'KawasanState' });
export const KawasanActionSchema = z.enum(KAWASAN_ACTIONS).meta({ id: 'KawasanAction' });
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS).meta({ id: 'KawasanDocumentKind' });
export const InstitutionKindSchema = z.enum(INSTITUTION_KINDS).meta({ id: 'KawasanInstitutionKind' });

const DATE = z.iso.date('Tanggal harus berbentuk TTTT-BB-HH.');
const NAME = z.string().trim().min(3, 'Nama minimal 3 huruf.').max(120, 'Nama paling panjang 120 huruf.');
const COMMODITY = z.string().trim().min(2, 'Komoditas minimal 2 huruf.').max(60);
const DESA_CODE = z.string().trim().max(20).describe('Desa code with or without dots');

export const KawasanThemeSchema = z
  .object({
    code: z.string().describe('agropolitan, minapolitan, wisata, industri…'),
    label: z.string(),
    description: z.string().nullable(),
  })
  .meta({ id: 'KawasanTheme' });
export type KawasanTheme = z.infer<typeof KawasanThemeSchema>;

export const CreateThemeBodySchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{1,39}$/, 'Kode tema: huruf kecil, angka atau _, 2–40 karakter.'),
    label: z.string().trim().min(3).max(80),
    description: z.string().trim().max(400).nullish(),
  })
  .meta({ id: 'CreateKawasanTheme' });
export type CreateThemeBody = z.infer<typeof CreateThemeBodySchema>;

export const KawasanMemberSchema = z
  .object({
    code: z.string(),
    codeDotted: z.string(),
    name: z.string(),
    districtCode: z.string(),
    districtName: z.string(),
    type: z.enum(['desa', 'desa_adat']),
    /** Latest IDM result, if any. */
    indexYear: z.number().int().nullable(),
    indexValue: z.number().nullable(),
    status: IdmStatusSchema.nullable(),
    role: z
      .enum(['locomotive', 'lagging', 'other', 'unknown'])
      .describe('locomotive: Maju/Mandiri; lagging: Tertinggal/Sangat Tertinggal; unknown: no result'),
  })
  .meta({ id: 'KawasanMember' });
export type KawasanMember = z.infer<typeof KawasanMemberSchema>;

export const DecreeSchema = z
  .object({
    number: z.string(),
    date: z.string(),
    documentId: z.string().nullable(),
  })
  .meta({ id: 'KawasanDecree' });

export const KawasanDocumentSchema = z
  .object({
    id: z.string(),
    kind: DocumentKindSchema,
    title: z.string(),
    fileName: z.string(),
    mediaType: z.enum(DOCUMENT_MEDIA_TYPES),
    bytes: z.number().int(),
    sha256: z.string().describe('Checksum of the stored file, hex'),
    public: z.boolean().describe('Shown on the public page of a designated kawasan'),
    uploadedAt: z.string(),
    uploadedBy: z.string(),
  })
  .meta({ id: 'KawasanDocument' });
export type KawasanDocument = z.infer<typeof KawasanDocumentSchema>;

export const DocumentUploadQuerySchema = z.object({
  fileName: z.string().trim().min(1).max(200).describe('Name of the uploaded file'),
  kind: DocumentKindSchema.describe('sk, peta, berita_acara, perdes_bersama, rpkp, bukti_kegiatan, lainnya'),
  title: z.string().trim().min(3, 'Judul minimal 3 huruf.').max(200),
  public: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export type DocumentUploadQuery = z.infer<typeof DocumentUploadQuerySchema>;

export const UpdateDocumentBodySchema = z
  .object({ public: z.boolean(), title: z.string().trim().min(3).max(200).optional() })
  .meta({ id: 'UpdateKawasanDocument' });
export type UpdateDocumentBody = z.infer<typeof UpdateDocumentBodySchema>;

export const InstitutionMemberSchema = z.object({
  name: z.string().trim().min(2, 'Nama anggota minimal 2 huruf.').max(120),
  agency: z.string().trim().max(160).nullish().describe('Instansi / lembaga (TKPKP) or desa (BKAD)'),
  position: z.string().trim().min(2).max(120).describe('Jabatan dalam tim / kepengurusan'),
  desaCode: DESA_CODE.nullish().describe('For BKAD: the member desa represented'),
  management: z.boolean().default(false).describe('BKAD: part of the management (pengurus)'),
});

export const InstitutionBodySchema = z.object({
  name: z.string().trim().min(3).max(160),
  decreeNumber: z
    .string()
    .trim()
    .max(120)
    .nullish()
    .describe('TKPKP: SK bupati; BKAD: peraturan bersama kepala desa'),
  decreeDate: DATE.nullish(),
  decreeDocumentId: z.uuid().nullish(),
  notes: z.string().trim().max(2000).nullish(),
  members: z.array(InstitutionMemberSchema).max(60, 'Paling banyak 60 anggota.'),
});
export type InstitutionBody = z.infer<typeof InstitutionBodySchema>;

export const InstitutionSchema = z
  .object({
    kind: InstitutionKindSchema,
    name: z.string(),
    decreeNumber: z.string().nullable(),
    decreeDate: z.string().nullable(),
    decreeDocumentId: z.string().nullable(),
    notes: z.string().nullable(),
    members: z.array(
      z.object({
        name: z.string(),
        agency: z.string().nullable(),
        position: z.string(),
        desaCode: z.string().nullable(),
        management: z.boolean(),
      }),
    ),
    updatedAt: z.string(),
  })
  .meta({ id: 'KawasanInstitution' });
export type Institution = z.infer<typeof InstitutionSchema>;

export const KawasanSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    state: KawasanStateSchema,
    theme: KawasanThemeSchema.nullable(),
    regionCode: z
      .string()
      .describe('The designating region: the kabupaten, or the province across kabupaten'),
    regionName: z.string(),
    kabupatenCodes: z.array(z.string()),
    memberCount: z.number().int(),
    commodities: z.array(z.string()),
    updatedAt: z.string(),
  })
  .meta({ id: 'KawasanSummary' });
export type KawasanSummary = z.infer<typeof KawasanSummarySchema>;

export const KawasanDetailSchema = KawasanSummarySchema.extend({
  delineationNotes: z.string().nullable(),
  decree: DecreeSchema.nullable(),
  members: z.array(KawasanMemberSchema),
  institutions: z.array(InstitutionSchema),
  documents: z.array(KawasanDocumentSchema),
  recommendationId: z.string().nullable().describe('The recommender run it came from, if any'),
  createdAt: z.string(),
  /** What the signed-in actor may do now. */
  allowed: z.object({
    actions: z.array(KawasanActionSchema).describe('Lifecycle actions this actor may try in this state'),
    editProfile: z.boolean(),
    editMembers: z.boolean(),
    addDocuments: z.boolean(),
    manage: z.boolean().describe('Institutions, documents visibility and removal'),
  }),
}).meta({ id: 'KawasanDetail' });
export type KawasanDetail = z.infer<typeof KawasanDetailSchema>;

export const KawasanListQuerySchema = z.object({
  region: z.string().max(20).optional().describe('Only kawasan with members in this region'),
  state: KawasanStateSchema.optional(),
  q: z.string().trim().max(80).optional().describe('Part of the name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type KawasanListQuery = z.infer<typeof KawasanListQuerySchema>;

export const KawasanListSchema = z
  .object({
    items: z.array(KawasanSummarySchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'KawasanList' });
export type KawasanList = z.infer<typeof KawasanListSchema>;

export const CreateKawasanBodySchema = z.object({
  name: NAME,
  kabupatenCodes: z
    .array(z.string().trim().max(20))
    .min(1, 'Pilih kabupaten/kota kawasan.')
    .max(10)
    .describe('One kabupaten, or several of one province for a kawasan designated by the governor'),
  theme: z.string().trim().max(40).nullish(),
  commodities: z.array(COMMODITY).max(12).default([]),
  delineationNotes: z.string().trim().max(4000).nullish(),
  members: z.array(DESA_CODE).max(60).default([]),
});
export type CreateKawasanBody = z.infer<typeof CreateKawasanBodySchema>;

export const UpdateKawasanBodySchema = z
  .object({
    name: NAME.optional(),
    theme: z.string().trim().max(40).nullish(),
    commodities: z.array(COMMODITY).max(12).optional(),
    delineationNotes: z.string().trim().max(4000).nullish(),
  })
  .meta({ id: 'UpdateKawasan' });
export type UpdateKawasanBody = z.infer<typeof UpdateKawasanBodySchema>;

export const MembersBodySchema = z
  .object({ members: z.array(DESA_CODE).max(60, 'Paling banyak 60 desa anggota.') })
  .meta({ id: 'KawasanMembersInput' });
export type MembersBody = z.infer<typeof MembersBodySchema>;

export const TransitionBodySchema = z
  .object({
    action: KawasanActionSchema,
    reason: z.string().trim().max(2000).nullish(),
    sk: z
      .object({ number: z.string().trim().max(120), date: z.string().trim().max(10), documentId: z.string() })
      .nullish()
      .describe('Required to designate: SK number, date and the id of the uploaded SK document'),
  })
  .meta({ id: 'KawasanTransition' });
export type TransitionBody = z.infer<typeof TransitionBodySchema>;

export const KawasanParamsSchema = z.object({ id: z.uuid('Bukan pengenal kawasan yang sah.') });
export const DocumentParamsSchema = KawasanParamsSchema.extend({ documentId: z.uuid() });
export const InstitutionParamsSchema = KawasanParamsSchema.extend({ kind: InstitutionKindSchema });

export const TimelineEntrySchema = z
  .object({
    at: z.string(),
    actor: z.string(),
    action: z.string().describe('kawasan.create, kawasan.propose, kawasan.document.add…'),
    from: KawasanStateSchema.nullable(),
    to: KawasanStateSchema.nullable(),
    reason: z.string().nullable(),
    summary: z.string().describe('One line in Indonesian'),
  })
  .meta({ id: 'KawasanTimelineEntry' });
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const KawasanYearSchema = z
  .object({
    year: z.number().int(),
    scored: z.number().int(),
    mean: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    stddev: z.number().nullable().describe('Population standard deviation of the members’ IDM values'),
    locomotives: z.number().int(),
    lagging: z.number().int(),
  })
  .meta({ id: 'KawasanYear' });

export const KawasanDashboardSchema = z
  .object({
    id: z.string(),
    years: z.array(KawasanYearSchema).describe('Oldest first'),
    locomotives: z.array(z.string()).describe('Member codes with Maju/Mandiri in the latest year'),
    lagging: z
      .array(z.string())
      .describe('Member codes with Tertinggal/Sangat Tertinggal in the latest year'),
    timeline: z.array(TimelineEntrySchema).describe('Newest first'),
  })
  .meta({ id: 'KawasanDashboard' });
export type KawasanDashboard = z.infer<typeof KawasanDashboardSchema>;

export const PublicKawasanSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    state: KawasanStateSchema,
    theme: KawasanThemeSchema.nullable(),
    regionCode: z.string(),
    regionName: z.string(),
    commodities: z.array(z.string()),
    decree: DecreeSchema.omit({ documentId: true }).nullable(),
    members: z.array(KawasanMemberSchema),
    institutions: z.array(InstitutionSchema),
    documents: z.array(KawasanDocumentSchema),
    years: z.array(KawasanYearSchema),
  })
  .meta({ id: 'PublicKawasan' });
export type PublicKawasan = z.infer<typeof PublicKawasanSchema>;

/* The formation recommender. */

export const RecommendationBodySchema = z.object({
  kabupatenCode: z.string().trim().max(20),
  seed: z.number().int().min(0).max(4294967295).optional().describe('Drawn and stored when omitted'),
  minSize: z.number().int().min(2).max(15).default(3),
  maxSize: z.number().int().min(3).max(30).default(15),
});
export type RecommendationBody = z.infer<typeof RecommendationBodySchema>;

export const ProposalSchema = z
  .object({
    id: z.string(),
    members: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        status: IdmStatusSchema.nullable(),
        role: z.enum(['locomotive', 'lagging', 'other', 'unknown']),
      }),
    ),
    locomotives: z.array(z.string()),
    lagging: z.array(z.string()),
    pulls: z.array(z.object({ locomotive: z.string(), lagging: z.string(), steps: z.number().int() })),
    score: z.object({
      total: z.number(),
      mix: z.number(),
      commodity: z.number().nullable().describe('Null when no commodities are known'),
      compactness: z.number(),
    }),
    explanation: z.array(z.string()),
    kawasanId: z.string().nullable().describe('The kawasan made from this proposal, once made'),
  })
  .meta({ id: 'KawasanProposal' });
export type Proposal = z.infer<typeof ProposalSchema>;

export const RecommendationSchema = z
  .object({
    id: z.string(),
    kabupatenCode: z.string(),
    kabupatenName: z.string(),
    recommender: z.string(),
    seed: z.number().int(),
    minSize: z.number().int(),
    maxSize: z.number().int(),
    indexYear: z.number().int().nullable().describe('IDM year whose statuses were used'),
    graphSource: z.enum(['boundaries', 'estimated']),
    desaCount: z.number().int(),
    proposals: z.array(ProposalSchema),
    leftOut: z.array(
      z.object({ code: z.string(), name: z.string(), reason: z.string(), message: z.string() }),
    ),
    noProposalReason: z.string().nullable(),
    at: z.string(),
    by: z.string(),
  })
  .meta({ id: 'KawasanRecommendation' });
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const RecommendationParamsSchema = z.object({ id: z.uuid() });
export const ProposalParamsSchema = RecommendationParamsSchema.extend({
  proposalId: z.string().regex(/^U\d{1,3}$/, 'Usulan tidak dikenal.'),
});
export const ProposalToKawasanBodySchema = z.object({
  name: NAME,
  theme: z.string().trim().max(40).nullish(),
  commodities: z.array(COMMODITY).max(12).default([]),
});
export type ProposalToKawasanBody = z.infer<typeof ProposalToKawasanBodySchema>;
