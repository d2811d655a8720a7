import { describe, expect, it } from 'vitest';
import { sumRupiah } from '../../../domain/money/rupiah';
import {
  amountPreview,
  capitalBody,
  capitalFormIssues,
  capitalValues,
  newCapitalValues,
  sourceShares,
  withSource,
} from './capital-model';

const RULES = { today: '2026-06-15', founderDesaCodes: ['3301012001', '3301012002'], unitIds: ['u1'] };
const PARTNER = '22222222-2222-4222-8222-222222222222';

function filled() {
  return {
    ...newCapitalValues(),
    source: 'dana_desa',
    desaCode: '3301012001',
    amount: '150.000.000',
    receivedOn: '2026-03-02',
    documentNumber: 'Perdes Tambakreja 3/2026',
  };
}

describe('the capital form', () => {
  it('is fine for Dana Desa from a founding desa', () => {
    expect(capitalFormIssues(filled(), RULES)).toEqual({});
  });

  it('refuses Dana Desa from a desa that is not a founder, and a partner missing for a mitra', () => {
    expect(capitalFormIssues({ ...filled(), desaCode: '3301012005' }, RULES).desaCode).toMatch(
      /bukan desa pendiri/,
    );
    const mitra = withSource(filled(), 'mitra');
    expect(capitalFormIssues(mitra, RULES).partnerId).toMatch(/wajib menyebut mitranya/);
    expect(capitalFormIssues({ ...mitra, partnerId: PARTNER }, RULES)).toEqual({});
  });

  it('refuses sen and takes the written form', () => {
    expect(capitalFormIssues({ ...filled(), amount: '1.500.000,50' }, RULES).amount).toBe(
      'Jumlah rupiah ditulis tanpa sen, misalnya 1.500.000.',
    );
    expect(capitalFormIssues({ ...filled(), amount: 'Rp 1.500.000' }, RULES)).toEqual({});
  });

  it('a change of source drops the partner and the desa it no longer needs', () => {
    const mitra = { ...withSource(filled(), 'mitra'), partnerId: PARTNER };
    expect(mitra.desaCode).toBe('');
    expect(withSource(mitra, 'apbn').partnerId).toBe('');
  });

  it('sends the amount as typed, for the server to read exactly', () => {
    const body = capitalBody({ ...filled(), amount: ' 150.000.000 ', unitId: 'u1' });
    expect(body).toEqual({
      source: 'dana_desa',
      form: 'penyertaan_modal',
      amount: '150.000.000',
      receivedOn: '2026-03-02',
      documentNumber: 'Perdes Tambakreja 3/2026',
      partnerId: null,
      desaCode: '3301012001',
      unitId: 'u1',
      documentId: null,
    });
  });

  it('reads the amount back as it will be stored, up to the largest amount allowed', () => {
    expect(amountPreview('Rp 1.500.000')).toBe('Rp1.500.000');
    expect(amountPreview('1.500.000,50')).toBeNull();
    expect(amountPreview('')).toBeNull();
    expect(amountPreview('999999999999999')).toBe('Rp999.999.999.999.999');
    expect(amountPreview('1.000.000.000.000.001')).toBeNull();
  });

  it('puts a stored row back into the form in the written form', () => {
    const values = capitalValues({
      id: 'c1',
      enterpriseId: 'e1',
      unit: null,
      source: 'mitra',
      sourceLabel: 'Mitra',
      form: 'hibah',
      formLabel: 'Hibah',
      partner: { id: PARTNER, name: 'PTPN IX' },
      desa: null,
      amount: '999999999999999',
      receivedOn: '2026-01-02',
      documentNumber: 'PKS 1/2026',
      documentId: null,
      note: '',
      createdAt: '2026-01-02T00:00:00.000Z',
    });
    expect(values.amount).toBe('999.999.999.999.999');
    expect(values.partnerId).toBe(PARTNER);
  });
});

describe('shares of the sources', () => {
  it('are exact for amounts no float can hold', () => {
    // 2^53 + 1 and friends: a float sum would lose the last digits.
    const amounts = [9007199254740993n, 9007199254740993n, 1n];
    const total = sumRupiah(amounts);
    const shares = sourceShares({
      total: total.toString(),
      bySource: [
        { source: 'dana_desa', sourceLabel: 'Dana Desa', amount: (amounts[0]! + amounts[1]!).toString() },
        { source: 'masyarakat', sourceLabel: 'Masyarakat', amount: amounts[2]!.toString() },
      ],
      byForm: [],
      byYear: [],
      byUnit: [],
    });
    expect(shares.map((s) => [s.source, s.amountText, s.percent])).toEqual([
      ['dana_desa', 'Rp18.014.398.509.481.986', '100.0'],
      ['masyarakat', 'Rp1', '0.0'],
    ]);
  });

  it('round a share half up, to one decimal', () => {
    const shares = sourceShares({
      total: '3',
      bySource: [
        { source: 'apbn', sourceLabel: 'APBN', amount: '1' },
        { source: 'mitra', sourceLabel: 'Mitra', amount: '2' },
      ],
      byForm: [],
      byYear: [],
      byUnit: [],
    });
    expect(shares.map((s) => s.percent)).toEqual(['33.3', '66.7']);
  });
});
