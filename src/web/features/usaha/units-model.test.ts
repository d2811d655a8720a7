import { describe, expect, it } from 'vitest';
import type { BusinessLinkView, BusinessUnitView } from '../../../contracts/business.contract';
import {
  createLinkBody,
  createUnitBody,
  linkFormIssues,
  missingChainStages,
  newLinkValues,
  newUnitValues,
  unitFormIssues,
  unitServerIssues,
  unitsByStage,
} from './units-model';

const EID = '11111111-1111-4111-8111-111111111111';
const TODAY = '2026-06-15';

function unit(id: string, stage: string, change: Partial<BusinessUnitView> = {}): BusinessUnitView {
  return {
    id,
    enterprise: {
      id: EID,
      name: 'BUM Desa Bersama Kopi Lestari',
      kind: 'bumdesma',
      kindLabel: 'BUM Desa Bersama',
    },
    name: `Unit ${id}`,
    commodity: 'kopi',
    stage,
    stageLabel: stage,
    status: 'berjalan',
    statusLabel: 'Berjalan',
    description: '',
    desa: null,
    workers: 4,
    womenWorkers: 1,
    startedOn: null,
    capitalTotal: '0',
    capitalCount: 0,
    suppliers: [],
    buyers: [],
    canManage: true,
    createdAt: '2026-06-01T00:00:00.000Z',
    updatedAt: '2026-06-01T00:00:00.000Z',
    ...change,
  };
}

const ref = (u: BusinessUnitView) => ({
  id: u.id,
  name: u.name,
  commodity: u.commodity,
  stage: u.stage,
  stageLabel: u.stageLabel,
  status: u.status,
  statusLabel: u.statusLabel,
  enterprise: { id: u.enterprise.id, name: u.enterprise.name },
  readable: true,
});

describe('units by stage', () => {
  it('groups in chain order with every stage shown, and counts workers', () => {
    const groups = unitsByStage([unit('a', 'tengah'), unit('b', 'hulu'), unit('c', 'hulu', { workers: 10 })]);
    expect(groups.map((g) => [g.stage, g.units.map((u) => u.id), g.workers])).toEqual([
      ['hulu', ['b', 'c'], 14],
      ['tengah', ['a'], 4],
      ['hilir', [], 0],
      ['jasa', [], 0],
    ]);
  });

  it('names the chain stages without a running unit (a planned one does not count; services stand apart)', () => {
    expect(
      missingChainStages([unit('a', 'hulu'), unit('b', 'tengah', { status: 'rencana' }), unit('c', 'jasa')]),
    ).toEqual(['tengah', 'hilir']);
  });
});

describe('the unit form', () => {
  it('is checked with the domain’s messages', () => {
    const issues = unitFormIssues(
      { ...newUnitValues(), workers: 3, womenWorkers: 5, startedOn: '2026-06-16' },
      TODAY,
    );
    expect(issues.name).toMatch(/^Nama unit usaha wajib diisi/);
    expect(issues.commodity).toMatch(/^Komoditas atau jenis layanan/);
    expect(issues.stage).toMatch(/^Tahap rantai nilai harus/);
    expect(issues.womenWorkers).toBe('Pekerja perempuan (5) tidak boleh lebih dari jumlah pekerja (3).');
    expect(issues.startedOn).toMatch(/belum tiba/);
  });

  it('takes a dotted desa code and sends counts as numbers', () => {
    const values = {
      ...newUnitValues('hulu'),
      name: 'Kebun kopi rakyat',
      commodity: ' Kopi ',
      desaCode: '33.01.01.2001',
      workers: '25',
      womenWorkers: '',
    };
    expect(unitFormIssues(values, TODAY)).toEqual({});
    expect(createUnitBody(values)).toEqual({
      name: 'Kebun kopi rakyat',
      commodity: ' Kopi ',
      stage: 'hulu',
      status: 'berjalan',
      description: '',
      desaCode: '33.01.01.2001',
      workers: 25,
      womenWorkers: 0,
      startedOn: null,
    });
  });

  it('a count that is no whole number is refused', () => {
    expect(
      unitFormIssues({ ...newUnitValues('hulu'), name: 'Kebun', commodity: 'kopi', workers: '2,5' }, TODAY)
        .workers,
    ).toMatch(/bilangan bulat/);
  });

  it('puts the server’s messages on the fields', () => {
    const sorted = unitServerIssues([
      { field: 'desaCode', message: 'Desa tidak ada.' },
      { field: 'enterprise', message: 'Lain.' },
    ]);
    expect(sorted.byField).toEqual({ desaCode: 'Desa tidak ada.' });
    expect(sorted.other).toEqual(['Lain.']);
  });
});

describe('the supply-link form', () => {
  const grower = unit('grow', 'hulu');
  const roaster = unit('roast', 'tengah');
  const link: BusinessLinkView = {
    id: 'l1',
    supplier: ref(grower),
    buyer: ref(roaster),
    product: 'Biji kopi basah',
    note: '',
    directionNote: null,
    createdAt: '2026-06-01T00:00:00.000Z',
    canDelete: true,
  };

  it('needs a unit picked, and a product', () => {
    const issues = linkFormIssues(newLinkValues(EID), grower, null, 'Pilih unit usaha yang dipasok.');
    expect(issues.buyerUnitId).toBe('Pilih unit usaha yang dipasok.');
    expect(issues.product).toMatch(/^Nama produk yang dipasok/);
  });

  it('refuses a unit supplying itself and the same product twice (ignoring case and spaces)', () => {
    const self = linkFormIssues(
      { ...newLinkValues(EID), buyerUnitId: grower.id, product: 'kopi' },
      grower,
      grower,
      'x',
    );
    expect(self.buyerUnitId).toBe('Unit usaha tidak dapat memasok dirinya sendiri.');
    const twice = linkFormIssues(
      { ...newLinkValues(EID), buyerUnitId: roaster.id, product: ' biji  kopi BASAH ' },
      { ...grower, buyers: [link] },
      roaster,
      'x',
    );
    expect(twice.product).toMatch(/sudah tercatat/);
    const other = linkFormIssues(
      { ...newLinkValues(EID), buyerUnitId: roaster.id, product: 'kopi kering' },
      { ...grower, buyers: [link] },
      roaster,
      'x',
    );
    expect(other).toEqual({});
  });

  it('sends the buyer, the product and a note only when there is one', () => {
    expect(
      createLinkBody({ ...newLinkValues(EID), buyerUnitId: 'roast', product: ' biji  kopi ', note: ' ' }),
    ).toEqual({
      buyerUnitId: 'roast',
      product: 'biji kopi',
    });
  });
});
