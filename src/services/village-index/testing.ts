/** Test helpers for the village index capability: the sheet layout, the API fixtures, who imports. */
import { fileURLToPath } from 'node:url';
import type { Actor } from '../../domain/access/policy.ts';
import { editedMiniWilayah } from '../regions/testing.ts';
import type { WilayahSource } from '../regions/wilayah-source.ts';

/** Real responses of the ministry's IDM API: `<kode_desa>/<tahun>.json`. */
export const IDM_API_FIXTURES = fileURLToPath(new URL('./fixtures/idm-api', import.meta.url));

/** The columns of the ministry's IDM sheet of `year`, in its order. */
export function idmSheetHeader(year = 2024): string[] {
  return [
    'KODE_DESA',
    'NAMA_DESA',
    `IKS_${year}`,
    `IKE_${year}`,
    `IKL_${year}`,
    `NILAI_IDM_${year}`,
    `STATUS_IDM_${year}`,
  ];
}

/** An import run by the system itself, as on the first start. */
export const SYSTEM_ACTOR: Actor = { kind: 'system', label: 'uji' };

/** An officer of kabupaten `code`; there is no account behind it, the services read only the role. */
export function kabupatenOfficer(code: string): Actor {
  return {
    kind: 'user',
    userId: '00000000-0000-4000-8000-000000000001',
    label: `petugas ${code}`,
    readOnly: false,
    assignments: [{ id: 'a', role: 'kabupaten', scope: { kind: 'region', code } }],
  };
}

/** The mini region list plus the real Muara (Teluknaga, Tangerang), the desa of the API fixtures. */
export function miniWilayahWithMuara(): WilayahSource {
  const extra: Record<string, string> = {
    'provinces.csv': '36,Banten\n',
    'regencies.csv': '36.03,36,Kabupaten Tangerang\n',
    'districts.csv': '36.03.13,36.03,Teluknaga\n',
    'villages.csv': '36.03.13.2008,36.03.13,Muara\n',
  };
  return editedMiniWilayah((file, text) => `${text}${extra[file] ?? ''}`);
}
