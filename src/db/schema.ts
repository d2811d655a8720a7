/**
 * The one drizzle schema. Migrations in ./migrations are generated from it (`npm run db:generate`)
 * and reviewed; they run unchanged on PGlite and on PostgreSQL 15.
 */
import { sql } from 'drizzle-orm';
import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** Byte-wise text, so `LIKE '33%'` prefix searches can use a btree index on PostgreSQL 15. */
const byteText = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

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
