/**
 * The monthly report of one facilitator (laporan bulanan pendamping), built from the stored log by
 * domain/facilitation/monthly-report.ts: every entry of the month in any state is read, so the
 * report counts the approved ones and tells what is still not counted. Readable by the facilitator,
 * their supervisor and the administrators of their home region; anyone else gets a 404. The same
 * report comes as JSON, as a PDF to sign and hand in, and as an XLSX workbook.
 */
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { MonthlyReportView } from '../../contracts/facilitation.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import { activityEntry, activityEntryEvidence, activityEvidence, facilitator } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import type { ActivityCategory } from '../../domain/facilitation/activity-log.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { administers } from '../../domain/facilitation/facilitation-access.ts';
import {
  buildMonthlyReport,
  type EvidenceFile,
  monthlyReportStatusLine,
  monthPeriod,
  type ReportEntry,
} from '../../domain/facilitation/monthly-report.ts';
import type { LogState } from '../../domain/facilitation/review.ts';
import { CONTENT_TYPES, type ExportFile, fileSlug } from '../export/table-export.ts';
import {
  type FacilitatorRecord,
  loadFacilitator,
  placeNames,
  placeOfRow,
} from './facilitation.repository.ts';
import { createFacilitatorViews } from './facilitator-view.ts';
import { renderMonthlyReportPdf } from './monthly-report-pdf.ts';
import { renderMonthlyReportXlsx } from './monthly-report-xlsx.ts';

export interface MonthlyReportDeps {
  db: Database;
  now: () => Date;
}

const NOT_FOUND = 'Pendamping tidak ditemukan.';

function signedIn(actor: Actor | null): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
  return actor;
}

/**
 * Whether the actor may read the facilitator's reports: the facilitator themself, their
 * supervisor, or an administrator of their home region.
 */
export function mayReadReport(
  actor: Actor,
  row: Pick<FacilitatorRecord, 'userId' | 'homeRegionCode'>,
  supervisorUserId: string | null,
): boolean {
  if (actor.kind === 'user' && (actor.userId === row.userId || actor.userId === supervisorUserId))
    return true;
  return administers(actor, row.homeRegionCode);
}

/** Every entry of the facilitator dated within `from`..`to`, any state, with its evidence facts. */
async function reportEntries(
  orm: Orm,
  facilitatorId: string,
  from: string,
  to: string,
): Promise<ReportEntry[]> {
  const rows = await orm
    .select()
    .from(activityEntry)
    .where(
      and(
        eq(activityEntry.facilitatorId, facilitatorId),
        gte(activityEntry.date, from),
        lte(activityEntry.date, to),
      ),
    )
    .orderBy(asc(activityEntry.date), asc(activityEntry.id));
  const evidence = new Map<string, EvidenceFile[]>();
  if (rows.length > 0) {
    const files = await orm
      .select({
        entryId: activityEntryEvidence.entryId,
        fileName: activityEvidence.fileName,
        mediaType: activityEvidence.mediaType,
        bytes: activityEvidence.bytes,
        sha256: activityEvidence.sha256,
      })
      .from(activityEntryEvidence)
      .innerJoin(activityEvidence, eq(activityEvidence.id, activityEntryEvidence.evidenceId))
      .where(
        inArray(
          activityEntryEvidence.entryId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(activityEntryEvidence.entryId), asc(activityEntryEvidence.position));
    for (const { entryId, ...file } of files) {
      const list = evidence.get(entryId);
      if (list) list.push(file);
      else evidence.set(entryId, [file]);
    }
  }
  return rows.map((r) => ({
    id: r.id,
    facilitatorId: r.facilitatorId,
    date: r.date,
    place: placeOfRow(r),
    category: r.category as ActivityCategory,
    topic: r.topic,
    participants: { women: r.women, men: r.men, groups: r.groups },
    outputs: r.outputs,
    followUp: r.followUp,
    evidence: evidence.get(r.id) ?? [],
    state: r.state as LogState,
  }));
}

const EXPORTS = {
  pdf: { contentType: 'application/pdf', render: renderMonthlyReportPdf },
  xlsx: { contentType: CONTENT_TYPES.xlsx, render: renderMonthlyReportXlsx },
} as const;

export function createMonthlyReportService({ db, now }: MonthlyReportDeps) {
  async function report(actorInput: Actor | null, facilitatorId: string, month: string) {
    const actor = signedIn(actorInput);
    const orm = db.orm;
    const row = await loadFacilitator(orm, facilitatorId);
    const [supervisor] = row.supervisorId
      ? await orm
          .select({ userId: facilitator.userId })
          .from(facilitator)
          .where(eq(facilitator.id, row.supervisorId))
      : [];
    if (!mayReadReport(actor, row, supervisor?.userId ?? null)) throw AppError.notFound(NOT_FOUND);
    const period = monthPeriod(month);
    const entries = await reportEntries(orm, row.id, period.from, period.to);
    const names = await placeNames(
      orm,
      entries.filter((e) => e.state === 'disetujui').map((e) => e.place),
    );
    const built = buildMonthlyReport(entries, row.id, month, names);
    const { facilitatorId: _id, ...content } = built;
    const at = now();
    const view: MonthlyReportView = {
      facilitator: await createFacilitatorViews(orm, () => facilitationToday(at)).view(actor, row),
      ...content,
      statusLine: monthlyReportStatusLine(built),
    };
    return { view, generatedAt: at };
  }

  async function exportFile(
    actor: Actor | null,
    facilitatorId: string,
    month: string,
    format: keyof typeof EXPORTS,
  ): Promise<ExportFile> {
    const { view, generatedAt } = await report(actor, facilitatorId, month);
    const { contentType, render } = EXPORTS[format];
    return {
      fileName: `laporan-bulanan-${fileSlug(view.facilitator.name, { fallback: 'pendamping', maxLength: 60 })}-${month}.${format}`,
      contentType,
      body: await render(view, generatedAt),
    };
  }

  return {
    /** The report of `facilitatorId` for `month` (`YYYY-MM`); 404 outside the reader's reach. */
    async monthlyReport(
      actor: Actor | null,
      facilitatorId: string,
      month: string,
    ): Promise<MonthlyReportView> {
      return (await report(actor, facilitatorId, month)).view;
    },
    exportPdf: (actor: Actor | null, facilitatorId: string, month: string) =>
      exportFile(actor, facilitatorId, month, 'pdf'),
    exportXlsx: (actor: Actor | null, facilitatorId: string, month: string) =>
      exportFile(actor, facilitatorId, month, 'xlsx'),
  };
}
export type MonthlyReportService = ReturnType<typeof createMonthlyReportService>;
