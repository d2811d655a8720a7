import { z } from 'zod';

/**
 * The largest index file the upload routes take (the whole country's IDM as XLSX is ~6 MB, a
 * kabupaten's API responses a few MB). The web app checks it before sending anything.
 */
export const INDEX_UPLOAD_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * The report of one village index import (a spreadsheet, or a batch of ministry API responses),
 * shown after a dry run and after saving: what was read, what changed, and every row that could
 * not be placed or does not add up.
 */
const Candidate = z
  .object({
    code: z.string(),
    codeDotted: z.string(),
    name: z.string(),
    basis: z.string().describe('Why this desa is the likely match, in words'),
    alsoInImport: z
      .boolean()
      .describe(
        'The candidate code has its own record for that year in this import: perhaps one desa listed twice',
      ),
  })
  .describe('The likely current desa, by name within the kecamatan; never applied to the data');

/** How many records of a kind the import found, and the first of them (at most 50). */
const listed = <Row extends z.ZodType>(row: Row) => z.object({ count: z.number().int(), rows: z.array(row) });

export const IndexImportReportSchema = z
  .object({
    kind: z.enum(['sheet', 'api']),
    fileName: z.string(),
    dryRun: z.boolean().describe('Nothing was saved'),
    importIds: z.array(z.number().int()).describe('The saved imports (one per year); empty on a dry run'),
    scheme: z.string(),
    years: z.array(z.number().int()).describe('Years the file held, oldest first'),
    files: z.number().int().describe('Files read (1 for a spreadsheet)'),
    rows: z.number().int().describe('Village-year records read'),
    unscored: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    unplaced: z
      .object({
        count: z.number().int(),
        withCandidate: z.number().int().describe('How many of all unplaced records have a likely match'),
        rows: z.array(
          z.object({
            code: z.string(),
            name: z.string(),
            year: z.number().int(),
            line: z.number().int().nullable().describe('Line in the spreadsheet'),
            file: z.string().nullable().describe('File in the batch of API responses'),
            candidate: Candidate.nullable(),
            noCandidateReason: z
              .string()
              .nullable()
              .describe('Why there is no candidate, e.g. two desa fit equally well'),
          }),
        ),
      })
      .describe('Codes not in the region list: kept and marked unplaced, listed here (first 50)'),
    disagreements: listed(
      z.object({
        code: z.string(),
        year: z.number().int(),
        value: z.number(),
        official: z.string(),
        computed: z.string(),
      }),
    ).describe('Records whose published status differs from the one the scheme computes'),
    inconsistent: listed(
      z.object({
        code: z.string(),
        year: z.number().int(),
        file: z.string().nullable(),
        notes: z.array(z.string()),
      }),
    ).describe('API records whose indicator scores do not add up to the official totals, explained'),
    rejected: listed(z.object({ file: z.string(), problems: z.array(z.string()) })).describe(
      'Files of a batch that could not be read at all: none of their data was saved',
    ),
  })
  .meta({ id: 'IndexImportReport' });
export type IndexImportReport = z.infer<typeof IndexImportReportSchema>;

export const IndexImportQuerySchema = z.object({
  fileName: z.string().min(1).max(255).describe('The uploaded file’s name; its ending picks the reader'),
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Check and report without saving'),
});
