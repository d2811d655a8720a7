/**
 * Facilitators and assignments as the API sends them: the person with the NIK only masked, the
 * home region and supervisor named, the assignments in history order with place names and
 * whether they cover today. Names are read in one query per kind, never per row.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type {
  AssignmentView,
  FacilitatorDetail,
  FacilitatorView,
} from '../../contracts/facilitation.contract.ts';
import type { Orm } from '../../db/client.ts';
import { facilitator } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import {
  assignmentHistory,
  covers,
  type FacilitatorAssignment,
  type Place,
} from '../../domain/facilitation/assignment.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { mayManageFacilitator } from '../../domain/facilitation/facilitation-access.ts';
import {
  type FacilitatorType,
  facilitatorTypeLabel,
  isActiveOn,
  maskLast4,
} from '../../domain/facilitation/facilitator.ts';
import { createRegionRepository } from '../regions/region.repository.ts';
import { assignmentsOf, type FacilitatorRecord, placeNames, usernamesOf } from './facilitation.repository.ts';

/** The server's date of pendampingan records (`facilitationToday`, Asia/Jakarta), `YYYY-MM-DD`. */
export function localDate(at: Date): string {
  return facilitationToday(at);
}

const typeLabelOf = (row: Pick<FacilitatorRecord, 'type'>) =>
  facilitatorTypeLabel(row.type as FacilitatorType);

/** The short form of another facilitator (supervisor, supervisee). */
export function facilitatorRef(row: Pick<FacilitatorRecord, 'id' | 'name' | 'type'>) {
  return { id: row.id, name: row.name, typeLabel: typeLabelOf(row) };
}

export function assignmentView(
  a: FacilitatorAssignment,
  name: (place: Place) => string,
  today: string,
): AssignmentView {
  return {
    id: a.id,
    facilitatorId: a.facilitatorId,
    place: {
      kind: a.place.kind,
      ref: a.place.kind === 'desa' ? a.place.code : a.place.id,
      name: name(a.place),
    },
    from: a.from,
    to: a.to,
    current: covers(a, today),
  };
}

/** Views of assignments, newest first, with their places named. */
export async function assignmentViews(
  orm: Orm,
  assignments: readonly FacilitatorAssignment[],
  today: string,
): Promise<AssignmentView[]> {
  const ordered = assignmentHistory(assignments);
  const names = await placeNames(
    orm,
    ordered.map((a) => a.place),
  );
  return ordered.map((a) => assignmentView(a, names.name, today));
}

export function createFacilitatorViews(orm: Orm, today: () => string) {
  async function views(actor: Actor, rows: readonly FacilitatorRecord[]): Promise<FacilitatorView[]> {
    if (rows.length === 0) return [];
    const supervisorIds = [...new Set(rows.flatMap((r) => (r.supervisorId ? [r.supervisorId] : [])))];
    const supervisors =
      supervisorIds.length === 0
        ? []
        : await orm
            .select({ id: facilitator.id, name: facilitator.name, type: facilitator.type })
            .from(facilitator)
            .where(inArray(facilitator.id, supervisorIds));
    const supervisorById = new Map(supervisors.map((s) => [s.id, s]));
    const usernames = await usernamesOf(
      orm,
      rows.map((r) => r.userId),
    );
    const regions = await createRegionRepository(orm).findByCodes([
      ...new Set(rows.map((r) => r.homeRegionCode)),
    ]);
    const regionNames = new Map(regions.map((r) => [r.code, r.name]));
    const day = today();
    return rows.map((row) => {
      const supervisor = row.supervisorId ? supervisorById.get(row.supervisorId) : undefined;
      return {
        id: row.id,
        userId: row.userId,
        username: usernames.get(row.userId) ?? '',
        type: row.type as FacilitatorType,
        typeLabel: typeLabelOf(row),
        name: row.name,
        gender: row.gender as FacilitatorView['gender'],
        phone: row.phone,
        email: row.email,
        nikMasked: row.nikLast4 ? maskLast4(row.nikLast4) : null,
        homeRegion: {
          code: row.homeRegionCode,
          name: regionNames.get(row.homeRegionCode) ?? row.homeRegionCode,
        },
        activeFrom: row.activeFrom,
        activeTo: row.activeTo,
        active: isActiveOn(row, day),
        supervisor: supervisor ? facilitatorRef(supervisor) : null,
        canManage: mayManageFacilitator(actor, row.homeRegionCode),
      };
    });
  }

  return {
    views,

    async view(actor: Actor, row: FacilitatorRecord): Promise<FacilitatorView> {
      return (await views(actor, [row]))[0]!;
    },

    /** The record with every assignment (newest first) and the facilitators it supervises. */
    async detail(actor: Actor, row: FacilitatorRecord): Promise<FacilitatorDetail> {
      const [base] = await views(actor, [row]);
      const assignments = await assignmentViews(orm, await assignmentsOf(orm, row.id), today());
      const supervisees = await orm
        .select({ id: facilitator.id, name: facilitator.name, type: facilitator.type })
        .from(facilitator)
        .where(eq(facilitator.supervisorId, row.id))
        .orderBy(asc(facilitator.name), asc(facilitator.id));
      return { ...base!, assignments, supervisees: supervisees.map(facilitatorRef) };
    },
  };
}
