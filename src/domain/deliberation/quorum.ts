/**
 * Quorum and representation checks of a musyawarah, per kind, from a versioned rule table that
 * names the source of every rule and how sure we are of it.
 *
 * Rules `musyawarah-kuorum-1`: a 'wajib' rule decides whether the meeting is valid; an 'anjuran'
 * rule is reported but never makes it invalid. Only participants with `attended` count as
 * present. The 2/3 quorum of a musyawarah desa counts the invited participants who attended
 * (walk-ins do not count) against ceil(2/3 × invited). A decision by vote needs
 * floor(present / 2) + 1 votes. All counting is in whole numbers, and the report is the same
 * whatever order the participants are listed in.
 *
 * Certainty of a rule: 'verified' — the text of the source was read; 'secondary' — taken from
 * summaries, revoked rules still followed in local regulations, or a reading of a source that does
 * not state the check itself; 'uncertain' — no national rule found, the check is this system's
 * minimum.
 */
import { AppError, type FieldIssue } from '../errors.ts';
import {
  type AttendanceSummary,
  attendanceSummary,
  DESA_LEVEL_KINDS,
  isCommunityElement,
  isDesaLevelKind,
  MUSYAWARAH_KIND_LABELS,
  MUSYAWARAH_KINDS,
  type MusyawarahKind,
  type Participant,
  participantIssues,
} from './attendance.ts';
import { byCodePoint } from './proposal.ts';

export {
  DESA_LEVEL_KINDS,
  GENDER_LABELS,
  GENDERS,
  type Gender,
  isCommunityElement,
  isDesaLevelKind,
  MUSYAWARAH_KIND_LABELS,
  MUSYAWARAH_KINDS,
  type MusyawarahKind,
  NON_COMMUNITY_ELEMENTS,
  PARTICIPANT_ELEMENT_LABELS,
  PARTICIPANT_ELEMENTS,
  type Participant,
  type ParticipantElement,
} from './attendance.ts';

export const QUORUM_RULES_VERSION = 'musyawarah-kuorum-1';

export const RULE_SEVERITIES = ['wajib', 'anjuran'] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

export const RULE_CERTAINTIES = ['verified', 'secondary', 'uncertain'] as const;
export type RuleCertainty = (typeof RULE_CERTAINTIES)[number];

export interface QuorumRule {
  code: string;
  kinds: readonly MusyawarahKind[];
  severity: RuleSeverity;
  /** What is checked, in Indonesian. */
  description: string;
  source: string;
  certainty: RuleCertainty;
  /** `attendance`: checked by `checkQuorum`; `vote`: checked by `voteMajorityCheck` for a decision by vote. */
  stage: 'attendance' | 'vote';
}

const MUSDES: readonly MusyawarahKind[] = ['musyawarah_desa', 'musyawarah_desa_khusus'];
const P110_PASAL_38 =
  'Permendagri 110/2016 tentang BPD Pasal 38 ayat (2) dan (4): Musyawarah Desa diselenggarakan BPD bersama Pemerintah Desa dan unsur masyarakat (tokoh adat, tokoh agama, tokoh masyarakat, tokoh pendidikan, kelompok tani, nelayan, perajin, perempuan, pemerhati dan perlindungan anak, masyarakat miskin)';
const TATIB_MUSDES =
  'Permendesa PDTT 2/2015 tentang Pedoman Tata Tertib dan Mekanisme Pengambilan Keputusan Musyawarah Desa, dicabut Permendesa PDTT 16/2019 yang Pasal 31 ayat (2)-nya menyerahkan tata tertib kepada desa; aturan ini tetap dipakai dalam tata tertib desa dan kabupaten, mis. Perbup Trenggalek Pasal 107 ayat (2) dan Pasal 108 ayat (1)–(4)';
const KERJA_SAMA_DESA =
  'UU 6/2014 tentang Desa Pasal 92 dan Permendagri 96/2017 tentang Tata Cara Kerja Sama Desa: musyawarah antar desa dihadiri pemerintah desa, anggota BPD, lembaga kemasyarakatan desa, lembaga desa lainnya dan tokoh masyarakat dengan memperhatikan keadilan gender';
const MUSDUS_SOURCE =
  'Permendagri 114/2014 tentang Pedoman Pembangunan Desa (musyawarah dusun sebagai tahap perencanaan desa); tidak ditemukan aturan kuorum nasional';
const KAWASAN_SOURCE = 'Tidak ditemukan aturan nasional tentang kehadiran musrenbang kawasan';

/** The rule table, as published with every report. Codes are unique and never reused. */
export const QUORUM_RULES: readonly QuorumRule[] = [
  {
    code: 'musdes_kuorum_2_3',
    kinds: MUSDES,
    severity: 'wajib',
    description:
      'Musyawarah dibuka bila daftar hadir ditandatangani paling sedikit 2/3 dari peserta yang diundang (dibulatkan ke atas); peserta yang hadir tanpa undangan tidak dihitung. Bila kuorum tidak tercapai, musyawarah ditunda (paling lama 3 jam, lalu musyawarah kedua dalam 3 hari) dan musyawarah kedua dilanjutkan dengan peserta yang hadir.',
    source: TATIB_MUSDES,
    certainty: 'secondary',
    stage: 'attendance',
  },
  {
    code: 'musdes_unsur_bpd',
    kinds: MUSDES,
    severity: 'wajib',
    description: 'Paling sedikit satu anggota BPD hadir, sebagai penyelenggara musyawarah desa.',
    source: P110_PASAL_38,
    certainty: 'verified',
    stage: 'attendance',
  },
  {
    code: 'musdes_unsur_pemerintah_desa',
    kinds: MUSDES,
    severity: 'wajib',
    description: 'Paling sedikit satu wakil pemerintah desa hadir.',
    source: P110_PASAL_38,
    certainty: 'verified',
    stage: 'attendance',
  },
  {
    code: 'musdes_unsur_masyarakat',
    kinds: MUSDES,
    severity: 'wajib',
    description:
      'Paling sedikit satu peserta dari unsur masyarakat hadir (unsur selain pemerintah desa, BPD, pendamping dan pemerintah daerah).',
    source: P110_PASAL_38,
    certainty: 'verified',
    stage: 'attendance',
  },
  {
    code: 'musdes_perempuan',
    kinds: MUSDES,
    severity: 'anjuran',
    description:
      'Perempuan ikut hadir (paling sedikit satu); laporan menyebut bagian perempuan di antara peserta yang hadir. Sumber menyebut wakil kelompok perempuan sebagai unsur masyarakat, bukan jumlah perempuan, sehingga ini anjuran.',
    source: P110_PASAL_38,
    certainty: 'secondary',
    stage: 'attendance',
  },
  {
    code: 'musdes_khusus_masyarakat_miskin',
    kinds: ['musyawarah_desa_khusus'],
    severity: 'anjuran',
    description:
      'Musyawarah desa khusus (mis. penetapan penerima BLT) dihadiri wakil kelompok masyarakat miskin atau peserta miskin atau marginal.',
    source: P110_PASAL_38,
    certainty: 'secondary',
    stage: 'attendance',
  },
  {
    code: 'musdus_ada_peserta',
    kinds: ['musyawarah_dusun'],
    severity: 'wajib',
    description:
      'Paling sedikit satu peserta hadir. Tidak ditemukan aturan kuorum nasional untuk musyawarah dusun; ini batas paling rendah yang diperiksa sistem.',
    source: MUSDUS_SOURCE,
    certainty: 'uncertain',
    stage: 'attendance',
  },
  {
    code: 'musdus_perempuan',
    kinds: ['musyawarah_dusun'],
    severity: 'anjuran',
    description:
      'Perempuan ikut hadir (paling sedikit satu); laporan menyebut bagian perempuan. Tidak ditemukan aturan nasional; ini anjuran sistem.',
    source: MUSDUS_SOURCE,
    certainty: 'uncertain',
    stage: 'attendance',
  },
  {
    code: 'mad_wakil_desa',
    kinds: ['musyawarah_antar_desa'],
    severity: 'wajib',
    description:
      'Setiap desa anggota kawasan diwakili paling sedikit satu peserta dari pemerintah desa dan paling sedikit satu anggota BPD dari desa itu yang hadir.',
    source: KERJA_SAMA_DESA,
    certainty: 'secondary',
    stage: 'attendance',
  },
  {
    code: 'mad_unsur_masyarakat_desa',
    kinds: ['musyawarah_antar_desa'],
    severity: 'anjuran',
    description:
      'Setiap desa anggota kawasan diwakili paling sedikit satu peserta dari unsur masyarakat atau lembaga kemasyarakatan desa yang hadir.',
    source: KERJA_SAMA_DESA,
    certainty: 'secondary',
    stage: 'attendance',
  },
  {
    code: 'mad_perempuan',
    kinds: ['musyawarah_antar_desa'],
    severity: 'anjuran',
    description:
      'Perempuan ikut hadir (paling sedikit satu), sesuai keadilan gender; laporan menyebut bagian perempuan.',
    source: KERJA_SAMA_DESA,
    certainty: 'secondary',
    stage: 'attendance',
  },
  {
    code: 'kawasan_wakil_desa',
    kinds: ['musrenbang_kawasan'],
    severity: 'wajib',
    description:
      'Setiap desa anggota kawasan diwakili paling sedikit satu peserta yang hadir. Tidak ditemukan aturan nasional; ini batas paling rendah yang diperiksa sistem.',
    source: KAWASAN_SOURCE,
    certainty: 'uncertain',
    stage: 'attendance',
  },
  {
    code: 'kawasan_pemerintah_daerah',
    kinds: ['musrenbang_kawasan'],
    severity: 'anjuran',
    description: 'Pemerintah daerah (perangkat daerah yang programnya dipadukan di kawasan) ikut hadir.',
    source: KAWASAN_SOURCE,
    certainty: 'uncertain',
    stage: 'attendance',
  },
  {
    code: 'kawasan_perempuan',
    kinds: ['musrenbang_kawasan'],
    severity: 'anjuran',
    description: 'Perempuan ikut hadir (paling sedikit satu); laporan menyebut bagian perempuan.',
    source: KAWASAN_SOURCE,
    certainty: 'uncertain',
    stage: 'attendance',
  },
  {
    code: 'keputusan_suara_terbanyak',
    kinds: MUSDES,
    severity: 'wajib',
    description:
      'Keputusan dengan pemungutan suara sah bila disetujui paling sedikit ½ dari peserta yang hadir ditambah 1 (setengah dibulatkan ke bawah, ditambah satu).',
    source: `${TATIB_MUSDES}; PP 43/2014 untuk pengambilan keputusan BPD`,
    certainty: 'secondary',
    stage: 'vote',
  },
];

export interface MeetingFacts {
  kind: MusyawarahKind;
  /** The desa holding a musyawarah dusun, desa or desa khusus; not used for the kawasan kinds. */
  desaCode: string | null;
  /** Member desa of the kawasan (used by the kawasan kinds). */
  memberCodes: readonly string[];
  /** Quorum was not reached, the meeting was postponed and the later meeting continued with those present. */
  postponedThenContinued: boolean;
  participants: readonly Participant[];
}

export interface QuorumCheck {
  code: string;
  severity: RuleSeverity;
  passed: boolean;
  /** One plain Indonesian sentence with the numbers. */
  message: string;
  source: string;
  certainty: RuleCertainty;
  /** For the per-desa rules: the member desa lacking representation, in code order. */
  desaCodes?: string[];
}

export interface QuorumReport {
  version: typeof QUORUM_RULES_VERSION;
  kind: MusyawarahKind;
  /** One check per rule of the kind, in rule-table order. */
  checks: QuorumCheck[];
  /** Every 'wajib' check passed. */
  valid: boolean;
  summary: AttendanceSummary;
}

/** The attendance rules of one kind, in table order. */
export function rulesFor(kind: MusyawarahKind): QuorumRule[] {
  return QUORUM_RULES.filter((r) => r.stage === 'attendance' && r.kinds.includes(kind));
}

/** ceil(2/3 × invited), in whole numbers. */
export function twoThirdsOf(invited: number): number {
  return Math.floor((2 * invited + 2) / 3);
}

/** floor(present / 2) + 1. */
export function majorityOf(present: number): number {
  return Math.floor(present / 2) + 1;
}

/** A share as a percentage with one decimal (rounded half up), Indonesian style: `25%`, `33,3%`. */
export function percentText(part: number, whole: number): string {
  const tenths = Math.floor((part * 2000 + whole) / (2 * whole));
  const rest = tenths % 10;
  return rest === 0 ? `${tenths / 10}%` : `${Math.floor(tenths / 10)},${rest}%`;
}

const sentence = (...clauses: (string | false)[]) => `${clauses.filter(Boolean).join('; ')}.`;

interface Context {
  facts: MeetingFacts;
  /** Participants who attended. */
  present: Participant[];
  /** Present participants who belong to the desa holding a desa-level meeting (or have no desa). */
  ofDesa: Participant[];
  /** Distinct member desa, in code order. */
  members: string[];
  summary: AttendanceSummary;
}

type Outcome = { passed: boolean; message: string; desaCodes?: string[] };

function quorumTwoThirds({ facts, summary }: Context): Outcome {
  const { invited, attendedInvited: came, walkIns, attended } = summary;
  if (invited === 0) {
    return {
      passed: false,
      message: 'Belum ada peserta yang diundang, sehingga kuorum 2/3 undangan tidak dapat dihitung.',
    };
  }
  const need = twoThirdsOf(invited);
  const uncounted = walkIns > 0 && `${walkIns} peserta yang hadir tanpa undangan tidak dihitung`;
  if (came >= need) {
    return {
      passed: true,
      message: sentence(
        `Hadir ${came} dari ${invited} undangan`,
        `kuorum ${need} (2/3) terpenuhi`,
        uncounted,
      ),
    };
  }
  if (facts.postponedThenContinued === true) {
    if (attended === 0) {
      return {
        passed: false,
        message:
          'Tidak ada peserta yang hadir, sehingga musyawarah tidak dapat dilanjutkan setelah penundaan.',
      };
    }
    return {
      passed: true,
      message: sentence(
        `Hadir ${came} dari ${invited} undangan, kurang dari ${need} (2/3)`,
        `musyawarah dilanjutkan setelah penundaan dengan ${attended} peserta yang hadir`,
      ),
    };
  }
  return {
    passed: false,
    message: sentence(
      `Hadir ${came} dari ${invited} undangan`,
      `perlu paling sedikit ${need} (2/3)`,
      uncounted,
    ),
  };
}

function atLeastOne(
  rows: readonly Participant[],
  keep: (p: Participant) => boolean,
  yes: string,
  no: string,
) {
  const n = rows.filter(keep).length;
  return n > 0 ? { passed: true, message: yes.replace('{n}', String(n)) } : { passed: false, message: no };
}

function women({ summary: { attended, women: n } }: Context): Outcome {
  if (attended === 0) {
    return {
      passed: false,
      message: 'Belum ada peserta yang hadir, sehingga belum ada perempuan yang hadir.',
    };
  }
  if (n === 0)
    return { passed: false, message: `Tidak ada perempuan di antara ${attended} peserta yang hadir.` };
  return {
    passed: true,
    message: `Perempuan hadir ${n} dari ${attended} peserta (${percentText(n, attended)}).`,
  };
}

/** Member desa lacking what `lacks` reports (null: represented), with the per-desa detail. */
function perDesa(
  { members }: Context,
  lacks: (desaCode: string) => string | null,
  passed: (m: number) => string,
  failed: (k: number, m: number) => string,
): Outcome {
  if (members.length === 0) {
    return { passed: false, message: 'Kawasan belum mempunyai desa anggota.', desaCodes: [] };
  }
  const missing = members.flatMap((code) => {
    const what = lacks(code);
    return what === null ? [] : [{ code, what }];
  });
  if (missing.length === 0) return { passed: true, message: passed(members.length), desaCodes: [] };
  const detail = missing.map(({ code, what }) => (what === '' ? code : `${code} (${what})`)).join(', ');
  return {
    passed: false,
    message: `${failed(missing.length, members.length)}: ${detail}.`,
    desaCodes: missing.map((m) => m.code),
  };
}

const fromDesa = (ctx: Context, code: string, keep: (p: Participant) => boolean) =>
  ctx.present.some((p) => p.desaCode === code && keep(p));

const EVALUATORS: Record<string, (ctx: Context) => Outcome> = {
  musdes_kuorum_2_3: quorumTwoThirds,
  musdes_unsur_bpd: (ctx) =>
    atLeastOne(
      ctx.ofDesa,
      (p) => p.element === 'bpd',
      'Hadir {n} anggota BPD.',
      'Tidak ada anggota BPD yang hadir, padahal musyawarah desa diselenggarakan oleh BPD.',
    ),
  musdes_unsur_pemerintah_desa: (ctx) =>
    atLeastOne(
      ctx.ofDesa,
      (p) => p.element === 'pemerintah_desa',
      'Hadir {n} peserta dari pemerintah desa.',
      'Tidak ada wakil pemerintah desa yang hadir.',
    ),
  musdes_unsur_masyarakat: (ctx) =>
    atLeastOne(
      ctx.ofDesa,
      (p) => isCommunityElement(p.element),
      'Hadir {n} peserta dari unsur masyarakat.',
      'Tidak ada peserta dari unsur masyarakat yang hadir (selain pemerintah desa, BPD, pendamping dan pemerintah daerah).',
    ),
  musdes_perempuan: women,
  musdes_khusus_masyarakat_miskin: (ctx) =>
    atLeastOne(
      ctx.present,
      (p) => p.element === 'masyarakat_miskin' || p.poorOrMarginal === true,
      'Hadir {n} peserta dari kelompok masyarakat miskin atau marginal.',
      'Tidak ada peserta dari kelompok masyarakat miskin atau marginal yang hadir.',
    ),
  musdus_ada_peserta: (ctx) =>
    atLeastOne(ctx.present, () => true, 'Hadir {n} peserta.', 'Belum ada peserta yang hadir.'),
  musdus_perempuan: women,
  mad_wakil_desa: (ctx) =>
    perDesa(
      ctx,
      (code) => {
        const lacking = [
          !fromDesa(ctx, code, (p) => p.element === 'pemerintah_desa') && 'pemerintah desa',
          !fromDesa(ctx, code, (p) => p.element === 'bpd') && 'BPD',
        ].filter((x): x is string => x !== false);
        return lacking.length === 0 ? null : `tanpa ${lacking.join(' dan ')}`;
      },
      (m) => `Semua ${m} desa anggota diwakili pemerintah desa dan anggota BPD yang hadir.`,
      (k, m) => `${k} dari ${m} desa anggota belum diwakili pemerintah desa dan anggota BPD yang hadir`,
    ),
  mad_unsur_masyarakat_desa: (ctx) =>
    perDesa(
      ctx,
      (code) => (fromDesa(ctx, code, (p) => isCommunityElement(p.element)) ? null : ''),
      (m) => `Semua ${m} desa anggota diwakili unsur masyarakat atau lembaga kemasyarakatan desa.`,
      (k, m) =>
        `${k} dari ${m} desa anggota belum diwakili unsur masyarakat atau lembaga kemasyarakatan desa`,
    ),
  mad_perempuan: women,
  kawasan_wakil_desa: (ctx) =>
    perDesa(
      ctx,
      (code) => (fromDesa(ctx, code, () => true) ? null : ''),
      (m) => `Semua ${m} desa anggota diwakili paling sedikit satu peserta yang hadir.`,
      (k, m) => `${k} dari ${m} desa anggota belum diwakili peserta yang hadir`,
    ),
  kawasan_pemerintah_daerah: (ctx) =>
    atLeastOne(
      ctx.present,
      (p) => p.element === 'pemerintah_daerah',
      'Hadir {n} peserta dari pemerintah daerah.',
      'Tidak ada wakil pemerintah daerah (perangkat daerah yang programnya dipadukan) yang hadir.',
    ),
  kawasan_perempuan: women,
};

const isKind = (v: unknown): v is MusyawarahKind => (MUSYAWARAH_KINDS as readonly unknown[]).includes(v);

/**
 * Issues of the meeting facts: unknown kind, a desa-level meeting without its desa code, a kawasan
 * meeting without member desa (or with one twice), and the participant issues against the desa
 * allowed for the kind (the holding desa, or the member desa).
 */
export function meetingFactsIssues(facts: MeetingFacts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isKind(facts.kind)) {
    issues.push({
      field: 'kind',
      message: `Jenis musyawarah harus salah satu dari: ${MUSYAWARAH_KINDS.join(', ')}.`,
    });
    return issues;
  }
  const desaLevel = isDesaLevelKind(facts.kind);
  if (desaLevel && (typeof facts.desaCode !== 'string' || facts.desaCode.trim() === '')) {
    issues.push({
      field: 'desaCode',
      message: `${MUSYAWARAH_KIND_LABELS[facts.kind]} wajib menyebut kode desa penyelenggaranya.`,
    });
  }
  if (!desaLevel) {
    if (facts.memberCodes.length === 0) {
      issues.push({ field: 'memberCodes', message: 'Kawasan belum mempunyai desa anggota.' });
    }
    const seen = new Set<string>();
    for (const [i, code] of facts.memberCodes.entries()) {
      if (seen.has(code)) {
        issues.push({
          field: `memberCodes[${i}]`,
          message: `Desa anggota ${code} tercantum lebih dari sekali.`,
        });
      }
      seen.add(code);
    }
  }
  if (typeof facts.postponedThenContinued !== 'boolean') {
    issues.push({
      field: 'postponedThenContinued',
      message: 'Keterangan penundaan harus ya atau tidak (true/false).',
    });
  }
  const allowed = desaLevel ? (facts.desaCode === null ? [] : [facts.desaCode]) : facts.memberCodes;
  return [...issues, ...participantIssues(facts.participants, allowed)];
}

/**
 * The quorum and representation report of one meeting: one check per rule of its kind. Check
 * the facts with `meetingFactsIssues` first; an unknown kind is refused. For a desa-level meeting,
 * participants recorded for another desa do not count toward the element rules.
 */
export function checkQuorum(facts: MeetingFacts): QuorumReport {
  if (!isKind(facts.kind)) {
    throw AppError.invalid('kind', `Jenis musyawarah harus salah satu dari: ${MUSYAWARAH_KINDS.join(', ')}.`);
  }
  const present = facts.participants.filter((p) => p.attended === true);
  const holder = DESA_LEVEL_KINDS.includes(facts.kind) ? facts.desaCode : null;
  const ctx: Context = {
    facts,
    present,
    ofDesa: present.filter((p) => holder === null || p.desaCode === null || p.desaCode === holder),
    members: [...new Set(facts.memberCodes)].sort(byCodePoint),
    summary: attendanceSummary(facts.participants),
  };
  const checks = rulesFor(facts.kind).map((rule): QuorumCheck => {
    const outcome = EVALUATORS[rule.code]!(ctx);
    return {
      code: rule.code,
      severity: rule.severity,
      passed: outcome.passed,
      message: outcome.message,
      source: rule.source,
      certainty: rule.certainty,
      ...(outcome.desaCodes ? { desaCodes: outcome.desaCodes } : {}),
    };
  });
  return {
    version: QUORUM_RULES_VERSION,
    kind: facts.kind,
    checks,
    valid: checks.every((c) => c.severity === 'anjuran' || c.passed),
    summary: ctx.summary,
  };
}

const VOTE_RULE = QUORUM_RULES.find((r) => r.code === 'keputusan_suara_terbanyak')!;

/** Whether the chosen proposal got at least ½ of those present + 1 (floor(attended / 2) + 1). */
export function voteMajorityCheck(attended: number, votesForChosen: number): QuorumCheck {
  const check = (passed: boolean, message: string): QuorumCheck => ({
    code: VOTE_RULE.code,
    severity: VOTE_RULE.severity,
    passed,
    message,
    source: VOTE_RULE.source,
    certainty: VOTE_RULE.certainty,
  });
  const count = (n: number) => Number.isSafeInteger(n) && n >= 0;
  if (!count(attended) || !count(votesForChosen)) {
    return check(false, 'Jumlah peserta yang hadir dan jumlah suara harus bilangan bulat, nol atau lebih.');
  }
  if (attended === 0) {
    return check(
      false,
      'Tidak ada peserta yang hadir, sehingga keputusan dengan suara terbanyak tidak dapat diambil.',
    );
  }
  if (votesForChosen > attended) {
    return check(
      false,
      `Usulan terpilih mendapat ${votesForChosen} suara, lebih dari ${attended} peserta yang hadir.`,
    );
  }
  const need = majorityOf(attended);
  const got = `Usulan terpilih mendapat ${votesForChosen} suara dari ${attended} peserta yang hadir`;
  return votesForChosen >= need
    ? check(true, sentence(got, `paling sedikit ${need} (½ + 1) terpenuhi`))
    : check(false, sentence(got, `perlu paling sedikit ${need} (½ + 1)`));
}
