/**
 * Test data for the kawasan capability: the mini region list, the real boundaries of the 11 desa
 * of Kecamatan Kedungreja (Cilacap, 33.01.01) with their adjacency, and IDM 2023 and 2024 results
 * giving them locomotives (Maju/Mandiri) and lagging desa (Tertinggal/Sangat Tertinggal).
 */
import type { Database } from '../../db/client.ts';
import { createBoundaryImportService } from '../boundaries/boundary-import.service.ts';
import { miniDesaDocument } from '../boundaries/testing.ts';
import { miniWilayah } from '../regions/testing.ts';
import { importWilayah } from '../regions/wilayah-import.service.ts';
import { createIndexImportService } from '../village-index/index-import.service.ts';
import { idmSheetHeader, SYSTEM_ACTOR } from '../village-index/testing.ts';

/**
 * The desa of Kedungreja with their IDM 2024 value and published status (2023: 0.02 lower, same
 * status): Tambakreja (Mandiri), Bumireja and Kaliwungu (Maju) pull; Ciklapa, Rejamulya and
 * Bangunreja (Tertinggal) and Kedungreja (Sangat Tertinggal) lag; the rest are Berkembang.
 */
export const KEDUNGREJA_IDM: readonly { code: string; name: string; value: number; status: string }[] = [
  { code: '3301012001', name: 'Tambakreja', value: 0.8312, status: 'MANDIRI' },
  { code: '3301012002', name: 'Bumireja', value: 0.7512, status: 'MAJU' },
  { code: '3301012003', name: 'Ciklapa', value: 0.5712, status: 'TERTINGGAL' },
  { code: '3301012004', name: 'Kedungreja', value: 0.4712, status: 'SANGAT TERTINGGAL' },
  { code: '3301012005', name: 'Tambaksari', value: 0.6512, status: 'BERKEMBANG' },
  { code: '3301012006', name: 'Rejamulya', value: 0.5812, status: 'TERTINGGAL' },
  { code: '3301012007', name: 'Sidanegara', value: 0.6612, status: 'BERKEMBANG' },
  { code: '3301012008', name: 'Kaliwungu', value: 0.7612, status: 'MAJU' },
  { code: '3301012009', name: 'Jatisari', value: 0.6712, status: 'BERKEMBANG' },
  { code: '3301012010', name: 'Bangunreja', value: 0.5512, status: 'TERTINGGAL' },
  { code: '3301012011', name: 'Bojongsari', value: 0.6812, status: 'BERKEMBANG' },
];

/** The IDM sheet of `year` for {@link KEDUNGREJA_IDM}, header first. */
export function kedungrejaIdmSheet(year: 2023 | 2024): string[][] {
  const rows = KEDUNGREJA_IDM.map(({ code, name, value, status }) => {
    const v = (year === 2024 ? value : value - 0.02).toFixed(4);
    return [code, name, v, v, v, v, status];
  });
  return [idmSheetHeader(year), ...rows];
}

export const CILACAP = '3301';

/** A minimal valid PDF. */
export const TINY_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** The 8-byte PNG signature and an empty IHDR-less body: recognised as PNG by its content. */
export const TINY_PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** Loads the region list, the Kedungreja boundaries (and adjacency) and two years of IDM. */
export async function seedKedungreja(db: Database): Promise<void> {
  await importWilayah(db, { source: miniWilayah });
  const deps = { db, now: () => new Date('2026-01-05T08:00:00Z') };
  const kedungreja = miniDesaDocument();
  kedungreja.features = kedungreja.features.filter((f) => f.properties.kode.startsWith('330101'));
  await createBoundaryImportService(deps).importDocument(SYSTEM_ACTOR, {
    fileName: 'desa.geojson',
    document: kedungreja,
  });
  const imports = createIndexImportService(deps);
  for (const year of [2023, 2024] as const) {
    await imports.importIdmSheet(SYSTEM_ACTOR, {
      fileName: `idm-${year}.csv`,
      cells: kedungrejaIdmSheet(year),
    });
  }
}
