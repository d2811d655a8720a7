/**
 * Presenters of programmes and sessions: rows become views with Indonesian labels next to ids
 * (topic, aspects, target groups, state, place mode) and the names of the regions, kawasan and
 * facilitators they name, each fetched in one query per list.
 */
import { inArray } from 'drizzle-orm';
import type {
  TrainingProgrammeSummary,
  TrainingProgrammeView,
  TrainingSessionSummary,
} from '../../contracts/training-programme.contract.ts';
import type { Orm } from '../../db/client.ts';
import { facilitator, kawasan, region } from '../../db/schema.ts';
import {
  ASPECT_LABELS,
  type Aspect,
  PROVIDER_KIND_LABELS,
  TARGET_GROUP_LABELS,
  type TargetGroup,
} from '../../domain/training/aspects.ts';
import { SESSION_STATE_LABELS } from '../../domain/training/lifecycle.ts';
import { PLACE_MODE_LABELS, type PlaceMode } from '../../domain/training/programme.ts';
import { isTrainingTopicId, topicById } from '../../domain/training/topics.ts';
import {
  type ProgrammeRecord,
  type ProviderRecord,
  providerKindOf,
  registrationCounts,
  type SessionRecord,
  sessionStateOf,
} from './training.repository.ts';

export const topicLabel = (id: string) => (isTrainingTopicId(id) ? topicById(id).label : id);
export const aspectLabel = (a: string) => ASPECT_LABELS[a as Aspect] ?? a;
export const targetGroupLabel = (g: string) => TARGET_GROUP_LABELS[g as TargetGroup] ?? g;
export const placeModeLabel = (m: string) => PLACE_MODE_LABELS[m as PlaceMode] ?? m;

/** Region code → its row (name and parent), for the codes given. */
export async function regionsByCode(
  orm: Orm,
  codes: readonly string[],
): Promise<Map<string, { name: string; parentCode: string | null }>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await orm
    .select({ code: region.code, name: region.name, parentCode: region.parentCode })
    .from(region)
    .where(inArray(region.code, unique));
  return new Map(rows.map((r) => [r.code, { name: r.name, parentCode: r.parentCode }]));
}

export async function kawasanNames(orm: Orm, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await orm
    .select({ id: kawasan.id, name: kawasan.name })
    .from(kawasan)
    .where(inArray(kawasan.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function facilitatorNames(orm: Orm, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await orm
    .select({ id: facilitator.id, name: facilitator.name })
    .from(facilitator)
    .where(inArray(facilitator.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A session row with the names lists show next to it. */
export interface SessionListRow {
  session: SessionRecord;
  programmeTitle: string;
  providerId: string;
  providerName: string;
}

/** Summaries of sessions, in the order given, with counts and place region names. */
export async function sessionSummaries(
  orm: Orm,
  rows: readonly SessionListRow[],
): Promise<TrainingSessionSummary[]> {
  const counts = await registrationCounts(
    orm,
    rows.map((r) => r.session.id),
  );
  const regions = await regionsByCode(
    orm,
    rows.flatMap((r) => (r.session.placeRegionCode ? [r.session.placeRegionCode] : [])),
  );
  return rows.map(({ session: s, programmeTitle, providerId, providerName }) => {
    const code = s.placeRegionCode;
    const state = sessionStateOf(s);
    return {
      id: s.id,
      programmeId: s.programmeId,
      programmeTitle,
      provider: { id: providerId, name: providerName },
      label: s.label,
      startDate: s.startDate,
      endDate: s.endDate,
      placeMode: s.placeMode,
      placeModeLabel: placeModeLabel(s.placeMode),
      placeName: s.placeName,
      placeRegion: code ? { code, name: regions.get(code)?.name ?? code } : null,
      capacity: s.capacity,
      state,
      stateLabel: SESSION_STATE_LABELS[state] ?? s.state,
      counts: counts.get(s.id)!,
    };
  });
}

const labelled = (values: readonly string[], label: (v: string) => string) =>
  values.map((id) => ({ id, label: label(id) }));

export function programmeSummary(
  row: ProgrammeRecord,
  provider: Pick<ProviderRecord, 'id' | 'name'>,
  sessions: { count: number; first: string | null; last: string | null },
  canManage: boolean,
): TrainingProgrammeSummary {
  return {
    id: row.id,
    provider: { id: provider.id, name: provider.name },
    title: row.title,
    topicId: row.topicId,
    topicLabel: topicLabel(row.topicId),
    curriculumHours: row.curriculumHours,
    targetGroups: labelled(row.targetGroups, targetGroupLabel),
    sessionCount: sessions.count,
    firstDate: sessions.first,
    lastDate: sessions.last,
    canManage,
  };
}

/** The whole programme with its sessions (first day first). */
export async function programmeView(
  orm: Orm,
  row: ProgrammeRecord,
  provider: ProviderRecord,
  sessions: readonly SessionRecord[],
  canManage: boolean,
): Promise<TrainingProgrammeView> {
  return {
    id: row.id,
    provider: {
      id: provider.id,
      name: provider.name,
      kindLabel: PROVIDER_KIND_LABELS[providerKindOf(provider)] ?? provider.kind,
    },
    title: row.title,
    topicId: row.topicId,
    topicLabel: topicLabel(row.topicId),
    description: row.description,
    targetAspects: labelled(row.targetAspects, aspectLabel),
    competencies: row.competencies.map((c) => ({
      aspect: c.aspect,
      aspectLabel: aspectLabel(c.aspect),
      description: c.description,
    })),
    targetGroups: labelled(row.targetGroups, targetGroupLabel),
    curriculumHours: row.curriculumHours,
    testedAspects: labelled(row.testedAspects, aspectLabel),
    requiresPostTest: row.requiresPostTest,
    minAttendancePercent: row.minAttendancePercent,
    followUpMonths: row.followUpMonths,
    sessions: await sessionSummaries(
      orm,
      sessions.map((session) => ({
        session,
        programmeTitle: row.title,
        providerId: provider.id,
        providerName: provider.name,
      })),
    ),
    canManage,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
