import { describe, expect, it } from 'vitest';
import type { AssignmentView, MyFacilitation } from '../../../../contracts/facilitation.contract';
import { sha256Fallback, sha256Hex } from './digest';
import { jpegName, looksLikeImage } from './evidence-files';
import {
  emptyForm,
  fieldOfIssue,
  formToday,
  fromEntryBody,
  type LogFormValues,
  localToday,
  logFormErrors,
  placeName,
  placeOptions,
  toEntryBody,
} from './log-form-model';

const FID = '0b7f1e9e-7b84-4a51-9a43-4f3d1b8f0c11';
const KEY = '11111111-1111-4111-8111-111111111111';

function assignment(ref: string, name: string, from: string, to: string | null): AssignmentView {
  return {
    id: `a-${ref}-${from}`,
    facilitatorId: FID,
    place: { kind: 'desa', ref, name },
    from,
    to,
    current: to === null,
  };
}

const SAYA = {
  facilitator: { id: FID } as MyFacilitation['facilitator'],
  today: '2026-03-10',
  assignments: [
    assignment('3301012001', 'Desa Tambakreja, Kec. Kedungreja', '2026-01-01', null),
    assignment('3301012002', 'Desa Bumireja, Kec. Kedungreja', '2025-01-01', '2025-12-31'),
  ],
} satisfies Pick<MyFacilitation, 'facilitator' | 'today' | 'assignments'>;

const MESSAGES = { placeRequired: 'Pilih tempat.', categoryRequired: 'Pilih jenis.' };
const context = { today: '2026-03-10', saya: SAYA, messages: MESSAGES };

function filled(overrides: Partial<LogFormValues> = {}): LogFormValues {
  return {
    ...emptyForm('2026-03-09', 'desa:3301012001'),
    category: 'kewirausahaan',
    topic: 'Pelatihan pemasaran gula kelapa',
    women: '8',
    men: '4',
    groups: ['bum_desa', 'kelompok_perempuan'],
    activities: 'Praktik pengemasan dan penetapan harga bersama penderes.',
    outputs: 'Label kemasan disepakati',
    ...overrides,
  };
}

describe('the log form checked on the phone with the domain rules', () => {
  it('finds nothing wrong with a complete entry at an assigned place', () => {
    expect(logFormErrors(filled(), context)).toEqual({});
  });

  it('asks for a place and a category, and checks every field with the domain messages', () => {
    const errors = logFormErrors(emptyForm('2026-03-10'), context);
    expect(errors.place).toBe('Pilih tempat.');
    expect(errors.category).toBe('Pilih jenis.');
    expect(errors.topic).toBe('Topik wajib diisi, paling sedikit 3 karakter.');
    expect(errors.women).toMatch(/^Jumlah peserta perempuan harus bilangan bulat/);
    expect(errors.men).toMatch(/^Jumlah peserta laki-laki harus bilangan bulat/);
    expect(errors.groups).toBe('Pilih paling sedikit satu kelompok peserta.');
    expect(errors.activities).toMatch(/paling sedikit 10 karakter/);
    expect(errors.date).toBeUndefined();
  });

  it('refuses a date after today and a place not assigned on that date', () => {
    expect(logFormErrors(filled({ date: '2026-03-11' }), context).date).toMatch(
      /tidak boleh setelah hari ini/,
    );
    const ended = logFormErrors(filled({ place: 'desa:3301012002' }), context);
    expect(ended.date).toMatch(/Pada 2026-03-09 Anda tidak ditugaskan di desa 3301012002/);
    expect(logFormErrors(filled({ place: 'desa:3301012002', date: '2025-06-01' }), context)).toEqual({});
    expect(logFormErrors(filled({ place: 'desa:3301019999' }), context).place).toMatch(
      /Anda tidak ditugaskan/,
    );
  });

  it('wants at least one participant and a GPS point inside Indonesia', () => {
    expect(logFormErrors(filled({ women: '0', men: '0' }), context).participants).toBe(
      'Jumlah peserta harus lebih dari nol.',
    );
    expect(logFormErrors(filled({ women: '2.5' }), context).women).toMatch(/bilangan bulat/);
    expect(logFormErrors(filled({ gps: { lat: 110.4, lon: -7.7 } }), context).gps).toMatch(/Lintang/);
    expect(logFormErrors(filled({ gps: { lat: -7.7, lon: 109.1 } }), context)).toEqual({});
  });

  it('limits the evidence to ten files', () => {
    const files = Array.from({ length: 11 }, (_, i) => ({
      sha256: String(i).padStart(64, '0'),
      fileName: `foto-${i}.jpg`,
      mediaType: 'image/jpeg',
      bytes: 10,
      thumbnail: null,
    }));
    expect(logFormErrors(filled({ files }), context).files).toMatch(/Paling banyak 10 berkas/);
  });

  it('maps the domain and server field paths onto the form', () => {
    expect(fieldOfIssue('participants.perempuan')).toBe('women');
    expect(fieldOfIssue('body.participants.laki_laki')).toBe('men');
    expect(fieldOfIssue('groups[2]')).toBe('groups');
    expect(fieldOfIssue('evidence[1].mediaType')).toBe('files');
    expect(fieldOfIssue('gps.lon')).toBe('gps');
    expect(fieldOfIssue('followUp')).toBe('followUp');
    expect(fieldOfIssue('idempotencyKey')).toBeNull();
  });
});

describe('the entry body of the form', () => {
  it('is trimmed, counted, without evidence ids yet, and comes back as the same form', () => {
    const values = filled({ topic: '  Pelatihan pemasaran gula kelapa ', followUp: ' ' });
    const body = toEntryBody(values, KEY, false);
    expect(body).toEqual({
      idempotencyKey: KEY,
      date: '2026-03-09',
      place: { kind: 'desa', code: '3301012001' },
      category: 'kewirausahaan',
      topic: 'Pelatihan pemasaran gula kelapa',
      participants: { perempuan: 8, laki_laki: 4 },
      groups: ['bum_desa', 'kelompok_perempuan'],
      activities: 'Praktik pengemasan dan penetapan harga bersama penderes.',
      outputs: 'Label kemasan disepakati',
      followUp: '',
      evidenceIds: [],
      gps: null,
      submit: false,
    });
    expect(fromEntryBody(body, [])).toEqual({ ...values, topic: body.topic, followUp: '' });
  });
});

describe('the place picker', () => {
  it('lists the places assigned on the date first and every place once', () => {
    expect(placeOptions(SAYA, '2026-03-10').map((o) => [o.value, o.onDate])).toEqual([
      ['desa:3301012001', true],
      ['desa:3301012002', false],
    ]);
    expect(placeOptions(SAYA, '2025-06-01').map((o) => o.value)).toEqual([
      'desa:3301012002',
      'desa:3301012001',
    ]);
    expect(placeName(SAYA, { kind: 'desa', code: '3301012002' })).toBe('Desa Bumireja, Kec. Kedungreja');
    expect(placeName(null, { kind: 'desa', code: '3301012002' })).toBe('desa 3301012002');
  });

  it('takes the server date when the phone clock is behind', () => {
    expect(formToday('2026-03-09', SAYA)).toBe('2026-03-10');
    expect(formToday('2026-03-11', SAYA)).toBe('2026-03-11');
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('evidence names and hashes', () => {
  it('names a re-encoded photo .jpg and tells photos from documents', () => {
    expect(jpegName('IMG_1234.HEIC')).toBe('IMG_1234.jpg');
    expect(jpegName('rapat.desa.png')).toBe('rapat.desa.jpg');
    expect(jpegName('foto')).toBe('foto.jpg');
    expect(looksLikeImage({ type: 'image/heic', name: 'x' })).toBe(true);
    expect(looksLikeImage({ type: 'application/pdf', name: 'x.pdf' })).toBe(false);
    expect(looksLikeImage({ type: '', name: 'IMG_1.JPG' })).toBe(true);
  });

  it('hashes with sha256 the same with and without crypto.subtle', async () => {
    for (const text of ['', 'abc', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'Kawasan 🌾'.repeat(40)]) {
      const bytes = new TextEncoder().encode(text);
      expect(sha256Fallback(bytes)).toBe(await sha256Hex(bytes));
    }
    expect(sha256Fallback(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
