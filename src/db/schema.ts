/**
 * The one drizzle schema. Migrations in ./migrations are generated from it (`npm run db:generate`)
 * and reviewed; they run unchanged on PGlite and on PostgreSQL 15.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  real,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { IdmStatus } from '../domain/village-index/idm.types.ts';
import type {
  CarryOverRecord,
  DecisionRecord,
  StoredPlan,
  StoredRegulation,
  StoredResult,
} from './deliberation-records.ts';
import type { InstitutionMemberRecord, StoredRecommendation } from './kawasan-records.ts';

/** Byte-wise text, so `LIKE '33%'` prefix searches can use a btree index on PostgreSQL 15. */
const byteText = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

/** Raw bytes (PGlite returns Uint8Array, node-postgres a Buffer, which is one). */
const bytea = customType<{ data: Uint8Array }>({ dataType: () => 'bytea' });

/** Administrative regions (wilayah): provinsi, kabupaten/kota, kecamatan, desa/kelurahan. */
export const region = pgTable(
  'region',
  {
    code: byteText('code').primaryKey(),
    parentCode: byteText('parent_code'),
    /** 1 province, 2 regency, 3 district, 4 village. */
    level: smallint('level').notNull(),
    name: text('name').notNull(),
    /** `normalizeSearchText(name)`: lower case, no accents or punctuation; byte order for prefix scans. */
    searchName: byteText('search_name').notNull(),
    /** Counts of everything below, computed at import so reads never aggregate. */
    regencyCount: integer('regency_count').notNull().default(0),
    districtCount: integer('district_count').notNull().default(0),
    desaCount: integer('desa_count').notNull().default(0),
    kelurahanCount: integer('kelurahan_count').notNull().default(0),
    desaAdatCount: integer('desa_adat_count').notNull().default(0),
  },
  (t) => [
    index('region_parent_code_idx').on(t.parentCode, t.code),
    // Name search is for villages: prefix matches come straight from this index.
    index('region_village_search_name_idx').on(t.searchName).where(sql`${t.level} = 4`),
  ],
);

/** One row per import run, for provenance and `kawasan status`. */
export const dataImport = pgTable('data_import', {
  id: serial('id').primaryKey(),
  kind: text('kind').notNull(),
  source: text('source').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
  summary: jsonb('summary').notNull(),
});

/** People who sign in. Passwords are argon2id hashes; the username is stored lower-case. */
export const appUser = pgTable('app_user', {
  id: uuid('id').primaryKey(),
  username: text('username').notNull().unique(),
  email: text('email').unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * A role held within a scope. `regionCode` is the region the scope lies in (the code itself for
 * region scopes; resolved for kawasan, enterprise and provider scopes), so lists filter by prefix.
 */
export const roleAssignment = pgTable(
  'role_assignment',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    scopeKind: text('scope_kind').notNull(),
    scopeId: byteText('scope_id'),
    regionCode: byteText('region_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('role_assignment_user_idx').on(t.userId),
    index('role_assignment_region_idx').on(t.regionCode),
    uniqueIndex('role_assignment_unique_idx').on(t.userId, t.role, t.scopeKind, t.scopeId),
  ],
);

/** Signed-in browser sessions. Only a hash of the cookie value is stored. */
export const userSession = pgTable(
  'user_session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('user_session_user_idx').on(t.userId)],
);

/** Tokens for integrations: shown once, stored as a hash, revocable, expiring, optionally narrowed. */
export const apiToken = pgTable(
  'api_token',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    readOnly: boolean('read_only').notNull(),
    scopeKind: text('scope_kind'),
    scopeId: byteText('scope_id'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('api_token_user_idx').on(t.userId)],
);

/** Failed sign-ins, for throttling per account and per address. Old rows are pruned. */
export const loginFailure = pgTable(
  'login_failure',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    accountKey: text('account_key').notNull(),
    ip: text('ip').notNull(),
  },
  (t) => [
    index('login_failure_account_idx').on(t.accountKey, t.at),
    index('login_failure_ip_idx').on(t.ip, t.at),
  ],
);

/** Every change, written in the transaction that makes it. Never updated or deleted by the API. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id').notNull(),
    /** The region the change concerns, for scoped reading; null for national-level records. */
    regionCode: byteText('region_code'),
    changes: jsonb('changes').notNull(),
  },
  (t) => [
    index('audit_log_resource_idx').on(t.resourceType, t.resourceId, t.id),
    index('audit_log_actor_idx').on(t.actorUserId, t.id),
    index('audit_log_region_idx').on(t.regionCode, t.id),
  ],
);

/** One import of village index data: a spreadsheet or a batch of API responses. */
export const indexImport = pgTable('index_import', {
  id: serial('id').primaryKey(),
  scheme: text('scheme').notNull(),
  year: smallint('year').notNull(),
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  actorLabel: text('actor_label').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  summary: jsonb('summary').notNull(),
});

/**
 * A village's index result for one year under one scheme, as published (official status) and as
 * recomputed by the scheme's code, with its provenance. Codes absent from the region list are kept
 * and reported (`placed` false), never dropped.
 */
export const villageIndex = pgTable(
  'village_index',
  {
    scheme: text('scheme').notNull(),
    year: smallint('year').notNull(),
    regionCode: byteText('region_code').notNull(),
    name: text('name').notNull(),
    iks: doublePrecision('iks'),
    ike: doublePrecision('ike'),
    ikl: doublePrecision('ikl'),
    value: doublePrecision('value'),
    officialStatus: text('official_status').$type<IdmStatus>(),
    computedStatus: text('computed_status').$type<IdmStatus>(),
    placed: boolean('placed').notNull(),
    importId: integer('import_id')
      .notNull()
      .references(() => indexImport.id),
    /** Line in the spreadsheet; 0 for an API response, whose file is named in `sourceFile`. */
    sourceLine: integer('source_line').notNull(),
    /** The file inside a folder or zip of API responses; null for a spreadsheet row. */
    sourceFile: text('source_file'),
    /** The composite recomputed from the stored indicator scores; null without indicator scores. */
    computedValue: doublePrecision('computed_value'),
    /** Why official and recomputed values differ, and what was recovered (API imports). */
    notes: jsonb('notes').$type<string[]>(),
  },
  (t) => [
    primaryKey({ columns: [t.scheme, t.year, t.regionCode] }),
    index('village_index_region_idx').on(t.regionCode),
  ],
);

/**
 * The indicator scores behind a village's result, with the ministry's own description of the
 * condition, its recommended activity and who can act, as the API response gave them.
 */
export const villageIndexIndicator = pgTable(
  'village_index_indicator',
  {
    scheme: text('scheme').notNull(),
    year: smallint('year').notNull(),
    regionCode: byteText('region_code').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    score: smallint('score').notNull(),
    condition: text('condition'),
    activity: text('activity'),
    /** `{ pusat?, provinsi?, kabupaten?, desa?, csr?, lainnya? }`: the agencies named per level. */
    actors: jsonb('actors').$type<Record<string, string>>().notNull(),
    /** The score was recovered from the official total (the 2024 residents' internet quirk). */
    recovered: boolean('recovered').notNull().default(false),
  },
  (t) => [
    primaryKey({
      name: 'village_index_indicator_pk',
      columns: [t.scheme, t.year, t.regionCode, t.indicatorCode],
    }),
    foreignKey({
      name: 'village_index_indicator_result_fk',
      columns: [t.scheme, t.year, t.regionCode],
      foreignColumns: [villageIndex.scheme, villageIndex.year, villageIndex.regionCode],
    }).onDelete('cascade'),
  ],
);

/**
 * Village index aggregates per region (national is the empty code), refreshed in the transaction
 * of every import, so dashboards never scan 75,000 rows per request.
 */
export const villageIndexRollup = pgTable(
  'village_index_rollup',
  {
    scheme: text('scheme').notNull(),
    year: smallint('year').notNull(),
    regionCode: byteText('region_code').notNull(),
    villages: integer('villages').notNull(),
    scored: integer('scored').notNull(),
    meanValue: doublePrecision('mean_value'),
    meanIks: doublePrecision('mean_iks'),
    meanIke: doublePrecision('mean_ike'),
    meanIkl: doublePrecision('mean_ikl'),
    sangatTertinggal: integer('sangat_tertinggal').notNull(),
    tertinggal: integer('tertinggal').notNull(),
    berkembang: integer('berkembang').notNull(),
    maju: integer('maju').notNull(),
    mandiri: integer('mandiri').notNull(),
    /** Scored desa per bin of the composite value: 20 bins of 0.05 from 0 to 1 (1.0 in the last). */
    histogram: integer('histogram').array().notNull().default(sql`'{}'::integer[]`),
  },
  (t) => [primaryKey({ columns: [t.scheme, t.year, t.regionCode] })],
);

/**
 * How the desa of a region moved between two years (national is the empty code): how many went
 * up or down a status, and the full from → to table. Refreshed with the rollups.
 */
export const villageIndexMovement = pgTable(
  'village_index_movement',
  {
    scheme: text('scheme').notNull(),
    fromYear: smallint('from_year').notNull(),
    toYear: smallint('to_year').notNull(),
    regionCode: byteText('region_code').notNull(),
    /** Desa with a status in both years. */
    compared: integer('compared').notNull(),
    up: integer('up').notNull(),
    down: integer('down').notNull(),
    same: integer('same').notNull(),
    /** `transitions[from][to]`, statuses in IDM_STATUSES order (sangat tertinggal first). */
    transitions: jsonb('transitions').$type<number[][]>().notNull(),
  },
  (t) => [
    primaryKey({
      name: 'village_index_movement_pk',
      columns: [t.scheme, t.fromYear, t.toYear, t.regionCode],
    }),
  ],
);

/** One import of administrative boundaries (a GeoJSON file or a folder of them). */
export const boundaryImport = pgTable('boundary_import', {
  id: serial('id').primaryKey(),
  fileName: text('file_name').notNull(),
  actorLabel: text('actor_label').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  summary: jsonb('summary').notNull(),
});

/**
 * The boundary of one region as imported (any level). `geometry` is the encoded geometry (see
 * `domain/geo/`), kept at the source's precision for analysis such as village adjacency.
 */
export const regionBoundary = pgTable(
  'region_boundary',
  {
    regionCode: byteText('region_code').primaryKey(),
    /** 1 province, 2 regency, 3 district, 4 village (from the code's length). */
    level: smallint('level').notNull(),
    name: text('name').notNull(),
    /** Whether the code exists in the current region list. */
    placed: boolean('placed').notNull(),
    /** `[west, south, east, north]` in degrees. */
    bbox: doublePrecision('bbox').array().notNull(),
    geometry: text('geometry').notNull(),
    importId: integer('import_id')
      .notNull()
      .references(() => boundaryImport.id),
  },
  (t) => [index('region_boundary_level_idx').on(t.level, t.regionCode)],
);

/**
 * A map layer ready to send: the boundaries of every region of `childLevel` inside `regionCode`
 * (a province or kabupaten), simplified and encoded for the web map, gzip-compressed. Rebuilt by
 * each boundary import, so a map request never assembles thousands of polygons.
 */
export const boundaryLayer = pgTable(
  'boundary_layer',
  {
    regionCode: byteText('region_code').notNull(),
    childLevel: smallint('child_level').notNull(),
    features: integer('features').notNull(),
    /** Size of `body` (compressed). */
    bytes: integer('bytes').notNull(),
    etag: text('etag').notNull(),
    body: bytea('body').notNull(),
    importId: integer('import_id')
      .notNull()
      .references(() => boundaryImport.id),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.childLevel] })],
);

/**
 * Desa whose boundaries come within the adjacency tolerance (30 m) of each other, or overlap,
 * computed by each boundary import for the provinces it changed. Both directions are stored, so
 * a desa's neighbours are one prefix scan of the key.
 */
export const regionAdjacency = pgTable(
  'region_adjacency',
  {
    regionCode: byteText('region_code').notNull(),
    neighbourCode: byteText('neighbour_code').notNull(),
    /** Shortest distance found between the two boundaries, metres (0: they cross or overlap). */
    distanceM: real('distance_m').notNull(),
    importId: integer('import_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'region_adjacency_pk', columns: [t.regionCode, t.neighbourCode] }),
    foreignKey({
      name: 'region_adjacency_import_fk',
      columns: [t.importId],
      foreignColumns: [boundaryImport.id],
    }),
  ],
);

/** Themes a kawasan is developed around (agropolitan, minapolitan, wisata…): seeded, extended by national users. */
export const kawasanTheme = pgTable('kawasan_theme', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  description: text('description'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A kawasan perdesaan. `regionCode` is the designating region: the kabupaten, or the province for
 * a kawasan across kabupaten; it scopes reads and audit rows. The lifecycle is `state` (ADR 0009).
 */
export const kawasan = pgTable(
  'kawasan',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    regionCode: byteText('region_code').notNull(),
    kabupatenCodes: text('kabupaten_codes').array().notNull(),
    themeCode: text('theme_code').references(() => kawasanTheme.code),
    commodities: text('commodities').array().notNull().default(sql`'{}'::text[]`),
    delineationNotes: text('delineation_notes'),
    state: text('state').notNull(),
    skNumber: text('sk_number'),
    skDate: text('sk_date'),
    skDocumentId: uuid('sk_document_id'),
    /** The recommender run and proposal it was made from. */
    recommendationId: uuid('recommendation_id'),
    proposalId: text('proposal_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('kawasan_region_idx').on(t.regionCode),
    uniqueIndex('kawasan_recommendation_proposal_idx').on(t.recommendationId, t.proposalId),
  ],
);

/**
 * The desa of a kawasan. `active` is true while the kawasan is in an active state; the partial
 * unique index makes "a desa belongs to at most one active kawasan" hold under concurrent requests.
 */
export const kawasanMember = pgTable(
  'kawasan_member',
  {
    kawasanId: uuid('kawasan_id')
      .notNull()
      .references(() => kawasan.id, { onDelete: 'cascade' }),
    desaCode: byteText('desa_code').notNull(),
    active: boolean('active').notNull().default(false),
  },
  (t) => [
    primaryKey({ name: 'kawasan_member_pk', columns: [t.kawasanId, t.desaCode] }),
    uniqueIndex('kawasan_member_one_active_idx').on(t.desaCode).where(sql`${t.active}`),
  ],
);

/** A document of a kawasan: the bytes live on disk under the data directory, named by their checksum. */
export const kawasanDocument = pgTable(
  'kawasan_document',
  {
    id: uuid('id').primaryKey(),
    kawasanId: uuid('kawasan_id')
      .notNull()
      .references(() => kawasan.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    public: boolean('public').notNull().default(false),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    uploadedBy: text('uploaded_by').notNull(),
  },
  (t) => [
    index('kawasan_document_kawasan_idx').on(t.kawasanId),
    index('kawasan_document_sha_idx').on(t.sha256),
  ],
);

/** The TKPKP and the BKAD of a kawasan: one of each, its members replaced as a whole. */
export const kawasanInstitution = pgTable(
  'kawasan_institution',
  {
    kawasanId: uuid('kawasan_id')
      .notNull()
      .references(() => kawasan.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    decreeNumber: text('decree_number'),
    decreeDate: text('decree_date'),
    decreeDocumentId: uuid('decree_document_id'),
    notes: text('notes'),
    members: jsonb('members').$type<InstitutionMemberRecord[]>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'kawasan_institution_pk', columns: [t.kawasanId, t.kind] })],
);

/** One run of the formation recommender for a kabupaten, stored with its seed so it can be repeated. */
export const kawasanRecommendation = pgTable(
  'kawasan_recommendation',
  {
    id: uuid('id').primaryKey(),
    kabupatenCode: byteText('kabupaten_code').notNull(),
    recommender: text('recommender').notNull(),
    seed: bigint('seed', { mode: 'number' }).notNull(),
    minSize: smallint('min_size').notNull(),
    maxSize: smallint('max_size').notNull(),
    indexYear: smallint('index_year'),
    graphSource: text('graph_source').notNull(),
    desaCount: integer('desa_count').notNull(),
    result: jsonb('result').$type<StoredRecommendation>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
  },
  (t) => [index('kawasan_recommendation_kabupaten_idx').on(t.kabupatenCode, t.at)],
);

/**
 * A musyawarah of a kawasan's process: of one member desa (dusun, desa, desa khusus) or of the
 * kawasan (antar desa, musrenbang kawasan). Entered during or after the meeting; `state` is
 * `draf` until the berita acara is fixed (`ditetapkan`), after which nothing changes.
 */
export const musyawarah = pgTable(
  'musyawarah',
  {
    id: uuid('id').primaryKey(),
    kawasanId: uuid('kawasan_id')
      .notNull()
      .references(() => kawasan.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** The member desa holding a desa-level musyawarah; null for the kawasan's own. */
    desaCode: byteText('desa_code'),
    organiser: text('organiser').notNull(),
    heldOn: text('held_on').notNull(),
    place: text('place').notNull(),
    agenda: text('agenda').array().notNull().default(sql`'{}'::text[]`),
    chair: text('chair'),
    secretary: text('secretary'),
    /** Quorum was not reached at first; the meeting was postponed and continued as the rules allow. */
    postponedThenContinued: boolean('postponed_then_continued').notNull().default(false),
    decisions: jsonb('decisions').$type<DecisionRecord[]>().notNull().default(sql`'[]'::jsonb`),
    notes: text('notes'),
    state: text('state').notNull().default('draf'),
    fixedAt: timestamp('fixed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('musyawarah_kawasan_idx').on(t.kawasanId, t.heldOn)],
);

/** Invited and attending participants; names for the attendance list, no identity numbers. */
export const musyawarahParticipant = pgTable(
  'musyawarah_participant',
  {
    id: uuid('id').primaryKey(),
    musyawarahId: uuid('musyawarah_id')
      .notNull()
      .references(() => musyawarah.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    youth: boolean('youth').notNull().default(false),
    poorOrMarginal: boolean('poor_or_marginal').notNull().default(false),
    disability: boolean('disability').notNull().default(false),
    element: text('element').notNull(),
    /** Which member desa the participant represents; null for agencies and facilitators. */
    desaCode: byteText('desa_code'),
    /** Office or group as written on the attendance list, e.g. "Ketua KWT Melati". */
    affiliation: text('affiliation'),
    invited: boolean('invited').notNull(),
    attended: boolean('attended').notNull(),
  },
  (t) => [index('musyawarah_participant_meeting_idx').on(t.musyawarahId, t.position)],
);

/**
 * A proposal (usulan): a desa's or the kawasan's produk unggulan, or a programme. It keeps its id
 * across cycles; `history` records every cycle it was brought to and not funded.
 */
export const deliberationProposal = pgTable(
  'deliberation_proposal',
  {
    id: uuid('id').primaryKey(),
    kawasanId: uuid('kawasan_id')
      .notNull()
      .references(() => kawasan.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    desaCode: byteText('desa_code'),
    description: text('description'),
    proposer: text('proposer'),
    /** Whole rupiah; null when the proposal is a choice (a product) rather than something to fund. */
    requestedBudget: bigint('requested_budget', { mode: 'bigint' }),
    /** diajukan, terpilih, didanai, dibawa (carried over), tidak_terpilih. */
    status: text('status').notNull().default('diajukan'),
    /** The published result that decided the status last. */
    decidedBy: uuid('decided_by'),
    history: jsonb('history').$type<CarryOverRecord[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('deliberation_proposal_kawasan_idx').on(t.kawasanId, t.kind, t.status)],
);

/**
 * The outcome of a choice in a musyawarah: the inputs (proposals, criteria and weights, scores,
 * votes, budget) and what the published method computed from them, so anyone can recompute it.
 */
export const musyawarahResult = pgTable(
  'musyawarah_result',
  {
    id: uuid('id').primaryKey(),
    musyawarahId: uuid('musyawarah_id')
      .notNull()
      .references(() => musyawarah.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    title: text('title').notNull(),
    /** skor, suara, skor_lalu_suara, suara_lalu_skor, mufakat. */
    method: text('method').notNull(),
    cycleYear: smallint('cycle_year').notNull(),
    result: jsonb('result').$type<StoredResult>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('musyawarah_result_meeting_idx').on(t.musyawarahId)],
);

/**
 * One version of a kawasan's RPKP. Content changes only while the version is editable; the
 * approved version in force is the newest `disetujui` one (domain/rpkp/review.ts). The partial
 * unique index keeps one open version per kawasan under concurrent requests.
 */
export const rpkpVersion = pgTable(
  'rpkp_version',
  {
    id: uuid('id').primaryKey(),
    kawasanId: uuid('kawasan_id')
      .notNull()
      .references(() => kawasan.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    basedOn: integer('based_on'),
    state: text('state').notNull(),
    submission: integer('submission').notNull().default(0),
    title: text('title').notNull(),
    plan: jsonb('plan').$type<StoredPlan>().notNull(),
    regulation: jsonb('regulation').$type<StoredRegulation>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('rpkp_version_number_idx').on(t.kawasanId, t.version),
    uniqueIndex('rpkp_version_one_open_idx')
      .on(t.kawasanId)
      .where(sql`${t.state} in ('draf', 'diajukan', 'ditinjau', 'perlu_klarifikasi', 'tinjauan_selesai')`),
  ],
);

/**
 * A progress report on one activity of the kawasan's plan: status, progress in basis points
 * (0–10 000), the quantity realised against its output target, and evidence documents. The newest
 * report of an activity is its standing; earlier ones are its timeline.
 */
export const rpkpProgress = pgTable(
  'rpkp_progress',
  {
    id: uuid('id').primaryKey(),
    kawasanId: uuid('kawasan_id')
      .notNull()
      .references(() => kawasan.id, { onDelete: 'cascade' }),
    activityId: text('activity_id').notNull(),
    reportedOn: text('reported_on').notNull(),
    status: text('status').notNull(),
    progressBp: integer('progress_bp').notNull(),
    /** Realised quantity of the activity's first output, in its unit, as an exact decimal string. */
    quantity: text('quantity'),
    /** Whole rupiah spent so far, when known. */
    spent: bigint('spent', { mode: 'bigint' }),
    note: text('note'),
    documentIds: uuid('document_ids').array().notNull().default(sql`'{}'::uuid[]`),
    reportedBy: text('reported_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rpkp_progress_activity_idx').on(t.kawasanId, t.activityId, t.reportedOn)],
);

/**
 * A facilitator (pendamping): the person, the post (`type`, domain/facilitation/facilitator.ts),
 * the home region, the active period and the supervisor, linked to one user account with the
 * facilitator role. The NIK is never stored: only a keyed hash (to find duplicates) and its last
 * four digits (to show it masked), both optional.
 */
export const facilitator = pgTable(
  'facilitator',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .unique()
      .references(() => appUser.id),
    type: text('type').notNull(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    phone: text('phone'),
    email: text('email'),
    nikHash: text('nik_hash').unique(),
    nikLast4: text('nik_last4'),
    homeRegionCode: byteText('home_region_code').notNull(),
    activeFrom: text('active_from').notNull(),
    activeTo: text('active_to'),
    supervisorId: uuid('supervisor_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('facilitator_home_region_idx').on(t.homeRegionCode),
    index('facilitator_supervisor_idx').on(t.supervisorId),
    foreignKey({ name: 'facilitator_supervisor_fk', columns: [t.supervisorId], foreignColumns: [t.id] }),
  ],
);

/**
 * An assignment of a facilitator to one desa or one kawasan for an inclusive range of days
 * (`toDate` null while open). Never deleted: ended, so the history stays.
 */
export const facilitatorAssignment = pgTable(
  'facilitator_assignment',
  {
    id: uuid('id').primaryKey(),
    facilitatorId: uuid('facilitator_id')
      .notNull()
      .references(() => facilitator.id),
    placeKind: text('place_kind').notNull(),
    desaCode: byteText('desa_code'),
    kawasanId: uuid('kawasan_id').references(() => kawasan.id),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('facilitator_assignment_facilitator_idx').on(t.facilitatorId, t.fromDate),
    index('facilitator_assignment_desa_idx').on(t.desaCode),
    index('facilitator_assignment_kawasan_idx').on(t.kawasanId),
  ],
);

/**
 * One entry of a facilitator's activity log. `regionCode` is where it happened (the desa, or the
 * kawasan's designating region) so scoped lists and coverage filter by prefix. The phone's
 * idempotency key and the hash of the request that created the entry make a repeated upload
 * return the same entry (domain/facilitation/idempotency.ts). `state` follows the review table.
 */
export const activityEntry = pgTable(
  'activity_entry',
  {
    id: uuid('id').primaryKey(),
    facilitatorId: uuid('facilitator_id')
      .notNull()
      .references(() => facilitator.id),
    idempotencyKey: uuid('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    date: text('date').notNull(),
    placeKind: text('place_kind').notNull(),
    desaCode: byteText('desa_code'),
    kawasanId: uuid('kawasan_id').references(() => kawasan.id),
    regionCode: byteText('region_code').notNull(),
    category: text('category').notNull(),
    topic: text('topic').notNull(),
    women: integer('women').notNull(),
    men: integer('men').notNull(),
    groups: text('groups').array().notNull(),
    activities: text('activities').notNull(),
    outputs: text('outputs').notNull(),
    followUp: text('follow_up').notNull(),
    gpsLat: doublePrecision('gps_lat'),
    gpsLon: doublePrecision('gps_lon'),
    state: text('state').notNull(),
    submission: integer('submission').notNull().default(0),
    /** The reason of the last return, shown to the facilitator until resubmitted. */
    returnReason: text('return_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('activity_entry_idempotency_idx').on(t.facilitatorId, t.idempotencyKey),
    // The trailing key columns let coverage and workload read these indexes alone (index-only
    // scans), never the table: a province's 90 days are hundreds of thousands of entries.
    index('activity_entry_facilitator_idx').on(
      t.facilitatorId,
      t.date,
      t.state,
      t.placeKind,
      t.desaCode,
      t.kawasanId,
    ),
    index('activity_entry_region_idx').on(t.regionCode, t.date),
    // Workload: a facilitator's approved entries of a window, then their submitted ones, each one
    // range of this index alone, the approved ones by date (so their distinct dates come sorted).
    index('activity_entry_workload_idx')
      .on(t.facilitatorId, t.state, t.date, t.placeKind, t.desaCode, t.kawasanId)
      .where(sql`${t.state} in ('disetujui', 'diajukan')`),
    // Coverage: the visits of each desa in a window and its latest, straight from the index. The
    // dates compare bytewise (`YYYY-MM-DD` sorts the same in any collation; queries must say
    // `collate "C"` to use them): a scan compares every date it passes with the window's ends.
    index('activity_entry_approved_desa_idx')
      .on(t.desaCode, sql`${t.date} collate "C"`, t.category)
      .where(sql`${t.state} = 'disetujui' and ${t.placeKind} = 'desa'`),
    index('activity_entry_kawasan_idx').on(t.kawasanId, t.date, t.state, t.placeKind, t.category),
  ],
);

/**
 * An evidence file (photo or document) uploaded by a facilitator: the bytes are stored once under
 * the files directory by their SHA-256; one row per facilitator and content, so uploading the same
 * file again (a retried upload) returns the same row.
 */
export const activityEvidence = pgTable(
  'activity_evidence',
  {
    id: uuid('id').primaryKey(),
    facilitatorId: uuid('facilitator_id')
      .notNull()
      .references(() => facilitator.id),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    bytes: integer('bytes').notNull(),
    /** Pixel size after downscaling, for photos. */
    width: integer('width'),
    height: integer('height'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('activity_evidence_content_idx').on(t.facilitatorId, t.sha256)],
);

/** The evidence of an entry, in the order the facilitator attached it. */
export const activityEntryEvidence = pgTable(
  'activity_entry_evidence',
  {
    entryId: uuid('entry_id')
      .notNull()
      .references(() => activityEntry.id, { onDelete: 'cascade' }),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => activityEvidence.id),
    position: smallint('position').notNull(),
  },
  (t) => [
    primaryKey({ name: 'activity_entry_evidence_pk', columns: [t.entryId, t.evidenceId] }),
    index('activity_entry_evidence_evidence_idx').on(t.evidenceId),
  ],
);

/* ——— Pelatihan ——— */

/**
 * A training provider (training centre, university, NGO, government office), seated in a region
 * whose administrators register it; its users hold the training_provider role scoped to its id.
 */
export const trainingProvider = pgTable(
  'training_provider',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    seatRegionCode: byteText('seat_region_code').notNull(),
    address: text('address').notNull().default(''),
    phone: text('phone'),
    email: text('email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('training_provider_name_idx').on(t.seatRegionCode, t.name)],
);

/** A programme: topic, target aspects and competencies, target groups, curriculum and its tests. */
export const trainingProgramme = pgTable(
  'training_programme',
  {
    id: uuid('id').primaryKey(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => trainingProvider.id),
    title: text('title').notNull(),
    topicId: text('topic_id').notNull(),
    description: text('description').notNull(),
    targetAspects: text('target_aspects').array().notNull(),
    competencies: jsonb('competencies').$type<{ aspect: string; description: string }[]>().notNull(),
    targetGroups: text('target_groups').array().notNull(),
    curriculumHours: integer('curriculum_hours').notNull(),
    testedAspects: text('tested_aspects').array().notNull(),
    requiresPostTest: boolean('requires_post_test').notNull(),
    minAttendancePercent: smallint('min_attendance_percent').notNull(),
    followUpMonths: smallint('follow_up_months').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('training_programme_provider_idx').on(t.providerId)],
);

/** One run (angkatan) of a programme: its days, place, trainers, capacity and the places it serves. */
export const trainingSession = pgTable(
  'training_session',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => trainingProgramme.id),
    label: text('label').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    schedule: jsonb('schedule').$type<{ date: string; hours: number; agenda: string }[]>().notNull(),
    placeMode: text('place_mode').notNull(),
    placeName: text('place_name').notNull(),
    placeRegionCode: byteText('place_region_code'),
    trainers: jsonb('trainers')
      .$type<{ name: string; affiliation: string; facilitatorId: string | null }[]>()
      .notNull(),
    capacity: integer('capacity').notNull(),
    desaCodes: text('desa_codes').array().notNull(),
    kawasanIds: uuid('kawasan_ids').array().notNull(),
    state: text('state').notNull(),
    cancelReason: text('cancel_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('training_session_programme_idx').on(t.programmeId, t.startDate),
    index('training_session_dates_idx').on(t.startDate),
  ],
);

/**
 * A person trained, minimised: the name as printed on certificates, gender, birth year, desa and
 * role; no NIK. `personKey` is a keyed hash of the normalised name, birth year and desa, so the
 * same person registered twice is one row.
 */
export const trainingParticipant = pgTable(
  'training_participant',
  {
    id: uuid('id').primaryKey(),
    personKey: text('person_key').notNull().unique(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    birthYear: smallint('birth_year').notNull(),
    desaCode: byteText('desa_code').notNull(),
    role: text('role').notNull(),
    /** The BUM Desa or cooperative the participant manages. */
    enterpriseId: uuid('enterprise_id'),
    facilitatorId: uuid('facilitator_id').references(() => facilitator.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('training_participant_desa_idx').on(t.desaCode)],
);

/** A participant's place in a session: registered, waiting (in `seq` order) or withdrawn. */
export const trainingRegistration = pgTable(
  'training_registration',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSession.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => trainingParticipant.id),
    status: text('status').notNull(),
    seq: integer('seq').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('training_registration_person_idx').on(t.sessionId, t.participantId),
    index('training_registration_participant_idx').on(t.participantId),
  ],
);

/** Attendance of a registered participant on a scheduled day. */
export const trainingAttendance = pgTable(
  'training_attendance',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => trainingRegistration.id),
    date: text('date').notNull(),
    present: boolean('present').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'training_attendance_pk', columns: [t.registrationId, t.date] })],
);

/** Pre-test and post-test of one aspect (0–100, two decimals), entered by hand or imported. */
export const trainingScore = pgTable(
  'training_score',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => trainingRegistration.id),
    aspect: text('aspect').notNull(),
    pre: numeric('pre', { precision: 5, scale: 2 }),
    post: numeric('post', { precision: 5, scale: 2 }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'training_score_pk', columns: [t.registrationId, t.aspect] })],
);

/** A participant's reaction survey (Kirkpatrick level 1). */
export const trainingReaction = pgTable('training_reaction', {
  registrationId: uuid('registration_id')
    .primaryKey()
    .references(() => trainingRegistration.id),
  answers: jsonb('answers').$type<Record<string, number | null>>().notNull(),
  comment: text('comment').notNull(),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
});

/** The follow-up months after the training (levels 3 and 4): behaviour and results observed. */
export const trainingFollowUp = pgTable(
  'training_follow_up',
  {
    id: uuid('id').primaryKey(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => trainingRegistration.id),
    recordedOn: text('recorded_on').notNull(),
    method: text('method').notNull(),
    reached: boolean('reached').notNull(),
    indicators: jsonb('indicators').$type<{ indicatorId: string; state: string }[]>().notNull(),
    note: text('note').notNull(),
    recordedBy: uuid('recorded_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('training_follow_up_registration_idx').on(t.registrationId, t.recordedOn)],
);

/**
 * A certificate as issued: what it states is copied at issue, so the public verification shows
 * exactly the paper; revocation keeps the row, and a registration holds at most one certificate
 * in force (a revoked one can be issued again, under a new code).
 */
export const trainingCertificate = pgTable(
  'training_certificate',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => trainingRegistration.id),
    nameAsPrinted: text('name_as_printed').notNull(),
    programmeTitle: text('programme_title').notNull(),
    providerName: text('provider_name').notNull(),
    sessionLabel: text('session_label').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    hours: integer('hours').notNull(),
    issuedOn: text('issued_on').notNull(),
    revokedOn: text('revoked_on'),
    revocationReason: text('revocation_reason'),
    revocationNote: text('revocation_note'),
    issuedBy: uuid('issued_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('training_certificate_in_force_idx').on(t.registrationId).where(sql`${t.revokedOn} is null`),
    index('training_certificate_registration_idx').on(t.registrationId),
  ],
);

/* ——— Stimulan usaha ——— */

/**
 * A village enterprise: BUM Desa (one founding desa), BUM Desa Bersama (two or more, across any
 * border), a cooperative (Koperasi Desa/Kelurahan Merah Putih included) or a business group.
 * `regionCode` is the longest region holding every founding desa; it scopes audit rows and the
 * enterprise role. `nameKey` is the normalised name: names are unique nationally (Permendesa
 * 3/2021). The legal-entity steps are the name registration (valid 40 working days once approved)
 * and the legal-entity certificate; `legalStatus` is derived from them by the domain.
 */
export const enterprise = pgTable(
  'enterprise',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    regionCode: byteText('region_code').notNull(),
    address: text('address').notNull().default(''),
    phone: text('phone'),
    email: text('email'),
    businessFields: text('business_fields').array().notNull().default(sql`'{}'::text[]`),
    foundedOn: text('founded_on'),
    activity: text('activity').notNull().default('aktif'),
    legalStatus: text('legal_status').notNull(),
    nameRegistrationNumber: text('name_registration_number'),
    nameSubmittedOn: text('name_submitted_on'),
    nameApprovedOn: text('name_approved_on'),
    legalCertificateNumber: text('legal_certificate_number'),
    legalCertificateDate: text('legal_certificate_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('enterprise_name_key_idx').on(t.nameKey),
    index('enterprise_region_idx').on(t.regionCode),
  ],
);

/** The founding desa of an enterprise. */
export const enterpriseFounder = pgTable(
  'enterprise_founder',
  {
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id, { onDelete: 'cascade' }),
    desaCode: byteText('desa_code').notNull(),
  },
  (t) => [
    primaryKey({ name: 'enterprise_founder_pk', columns: [t.enterpriseId, t.desaCode] }),
    index('enterprise_founder_desa_idx').on(t.desaCode),
  ],
);

/** The kawasan an enterprise works for (a BUM Desa Bersama formed by a kawasan's MAD, say). */
export const enterpriseKawasan = pgTable(
  'enterprise_kawasan',
  {
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id, { onDelete: 'cascade' }),
    kawasanId: uuid('kawasan_id')
      .notNull()
      .references(() => kawasan.id),
  },
  (t) => [
    primaryKey({ name: 'enterprise_kawasan_pk', columns: [t.enterpriseId, t.kawasanId] }),
    index('enterprise_kawasan_kawasan_idx').on(t.kawasanId),
  ],
);

/** A member of an organ (penasihat, pelaksana operasional, pengawas; pengurus of a cooperative). No NIK. */
export const enterpriseOrganMember = pgTable(
  'enterprise_organ_member',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id, { onDelete: 'cascade' }),
    organ: text('organ').notNull(),
    name: text('name').notNull(),
    position: text('position').notNull(),
    gender: text('gender'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    seq: integer('seq').notNull(),
  },
  (t) => [index('enterprise_organ_member_enterprise_idx').on(t.enterpriseId, t.organ, t.seq)],
);

/** A founding or legal document of an enterprise; the bytes live on disk, named by their checksum. */
export const enterpriseDocument = pgTable(
  'enterprise_document',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    number: text('number'),
    issuedOn: text('issued_on'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    uploadedBy: text('uploaded_by').notNull(),
  },
  (t) => [
    index('enterprise_document_enterprise_idx').on(t.enterpriseId),
    index('enterprise_document_sha_idx').on(t.sha256),
  ],
);

/**
 * A business unit: a commodity or service at one value-chain stage (hulu, tengah, hilir, jasa).
 * `commodity` is normalised like a kawasan's flagship commodities, so chains join across enterprises.
 */
export const businessUnit = pgTable(
  'business_unit',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    commodity: text('commodity').notNull(),
    stage: text('stage').notNull(),
    description: text('description').notNull().default(''),
    status: text('status').notNull(),
    desaCode: byteText('desa_code'),
    workers: integer('workers').notNull().default(0),
    womenWorkers: integer('women_workers').notNull().default(0),
    startedOn: text('started_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('business_unit_enterprise_idx').on(t.enterpriseId),
    index('business_unit_commodity_idx').on(t.commodity, t.stage),
  ],
);

/** One unit supplying another (possibly of another enterprise): the flows of a value chain. */
export const businessUnitLink = pgTable(
  'business_unit_link',
  {
    id: uuid('id').primaryKey(),
    supplierUnitId: uuid('supplier_unit_id')
      .notNull()
      .references(() => businessUnit.id, { onDelete: 'cascade' }),
    buyerUnitId: uuid('buyer_unit_id')
      .notNull()
      .references(() => businessUnit.id, { onDelete: 'cascade' }),
    product: text('product').notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('business_unit_link_pair_idx').on(t.supplierUnitId, t.buyerUnitId, t.product),
    index('business_unit_link_buyer_idx').on(t.buyerUnitId),
  ],
);

/** A funding partner (company CSR, state enterprise, NGO, university, donor): a registry of its own. */
export const fundingPartner = pgTable(
  'funding_partner',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull().unique(),
    seatRegionCode: byteText('seat_region_code'),
    contact: text('contact').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('funding_partner_seat_idx').on(t.seatRegionCode)],
);

/**
 * Capital put into an enterprise (penyertaan modal) or granted to it (hibah), by source, in whole
 * rupiah; optionally for one business unit, so the capital behind each value-chain stage is known.
 * For Dana Desa, `desaCode` is the founding desa whose budget it came from.
 */
export const capitalInjection = pgTable(
  'capital_injection',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => businessUnit.id, { onDelete: 'set null' }),
    source: text('source').notNull(),
    form: text('form').notNull(),
    partnerId: uuid('partner_id').references(() => fundingPartner.id),
    desaCode: byteText('desa_code'),
    amount: bigint('amount', { mode: 'bigint' }).notNull(),
    receivedOn: text('received_on').notNull(),
    documentNumber: text('document_number').notNull(),
    documentId: uuid('document_id').references(() => enterpriseDocument.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('capital_injection_enterprise_idx').on(t.enterpriseId, t.receivedOn),
    index('capital_injection_partner_idx').on(t.partnerId),
  ],
);

/**
 * A periodic report (semester `2026-S1`/`2026-S2` or year `2026`) in whole rupiah: revenue,
 * costs, the net result they give, assets, workers, and the split of a positive net result
 * decided by the Musdes/MAD (PADes, capital top-up, other), which the domain checks adds up.
 */
export const enterpriseReport = pgTable(
  'enterprise_report',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    revenue: bigint('revenue', { mode: 'bigint' }).notNull(),
    costs: bigint('costs', { mode: 'bigint' }).notNull(),
    netResult: bigint('net_result', { mode: 'bigint' }).notNull(),
    assets: bigint('assets', { mode: 'bigint' }).notNull(),
    workers: integer('workers').notNull(),
    womenWorkers: integer('women_workers'),
    splitPades: bigint('split_pades', { mode: 'bigint' }).notNull(),
    splitCapital: bigint('split_capital', { mode: 'bigint' }).notNull(),
    splitOther: bigint('split_other', { mode: 'bigint' }).notNull(),
    splitOtherNote: text('split_other_note').notNull().default(''),
    decidedOn: text('decided_on'),
    source: text('source').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('enterprise_report_period_idx').on(t.enterpriseId, t.period)],
);

/* ——— Dana Desa ——— */

/**
 * A desa's Dana Desa plan for one fiscal year: its ceiling (pagu) and the facts the year's rules
 * ask for (domain/dana-desa/plan.ts PlanFacts); the lines are rows of their own.
 */
export const danaDesaPlan = pgTable(
  'dana_desa_plan',
  {
    id: uuid('id').primaryKey(),
    desaCode: byteText('desa_code').notNull(),
    fiscalYear: smallint('fiscal_year').notNull(),
    pagu: bigint('pagu', { mode: 'bigint' }).notNull(),
    facts: jsonb('facts')
      .$type<{ publishedPreviousYear?: boolean; notNeeded?: string[]; bltFamilies?: number }>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    source: text('source').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('dana_desa_plan_desa_year_idx').on(t.desaCode, t.fiscalYear),
    index('dana_desa_plan_year_idx').on(t.fiscalYear, t.desaCode),
  ],
);

/** A planned use: category, activity, place, amount (and the wages of a construction line), in whole rupiah. */
export const danaDesaPlanLine = pgTable(
  'dana_desa_plan_line',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => danaDesaPlan.id, { onDelete: 'cascade' }),
    lineId: text('line_id').notNull(),
    seq: integer('seq').notNull(),
    category: text('category').notNull(),
    activity: text('activity').notNull(),
    location: text('location').notNull().default(''),
    amount: bigint('amount', { mode: 'bigint' }).notNull(),
    wages: bigint('wages', { mode: 'bigint' }),
    kawasanId: uuid('kawasan_id').references(() => kawasan.id),
    enterpriseId: uuid('enterprise_id').references(() => enterprise.id),
  },
  (t) => [
    primaryKey({ name: 'dana_desa_plan_line_pk', columns: [t.planId, t.lineId] }),
    index('dana_desa_plan_line_kawasan_idx').on(t.kawasanId),
    index('dana_desa_plan_line_enterprise_idx').on(t.enterpriseId),
  ],
);

/**
 * A compliance check as run: of the plan (`rencana`) or of the spending so far (`realisasi`),
 * with the rule-set version it ran and its whole result (amounts as digit strings), so a result
 * reads the same after the rules of a year are corrected.
 */
export const danaDesaCheck = pgTable(
  'dana_desa_check',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => danaDesaPlan.id, { onDelete: 'cascade' }),
    basis: text('basis').notNull(),
    ruleSetVersion: text('rule_set_version').notNull(),
    passed: integer('passed').notNull(),
    failed: integer('failed').notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('dana_desa_check_plan_idx').on(t.planId, t.basis, t.checkedAt)],
);

/** Realisation: a disbursement stage received (`pencairan`) or money spent on a category (`belanja`). */
export const danaDesaRealisation = pgTable(
  'dana_desa_realisation',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => danaDesaPlan.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    stage: smallint('stage'),
    category: text('category'),
    lineId: text('line_id'),
    amount: bigint('amount', { mode: 'bigint' }).notNull(),
    wages: bigint('wages', { mode: 'bigint' }),
    date: text('date').notNull(),
    documentNumber: text('document_number').notNull().default(''),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('dana_desa_realisation_plan_idx').on(t.planId, t.kind, t.date)],
);
