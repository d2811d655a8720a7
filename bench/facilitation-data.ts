/**
 * Synthetic pendampingan data for the benchmark, deterministic from a seed: a province's
 * facilitators (a Pendamping Lokal Desa for every group of up to `desaPerPld` desa of a
 * kecamatan, a Tenaga Ahli per kabupaten supervising them and assigned to the kabupaten's
 * kawasan), and activity entries spread unevenly over the desa (a few never visited, some no
 * longer visited after a date), over about two years, mostly approved, some held for a kawasan.
 * Entries come out as COPY rows (CSV) for bulk loading, or as `CreateEntryBody` requests for the
 * HTTP API. Pure: no IO, no clock; the same seed gives the same rows.
 */
import type { CreateEntryBody } from '../src/contracts/facilitation.contract.ts';
import { ACTIVITY_CATEGORIES, PARTICIPANT_GROUPS } from '../src/domain/facilitation/activity-log.ts';
import type { LogState } from '../src/domain/facilitation/review.ts';
import { villageTypeOf } from '../src/domain/region-code.ts';

/** A 32-bit generator (mulberry32): fast, seedable, good enough for synthetic data. */
export function rng(seed: number) {
  let s = seed >>> 0;
  const next32 = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    next32,
    /** Uniform in [0, 1). */
    float: () => next32() / 4_294_967_296,
    /** Uniform integer in [0, n). */
    int: (n: number) => Math.floor((next32() / 4_294_967_296) * n),
  };
}
export type Rng = ReturnType<typeof rng>;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex8 = (n: number) => HEX[n >>> 24]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!;
const hex4 = (n: number) => HEX[(n >>> 8) & 255]! + HEX[n & 255]!;

/** A UUID version 4 (variant bits set) drawn from `r`. */
export function uuidV4(r: Rng): string {
  const a = r.next32();
  const b = r.next32();
  const c = r.next32();
  const d = r.next32();
  const variant = '89ab'[c >>> 30]!;
  return `${hex8(a)}-${hex4(b >>> 16)}-4${hex4(b & 0xfff).slice(1)}-${variant}${hex4((c >>> 16) & 0xfff).slice(1)}-${hex4(c)}${hex8(d)}`;
}

/** 64 hex digits, shaped like a SHA-256 (the stored request hash of a synthetic entry). */
function fakeSha256(r: Rng): string {
  let out = '';
  for (let i = 0; i < 8; i++) out += hex8(r.next32());
  return out;
}

/** Every calendar date from `from` to `to`, both included, with its weekday (0 = Sunday). */
export function calendarDays(from: string, to: string): { date: string; weekday: number }[] {
  const days: { date: string; weekday: number }[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
    const d = new Date(t);
    days.push({ date: d.toISOString().slice(0, 10), weekday: d.getUTCDay() });
  }
  return days;
}

/** A desa (or kelurahan) of the province, from the region table. */
export interface ProvinceVillage {
  code: string;
  name: string;
}

export interface SyntheticKawasan {
  id: string;
  name: string;
  /** The kabupaten that designated it. */
  regionCode: string;
  desaCodes: string[];
}

export interface SyntheticFacilitator {
  id: string;
  userId: string;
  username: string;
  type: 'pld' | 'ta';
  name: string;
  gender: 'perempuan' | 'laki_laki';
  /** A mobile number (`08…`, 12 digits): the domain wants a phone or an e-mail address. */
  phone: string;
  /** Kecamatan of a PLD, kabupaten of a TA. */
  homeRegionCode: string;
  supervisorId: string | null;
  /** Desa assigned from `activeFrom`, open-ended (PLD). */
  desaCodes: string[];
  /** Kawasan assigned from `activeFrom`, open-ended (TA). */
  kawasanIds: string[];
  activeFrom: string;
}

export interface WorldOptions {
  /** First and last day of the period entries fall in. */
  from: string;
  to: string;
  /** Largest number of desa one PLD is assigned to. */
  desaPerPld?: number;
  /** Member desa of each kawasan (one kawasan per kabupaten). */
  desaPerKawasan?: number;
}

/** How visits are spread: each desa's share, and the last day it is still visited (index into the days). */
interface DesaProfile {
  code: string;
  weight: number;
  /** Index of the last day with visits; later dates are drawn again before it. */
  lastDay: number;
  pld: number;
}

export interface FacilitationWorld {
  seed: number;
  from: string;
  to: string;
  /** Desa only (kelurahan get no facilitator): the ones entries may be logged for. */
  desa: ProvinceVillage[];
  facilitators: SyntheticFacilitator[];
  kawasan: SyntheticKawasan[];
  /** Desa never visited in the synthetic log. */
  neverVisited: number;
  /** Desa whose visits stop before the end of the period. */
  lapsed: number;
  profiles: DesaProfile[];
}

const FIRST_NAMES = {
  perempuan: ['Sri', 'Siti', 'Dewi', 'Rina', 'Wulan', 'Ani', 'Endang', 'Yuni', 'Lestari', 'Nur'],
  laki_laki: ['Budi', 'Agus', 'Joko', 'Slamet', 'Bambang', 'Eko', 'Hadi', 'Wahyu', 'Teguh', 'Rudi'],
} as const;
const LAST_NAMES = [
  'Santoso',
  'Wibowo',
  'Rahayu',
  'Prasetyo',
  'Kurniawan',
  'Lestari',
  'Nugroho',
  'Handayani',
];

/**
 * Facilitators, kawasan and visit profiles for the desa among `villages` (kelurahan dropped).
 * Ids and names come from `seed`; the order of `villages` does not matter (sorted by code).
 */
export function buildWorld(
  seed: number,
  villages: readonly ProvinceVillage[],
  options: WorldOptions,
): FacilitationWorld {
  const r = rng(seed);
  const desaPerPld = options.desaPerPld ?? 12;
  const desaPerKawasan = options.desaPerKawasan ?? 6;
  const desa = villages
    .filter((v) => v.code.length === 10 && villageTypeOf(v.code) !== 'kelurahan')
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const dayCount = calendarDays(options.from, options.to).length;
  const person = (type: 'pld' | 'ta', homeRegionCode: string, n: number): SyntheticFacilitator => {
    const gender = r.int(2) === 0 ? 'perempuan' : 'laki_laki';
    const first = FIRST_NAMES[gender][r.int(10)]!;
    return {
      id: uuidV4(r),
      userId: uuidV4(r),
      username: `${type}-${homeRegionCode}-${n}`,
      type,
      name: `${first} ${LAST_NAMES[r.int(LAST_NAMES.length)]}`,
      gender,
      phone: `08${String(1_000_000_000 + r.int(9_000_000_000)).slice(0, 10)}`,
      homeRegionCode,
      supervisorId: null,
      desaCodes: [],
      kawasanIds: [],
      activeFrom: options.from,
    };
  };

  const byRegency = new Map<string, Map<string, ProvinceVillage[]>>();
  for (const d of desa) {
    const regency = d.code.slice(0, 4);
    const district = d.code.slice(0, 6);
    const districts = byRegency.get(regency) ?? new Map<string, ProvinceVillage[]>();
    byRegency.set(regency, districts);
    districts.set(district, [...(districts.get(district) ?? []), d]);
  }

  const facilitators: SyntheticFacilitator[] = [];
  const kawasan: SyntheticKawasan[] = [];
  const pldOf = new Map<string, number>();
  for (const [regency, districts] of byRegency) {
    const ta = person('ta', regency, 1);
    facilitators.push(ta);
    // One kawasan per kabupaten: consecutive desa of its first kecamatan with enough of them.
    const host =
      [...districts.values()].find((list) => list.length >= desaPerKawasan) ?? [...districts.values()][0]!;
    const k: SyntheticKawasan = {
      id: uuidV4(r),
      name: `Kawasan Perdesaan Uji ${regency}`,
      regionCode: regency,
      desaCodes: host.slice(0, desaPerKawasan).map((d) => d.code),
    };
    kawasan.push(k);
    ta.kawasanIds.push(k.id);
    for (const [district, list] of districts) {
      for (let i = 0; i < list.length; i += desaPerPld) {
        const pld = person('pld', district, i / desaPerPld + 1);
        pld.supervisorId = ta.id;
        pld.desaCodes = list.slice(i, i + desaPerPld).map((d) => d.code);
        for (const code of pld.desaCodes) pldOf.set(code, facilitators.length);
        facilitators.push(pld);
      }
    }
  }

  // Uneven visits: a log-normal share per desa; 2% never visited, 8% no longer visited after a
  // day in the period (a facilitator who left, a desa dropped from a programme).
  let neverVisited = 0;
  let lapsed = 0;
  const profiles = desa.map((d): DesaProfile => {
    const u = r.float();
    const gauss = Math.sqrt(-2 * Math.log(1 - r.float())) * Math.cos(2 * Math.PI * r.float());
    let weight = Math.exp(0.8 * gauss);
    let lastDay = dayCount - 1;
    if (u < 0.02) {
      weight = 0;
      neverVisited++;
    } else if (u < 0.1) {
      lastDay = Math.floor(dayCount * (0.2 + 0.7 * r.float()));
      lapsed++;
    }
    return { code: d.code, weight, lastDay, pld: pldOf.get(d.code)! };
  });
  return {
    seed,
    from: options.from,
    to: options.to,
    desa,
    facilitators,
    kawasan,
    neverVisited,
    lapsed,
    profiles,
  };
}

/** The content of one entry, before it becomes a row or a request. */
export interface EntryContent {
  date: string;
  category: (typeof ACTIVITY_CATEGORIES)[number];
  topic: string;
  women: number;
  men: number;
  groups: (typeof PARTICIPANT_GROUPS)[number][];
  activities: string;
  outputs: string;
  followUp: string;
  gps: { lat: number; lon: number } | null;
}

const TOPICS = [
  'Penyusunan RKPDes tahun berikutnya',
  'Musyawarah desa perencanaan pembangunan',
  'Penguatan BUM Desa unit simpan pinjam',
  'Pelatihan pembukuan kelompok usaha',
  'Pendataan potensi desa',
  'Sosialisasi transparansi APBDes',
  'Pembentukan kelompok tani hortikultura',
  'Pendampingan posyandu dan kader kesehatan',
  'Rembuk stunting tingkat desa',
  'Pengembangan produk unggulan kawasan',
  'Evaluasi kegiatan padat karya tunai',
  'Penyusunan peraturan desa tentang pengelolaan sampah',
];
const ACTIVITIES = [
  'Memfasilitasi musyawarah dusun untuk menggali usulan kegiatan dan menyepakati prioritas',
  'Mendampingi pengurus menyusun rencana kerja dan pembagian tugas untuk tiga bulan ke depan',
  'Memandu diskusi kelompok tentang masalah utama dan cara mengatasinya bersama pemerintah desa',
  'Melatih pengurus mencatat kas masuk dan keluar serta menyusun laporan bulanan sederhana',
  'Mengunjungi lokasi kegiatan bersama perangkat desa dan mencatat kemajuan pekerjaan',
  'Menyampaikan materi tentang tata kelola yang baik lalu tanya jawab dengan peserta',
  'Membantu kader memperbarui data warga sasaran dan memeriksa kelengkapan formulir',
];
const OUTPUTS = [
  'Daftar usulan kegiatan dari setiap dusun',
  'Berita acara musyawarah dan daftar hadir',
  'Rencana kerja kelompok yang disepakati',
  'Laporan keuangan bulan berjalan tersusun',
  'Data potensi desa diperbarui',
  'Draf peraturan desa untuk dibahas bersama BPD',
];
const FOLLOW_UPS = [
  'Usulan dibahas dalam musyawarah desa bulan depan',
  'Pendampingan lanjutan pencatatan keuangan',
  'Kunjungan ulang untuk memeriksa pelaksanaan',
  '',
  'Koordinasi dengan kecamatan dan dinas terkait',
];

const ACTIVITY_TEXTS = ACTIVITIES.map((a) => `${a}.`);
const OUTPUT_TEXTS = OUTPUTS.map((o) => `${o}.`);

/** Jawa Tengah's box, roughly: points drawn inside it. */
const GPS_BOX = { minLat: -8.2, maxLat: -6.4, minLon: 108.6, maxLon: 111.7 };

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** Content of one entry on `date`, drawn from `r`; every field within the domain's limits. */
export function entryContent(r: Rng, date: string): EntryContent {
  const groups: EntryContent['groups'] = [];
  const wanted = 1 + r.int(3);
  while (groups.length < wanted) {
    const g = PARTICIPANT_GROUPS[r.int(PARTICIPANT_GROUPS.length)]!;
    if (!groups.includes(g)) groups.push(g);
  }
  const women = r.int(25);
  const men = r.int(25) + (women === 0 ? 1 : 0);
  const withGps = r.float() < 0.6;
  return {
    date,
    category: ACTIVITY_CATEGORIES[r.int(ACTIVITY_CATEGORIES.length)]!,
    topic: TOPICS[r.int(TOPICS.length)]!,
    women,
    men,
    groups,
    activities: ACTIVITY_TEXTS[r.int(ACTIVITY_TEXTS.length)]!,
    outputs: OUTPUT_TEXTS[r.int(OUTPUT_TEXTS.length)]!,
    followUp: FOLLOW_UPS[r.int(FOLLOW_UPS.length)]!,
    gps: withGps
      ? {
          lat: round5(GPS_BOX.minLat + (GPS_BOX.maxLat - GPS_BOX.minLat) * r.float()),
          lon: round5(GPS_BOX.minLon + (GPS_BOX.maxLon - GPS_BOX.minLon) * r.float()),
        }
      : null,
  };
}

/** The columns of `activity_entry` a synthetic row fills, in COPY order. */
export const ENTRY_COPY_COLUMNS = [
  'id',
  'facilitator_id',
  'idempotency_key',
  'request_hash',
  'date',
  'place_kind',
  'desa_code',
  'kawasan_id',
  'region_code',
  'category',
  'topic',
  'women',
  'men',
  'groups',
  'activities',
  'outputs',
  'follow_up',
  'gps_lat',
  'gps_lon',
  'state',
  'submission',
  'return_reason',
  'created_at',
  'updated_at',
  'approved_at',
] as const;

export interface SyntheticEntry extends EntryContent {
  id: string;
  facilitatorId: string;
  idempotencyKey: string;
  requestHash: string;
  place: { kind: 'desa'; code: string } | { kind: 'kawasan'; id: string };
  regionCode: string;
  state: LogState;
  submission: number;
  returnReason: string | null;
  createdAt: string;
  updatedAt: string;
  approvedAt: string | null;
}

const RETURN_REASON = 'Lengkapi daftar hadir dan foto kegiatan.';

/** Shares of the review states in the synthetic log. */
export const STATE_SHARES: readonly [LogState, number][] = [
  ['disetujui', 0.7],
  ['diajukan', 0.14],
  ['dikembalikan', 0.06],
  ['draf', 0.1],
];
/** Share of entries held for a kawasan as a whole (by its Tenaga Ahli). */
export const KAWASAN_SHARE = 0.01;

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}

function pick(cum: Float64Array, u: number): number {
  const target = u * cum[cum.length - 1]!;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const timestamp = (date: string, minutes: number) =>
  `${date} ${String(7 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+07`;

/** How many of `count` entries fall on each day: evenly, a Sunday a third of a working day. */
export function entriesPerDay(days: readonly { weekday: number }[], count: number): number[] {
  const weights = days.map((d) => (d.weekday === 0 ? 1 / 3 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let carried = 0;
  let given = 0;
  return weights.map((w, i) => {
    carried += (w / total) * count;
    const upTo = i === weights.length - 1 ? count : Math.round(carried);
    const n = upTo - given;
    given = upTo;
    return n;
  });
}

/**
 * `count` entries of the world's log, drawn from `seed` (not the world's), one at a time, in date
 * order as they would have been written (so the table's physical order follows the dates, as in
 * a real log). A lapsed desa gets no visit after its last day.
 */
export function* syntheticEntries(
  world: FacilitationWorld,
  count: number,
  seed: number,
): Generator<SyntheticEntry> {
  const r = rng(seed);
  const days = calendarDays(world.from, world.to);
  const desaCum = cumulative(world.profiles.map((p) => p.weight));
  const tas = world.facilitators.filter((f) => f.type === 'ta' && f.kawasanIds.length > 0);
  const regionOfKawasan = new Map(world.kawasan.map((k) => [k.id, k.regionCode]));
  const stateCum = cumulative(STATE_SHARES.map(([, w]) => w));
  const perDay = entriesPerDay(days, count);
  for (let dayIndex = 0; dayIndex < days.length; dayIndex++)
    for (let n = perDay[dayIndex]!; n > 0; n--) {
      let facilitatorId: string;
      let place: SyntheticEntry['place'];
      let regionCode: string;
      if (r.float() < KAWASAN_SHARE) {
        const ta = tas[r.int(tas.length)]!;
        const kawasanId = ta.kawasanIds[r.int(ta.kawasanIds.length)]!;
        facilitatorId = ta.id;
        place = { kind: 'kawasan', id: kawasanId };
        regionCode = regionOfKawasan.get(kawasanId)!;
      } else {
        let profile = world.profiles[pick(desaCum, r.float())]!;
        // A lapsed desa is no longer visited: another desa gets the visit.
        while (dayIndex > profile.lastDay) profile = world.profiles[pick(desaCum, r.float())]!;
        facilitatorId = world.facilitators[profile.pld]!.id;
        place = { kind: 'desa', code: profile.code };
        regionCode = profile.code;
      }
      const date = days[dayIndex]!.date;
      const state = STATE_SHARES[pick(stateCum, r.float())]![0];
      const createdMinutes = 60 + r.int(600);
      const created = timestamp(date, createdMinutes);
      // Approved one to ten days later; the same day, later, when that would fall after the period.
      const approvedIndex = Math.min(days.length - 1, dayIndex + 1 + r.int(10));
      const approvedMinutes = approvedIndex === dayIndex ? createdMinutes + 30 + r.int(60) : r.int(600);
      const approvedAt = state === 'disetujui' ? timestamp(days[approvedIndex]!.date, approvedMinutes) : null;
      const returned = state === 'dikembalikan';
      const c = entryContent(r, date);
      yield {
        date,
        category: c.category,
        topic: c.topic,
        women: c.women,
        men: c.men,
        groups: c.groups,
        activities: c.activities,
        outputs: c.outputs,
        followUp: c.followUp,
        gps: c.gps,
        id: uuidV4(r),
        facilitatorId,
        idempotencyKey: uuidV4(r),
        requestHash: fakeSha256(r),
        place,
        regionCode,
        state,
        submission: state === 'draf' ? 0 : returned || r.float() < 0.9 ? 1 : 2,
        returnReason: returned ? RETURN_REASON : null,
        createdAt: created,
        updatedAt: approvedAt ?? created,
        approvedAt,
      };
    }
}

const csvQuote = (text: string) => `"${text.replaceAll('"', '""')}"`;
/** The template texts, quoted once (the same string objects come back in every entry). */
const QUOTED = new Map(
  [...TOPICS, ...ACTIVITY_TEXTS, ...OUTPUT_TEXTS, ...FOLLOW_UPS, RETURN_REASON].map((t) => [t, csvQuote(t)]),
);
const csvText = (text: string) => QUOTED.get(text) ?? csvQuote(text);

/** One CSV line (no newline) in `ENTRY_COPY_COLUMNS` order; an empty unquoted field is NULL. */
export function entryCsvLine(e: SyntheticEntry): string {
  const place =
    e.place.kind === 'desa'
      ? `desa,${e.place.code},,${e.regionCode}`
      : `kawasan,,${e.place.id},${e.regionCode}`;
  const gps = e.gps === null ? ',' : `${e.gps.lat},${e.gps.lon}`;
  return (
    `${e.id},${e.facilitatorId},${e.idempotencyKey},${e.requestHash},${e.date},${place},${e.category},` +
    `${csvText(e.topic)},${e.women},${e.men},"{${e.groups.join(',')}}",${csvText(e.activities)},` +
    `${csvText(e.outputs)},${csvText(e.followUp)},${gps},${e.state},${e.submission},` +
    `${e.returnReason === null ? '' : csvText(e.returnReason)},${e.createdAt},${e.updatedAt},${e.approvedAt ?? ''}`
  );
}

/**
 * Writes CSV lines straight into a byte buffer, field by field: building each line as one string
 * and joining them costs more than generating the entry. Every text here is ASCII.
 */
class CsvWriter {
  buf: Buffer;
  at = 0;
  constructor(bytes: number) {
    this.buf = Buffer.allocUnsafe(bytes);
  }
  text(s: string) {
    this.at += this.buf.write(s, this.at, 'latin1');
  }
  byte(b: number) {
    this.buf[this.at++] = b;
  }
  /** A field followed by a comma. */
  field(s: string) {
    this.text(s);
    this.buf[this.at++] = COMMA;
  }
  line(e: SyntheticEntry) {
    this.field(e.id);
    this.field(e.facilitatorId);
    this.field(e.idempotencyKey);
    this.field(e.requestHash);
    this.field(e.date);
    if (e.place.kind === 'desa') {
      this.text('desa,');
      this.field(e.place.code);
      this.byte(COMMA);
    } else {
      this.text('kawasan,,');
      this.field(e.place.id);
    }
    this.field(e.regionCode);
    this.field(e.category);
    this.field(csvText(e.topic));
    this.field(String(e.women));
    this.field(String(e.men));
    this.text('"{');
    e.groups.forEach((g, i) => {
      if (i > 0) this.byte(COMMA);
      this.text(g);
    });
    this.text('}",');
    this.field(csvText(e.activities));
    this.field(csvText(e.outputs));
    this.field(csvText(e.followUp));
    if (e.gps === null) this.text(',,');
    else {
      this.field(String(e.gps.lat));
      this.field(String(e.gps.lon));
    }
    this.field(e.state);
    this.field(String(e.submission));
    this.field(e.returnReason === null ? '' : csvText(e.returnReason));
    this.field(e.createdAt);
    this.field(e.updatedAt);
    if (e.approvedAt !== null) this.text(e.approvedAt);
    this.byte(NEWLINE);
  }
}
const COMMA = 44;
const NEWLINE = 10;
/** Longest line a synthetic entry makes, with room to spare. */
const MAX_LINE_BYTES = 2048;

/**
 * The entries as CSV bytes (`ENTRY_COPY_COLUMNS` order, each line ending with a newline) in
 * chunks of `rowsPerChunk` lines: the same bytes as `entryCsvLine` of each entry.
 */
export function* entryCsvChunks(
  world: FacilitationWorld,
  count: number,
  seed: number,
  rowsPerChunk = 2000,
): Generator<Buffer> {
  let out = new CsvWriter(rowsPerChunk * MAX_LINE_BYTES);
  let rows = 0;
  for (const e of syntheticEntries(world, count, seed)) {
    out.line(e);
    if (++rows === rowsPerChunk) {
      yield out.buf.subarray(0, out.at);
      out = new CsvWriter(rowsPerChunk * MAX_LINE_BYTES);
      rows = 0;
    }
  }
  if (rows > 0) yield out.buf.subarray(0, out.at);
}

/** One facilitator's requests for the ingestion benchmark. */
export interface ClientWorkload {
  facilitator: SyntheticFacilitator;
  bodies: CreateEntryBody[];
}

/**
 * `perClient` new entries for each of `facilitators` (PLD with desa), as the phone sends them:
 * a fresh UUID v4 key each, a desa of their assignment, a date in the world's period, submitted.
 */
export function ingestionWorkload(
  world: FacilitationWorld,
  facilitators: readonly SyntheticFacilitator[],
  perClient: number,
  seed: number,
): ClientWorkload[] {
  const r = rng(seed);
  const days = calendarDays(world.from, world.to);
  return facilitators.map((facilitator) => ({
    facilitator,
    bodies: Array.from({ length: perClient }, () => {
      const code = facilitator.desaCodes[r.int(facilitator.desaCodes.length)]!;
      const c = entryContent(r, days[r.int(days.length)]!.date);
      return {
        idempotencyKey: uuidV4(r),
        date: c.date,
        place: { kind: 'desa' as const, code },
        category: c.category,
        topic: c.topic,
        participants: { perempuan: c.women, laki_laki: c.men },
        groups: c.groups,
        activities: c.activities,
        outputs: c.outputs,
        followUp: c.followUp,
        evidenceIds: [],
        gps: c.gps,
        submit: true,
      };
    }),
  }));
}

/** What a client sends: a new entry, a later retry of one already answered, or two copies at once. */
export type Step = { kind: 'new' | 'race'; body: number } | { kind: 'retry'; body: number };

/** Share of new entries followed by a retry of an earlier one, and sent as two copies at once. */
export const RETRY_SHARE = 0.04;
export const RACE_SHARE = 0.01;

/** The order of one client's requests: each body once, with retries and racing copies mixed in. */
export function clientSteps(bodies: number, seed: number): Step[] {
  const r = rng(seed);
  const steps: Step[] = [];
  for (let i = 0; i < bodies; i++) {
    steps.push({ kind: r.float() < RACE_SHARE ? 'race' : 'new', body: i });
    if (r.float() < RETRY_SHARE) steps.push({ kind: 'retry', body: r.int(i + 1) });
  }
  return steps;
}
