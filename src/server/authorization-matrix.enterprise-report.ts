/**
 * The authorisation matrix rows of the periodic reports of an enterprise: entering, removing and
 * importing. Each case makes a fresh BUM Desa straight in the database, founded in Miroto
 * (33.74.01.1001, in every test role's scope) or, out of scope, in Soka'an (35.13.15.2017,
 * outside all but national); when the acting account holds the enterprise role, in scope it is
 * granted the role of that enterprise. A report is kept by those who keep the enterprise: the
 * administrators of a region holding its founding desa, the village operator of its one founding
 * desa, and its own managers — never a facilitator (a reader) nor the manager of another kawasan.
 */
import { randomUUID } from 'node:crypto';
import { roleAssignment } from '../db/schema.ts';
import { insertEnterprise } from '../services/enterprise/testing.ts';
import { insertReport, workbookOf } from '../services/enterprise/testing-reports.ts';
import {
  IN_SCOPE_VILLAGE,
  type MatrixContext,
  type MatrixRow,
  OUT_OF_SCOPE_VILLAGE,
  type Who,
} from './authorization.matrix.ts';

const KEEPERS: readonly Who[] = ['national', 'province', 'kabupaten', 'village', 'enterprise'];

let serial = 0;

/** A BUM Desa for the case, its role granted to the acting enterprise account in scope. */
async function enterpriseFor(ctx: MatrixContext, inScope: boolean): Promise<string> {
  const founder = inScope ? IN_SCOPE_VILLAGE : OUT_OF_SCOPE_VILLAGE;
  const id = await insertEnterprise(ctx.db, {
    name: `BUM Desa Matriks Laporan ${++serial}`,
    founders: [founder],
  });
  if (inScope && ctx.who === 'enterprise' && ctx.self) {
    await ctx.db.orm.insert(roleAssignment).values({
      id: randomUUID(),
      userId: ctx.self.id,
      role: 'enterprise',
      scopeKind: 'enterprise',
      scopeId: id,
      regionCode: founder,
      createdAt: new Date(),
    });
  }
  return id;
}

/** A Semester I 2025 report whose split adds up (entered on any day from June 2025 on). */
const REPORT = {
  revenue: '12.000.000',
  costs: 8_000_000,
  assets: 30_000_000,
  workers: 3,
  split: { pades: 2_500_000, capital: 1_500_000, decidedOn: '2025-07-15' },
};

export const ENTERPRISE_REPORT_MATRIX_ROWS: readonly MatrixRow[] = [
  {
    method: 'PUT',
    route: '/api/usaha/badan-usaha/:eid/laporan/:period',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const id = await enterpriseFor(ctx, inScope);
      return { url: `/api/usaha/badan-usaha/${id}/laporan/2025-S1`, payload: REPORT };
    },
  },
  {
    method: 'DELETE',
    route: '/api/usaha/badan-usaha/:eid/laporan/:period',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const id = await enterpriseFor(ctx, inScope);
      await insertReport(ctx.db, id, '2025-S1');
      return { url: `/api/usaha/badan-usaha/${id}/laporan/2025-S1` };
    },
  },
  {
    method: 'POST',
    route: '/api/usaha/badan-usaha/:eid/laporan/impor',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const id = await enterpriseFor(ctx, inScope);
      const sheet = await workbookOf([
        ['Periode', 'Pendapatan', 'Biaya', 'Aset', 'Tenaga Kerja', 'Bagian PADes', 'Tanggal Keputusan'],
        ['2025-S1', 12_000_000, 8_000_000, 30_000_000, 3, 4_000_000, '2025-07-15'],
      ]);
      return { url: `/api/usaha/badan-usaha/${id}/laporan/impor?fileName=laporan.xlsx`, payload: sheet };
    },
  },
];
