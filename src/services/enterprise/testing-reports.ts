/**
 * Test data for periodic reports and the business dashboard, written straight into the tables:
 * a report of one period, a capital row, and an XLSX workbook built from rows of cells (to upload
 * as a filled report sheet).
 */
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/client.ts';
import { capitalInjection, enterpriseReport } from '../../db/schema.ts';

export interface ReportFixture {
  revenue?: bigint;
  costs?: bigint;
  assets?: bigint;
  workers?: number;
  womenWorkers?: number | null;
  splitPades?: bigint;
  splitCapital?: bigint;
  splitOther?: bigint;
  splitOtherNote?: string;
  decidedOn?: string | null;
}

/**
 * A stored report of `period`; by default revenue 10.000.000, costs 6.000.000 and the net result
 * 4.000.000 all to PADes. The caller keeps the split consistent (these rows skip the domain).
 */
export async function insertReport(
  db: Database,
  enterpriseId: string,
  period: string,
  options: ReportFixture = {},
): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  const revenue = options.revenue ?? 10_000_000n;
  const costs = options.costs ?? 6_000_000n;
  const net = revenue - costs;
  await db.orm.insert(enterpriseReport).values({
    id,
    enterpriseId,
    period,
    revenue,
    costs,
    netResult: net,
    assets: options.assets ?? 50_000_000n,
    workers: options.workers ?? 3,
    womenWorkers: options.womenWorkers === undefined ? 1 : options.womenWorkers,
    splitPades: options.splitPades ?? (net > 0n ? net : 0n),
    splitCapital: options.splitCapital ?? 0n,
    splitOther: options.splitOther ?? 0n,
    splitOtherNote: options.splitOtherNote ?? '',
    decidedOn:
      options.decidedOn === undefined ? (net > 0n ? `${period.slice(0, 4)}-12-20` : null) : options.decidedOn,
    source: 'formulir',
    createdAt: at,
    updatedAt: at,
  });
  return id;
}

/** A capital row of an enterprise; returns its id. */
export async function insertCapital(
  db: Database,
  enterpriseId: string,
  options: { source: string; amount: bigint; receivedOn: string; form?: string; desaCode?: string | null },
): Promise<string> {
  const id = randomUUID();
  await db.orm.insert(capitalInjection).values({
    id,
    enterpriseId,
    unitId: null,
    source: options.source,
    form: options.form ?? 'penyertaan_modal',
    partnerId: null,
    desaCode: options.desaCode ?? null,
    amount: options.amount,
    receivedOn: options.receivedOn,
    documentNumber: 'Perdes 1/2025',
    documentId: null,
    note: '',
    createdAt: new Date(),
  });
  return id;
}

/** An XLSX workbook with one sheet of `rows` (strings and numbers as typed into Excel). */
export async function workbookOf(
  rows: readonly (readonly (string | number | null)[])[],
  sheetName = 'Laporan',
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The sheets of an XLSX workbook as their cell values (numbers stay numbers), by sheet name, in order. */
export async function workbookValues(bytes: Uint8Array): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets = new Map<string, unknown[][]>();
  workbook.eachSheet((sheet) => {
    const cells: unknown[][] = [];
    sheet.eachRow((row, n) => {
      cells[n - 1] = (row.values as unknown[]).slice(1).map((v) => v ?? null);
    });
    sheets.set(
      sheet.name,
      Array.from(cells, (r) => r ?? []),
    );
  });
  return sheets;
}
