/**
 * Test fixtures for business units and the value chain: a coffee kawasan whose flagship
 * commodities are kopi and gula aren. Three BUM Desa grow coffee (three running hulu units), the
 * BUM Desa Bersama of the kawasan runs a coffee shop (hilir) and plans a roastery (tengah, not yet
 * running); nobody works gula aren; a village-tourism service stands beside the chain. Only one
 * grower sells to the shop. Capital: Dana Desa and APBD kabupaten for a grower, APBD kabupaten for
 * the shop, the community for the planned roastery, and a partner grant not tied to any unit.
 */
import type { UnitInput } from './business-unit.ts';
import type { CapitalInput } from './capital.ts';
import type { ChainCapital, ChainLink, ChainUnit, ValueChainInput } from './value-chain.ts';

export const TODAY = '2026-05-20';

export const ENTERPRISE_SIDOMULYO = 'E-sidomulyo';
export const ENTERPRISE_WONOREJO = 'E-wonorejo';
export const ENTERPRISE_SUMBER = 'E-sumber';
export const ENTERPRISE_BERSAMA = 'E-bersama';

export const DESA_SIDOMULYO = '3301012001';
export const DESA_WONOREJO = '3301012002';

/** A valid unit: a running coffee garden. Override what a test varies. */
export function unitInput(overrides: Partial<UnitInput> = {}): UnitInput {
  return {
    name: 'Kebun Kopi Sidomulyo',
    commodity: 'Kopi',
    stage: 'hulu',
    status: 'berjalan',
    description: 'Kebun kopi robusta milik BUM Desa.',
    desaCode: DESA_SIDOMULYO,
    workers: 12,
    womenWorkers: 5,
    startedOn: '2024-03-01',
    ...overrides,
  };
}

/** A valid capital row: the Dana Desa of a founding desa, for the garden. */
export function capitalInput(overrides: Partial<CapitalInput> = {}): CapitalInput {
  return {
    source: 'dana_desa',
    form: 'penyertaan_modal',
    amount: 'Rp 150.000.000',
    receivedOn: '2025-04-10',
    documentNumber: 'Perdes No. 2 Tahun 2025 tentang APBDes',
    partnerId: null,
    desaCode: DESA_SIDOMULYO,
    unitId: 'U-kebun-sidomulyo',
    note: '',
    ...overrides,
  };
}

export const UNIT = {
  kebunSidomulyo: 'U-kebun-sidomulyo',
  kebunWonorejo: 'U-kebun-wonorejo',
  kebunSumber: 'U-kebun-sumber',
  sangrai: 'U-sangrai',
  kedai: 'U-kedai',
  wisata: 'U-wisata',
} as const;

const coffeeUnit = (
  id: string,
  enterpriseId: string,
  name: string,
  stage: string,
  status: string,
  workers: number,
  commodity = 'kopi',
): ChainUnit => ({ id, enterpriseId, name, commodity, stage, status, workers });

export const COFFEE_UNITS: readonly ChainUnit[] = [
  coffeeUnit(UNIT.kebunSidomulyo, ENTERPRISE_SIDOMULYO, 'Kebun Kopi Sidomulyo', 'hulu', 'berjalan', 12),
  coffeeUnit(UNIT.kebunWonorejo, ENTERPRISE_WONOREJO, 'Kebun Kopi Wonorejo', 'hulu', 'berjalan', 8),
  coffeeUnit(UNIT.kebunSumber, ENTERPRISE_SUMBER, 'Kebun Kopi Sumber', 'hulu', 'berjalan', 6),
  coffeeUnit(UNIT.sangrai, ENTERPRISE_BERSAMA, 'Rumah Sangrai Kawasan', 'tengah', 'rencana', 0),
  coffeeUnit(UNIT.kedai, ENTERPRISE_BERSAMA, 'Kedai Kopi Kawasan', 'hilir', 'berjalan', 4),
  coffeeUnit(
    UNIT.wisata,
    ENTERPRISE_SIDOMULYO,
    'Wisata Desa Sidomulyo',
    'jasa',
    'berjalan',
    3,
    'wisata desa',
  ),
];

export const COFFEE_LINKS: readonly ChainLink[] = [
  { id: 'L-1', supplierUnitId: UNIT.kebunSidomulyo, buyerUnitId: UNIT.kedai, product: 'biji kopi kering' },
];

const capital = (
  id: string,
  enterpriseId: string,
  unitId: string | null,
  source: string,
  amount: bigint,
) => ({
  id,
  enterpriseId,
  unitId,
  source,
  amount,
});

export const COFFEE_CAPITAL: readonly ChainCapital[] = [
  capital('C-1', ENTERPRISE_SIDOMULYO, UNIT.kebunSidomulyo, 'dana_desa', 150_000_000n),
  capital('C-2', ENTERPRISE_BERSAMA, UNIT.kedai, 'apbd_kabupaten', 200_000_000n),
  capital('C-3', ENTERPRISE_BERSAMA, UNIT.sangrai, 'masyarakat', 25_000_000n),
  capital('C-4', ENTERPRISE_BERSAMA, null, 'mitra', 75_000_000n),
  capital('C-5', ENTERPRISE_SIDOMULYO, UNIT.kebunSidomulyo, 'apbd_kabupaten', 10_000_001n),
];

/** The coffee kawasan as the value-chain rule reads it. */
export function coffeeKawasan(overrides: Partial<ValueChainInput> = {}): ValueChainInput {
  return {
    flagshipCommodities: ['kopi', 'gula aren'],
    units: COFFEE_UNITS,
    links: COFFEE_LINKS,
    capital: COFFEE_CAPITAL,
    ...overrides,
  };
}
