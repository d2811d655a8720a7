import { describe, expect, it } from 'vitest';
import {
  directionNote,
  isLaterStage,
  type LinkEnd,
  normaliseCommodity,
  parseLink,
  parseUnit,
  type UnitInput,
} from './business-unit.ts';
import { TODAY, unitInput } from './testing-chain.ts';

const fieldsOf = (input: UnitInput) => {
  const r = parseUnit(input, TODAY);
  return r.ok ? [] : r.issues.map((i) => i.field);
};

describe('parseUnit', () => {
  it('cleans a valid unit: trimmed name, normalised commodity, canonical desa', () => {
    const r = parseUnit(
      unitInput({ name: '  Kebun   Kopi  ', commodity: '  Kopi   Robusta ', desaCode: '33.01.01.2001' }),
      TODAY,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        name: 'Kebun Kopi',
        commodity: 'kopi robusta',
        stage: 'hulu',
        status: 'berjalan',
        description: 'Kebun kopi robusta milik BUM Desa.',
        desaCode: '3301012001',
        workers: 12,
        womenWorkers: 5,
        startedOn: '2024-03-01',
      },
    });
  });

  it('takes zero workers, no desa and no start date when left out', () => {
    const r = parseUnit(
      { name: 'Rumah Sangrai', commodity: 'kopi', stage: 'tengah', status: 'rencana' },
      TODAY,
    );
    expect(r.ok && r.value).toMatchObject({ workers: 0, womenWorkers: 0, desaCode: null, startedOn: null });
  });

  it.each<[string, Partial<UnitInput>, string[]]>([
    ['a one-letter name', { name: 'K' }, ['name']],
    ['a name of 121 characters', { name: 'K'.repeat(121) }, ['name']],
    ['no commodity', { commodity: '   ' }, ['commodity']],
    ['an unknown stage', { stage: 'produksi' }, ['stage']],
    ['an unknown status', { status: 'aktif' }, ['status']],
    ['a kecamatan as the place', { desaCode: '330101' }, ['desaCode']],
    ['a malformed place', { desaCode: '33.01.x' }, ['desaCode']],
    ['negative workers', { workers: -1 }, ['workers']],
    ['fractional workers', { workers: 2.5 }, ['workers']],
    ['more women than workers', { workers: 3, womenWorkers: 4 }, ['womenWorkers']],
    ['a start date in the future', { startedOn: '2026-05-21' }, ['startedOn']],
    ['a start date that is no date', { startedOn: '2026-02-30' }, ['startedOn']],
    ['a description too long', { description: 'x'.repeat(2001) }, ['description']],
  ])('refuses %s', (_label, overrides, fields) => {
    expect(fieldsOf(unitInput(overrides))).toEqual(fields);
  });

  it('accepts a start date of today and says why a later one is refused', () => {
    expect(parseUnit(unitInput({ startedOn: TODAY }), TODAY).ok).toBe(true);
    const r = parseUnit(unitInput({ startedOn: '2026-06-01' }), TODAY);
    expect(r.ok ? '' : r.issues[0]!.message).toBe(
      'Tanggal mulai 2026-06-01 belum tiba (hari ini 2026-05-20); unit yang belum mulai berstatus rencana tanpa tanggal mulai.',
    );
  });

  it('names both counts when women outnumber the workers', () => {
    const r = parseUnit(unitInput({ workers: 3, womenWorkers: 4 }), TODAY);
    expect(r.ok ? '' : r.issues[0]!.message).toBe(
      'Pekerja perempuan (4) tidak boleh lebih dari jumlah pekerja (3).',
    );
  });

  it('normalises a commodity like the kawasan registry', () => {
    expect(normaliseCommodity('  Gula   Aren ')).toBe('gula aren');
  });
});

describe('links', () => {
  const kebun: LinkEnd = { id: 'U-1', name: 'Kebun Kopi', stage: 'hulu' };
  const kedai: LinkEnd = { id: 'U-2', name: 'Kedai Kopi', stage: 'hilir' };

  it('accepts a product between two units', () => {
    expect(parseLink({ product: ' biji  kopi ', note: ' mingguan ' }, kebun, kedai, [])).toEqual({
      ok: true,
      value: { product: 'biji kopi', note: 'mingguan' },
    });
  });

  it.each<[string, LinkEnd, string, { buyerUnitId: string; product: string }[], string[]]>([
    ['a unit supplying itself', kebun, 'biji kopi', [], ['buyerUnitId']],
    ['no product', kedai, '  ', [], ['product']],
    [
      'the same product again, in other case',
      kedai,
      'Biji  Kopi',
      [{ buyerUnitId: 'U-2', product: 'biji kopi' }],
      ['product'],
    ],
  ])('refuses %s', (_label, buyer, product, existing, fields) => {
    const r = parseLink({ product }, kebun, buyer, existing);
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(fields);
  });

  it('allows the same product to another buyer, and another product to the same buyer', () => {
    const existing = [{ buyerUnitId: 'U-3', product: 'biji kopi' }];
    expect(parseLink({ product: 'biji kopi' }, kebun, kedai, existing).ok).toBe(true);
    expect(
      parseLink({ product: 'kopi bubuk' }, kebun, kedai, [{ buyerUnitId: 'U-2', product: 'biji kopi' }]).ok,
    ).toBe(true);
  });

  it.each([
    ['hulu', 'tengah', true],
    ['hulu', 'hilir', true],
    ['tengah', 'hilir', true],
    ['hilir', 'hulu', false],
    ['tengah', 'tengah', false],
    ['jasa', 'hilir', false],
    ['hulu', 'jasa', false],
  ])('%s → %s runs along the chain: %s', (from, to, along) => {
    expect(isLaterStage(from, to)).toBe(along);
  });

  it.each([
    ['hilir', 'hulu', true],
    ['tengah', 'hulu', true],
    ['hilir', 'tengah', true],
    ['hulu', 'hilir', false],
    ['tengah', 'tengah', false],
    ['jasa', 'hulu', false],
  ])('a link %s → %s carries a direction note: %s', (from, to, noted) => {
    expect(directionNote(from, to) !== null).toBe(noted);
  });
});
