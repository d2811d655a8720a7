/** Test helpers for Dana Desa: plans straight in the database, plan bodies and plan sheets. */
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/client.ts';
import { danaDesaPlan, danaDesaPlanLine } from '../../db/schema.ts';

export interface LineFixture {
  id: string;
  category: string;
  amount: bigint;
  wages?: bigint;
  activity?: string;
}

/** A plan stored directly (no check), for tests that need one to act upon. */
export async function insertPlan(
  db: Database,
  options: { desaCode: string; fiscalYear: number; pagu?: bigint; lines?: readonly LineFixture[] },
): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  await db.orm.insert(danaDesaPlan).values({
    id,
    desaCode: options.desaCode,
    fiscalYear: options.fiscalYear,
    pagu: options.pagu ?? 1_000_000_000n,
    facts: {},
    source: 'formulir',
    createdAt: at,
    updatedAt: at,
  });
  const lines = options.lines ?? [];
  if (lines.length > 0)
    await db.orm.insert(danaDesaPlanLine).values(
      lines.map((l, seq) => ({
        planId: id,
        lineId: l.id,
        seq,
        category: l.category,
        activity: l.activity ?? `Kegiatan ${l.id}`,
        location: '',
        amount: l.amount,
        wages: l.wages ?? null,
      })),
    );
  return id;
}

/** A workbook with one sheet of these rows. */
export async function planWorkbook(
  rows: readonly (readonly (string | number | null)[])[],
  sheetName = 'Rencana',
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const PLAN_SHEET_HEADER = [
  'Kode Kegiatan',
  'Kategori',
  'Kegiatan',
  'Lokasi',
  'Jumlah (Rp)',
  'Upah (Rp)',
];
