/**
 * Assignments of facilitators to a desa or a kawasan, with history: each is an interval of
 * calendar days, both ends included (`to` null while open). An assignment is never deleted; it is
 * ended, so the history shows who facilitated where and when. A facilitator logs activities only
 * for a place they are assigned to on that date. Dates are `YYYY-MM-DD`, compared as text (exact).
 * Pure.
 */
import type { FieldIssue } from '../errors.ts';
import { isCalendarDate } from '../kawasan/lifecycle-guards.ts';
import { parseRegionCode, villageTypeOf } from '../region-code.ts';
import {
  FACILITATOR_TYPE_INFO,
  type Facilitator,
  facilitatorTypeLabel,
  isActiveOn,
  periodIssues,
} from './facilitator.ts';

export type Place = { kind: 'desa'; code: string } | { kind: 'kawasan'; id: string };

export interface FacilitatorAssignment {
  id: string;
  facilitatorId: string;
  place: Place;
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, included; null while the assignment is open. */
  to: string | null;
}

/** Stable text form of a place, e.g. `desa:3322012001`, `kawasan:K-1`. */
export function placeKey(place: Place): string {
  return place.kind === 'desa' ? `desa:${place.code}` : `kawasan:${place.id}`;
}

/** The place as read in a message: `desa 3322012001`, `kawasan K-1`. */
export function placeLabel(place: Place): string {
  return place.kind === 'desa' ? `desa ${place.code}` : `kawasan ${place.id}`;
}

export function samePlace(a: Place, b: Place): boolean {
  return placeKey(a) === placeKey(b);
}

/** The period in words: `2026-01-01 s.d. 2026-06-30`, or `sejak 2026-01-01` while open. */
export function periodLabel(a: Pick<FacilitatorAssignment, 'from' | 'to'>): string {
  return a.to === null ? `sejak ${a.from}` : `${a.from} s.d. ${a.to}`;
}

/** Whether `date` lies in the assignment, both ends included. */
export function covers(a: Pick<FacilitatorAssignment, 'from' | 'to'>, date: string): boolean {
  return date >= a.from && (a.to === null || date <= a.to);
}

/** Whether two intervals share at least one day (both ends included; null = open-ended). */
export function intervalsOverlap(
  a: Pick<FacilitatorAssignment, 'from' | 'to'>,
  b: Pick<FacilitatorAssignment, 'from' | 'to'>,
): boolean {
  return (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to);
}

/** The assignments for `place` that cover `date`, in history order. */
export function assignedOn(
  assignments: readonly FacilitatorAssignment[],
  place: Place,
  date: string,
): FacilitatorAssignment[] {
  return assignmentHistory(assignments.filter((a) => samePlace(a.place, place) && covers(a, date)));
}

/**
 * History order: newest start first; for the same start the open one, then the later end; then
 * by id, so the order is total and the same on every call.
 */
export function assignmentHistory(assignments: readonly FacilitatorAssignment[]): FacilitatorAssignment[] {
  return [...assignments].sort((a, b) => {
    if (a.from !== b.from) return a.from < b.from ? 1 : -1;
    if (a.to !== b.to) {
      if (a.to === null) return -1;
      if (b.to === null) return 1;
      return a.to < b.to ? 1 : -1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/**
 * Issues with a new or changed assignment for `facilitator`:
 * - real dates, end not before start;
 * - inside the facilitator's active period;
 * - a place the type may be assigned to (desa or kawasan), a desa code (not a kelurahan) in the
 *   facilitator's home region;
 * - no overlap with another assignment of the same facilitator to the same place (`existing`
 *   may contain the candidate itself: it is skipped by id). Other facilitators on the same place,
 *   and the same facilitator on other places, are allowed.
 */
export function assignmentIssues(
  candidate: FacilitatorAssignment,
  facilitator: Facilitator,
  existing: readonly FacilitatorAssignment[],
): FieldIssue[] {
  const issues = periodIssues(candidate.from, candidate.to, { from: 'from', to: 'to' });
  if (candidate.facilitatorId !== facilitator.id) {
    issues.push({
      field: 'facilitatorId',
      message: 'Penugasan tidak sesuai dengan pendamping yang dimaksud.',
    });
  }
  if (issues.length === 0) issues.push(...activePeriodIssues(candidate, facilitator));
  issues.push(...placeIssues(candidate.place, facilitator));
  if (issues.length > 0) return issues;
  const clash = existing.find(
    (a) =>
      a.id !== candidate.id &&
      a.facilitatorId === candidate.facilitatorId &&
      samePlace(a.place, candidate.place) &&
      intervalsOverlap(a, candidate),
  );
  if (clash) {
    issues.push({
      field: 'from',
      message: `Pendamping ini sudah ditugaskan di ${placeLabel(candidate.place)} pada ${periodLabel(clash)}; periode penugasan tidak boleh tumpang tindih. Akhiri atau ubah penugasan yang ada dahulu.`,
    });
  }
  return issues;
}

function activePeriodIssues(candidate: FacilitatorAssignment, facilitator: Facilitator): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const active = periodLabel({ from: facilitator.activeFrom, to: facilitator.activeTo });
  if (!isActiveOn(facilitator, candidate.from)) {
    issues.push({
      field: 'from',
      message: `Penugasan dimulai ${candidate.from}, di luar masa aktif pendamping (${active}).`,
    });
  }
  const endsAfter =
    facilitator.activeTo !== null && (candidate.to === null || candidate.to > facilitator.activeTo);
  if (endsAfter) {
    issues.push({
      field: 'to',
      message: `Penugasan harus berakhir paling lambat ${facilitator.activeTo}, akhir masa aktif pendamping.`,
    });
  }
  return issues;
}

function placeIssues(place: Place, facilitator: Facilitator): FieldIssue[] {
  const info = FACILITATOR_TYPE_INFO[facilitator.type];
  if (!info.places.includes(place.kind)) {
    const allowed = info.places.map((k) => (k === 'desa' ? 'desa' : 'kawasan')).join(' atau ');
    return [
      {
        field: 'place.kind',
        message: `${facilitatorTypeLabel(facilitator.type)} hanya dapat ditugaskan ke ${allowed}.`,
      },
    ];
  }
  if (place.kind === 'kawasan') {
    return place.id.trim() === '' ? [{ field: 'place.id', message: 'Kawasan penugasan wajib dipilih.' }] : [];
  }
  const parsed = parseRegionCode(place.code);
  if (!parsed.ok || parsed.value.level !== 'village' || parsed.value.code !== place.code) {
    return [{ field: 'place.code', message: `Kode ${place.code} bukan kode desa 10 digit.` }];
  }
  if (villageTypeOf(place.code) === 'kelurahan') {
    return [
      {
        field: 'place.code',
        message: `${place.code} adalah kelurahan; pendampingan desa ditugaskan ke desa atau desa adat.`,
      },
    ];
  }
  if (!place.code.startsWith(facilitator.homeRegionCode)) {
    return [
      {
        field: 'place.code',
        message: `Desa ${place.code} berada di luar wilayah asal pendamping (${facilitator.homeRegionCode}).`,
      },
    ];
  }
  return [];
}

export type EndResult = { ok: true; assignment: FacilitatorAssignment } | { ok: false; issues: FieldIssue[] };

/** Ends an open (or shortens a later-ending) assignment on `lastDay`, kept in the history. */
export function endAssignment(assignment: FacilitatorAssignment, lastDay: string): EndResult {
  if (!isCalendarDate(lastDay)) {
    return {
      ok: false,
      issues: [{ field: 'to', message: 'Tanggal akhir wajib diisi dengan format TTTT-BB-HH.' }],
    };
  }
  if (lastDay < assignment.from) {
    return {
      ok: false,
      issues: [
        {
          field: 'to',
          message: `Tanggal akhir (${lastDay}) tidak boleh sebelum awal penugasan (${assignment.from}).`,
        },
      ],
    };
  }
  if (assignment.to !== null && lastDay > assignment.to) {
    return {
      ok: false,
      issues: [
        {
          field: 'to',
          message: `Penugasan sudah berakhir ${assignment.to}; untuk memperpanjang, buat penugasan baru.`,
        },
      ],
    };
  }
  return { ok: true, assignment: { ...assignment, to: lastDay } };
}

export type LogPermission =
  | { ok: true; assignment: FacilitatorAssignment }
  | { ok: false; issues: FieldIssue[] };

/**
 * Whether `facilitatorId` may log an activity at `place` on `date`: they must be assigned there
 * on that day. The refusal says why: no assignment at that place at all, the date before the
 * first one, or outside every period.
 */
export function mayLogFor(
  assignments: readonly FacilitatorAssignment[],
  facilitatorId: string,
  place: Place,
  date: string,
): LogPermission {
  const own = assignments.filter((a) => a.facilitatorId === facilitatorId && samePlace(a.place, place));
  const hit = assignmentHistory(own).find((a) => covers(a, date));
  if (hit) return { ok: true, assignment: hit };
  const refuse = (message: string): LogPermission => ({ ok: false, issues: [{ field: 'date', message }] });
  if (own.length === 0) {
    return {
      ok: false,
      issues: [
        {
          field: 'place',
          message: `Anda tidak ditugaskan di ${placeLabel(place)}; catatan kegiatan hanya untuk tempat penugasan Anda.`,
        },
      ],
    };
  }
  const first = own.map((a) => a.from).sort()[0]!;
  if (date < first) {
    return refuse(`Tanggal ${date} sebelum awal penugasan Anda di ${placeLabel(place)} (${first}).`);
  }
  const periods = assignmentHistory(own)
    .reverse()
    .map((a) => periodLabel(a))
    .join('; ');
  return refuse(
    `Pada ${date} Anda tidak ditugaskan di ${placeLabel(place)} (periode penugasan: ${periods}).`,
  );
}
