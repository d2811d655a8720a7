/**
 * The official IDM 2024 file (../shared/data/idm/idm-2024.csv.gz, with its KODE_KEC, NAMA_KEC and
 * NAMA_KAB columns) against the national region list, on both engines: every one of the 795 codes
 * missing from the list is reported, most with the likely current desa, none written into the data.
 * Reported as NOT RUN where that data is absent.
 */
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.ts';
import { describeEachEngine } from '../../src/db/testing.ts';
import { importWilayah } from '../../src/services/regions/wilayah-import.service.ts';
import { bundledWilayahSource } from '../../src/services/regions/wilayah-source.ts';
import { createIndexImportService } from '../../src/services/village-index/index-import.service.ts';
import { readSheetFile } from '../../src/services/village-index/index-source.ts';
import { hasSharedData, SHARED_DATA_DIR } from './shared-data.ts';

describe.runIf(hasSharedData)('IDM 2024 codes missing from the region list', () => {
  describeEachEngine('with their likely match', (ctx) => {
    it('reports all 795, with a candidate for 792, and writes nothing on a dry run', async () => {
      await importWilayah(ctx.db, { source: bundledWilayahSource() });
      const { fileName, cells } = await readSheetFile(join(SHARED_DATA_DIR, 'idm/idm-2024.csv.gz'));
      const report = await createIndexImportService({ db: ctx.db, now: () => new Date() }).importIdmSheet(
        { kind: 'system', label: 'uji' },
        { fileName, cells, dryRun: true },
      );
      expect(report.rows).toBe(75_265);
      expect(report.unplaced.count).toBe(795);
      // Measured: 695 by the kecamatan name the file gives, 2 in the same kecamatan code, 95 elsewhere
      // in the kabupaten (6 of them ignoring spaces, 5 one letter apart); 1 tie and 2 without a match.
      expect(report.unplaced.withCandidate).toBe(792);
      expect(report.unplaced.rows).toHaveLength(50);
      const [stored] = await queryRows<{ n: number }>(ctx.db.orm, sql`select count(*)::int as n from village_index`);
      expect(stored!.n).toBe(0);

      // The first listed are Lebak and Banggai (kecamatan splits), in code order.
      expect(report.unplaced.rows[0]).toMatchObject({
        code: '3602162018',
        name: 'CIKARATUAN',
        year: 2024,
        candidate: { basis: expect.stringMatching(/^Nama sama/) },
      });
      const tolisu = report.unplaced.rows.find((r) => r.code === '7201092015');
      expect(tolisu?.candidate).toMatchObject({
        code: '7201242001',
        name: 'Tolisu',
        basis: expect.stringContaining('Nama sama di kabupaten yang sama (Kabupaten Banggai), kecamatan Toili Jaya.'),
      });
    });
  });
});
