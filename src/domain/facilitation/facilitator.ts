/**
 * Facilitators (pendamping) as the domain sees them: the type of post and the level it works at,
 * the person's details, the active period, the supervisor and the linked account. Pure.
 *
 * Sources (DOMAIN.md §5): Permendesa PDT 3/2025 names the actors of pendampingan — Tenaga
 * Pendamping Profesional (TPP) recruited by the ministry, KPMD and third parties. The levels of
 * the TPP posts come from one secondary source (an announcement of the 2021 TPP roles); they are
 * marked below. No regulation number is given here beyond those DOMAIN.md lists.
 *
 * The NIK is never stored: `checkNik` validates its shape and returns only what the service
 * needs to compute a keyed hash (with its own secret) and a masked form for display.
 */
import type { Role } from '../access/role.ts';
import { GENDERS, type Gender } from '../deliberation/attendance.ts';
import type { FieldIssue } from '../errors.ts';
import { isCalendarDate } from '../kawasan/lifecycle-guards.ts';
import { CODE_LENGTH, parseRegionCode, type RegionLevel } from '../region-code.ts';

export { GENDERS, type Gender };

export const FACILITATOR_TYPES = ['tam', 'ta', 'pd', 'pdti', 'pld', 'kpmd', 'pendamping_kawasan'] as const;
export type FacilitatorType = (typeof FACILITATOR_TYPES)[number];

/** Where a facilitator of a type works: an administrative level, or a kawasan. */
export type WorkLevel = RegionLevel | 'kawasan';

export const WORK_LEVEL_LABELS: Record<WorkLevel, string> = {
  province: 'Provinsi',
  regency: 'Kabupaten/kota',
  district: 'Kecamatan',
  village: 'Desa',
  kawasan: 'Kawasan perdesaan',
};

/** What the assignments of a type may point at. */
export type PlaceKind = 'desa' | 'kawasan';

export interface FacilitatorTypeInfo {
  /** Short name as used in the field, e.g. `PLD`. */
  abbreviation: string;
  /** Full Indonesian name. */
  label: string;
  /** The level the post works at. */
  level: WorkLevel;
  /** The level of the home region; every desa the facilitator is assigned to lies inside it. */
  homeLevel: RegionLevel;
  /** Tenaga Pendamping Profesional, recruited by the ministry; KPMD are village cadres. */
  professional: boolean;
  /** What the facilitator may be assigned to. */
  places: readonly PlaceKind[];
}

export const FACILITATOR_TYPE_INFO: Record<FacilitatorType, FacilitatorTypeInfo> = {
  // Levels of TAM, TA, PD, PDTI and PLD: SK TPP 2021 as reported by one secondary source (DOMAIN.md §5).
  tam: {
    abbreviation: 'TAM',
    label: 'Tenaga Ahli Madya',
    level: 'province',
    homeLevel: 'province',
    professional: true,
    places: ['desa'],
  },
  // TA at kabupaten/kota; DOMAIN.md §5 notes kawasan-level support comes from TA, so TA may be assigned to a kawasan.
  ta: {
    abbreviation: 'TA',
    label: 'Tenaga Ahli',
    level: 'regency',
    homeLevel: 'regency',
    professional: true,
    places: ['desa', 'kawasan'],
  },
  pd: {
    abbreviation: 'PD',
    label: 'Pendamping Desa',
    level: 'district',
    homeLevel: 'district',
    professional: true,
    places: ['desa'],
  },
  pdti: {
    abbreviation: 'PDTI',
    label: 'Pendamping Desa Teknik Infrastruktur',
    level: 'district',
    homeLevel: 'district',
    professional: true,
    places: ['desa'],
  },
  // A PLD works with desa but covers several of them (about 4, from memory: DOMAIN.md §5,
  // uncertain), assumed within one kecamatan: so the home region is the kecamatan.
  pld: {
    abbreviation: 'PLD',
    label: 'Pendamping Lokal Desa',
    level: 'village',
    homeLevel: 'district',
    professional: true,
    places: ['desa'],
  },
  // KPMD: a cadre of one desa (Permendesa PDT 3/2025 names KPMD as an actor; not a TPP post).
  kpmd: {
    abbreviation: 'KPMD',
    label: 'Kader Pemberdayaan Masyarakat Desa',
    level: 'village',
    homeLevel: 'village',
    professional: false,
    places: ['desa'],
  },
  // Uncertain: "pendamping kawasan" is not a separate TPP post in the sources read (DOMAIN.md §5).
  // Modelled as a kawasan-level post based in a kabupaten; not treated as TPP until confirmed.
  pendamping_kawasan: {
    abbreviation: 'Pendamping kawasan',
    label: 'Pendamping Kawasan Perdesaan',
    level: 'kawasan',
    homeLevel: 'regency',
    professional: false,
    places: ['kawasan'],
  },
};

/** Label shown in lists, e.g. `Pendamping Lokal Desa (PLD)`. */
export function facilitatorTypeLabel(type: FacilitatorType): string {
  const info = FACILITATOR_TYPE_INFO[type];
  return info.abbreviation === info.label ? info.label : `${info.label} (${info.abbreviation})`;
}

/** The level of region a home region of this type has (the kabupaten for a kawasan post). */
export function homeRegionLevel(type: FacilitatorType): RegionLevel {
  return FACILITATOR_TYPE_INFO[type].homeLevel;
}

export const NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;

export interface FacilitatorPerson {
  name: string;
  gender: Gender;
  /** Mobile or office number, written as entered (`0812…`, `+62 812…`); null when not given. */
  phone: string | null;
  email: string | null;
}

export interface Facilitator extends FacilitatorPerson {
  id: string;
  type: FacilitatorType;
  /** Region code of the level `homeRegionLevel(type)`. */
  homeRegionCode: string;
  /** Active period, `YYYY-MM-DD`, both days included; `activeTo` null while still active. */
  activeFrom: string;
  activeTo: string | null;
  /** The facilitator who reviews this one's logs; null when none is set yet. */
  supervisorId: string | null;
  /** The linked user account (with the facilitator role). */
  userId: string;
}

/** Length in characters as people count them (code points), after trimming. */
export function textLength(text: string): number {
  return [...text.trim()].length;
}

const PHONE = /^(?:\+62|62|0)8\d{7,12}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The digits of an Indonesian mobile number in `08…` form, or null when it is not one. */
export function normalisePhone(phone: string): string | null {
  const compact = phone.replace(/[\s.-]/g, '');
  if (!PHONE.test(compact)) return null;
  return compact.replace(/^(?:\+62|62)/, '0');
}

/** Issues with a person's name, gender and contact. A facilitator must be reachable: phone or e-mail. */
export function personIssues(person: FacilitatorPerson): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const nameLength = textLength(person.name);
  if (nameLength < 2 || nameLength > NAME_MAX_LENGTH) {
    issues.push({ field: 'name', message: `Nama wajib diisi, 2–${NAME_MAX_LENGTH} karakter.` });
  }
  if (!(GENDERS as readonly string[]).includes(person.gender)) {
    issues.push({ field: 'gender', message: 'Jenis kelamin harus perempuan atau laki_laki.' });
  }
  const phone = person.phone?.trim() ?? '';
  const email = person.email?.trim() ?? '';
  if (phone !== '' && normalisePhone(phone) === null) {
    issues.push({
      field: 'phone',
      message: 'Nomor HP tidak dikenali: tulis seperti 081234567890 atau +6281234567890.',
    });
  }
  if (email !== '' && (email.length > EMAIL_MAX_LENGTH || !EMAIL.test(email))) {
    issues.push({ field: 'email', message: 'Alamat surel tidak valid (contoh nama@contoh.id).' });
  }
  if (phone === '' && email === '') {
    issues.push({ field: 'phone', message: 'Isi paling sedikit satu kontak: nomor HP atau alamat surel.' });
  }
  return issues;
}

/** Issues with an active period: real dates, and the end not before the start. */
export function periodIssues(
  from: string,
  to: string | null,
  fields: { from: string; to: string } = { from: 'activeFrom', to: 'activeTo' },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isCalendarDate(from)) {
    issues.push({ field: fields.from, message: 'Tanggal mulai wajib diisi dengan format TTTT-BB-HH.' });
  }
  if (to !== null && !isCalendarDate(to)) {
    issues.push({
      field: fields.to,
      message: 'Tanggal selesai harus berformat TTTT-BB-HH atau dikosongkan.',
    });
  }
  if (issues.length === 0 && to !== null && to < from) {
    issues.push({
      field: fields.to,
      message: `Tanggal selesai (${to}) tidak boleh sebelum tanggal mulai (${from}).`,
    });
  }
  return issues;
}

/** Whether `date` (`YYYY-MM-DD`) lies in the facilitator's active period, both ends included. */
export function isActiveOn(facilitator: Pick<Facilitator, 'activeFrom' | 'activeTo'>, date: string): boolean {
  return date >= facilitator.activeFrom && (facilitator.activeTo === null || date <= facilitator.activeTo);
}

/**
 * Issues with a whole facilitator record: the person, a home region of the type's level, the
 * active period, a supervisor other than the facilitator, and a linked account.
 */
export function facilitatorIssues(facilitator: Facilitator): FieldIssue[] {
  const issues = personIssues(facilitator);
  if (!(FACILITATOR_TYPES as readonly string[]).includes(facilitator.type)) {
    issues.push({
      field: 'type',
      message: `Jenis pendamping harus salah satu dari: ${FACILITATOR_TYPES.join(', ')}.`,
    });
    return issues;
  }
  const level = homeRegionLevel(facilitator.type);
  const parsed = parseRegionCode(facilitator.homeRegionCode);
  if (!parsed.ok || parsed.value.code !== facilitator.homeRegionCode || parsed.value.level !== level) {
    issues.push({
      field: 'homeRegionCode',
      message: `${facilitatorTypeLabel(facilitator.type)} berbasis di tingkat ${WORK_LEVEL_LABELS[level].toLowerCase()}: wilayah asal harus kode ${CODE_LENGTH[level]} digit.`,
    });
  }
  issues.push(...periodIssues(facilitator.activeFrom, facilitator.activeTo));
  if (facilitator.supervisorId !== null && facilitator.supervisorId === facilitator.id) {
    issues.push({
      field: 'supervisorId',
      message: 'Pendamping tidak dapat menjadi penyelia dirinya sendiri.',
    });
  }
  if (facilitator.userId.trim() === '') {
    issues.push({ field: 'userId', message: 'Pendamping harus ditautkan ke akun pengguna.' });
  }
  return issues;
}

/** The account linked to a facilitator must hold the facilitator role. */
export function accountRoleIssues(roles: readonly Role[]): FieldIssue[] {
  return roles.includes('facilitator')
    ? []
    : [{ field: 'userId', message: 'Akun yang ditautkan belum memiliki peran pendamping (facilitator).' }];
}

/**
 * Supervisors must not form a loop (A supervises B supervises A). `supervisorOf` maps a
 * facilitator id to its supervisor id; returns the issue when setting `supervisorId` for
 * `facilitatorId` would close a loop.
 */
export function supervisorLoopIssues(
  facilitatorId: string,
  supervisorId: string | null,
  supervisorOf: ReadonlyMap<string, string | null>,
): FieldIssue[] {
  const seen = new Set<string>([facilitatorId]);
  let current = supervisorId;
  while (current !== null) {
    if (seen.has(current)) {
      return [
        { field: 'supervisorId', message: 'Penyelia ini membentuk lingkaran penyelia; pilih penyelia lain.' },
      ];
    }
    seen.add(current);
    current = supervisorOf.get(current) ?? null;
  }
  return [];
}

// ——— NIK ———

export const NIK_LENGTH = 16;
/** Prefix of the keyed-hash input, so a NIK hash is never confused with another hashed value. */
export const NIK_HASH_CONTEXT = 'kawasan:nik:v1:';

export type NikCheck =
  | {
      ok: true;
      /** Feed this to a keyed hash (HMAC with the service's secret); never store or log it. */
      hashInput: string;
      /** For display: twelve asterisks and the last four digits. */
      masked: string;
      last4: string;
    }
  | { ok: false; issues: FieldIssue[] };

/**
 * Checks the shape of a NIK: 16 digits after removing spaces, dots and dashes; the commonly
 * documented layout is 6 digits of region, 6 of birth date (DDMMYY, day + 40 for women) and 4 of
 * serial. Checked here: the region part is not zero, the month is 01–12 and the day 01–31 or
 * 41–71. Whether the region or date really exist is not checked.
 */
export function checkNik(input: string, field = 'nik'): NikCheck {
  const digits = input.replace(/[\s.-]/g, '');
  const refuse = (message: string): NikCheck => ({ ok: false, issues: [{ field, message }] });
  if (!/^\d+$/.test(digits) || digits.length !== NIK_LENGTH) {
    return refuse(`NIK harus ${NIK_LENGTH} digit angka.`);
  }
  const province = Number(digits.slice(0, 2));
  const day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  if (province === 0 || digits.slice(2, 6) === '0000')
    return refuse('Enam digit pertama NIK (kode wilayah) tidak valid.');
  const dayValid = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
  if (!dayValid || month < 1 || month > 12) {
    return refuse('Digit ke-7 s.d. ke-12 NIK (tanggal lahir HHBBTT) tidak valid.');
  }
  const last4 = digits.slice(-4);
  return { ok: true, hashInput: `${NIK_HASH_CONTEXT}${digits}`, masked: maskLast4(last4), last4 };
}

/** The masked form shown in place of a NIK, from its last four digits. */
export function maskLast4(last4: string): string {
  return `${'*'.repeat(NIK_LENGTH - 4)}${last4.slice(-4)}`;
}
