import { describe, expect, it } from 'vitest';
import {
  agendaLines,
  agendaText,
  formFieldErrors,
  indexedField,
  isDay,
  parseRupiah,
  rupiahPreview,
  rupiahText,
} from './musyawarah-forms';

describe('parseRupiah', () => {
  it.each([
    ['1.250.000', '1250000'],
    ['1250000', '1250000'],
    ['Rp 1.250.000', '1250000'],
    ['rp1.250.000', '1250000'],
    ['Rp. 150 000 000', '150000000'],
    ['007', '7'],
    ['0', '0'],
    ['999999999999999', '999999999999999'],
  ])('reads %s as %s whole rupiah', (text, value) => {
    expect(parseRupiah(text)).toEqual({ ok: true, value });
  });

  it('reads empty text as no amount', () => {
    expect(parseRupiah('   ')).toEqual({ ok: true, value: null });
    expect(parseRupiah('Rp')).toEqual({ ok: true, value: null });
  });

  it.each(['1.250.000,50', '12,5', '1e6', '-5', 'seratus', '1.5x'])(
    'refuses %s: not whole rupiah',
    (text) => {
      expect(parseRupiah(text)).toEqual({ ok: false, problem: 'notWhole' });
    },
  );

  it('refuses more digits than the API takes, exactly (no float rounding)', () => {
    expect(parseRupiah('1000000000000000')).toEqual({ ok: false, problem: 'tooLarge' });
    expect(parseRupiah('900.719.925.474.099')).toEqual({ ok: true, value: '900719925474099' });
  });
});

describe('rupiah display', () => {
  it('formats the API digit strings exactly, whatever their size', () => {
    expect(rupiahText('150000000')).toBe('Rp150.000.000');
    expect(rupiahText('900719925474099')).toBe('Rp900.719.925.474.099');
    expect(rupiahText('0')).toBe('Rp0');
    expect(rupiahText(null)).toBe('');
    expect(rupiahText('n/a')).toBe('n/a');
  });

  it('previews what is typed, or nothing when empty or invalid', () => {
    expect(rupiahPreview('2500000')).toBe('Rp2.500.000');
    expect(rupiahPreview('')).toBeNull();
    expect(rupiahPreview('2,5')).toBeNull();
  });
});

describe('agenda', () => {
  it('keeps one item per line without bullets and empty lines', () => {
    expect(agendaLines('1. Pembukaan\n\n- Laporan BKAD \n• Penilaian usulan\r\n2) Penutup\n   ')).toEqual([
      'Pembukaan',
      'Laporan BKAD',
      'Penilaian usulan',
      'Penutup',
    ]);
    expect(agendaText(['a', 'b'])).toBe('a\nb');
  });
});

describe('field errors', () => {
  it('puts server errors on the form fields and keeps the rest apart', () => {
    expect(
      formFieldErrors(
        {
          title: 'Judul wajib diisi.',
          'agenda[1]': 'Acara wajib diisi.',
          'agenda.2': 'second',
          other: 'Lain.',
        },
        ['title', 'agenda'] as const,
      ),
    ).toEqual({ byField: { title: 'Judul wajib diisi.', agenda: 'Acara wajib diisi.' }, other: ['Lain.'] });
  });

  it('reads indexed paths in both notations', () => {
    expect(indexedField('participants[3].name', 'participants')).toEqual({ index: 3, field: 'name' });
    expect(indexedField('participants.12.desaCode', 'participants')).toEqual({
      index: 12,
      field: 'desaCode',
    });
    expect(indexedField('participants[0]', 'participants')).toEqual({ index: 0, field: '' });
    expect(indexedField('participants', 'participants')).toBeNull();
    expect(indexedField('criteria[0].code', 'participants')).toBeNull();
  });

  it('knows a real calendar day', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('28-02-2026')).toBe(false);
  });
});
