import { describe, expect, it } from 'vitest';
import {
  accountRoleIssues,
  checkNik,
  FACILITATOR_TYPE_INFO,
  FACILITATOR_TYPES,
  facilitatorIssues,
  facilitatorTypeLabel,
  homeRegionLevel,
  isActiveOn,
  maskLast4,
  NIK_HASH_CONTEXT,
  normalisePhone,
  periodIssues,
  personIssues,
  supervisorLoopIssues,
} from './facilitator.ts';
import { facilitator } from './testing.ts';

const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

describe('facilitator types', () => {
  it('has the seven types with Indonesian labels and their levels (DOMAIN.md §5)', () => {
    expect(FACILITATOR_TYPES).toHaveLength(7);
    const levels = Object.fromEntries(FACILITATOR_TYPES.map((t) => [t, FACILITATOR_TYPE_INFO[t].level]));
    expect(levels).toEqual({
      tam: 'province',
      ta: 'regency',
      pd: 'district',
      pdti: 'district',
      pld: 'village',
      kpmd: 'village',
      pendamping_kawasan: 'kawasan',
    });
    expect(facilitatorTypeLabel('pld')).toBe('Pendamping Lokal Desa (PLD)');
    expect(facilitatorTypeLabel('pdti')).toBe('Pendamping Desa Teknik Infrastruktur (PDTI)');
    expect(facilitatorTypeLabel('kpmd')).toBe('Kader Pemberdayaan Masyarakat Desa (KPMD)');
  });

  it('marks TPP posts as professional and KPMD as a cadre', () => {
    expect(FACILITATOR_TYPES.filter((t) => FACILITATOR_TYPE_INFO[t].professional)).toEqual([
      'tam',
      'ta',
      'pd',
      'pdti',
      'pld',
    ]);
  });

  it('bases a kawasan post in a kabupaten and lets only TA and pendamping kawasan work on a kawasan', () => {
    expect(homeRegionLevel('pendamping_kawasan')).toBe('regency');
    expect(Object.fromEntries(FACILITATOR_TYPES.map((t) => [t, homeRegionLevel(t)]))).toEqual({
      tam: 'province',
      ta: 'regency',
      pd: 'district',
      pdti: 'district',
      pld: 'district',
      kpmd: 'village',
      pendamping_kawasan: 'regency',
    });
    expect(FACILITATOR_TYPES.filter((t) => FACILITATOR_TYPE_INFO[t].places.includes('kawasan'))).toEqual([
      'ta',
      'pendamping_kawasan',
    ]);
    expect(FACILITATOR_TYPE_INFO.pendamping_kawasan.places).toEqual(['kawasan']);
  });
});

describe('personIssues', () => {
  const person = { name: 'Sri Wahyuni', gender: 'perempuan' as const, phone: '0812 3456 7890', email: null };

  it('accepts a named person with a phone or an e-mail', () => {
    expect(personIssues(person)).toEqual([]);
    expect(personIssues({ ...person, phone: null, email: 'sri@contoh.id' })).toEqual([]);
  });

  it('requires a name of 2–120 characters, a gender and one contact', () => {
    const issues = personIssues({
      name: ' S ',
      gender: 'x' as never,
      phone: null,
      email: '  ',
    });
    expect(fields(issues)).toEqual(['name', 'gender', 'phone']);
    expect(issues[2]!.message).toMatch(/paling sedikit satu kontak/);
    expect(fields(personIssues({ ...person, name: 'a'.repeat(121) }))).toEqual(['name']);
  });

  it('refuses malformed phone numbers and e-mails', () => {
    const issues = personIssues({ ...person, phone: '12345', email: 'bukan-surel' });
    expect(fields(issues)).toEqual(['phone', 'email']);
    expect(issues[0]!.message).toMatch(/081234567890/);
  });

  it('normalises Indonesian mobile numbers to 08…', () => {
    expect(normalisePhone('+62 812-3456-7890')).toBe('081234567890');
    expect(normalisePhone('6281234567890')).toBe('081234567890');
    expect(normalisePhone('0212345678')).toBeNull();
  });
});

describe('facilitatorIssues', () => {
  it('accepts the fixture', () => {
    expect(facilitatorIssues(facilitator())).toEqual([]);
  });

  it.each([
    ['pld', '3322012001', 'district'],
    ['kpmd', '332201', 'village'],
    ['tam', '3322', 'province'],
    ['ta', '33', 'regency'],
    ['pendamping_kawasan', '332201', 'regency'],
  ] as const)('refuses a %s based in %s (needs %s)', (type, code, level) => {
    expect(homeRegionLevel(type)).toBe(level);
    const issues = facilitatorIssues(facilitator({ type, homeRegionCode: code }));
    expect(fields(issues)).toEqual(['homeRegionCode']);
    expect(issues[0]!.message).toContain(facilitatorTypeLabel(type));
  });

  it('accepts a home region of the right level', () => {
    expect(facilitatorIssues(facilitator({ type: 'kpmd', homeRegionCode: '3322012001' }))).toEqual([]);
    expect(facilitatorIssues(facilitator({ type: 'tam', homeRegionCode: '33' }))).toEqual([]);
    expect(facilitatorIssues(facilitator({ type: 'pendamping_kawasan', homeRegionCode: '3322' }))).toEqual(
      [],
    );
  });

  it('refuses an inverted period, self-supervision and a missing account', () => {
    const issues = facilitatorIssues(
      facilitator({ activeFrom: '2026-06-01', activeTo: '2026-05-31', supervisorId: 'F-pld', userId: ' ' }),
    );
    expect(fields(issues)).toEqual(['activeTo', 'supervisorId', 'userId']);
    expect(facilitatorIssues(facilitator({ type: 'bogus' as never }))[0]!.field).toBe('type');
    expect(issues[0]!.message).toBe(
      'Tanggal selesai (2026-05-31) tidak boleh sebelum tanggal mulai (2026-06-01).',
    );
  });

  it('checks dates are real', () => {
    expect(fields(periodIssues('2026-02-30', null))).toEqual(['activeFrom']);
    expect(fields(periodIssues('2026-02-01', '2026-13-01'))).toEqual(['activeTo']);
    expect(periodIssues('2026-02-01', '2026-02-01')).toEqual([]);
  });

  it('reads the active period with both ends included', () => {
    const f = facilitator({ activeFrom: '2026-01-01', activeTo: '2026-12-31' });
    expect(isActiveOn(f, '2025-12-31')).toBe(false);
    expect(isActiveOn(f, '2026-01-01')).toBe(true);
    expect(isActiveOn(f, '2026-12-31')).toBe(true);
    expect(isActiveOn(f, '2027-01-01')).toBe(false);
    expect(isActiveOn({ activeFrom: '2026-01-01', activeTo: null }, '2099-01-01')).toBe(true);
  });

  it('requires the facilitator role on the linked account', () => {
    expect(accountRoleIssues(['facilitator'])).toEqual([]);
    expect(accountRoleIssues(['village'])[0]!.message).toMatch(/peran pendamping/);
  });

  it('refuses supervisor loops', () => {
    const map = new Map<string, string | null>([
      ['F-pd', 'F-ta'],
      ['F-ta', 'F-pld'],
    ]);
    expect(supervisorLoopIssues('F-pld', 'F-pd', map)).toHaveLength(1);
    expect(supervisorLoopIssues('F-pld', 'F-pd', new Map([['F-pd', 'F-ta']]))).toEqual([]);
    expect(supervisorLoopIssues('F-pld', null, map)).toEqual([]);
  });
});

describe('checkNik', () => {
  it('accepts a 16-digit NIK and returns only the hash input and the mask', () => {
    const result = checkNik('3322 0147 0590 0012');
    expect(result).toEqual({
      ok: true,
      hashInput: `${NIK_HASH_CONTEXT}3322014705900012`,
      masked: '************0012',
      last4: '0012',
    });
  });

  it.each([
    ['332201470590001', /16 digit/],
    ['33220147059000123', /16 digit/],
    ['33220147059O0012', /16 digit/],
    ['0022014705900012', /kode wilayah/],
    ['3322010005900012', /tanggal lahir/],
    ['3322013205900012', /tanggal lahir/],
    ['3322017205900012', /tanggal lahir/],
    ['3322011513900012', /tanggal lahir/],
  ])('refuses %s', (nik, message) => {
    const result = checkNik(nik);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]!.field).toBe('nik');
      expect(result.issues[0]!.message).toMatch(message);
      expect(JSON.stringify(result)).not.toContain(nik);
    }
  });

  it('accepts women’s day codes 41–71', () => {
    expect(checkNik('3322017105900012').ok).toBe(true);
    expect(checkNik('3322014105900012').ok).toBe(true);
  });

  it('masks from the last four digits', () => {
    expect(maskLast4('9876')).toBe('************9876');
  });
});
