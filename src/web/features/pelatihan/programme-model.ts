/**
 * The programme form as values: the draft the domain checks (with its own Indonesian messages),
 * the request bodies, and where an issue of either goes on the form. Competencies are typed per
 * target aspect; the body lists them flat, so `slots` remembers which box each one came from.
 */
import type {
  CreateTrainingProgrammeBody,
  TrainingProgrammeView,
  UpdateTrainingProgrammeBody,
} from '../../../contracts/training-programme.contract';
import {
  ASPECT_DEFAULT_LEVEL,
  ASPECTS,
  type Aspect,
  type TargetGroup,
} from '../../../domain/training/aspects';
import {
  DEFAULT_FOLLOW_UP_MONTHS,
  DEFAULT_MIN_ATTENDANCE_PERCENT,
  type ProgrammeDraft,
  programmeChangeIssues,
  programmeIssues,
} from '../../../domain/training/programme';
import type { TrainingTopicId } from '../../../domain/training/topics';
import { type Issue, numberOrNull, type SortedIssues, sortIssues } from './pelatihan-forms';

export interface ProgrammeValues {
  providerId: string;
  title: string;
  topicId: string;
  description: string;
  targetAspects: Aspect[];
  /** The competency descriptions typed under each aspect (kept when the aspect is unticked). */
  competencies: Record<Aspect, string[]>;
  targetGroups: TargetGroup[];
  curriculumHours: number | string;
  testedAspects: Aspect[];
  requiresPostTest: boolean;
  minAttendancePercent: number | string;
  followUpMonths: number | string;
}

/** Form fields that carry messages; competencies are `competency.<aspect>.<i>` and `competencies.<aspect>`. */
export const PROGRAMME_FIELDS = [
  'providerId',
  'title',
  'topicId',
  'description',
  'targetAspects',
  'competencies',
  'targetGroups',
  'curriculumHours',
  'testedAspects',
  'requiresPostTest',
  'minAttendancePercent',
  'followUpMonths',
] as const;

const noCompetencies = (): Record<Aspect, string[]> => ({
  pengetahuan: [],
  sikap: [],
  keterampilan: [],
  perilaku: [],
});

export function newProgrammeValues(providerId: string): ProgrammeValues {
  return {
    providerId,
    title: '',
    topicId: '',
    description: '',
    targetAspects: [],
    competencies: noCompetencies(),
    targetGroups: [],
    curriculumHours: '',
    testedAspects: [],
    requiresPostTest: true,
    minAttendancePercent: DEFAULT_MIN_ATTENDANCE_PERCENT,
    followUpMonths: DEFAULT_FOLLOW_UP_MONTHS,
  };
}

/** A stored programme as values to change. */
export function programmeValues(p: TrainingProgrammeView): ProgrammeValues {
  const competencies = noCompetencies();
  for (const c of p.competencies) {
    if ((ASPECTS as readonly string[]).includes(c.aspect))
      competencies[c.aspect as Aspect].push(c.description);
  }
  return {
    providerId: p.provider.id,
    title: p.title,
    topicId: p.topicId,
    description: p.description,
    targetAspects: p.targetAspects.map((a) => a.id as Aspect),
    competencies,
    targetGroups: p.targetGroups.map((g) => g.id as TargetGroup),
    curriculumHours: p.curriculumHours,
    testedAspects: p.testedAspects.map((a) => a.id as Aspect),
    requiresPostTest: p.requiresPostTest,
    minAttendancePercent: p.minAttendancePercent,
    followUpMonths: p.followUpMonths,
  };
}

/** In table order (pengetahuan, sikap, keterampilan, perilaku), whatever order they were ticked in. */
const inOrder = (aspects: readonly Aspect[]) => ASPECTS.filter((a) => aspects.includes(a));

/**
 * Ticks or unticks a target aspect. A new target gets one empty competency box, and is tested
 * when it is usually measured by a pre-test and post-test (level 2); an untargeted aspect is no
 * longer tested.
 */
export function toggleTargetAspect(values: ProgrammeValues, aspect: Aspect, on: boolean): ProgrammeValues {
  if (on === values.targetAspects.includes(aspect)) return values;
  if (!on) {
    return {
      ...values,
      targetAspects: values.targetAspects.filter((a) => a !== aspect),
      testedAspects: values.testedAspects.filter((a) => a !== aspect),
    };
  }
  const boxes = values.competencies[aspect];
  return {
    ...values,
    targetAspects: inOrder([...values.targetAspects, aspect]),
    competencies: boxes.length > 0 ? values.competencies : { ...values.competencies, [aspect]: [''] },
    testedAspects:
      ASPECT_DEFAULT_LEVEL[aspect] === 'L2'
        ? inOrder([...values.testedAspects, aspect])
        : values.testedAspects,
  };
}

/** Where each competency of the body came from: `slots[i]` is the box of `competencies[i]`. */
export interface CompetencySlot {
  aspect: Aspect;
  index: number;
}

/** The competencies of the target aspects, in aspect order, with the boxes they came from. */
export function competencyList(values: ProgrammeValues): {
  competencies: { aspect: Aspect; description: string }[];
  slots: CompetencySlot[];
} {
  const competencies: { aspect: Aspect; description: string }[] = [];
  const slots: CompetencySlot[] = [];
  for (const aspect of inOrder(values.targetAspects)) {
    values.competencies[aspect].forEach((description, index) => {
      competencies.push({ aspect, description: description.trim() });
      slots.push({ aspect, index });
    });
  }
  return { competencies, slots };
}

function orDefault(value: number | string, fallback: number): number {
  const n = numberOrNull(value);
  return n === null ? fallback : n;
}

/** The draft the domain checks; an empty number is NaN (refused), empty percent and months their defaults. */
export function programmeDraft(values: ProgrammeValues): ProgrammeDraft {
  return {
    providerId: values.providerId,
    title: values.title,
    topicId: values.topicId as TrainingTopicId,
    description: values.description,
    targetAspects: inOrder(values.targetAspects),
    competencies: competencyList(values).competencies,
    targetGroups: values.targetGroups,
    curriculumHours: numberOrNull(values.curriculumHours) ?? Number.NaN,
    testedAspects: inOrder(values.testedAspects),
    requiresPostTest: values.requiresPostTest,
    minAttendancePercent: orDefault(values.minAttendancePercent, DEFAULT_MIN_ATTENDANCE_PERCENT),
    followUpMonths: orDefault(values.followUpMonths, DEFAULT_FOLLOW_UP_MONTHS),
  };
}

function programmeFields(values: ProgrammeValues): Omit<CreateTrainingProgrammeBody, 'providerId'> {
  const draft = programmeDraft(values);
  const percent = numberOrNull(values.minAttendancePercent);
  const months = numberOrNull(values.followUpMonths);
  return {
    title: draft.title.trim(),
    topicId: draft.topicId,
    description: draft.description.trim(),
    targetAspects: [...draft.targetAspects],
    competencies: [...draft.competencies],
    targetGroups: [...draft.targetGroups],
    curriculumHours: draft.curriculumHours,
    testedAspects: [...draft.testedAspects],
    requiresPostTest: draft.requiresPostTest,
    ...(percent === null ? {} : { minAttendancePercent: percent }),
    ...(months === null ? {} : { followUpMonths: months }),
  };
}

export function createProgrammeBody(values: ProgrammeValues): CreateTrainingProgrammeBody {
  return { providerId: values.providerId, ...programmeFields(values) };
}

export function updateProgrammeBody(values: ProgrammeValues): UpdateTrainingProgrammeBody {
  return programmeFields(values);
}

/**
 * The form field of an issue path: `competencies.3.description` is the box `slots[3]` came from
 * (`competency.sikap.0`), `competencies.3.aspect` and `competencies` the aspect's competencies,
 * `targetGroups.2` the group list.
 */
export function programmeFieldOf(path: string, slots: readonly CompetencySlot[]): string | null {
  const parts = path.split('.');
  const head = parts[0] ?? '';
  if (head === 'competencies' && parts[1] !== undefined) {
    const slot = slots[Number(parts[1])];
    if (!slot) return 'competencies';
    return parts[2] === 'aspect' ? `competencies.${slot.aspect}` : `competency.${slot.aspect}.${slot.index}`;
  }
  return (PROGRAMME_FIELDS as readonly string[]).includes(head) ? head : null;
}

/** A stored programme some of whose sessions have started: what it is measured by stays. */
export interface StartedProgramme {
  initial: ProgrammeValues;
  /** Sessions running or finished. */
  startedSessions: number;
}

/**
 * The domain's issues of the values, by form field; for a programme with started sessions also
 * each measuring field (JP, tested aspects, post-test rule, attendance, follow-up) that changed.
 */
export function programmeFormIssues(values: ProgrammeValues, started?: StartedProgramme): SortedIssues {
  const { slots } = competencyList(values);
  const draft = programmeDraft(values);
  const issues = [
    ...programmeIssues(draft),
    ...(started
      ? programmeChangeIssues(programmeDraft(started.initial), draft, started.startedSessions)
      : []),
  ];
  return sortIssues(issues, (path) => programmeFieldOf(path, slots));
}

/** The server's issues, placed with the slots of the values that were sent. */
export function programmeServerIssues(issues: readonly Issue[], sent: ProgrammeValues): SortedIssues {
  const { slots } = competencyList(sent);
  return sortIssues(issues, (path) => programmeFieldOf(path, slots));
}
