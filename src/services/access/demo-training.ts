/**
 * The demo's pelatihan in Kabupaten Tegal, made through the same services as the web app: a
 * training centre registered by the kabupaten officer (`demo-tegal`), run by its own account
 * (`demo-blm`). Its bookkeeping programme for BUM Desa managers has one finished run in the
 * weeks before the first demo start, for the four desa of the demo PLD (ten participants:
 * attendance, pre- and post-tests, reaction surveys, certificates for those who qualify), and a
 * second run open for registration a few weeks after it. The follow-up is due three months after
 * the finished run, so none is recorded.
 */
import { and, eq } from 'drizzle-orm';
import type { CreateTrainingProgrammeBody } from '../../contracts/training-programme.contract.ts';
import { trainingProgramme, trainingProvider, trainingSession } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import type { Aspect, ParticipantRole } from '../../domain/training/aspects.ts';
import { addDays } from '../../domain/training/calendar.ts';
import type { ScheduleDay } from '../../domain/training/programme.ts';
import { STANDARD_REACTION_QUESTIONS } from '../../domain/training/reaction.ts';
import type { Gender } from '../../domain/training/registration.ts';
import { facilitatorOfUser } from '../facilitation/facilitation.repository.ts';
import { createAttendanceService } from '../training/attendance.service.ts';
import { createCertificateService } from '../training/certificate.service.ts';
import { createProgrammeService } from '../training/programme.service.ts';
import { createProviderService } from '../training/provider.service.ts';
import { createReactionService } from '../training/reaction.service.ts';
import { createRegistrationService } from '../training/registration.service.ts';
import { createScoreService } from '../training/scores.service.ts';
import { createTrainingSessionService } from '../training/session.service.ts';
import { createAccountRepository } from './account.repository.ts';
import type { AccessDeps } from './account.service.ts';
import { loadActor } from './session.service.ts';

/** Who registers the provider, who runs it, and the facilitator who also teaches. */
export const DEMO_TRAINING = {
  registeredBy: 'demo-tegal',
  account: 'demo-blm',
  trainer: 'demo-ta',
  provider: {
    kind: 'balai_pelatihan',
    name: 'Balai Pelatihan Masyarakat Demo Tegal',
    seatRegionCode: '3328',
    address: 'Jl. Raya Lebaksiu No. 17, Lebaksiu, Kabupaten Tegal',
    email: 'demo-blm@contoh.id',
  },
  programmeTitle: 'Pembukuan dan Laporan Keuangan BUM Desa',
  finishedLabel: 'Angkatan I',
  openLabel: 'Angkatan II',
  /** The finished run starts on the Tuesday this many weeks before the week of the first start. */
  weeksBefore: 3,
  /** The open run starts on the Tuesday this many weeks after it. */
  weeksAfter: 4,
} as const;

const PROGRAMME: Omit<CreateTrainingProgrammeBody, 'providerId'> = {
  title: DEMO_TRAINING.programmeTitle,
  topicId: 'pembukuan_usaha',
  description:
    'Pelatihan tiga hari bagi pengelola BUM Desa dan perangkat desa yang membina unit usaha: mencatat transaksi harian, ' +
    'menyusun buku besar, dan membuat laporan keuangan bulanan yang dapat dipertanggungjawabkan kepada penasihat dan ' +
    'musyawarah desa.',
  targetAspects: ['pengetahuan', 'keterampilan'],
  competencies: [
    {
      aspect: 'pengetahuan',
      description: 'Menjelaskan alur pembukuan BUM Desa dari bukti transaksi sampai laporan keuangan',
    },
    {
      aspect: 'pengetahuan',
      description: 'Membedakan kas, pendapatan, beban, aset dan modal dalam usaha BUM Desa',
    },
    {
      aspect: 'keterampilan',
      description: 'Mencatat transaksi harian unit usaha di buku kas dan jurnal umum',
    },
    { aspect: 'keterampilan', description: 'Menyusun laporan laba rugi, neraca dan arus kas bulanan' },
  ],
  targetGroups: ['pengelola_bumdes', 'pemerintah_desa', 'kpmd'],
  curriculumHours: 24,
  testedAspects: ['pengetahuan', 'keterampilan'],
  requiresPostTest: true,
  minAttendancePercent: 80,
  followUpMonths: 3,
};

const AGENDA = [
  'Pre-test; prinsip pembukuan BUM Desa; bukti transaksi dan buku kas harian',
  'Jurnal umum, buku pembantu dan buku besar; praktik mencatat transaksi unit usaha',
  'Laporan laba rugi, neraca dan arus kas; laporan bulanan kepada penasihat; post-test',
];

type Scores = [pre: number, post: number | null];

interface DemoParticipant {
  name: string;
  gender: Gender;
  birthYear: number;
  /** Index into the demo PLD's desa. */
  desa: number;
  role: ParticipantRole;
  /** Present on each of the three days. */
  present: [boolean, boolean, boolean];
  scores: Record<Extract<Aspect, 'pengetahuan' | 'keterampilan'>, Scores>;
  /** Likert answers to the standard questions in their order, or no survey handed in. */
  reaction: { answers: number[]; comment: string } | null;
}

/**
 * Angkatan I: Tri Handayani missed the second day (16 of 24 JP, below 80%); Slamet Riyadi left
 * before the post-test. Gains range from high to one that fell; two handed in no survey.
 */
const FINISHED_PARTICIPANTS: readonly DemoParticipant[] = [
  {
    name: 'Sri Wahyuni',
    gender: 'perempuan',
    birthYear: 1984,
    desa: 0,
    role: 'pengelola_bumdes',
    present: [true, true, true],
    scores: { pengetahuan: [60, 90], keterampilan: [55, 85] },
    reaction: {
      answers: [5, 5, 5, 4, 4, 4, 5, 5, 5],
      comment:
        'Praktik buku kas sangat membantu; mohon ada pendampingan saat menyusun laporan bulan pertama.',
    },
  },
  {
    name: 'Ahmad Fauzi',
    gender: 'laki_laki',
    birthYear: 1979,
    desa: 0,
    role: 'perangkat_desa',
    present: [true, true, true],
    scores: { pengetahuan: [45, 70], keterampilan: [50, 65] },
    reaction: { answers: [4, 4, 4, 4, 3, 4, 4, 4, 4], comment: '' },
  },
  {
    name: 'Dwi Lestari',
    gender: 'perempuan',
    birthYear: 1990,
    desa: 1,
    role: 'pengelola_bumdes',
    present: [true, true, true],
    scores: { pengetahuan: [70, 95], keterampilan: [65, 90] },
    reaction: {
      answers: [5, 5, 5, 5, 3, 4, 5, 5, 5],
      comment: 'Waktu praktik neraca terlalu singkat; sebaiknya ditambah setengah hari.',
    },
  },
  {
    name: 'Muhammad Rizki Pratama',
    gender: 'laki_laki',
    birthYear: 1995,
    desa: 1,
    role: 'pengelola_bumdes',
    present: [true, true, true],
    scores: { pengetahuan: [55, 75], keterampilan: [40, 70] },
    reaction: { answers: [4, 5, 4, 5, 4, 4, 5, 4, 4], comment: '' },
  },
  {
    name: 'Nur Hidayah',
    gender: 'perempuan',
    birthYear: 1987,
    desa: 1,
    role: 'kpmd',
    present: [true, true, true],
    scores: { pengetahuan: [50, 80], keterampilan: [45, 60] },
    reaction: {
      answers: [4, 4, 5, 4, 4, 3, 4, 4, 5],
      comment: 'Materi bisa saya bagikan di pertemuan KPMD.',
    },
  },
  {
    name: 'Slamet Riyadi',
    gender: 'laki_laki',
    birthYear: 1972,
    desa: 2,
    role: 'pengelola_bumdes',
    present: [true, true, true],
    scores: { pengetahuan: [40, null], keterampilan: [35, null] },
    reaction: null,
  },
  {
    name: 'Tri Handayani',
    gender: 'perempuan',
    birthYear: 1993,
    desa: 2,
    role: 'perangkat_desa',
    present: [true, false, true],
    scores: { pengetahuan: [55, 60], keterampilan: [50, 55] },
    reaction: null,
  },
  {
    name: 'Agus Santoso',
    gender: 'laki_laki',
    birthYear: 1981,
    desa: 3,
    role: 'pengelola_bumdes',
    present: [true, true, true],
    scores: { pengetahuan: [65, 85], keterampilan: [60, 80] },
    reaction: { answers: [5, 4, 4, 4, 4, 5, 5, 4, 4], comment: '' },
  },
  {
    name: 'Rina Marlina',
    gender: 'perempuan',
    birthYear: 1989,
    desa: 3,
    role: 'kpmd',
    present: [true, true, true],
    scores: { pengetahuan: [75, 72.5], keterampilan: [70, 85] },
    reaction: {
      answers: [3, 3, 4, 4, 3, 4, 4, 4, 3],
      comment: 'Contoh soal sebaiknya memakai usaha BUM Desa di Tegal.',
    },
  },
  {
    name: 'Eko Prasetyo',
    gender: 'laki_laki',
    birthYear: 1976,
    desa: 3,
    role: 'perangkat_desa',
    present: [true, true, true],
    scores: { pengetahuan: [35, 65], keterampilan: [30, 60] },
    reaction: { answers: [4, 4, 4, 4, 4, 4, 5, 5, 4], comment: '' },
  },
];

/** Angkatan II: the first to register. */
const OPEN_PARTICIPANTS: readonly Pick<DemoParticipant, 'name' | 'gender' | 'birthYear' | 'desa' | 'role'>[] =
  [
    { name: 'Wahyu Hidayat', gender: 'laki_laki', birthYear: 1986, desa: 1, role: 'pengelola_bumdes' },
    { name: 'Siti Khotimah', gender: 'perempuan', birthYear: 1991, desa: 0, role: 'pengelola_bumdes' },
    { name: 'Bambang Sutrisno', gender: 'laki_laki', birthYear: 1974, desa: 2, role: 'perangkat_desa' },
    { name: 'Yuliana Safitri', gender: 'perempuan', birthYear: 1997, desa: 3, role: 'kpmd' },
  ];

/** The Tuesday of the week `weeks` weeks after the week of `today` (negative: before). */
function tuesdayOfWeek(today: string, weeks: number): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  const monday = addDays(today, -((weekday + 6) % 7));
  return addDays(monday, weeks * 7 + 1);
}

/** Three days of 8 JP from `first`, with the programme's agenda. */
function threeDays(first: string): ScheduleDay[] {
  return AGENDA.map((agenda, i) => ({ date: addDays(first, i), hours: 8, agenda }));
}

async function userActor(
  deps: AccessDeps,
  username: string,
): Promise<Extract<Actor, { kind: 'user' }> | null> {
  const user = await createAccountRepository(deps.db.orm).findUserByLogin(username);
  return user ? loadActor(deps.db.orm, user.id) : null;
}

async function findProvider(deps: AccessDeps): Promise<string | null> {
  const { name, seatRegionCode } = DEMO_TRAINING.provider;
  const [row] = await deps.db.orm
    .select({ id: trainingProvider.id })
    .from(trainingProvider)
    .where(and(eq(trainingProvider.seatRegionCode, seatRegionCode), eq(trainingProvider.name, name)));
  return row?.id ?? null;
}

/**
 * The demo provider's id, registered by the kabupaten officer when missing; null when that
 * officer's account does not exist.
 */
export async function ensureDemoProvider(deps: AccessDeps): Promise<string | null> {
  const existing = await findProvider(deps);
  if (existing) return existing;
  const officer = await userActor(deps, DEMO_TRAINING.registeredBy);
  if (!officer) return null;
  const view = await createProviderService(deps).create(officer, { ...DEMO_TRAINING.provider, phone: null });
  return view.id;
}

/** The session of `programmeId` labelled `label`, if any. */
async function sessionLabelled(deps: AccessDeps, programmeId: string, label: string): Promise<string | null> {
  const [row] = await deps.db.orm
    .select({ id: trainingSession.id })
    .from(trainingSession)
    .where(and(eq(trainingSession.programmeId, programmeId), eq(trainingSession.label, label)));
  return row?.id ?? null;
}

/**
 * The demo programme and its two runs, each only when missing (by title, then by label), made
 * by `demo-blm` through the services. Returns how many runs it created.
 */
export async function ensureDemoTraining(deps: AccessDeps, desa: readonly string[]): Promise<number> {
  const actor = await userActor(deps, DEMO_TRAINING.account);
  const providerId = await findProvider(deps);
  if (!actor || !providerId) return 0;
  const [found] = await deps.db.orm
    .select({ id: trainingProgramme.id })
    .from(trainingProgramme)
    .where(
      and(
        eq(trainingProgramme.providerId, providerId),
        eq(trainingProgramme.title, DEMO_TRAINING.programmeTitle),
      ),
    );
  const programmeId =
    found?.id ?? (await createProgrammeService(deps).create(actor, { ...PROGRAMME, providerId })).id;

  const today = facilitationToday(deps.now());
  const trainerUser = await createAccountRepository(deps.db.orm).findUserByLogin(DEMO_TRAINING.trainer);
  const trainerRecord = trainerUser ? await facilitatorOfUser(deps.db.orm, trainerUser.id) : undefined;
  const session = (label: string, first: string) => ({
    label,
    startDate: first,
    endDate: addDays(first, 2),
    schedule: threeDays(first),
    place: { mode: 'luring', name: 'Aula Kantor Kecamatan Lebaksiu', regionCode: '332806' },
    trainers: [
      { name: 'Endang Sulistyowati, S.E., M.M.', affiliation: DEMO_TRAINING.provider.name },
      { name: 'Hendra Kurniawan, S.E., Ak.', affiliation: DEMO_TRAINING.provider.name },
      ...(trainerRecord
        ? [
            {
              name: 'Budi Demo',
              affiliation: 'Tenaga Ahli Pendamping Masyarakat Desa, Kabupaten Tegal',
              facilitatorId: trainerRecord.id,
            },
          ]
        : []),
    ],
    capacity: 25,
    desaCodes: [...desa],
  });
  const sessions = createTrainingSessionService(deps);
  const registrations = createRegistrationService(deps);
  const register = async (
    sessionId: string,
    p: Pick<DemoParticipant, 'name' | 'gender' | 'birthYear' | 'desa' | 'role'>,
  ) =>
    registrations.register(actor, sessionId, {
      name: p.name,
      gender: p.gender,
      birthYear: p.birthYear,
      desaCode: desa[p.desa]!,
      role: p.role,
      enterpriseId: null,
      facilitatorId: null,
    });
  let created = 0;

  if (!(await sessionLabelled(deps, programmeId, DEMO_TRAINING.finishedLabel))) {
    const first = tuesdayOfWeek(today, -DEMO_TRAINING.weeksBefore);
    const { id } = await sessions.create(actor, programmeId, session(DEMO_TRAINING.finishedLabel, first));
    await sessions.act(actor, id, { action: 'open_registration' });
    const registered: string[] = [];
    for (const p of FINISHED_PARTICIPANTS) registered.push((await register(id, p)).id);
    await sessions.act(actor, id, { action: 'start' });
    const dates = threeDays(first).map((d) => d.date);
    await createAttendanceService(deps).record(actor, id, {
      marks: FINISHED_PARTICIPANTS.flatMap((p, i) =>
        dates.map((date, day) => ({ registrationId: registered[i]!, date, present: p.present[day]! })),
      ),
    });
    await createScoreService(deps).record(actor, id, {
      scores: FINISHED_PARTICIPANTS.map((p, i) => ({
        registrationId: registered[i]!,
        pre: { pengetahuan: p.scores.pengetahuan[0], keterampilan: p.scores.keterampilan[0] },
        post: { pengetahuan: p.scores.pengetahuan[1], keterampilan: p.scores.keterampilan[1] },
      })),
    });
    const reactions = createReactionService(deps);
    for (const [i, p] of FINISHED_PARTICIPANTS.entries()) {
      if (!p.reaction) continue;
      const answers = Object.fromEntries(
        STANDARD_REACTION_QUESTIONS.map((q, k) => [q.id, p.reaction!.answers[k] ?? null]),
      );
      await reactions.record(actor, id, registered[i]!, { answers, comment: p.reaction.comment });
    }
    await sessions.act(actor, id, { action: 'finish' });
    await createCertificateService(deps).issue(actor, id, {});
    created += 1;
  }

  if (!(await sessionLabelled(deps, programmeId, DEMO_TRAINING.openLabel))) {
    const first = tuesdayOfWeek(today, DEMO_TRAINING.weeksAfter);
    const { id } = await sessions.create(actor, programmeId, session(DEMO_TRAINING.openLabel, first));
    await sessions.act(actor, id, { action: 'open_registration' });
    for (const p of OPEN_PARTICIPANTS) await register(id, p);
    created += 1;
  }
  return created;
}
