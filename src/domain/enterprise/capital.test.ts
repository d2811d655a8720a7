import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CapitalContext, type CapitalInput, capitalSummary, parseCapital } from './capital.ts';
import { capitalInput, DESA_SIDOMULYO, DESA_WONOREJO, TODAY } from './testing-chain.ts';

const CTX: CapitalContext = {
  today: TODAY,
  founderDesaCodes: [DESA_SIDOMULYO, DESA_WONOREJO],
  unitIds: ['U-kebun-sidomulyo', 'U-kedai'],
};

const issuesOf = (input: CapitalInput, ctx = CTX) => {
  const r = parseCapital(input, ctx);
  return r.ok ? [] : r.issues;
};

describe('parseCapital', () => {
  it('reads the Indonesian written amount exactly', () => {
    const r = parseCapital(capitalInput({ amount: 'Rp 1.500.000' }), CTX);
    expect(r.ok && r.value).toEqual({
      source: 'dana_desa',
      form: 'penyertaan_modal',
      amount: 1_500_000n,
      receivedOn: '2025-04-10',
      documentNumber: 'Perdes No. 2 Tahun 2025 tentang APBDes',
      partnerId: null,
      desaCode: DESA_SIDOMULYO,
      unitId: 'U-kebun-sidomulyo',
      note: '',
    });
  });

  it.each<[string, Partial<CapitalInput>, string[]]>([
    ['an unknown source', { source: 'apbdes' }, ['source']],
    ['an unknown form', { form: 'pinjaman' }, ['form']],
    ['sen in the amount', { amount: '1.500.000,50' }, ['amount']],
    ['a zero amount', { amount: 0 }, ['amount']],
    ['a negative amount', { amount: '-5000' }, ['amount']],
    ['a float amount', { amount: 1500.5 }, ['amount']],
    ['a date in the future', { receivedOn: '2026-05-21' }, ['receivedOn']],
    ['a date that is no date', { receivedOn: '2025-13-01' }, ['receivedOn']],
    ['a date from a typing slip', { receivedOn: '0202-01-01' }, ['receivedOn']],
    ['no document number', { documentNumber: '  ' }, ['documentNumber']],
    ['Dana Desa without the desa', { desaCode: null }, ['desaCode']],
    ['Dana Desa from a desa that is no founder', { desaCode: '3374011001' }, ['desaCode']],
    ['Dana Desa carrying a partner', { partnerId: 'P-1' }, ['partnerId']],
    ['a partner source without the partner', { source: 'mitra', desaCode: null }, ['partnerId']],
    ['APBD carrying a desa', { source: 'apbd_kabupaten', desaCode: DESA_SIDOMULYO }, ['desaCode']],
    ['a unit of another enterprise', { unitId: 'U-elsewhere' }, ['unitId']],
  ])('refuses %s', (_label, overrides, fields) => {
    expect(issuesOf(capitalInput(overrides)).map((i) => i.field)).toEqual(fields);
  });

  it('says sen are not written', () => {
    expect(issuesOf(capitalInput({ amount: '1.500.000,50' }))[0]!.message).toBe(
      'Jumlah rupiah ditulis tanpa sen, misalnya 1.500.000.',
    );
  });

  it('names the founding desa when Dana Desa comes from another', () => {
    expect(issuesOf(capitalInput({ desaCode: '33.74.01.1001' }))[0]!.message).toBe(
      'Desa 33.74.01.1001 bukan desa pendiri badan usaha ini; Dana Desa disertakan oleh desa pendiri (3301012001, 3301012002).',
    );
  });

  it('asks for the legal basis of the source', () => {
    expect(issuesOf(capitalInput({ documentNumber: '' }))[0]!.message).toContain('Perdes APBDes');
    expect(
      issuesOf(capitalInput({ source: 'mitra', partnerId: 'P-1', desaCode: null, documentNumber: '' }))[0]!
        .message,
    ).toContain('perjanjian kerja sama');
  });

  it('accepts each founding desa of a BUM Desa Bersama, a partner with its id, and capital for no unit', () => {
    expect(parseCapital(capitalInput({ desaCode: DESA_WONOREJO, unitId: null }), CTX).ok).toBe(true);
    const partner = parseCapital(
      capitalInput({ source: 'mitra', form: 'hibah', partnerId: 'P-1', desaCode: null, unitId: 'U-kedai' }),
      CTX,
    );
    expect(partner.ok && partner.value).toMatchObject({ source: 'mitra', partnerId: 'P-1', desaCode: null });
    expect(parseCapital(capitalInput({ receivedOn: TODAY }), CTX).ok).toBe(true);
  });
});

describe('capitalSummary', () => {
  it('totals by source in vocabulary order, by form, by year and by unit (no unit last)', () => {
    const s = capitalSummary([
      { amount: 100n, source: 'mitra', form: 'hibah', receivedOn: '2025-01-02', unitId: null },
      {
        amount: 250n,
        source: 'dana_desa',
        form: 'penyertaan_modal',
        receivedOn: '2024-06-01',
        unitId: 'U-b',
      },
      { amount: 5n, source: 'dana_desa', form: 'penyertaan_modal', receivedOn: '2025-03-01', unitId: 'U-a' },
      { amount: 40n, source: 'apbn', form: 'hibah', receivedOn: '2025-12-31', unitId: 'U-b' },
    ]);
    expect(s).toEqual({
      total: 395n,
      bySource: [
        { source: 'apbn', amount: 40n },
        { source: 'dana_desa', amount: 255n },
        { source: 'mitra', amount: 100n },
      ],
      byForm: [
        { form: 'penyertaan_modal', amount: 255n },
        { form: 'hibah', amount: 140n },
      ],
      byYear: [
        { year: 2024, amount: 250n },
        { year: 2025, amount: 145n },
      ],
      byUnit: [
        { unitId: 'U-a', amount: 5n },
        { unitId: 'U-b', amount: 290n },
        { unitId: null, amount: 100n },
      ],
    });
  });

  it('is empty and zero without rows', () => {
    expect(capitalSummary([])).toEqual({ total: 0n, bySource: [], byForm: [], byYear: [], byUnit: [] });
  });

  it('sums any amounts exactly, every way of cutting them adding up to the total', () => {
    const row = fc.record({
      amount: fc.bigInt({ min: 1n, max: 1_000_000_000_000_000n }),
      source: fc.constantFrom('apbn', 'apbd_provinsi', 'apbd_kabupaten', 'dana_desa', 'mitra', 'masyarakat'),
      form: fc.constantFrom('penyertaan_modal', 'hibah'),
      receivedOn: fc.constantFrom('2023-01-01', '2024-07-15', '2025-12-31'),
      unitId: fc.constantFrom(null, 'U-1', 'U-2'),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const s = capitalSummary(rows);
        const expected = rows.reduce((t, r) => t + r.amount, 0n);
        expect(s.total).toBe(expected);
        for (const cut of [s.bySource, s.byForm, s.byYear, s.byUnit])
          expect(cut.reduce((t, r) => t + r.amount, 0n)).toBe(expected);
      }),
    );
  });
});
