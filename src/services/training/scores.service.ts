/**
 * Pre-test and post-test scores of a session (Kirkpatrick level 2): per registered participant and
 * tested aspect the scores and the normalised gain, and per aspect the session's summary (mean of
 * gains and gain of means, with their n), all computed by the domain (gain.ts) from the stored
 * scores. Scores are entered by hand or imported from the XLSX template; either way a batch with
 * one bad value stores nothing. Pre-tests may be recorded from registration until the end,
 * post-tests from the start on (lifecycle.ts). Scores are kept with two decimals (numeric 5,2), so
 * a value with more is refused rather than rounded. One audit row per batch (resource
 * `training_session`, region = the provider's seat).
 */
import { and, inArray, isNull, sql } from 'drizzle-orm';
import type {
  ScoresBody,
  TrainingGainSummary,
  TrainingScoreImport,
  TrainingScores,
} from '../../contracts/training-participant.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import { trainingScore } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import {
  parseDecimal,
  type Rational,
  toDecimal,
  toExactDecimal,
  toFraction,
} from '../../domain/deliberation/rational.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { columnLetter, sheetFieldIssues } from '../../domain/sheet-table.ts';
import { ASPECT_LABELS, ASPECTS, type Aspect } from '../../domain/training/aspects.ts';
import {
  type AspectGain,
  type AspectGainSummary,
  computeGains,
  GAIN_CATEGORIES,
  GAIN_CATEGORY_LABELS,
  GAIN_STATUS_LABELS,
  GAIN_STATUSES,
  gainText,
  type ParticipantScores,
  parseScore,
  type ScoreInput,
  summariseGains,
} from '../../domain/training/gain.ts';
import { SESSION_STATE_LABELS, type SessionState, stateRefusal } from '../../domain/training/lifecycle.ts';
import { REGISTRATION_STATUS_LABELS } from '../../domain/training/registration.ts';
import {
  findScoreHeaderRow,
  readScoreSheet,
  type ScoreSheetIssue,
  type ScoreTest,
  scoreColumnOf,
} from '../../domain/training/score-sheet.ts';
import { providerIds } from '../../domain/training/training-access.ts';
import { recordAudit } from '../access/audit.service.ts';
import { CONTENT_TYPES, type ExportFile, fileSlug } from '../export/table-export.ts';
import { reader } from '../kawasan/kawasan-access.ts';
import { SESSION_RESOURCE } from './attendance.service.ts';
import {
  loadRegistrations,
  loadSessionContext,
  manageAccess,
  type RegistrationRecord,
  readAccess,
  registrationCode,
  type SessionContext,
} from './participant-access.ts';
import { readScoreWorkbook, scoreTemplateXlsx } from './score-sheet-xlsx.ts';

const TWO_DECIMALS = 'Nilai paling banyak dua angka di belakang koma (misalnya 72,75).';
const TEMPLATE_REFUSAL = 'Templat lembar nilai hanya untuk pengguna penyelenggara pelatihan ini.';

/** One stored score row. */
interface StoredScore {
  registrationId: string;
  aspect: string;
  pre: string | null;
  post: string | null;
}

/** A change of one (registration, aspect): a test left out is kept as stored. */
interface ScoreChange {
  registrationId: string;
  aspect: Aspect;
  pre?: string | null;
  post?: string | null;
}

const testedOf = (ctx: SessionContext): Aspect[] =>
  ASPECTS.filter((a) => (ctx.programme.testedAspects as readonly string[]).includes(a));

const exact = (r: Rational, text: string) => ({ exact: toFraction(r), text });
const scoreText = (r: Rational) => toExactDecimal(r) ?? toDecimal(r, 2);
const withinTwoDecimals = (r: Rational) => (r.num * 100n) % r.den === 0n;

async function storedScores(orm: Orm, registrationIds: readonly string[]): Promise<StoredScore[]> {
  if (registrationIds.length === 0) return [];
  return orm
    .select({
      registrationId: trainingScore.registrationId,
      aspect: trainingScore.aspect,
      pre: trainingScore.pre,
      post: trainingScore.post,
    })
    .from(trainingScore)
    .where(inArray(trainingScore.registrationId, [...registrationIds]));
}

/** The domain's input: each registered participant (by registration id) with their stored scores. */
export function gainInputs(
  registered: readonly Pick<RegistrationRecord, 'id'>[],
  stored: readonly StoredScore[],
): ParticipantScores[] {
  const byId = new Map(
    registered.map((r): [string, ParticipantScores] => [r.id, { participantId: r.id, pre: {}, post: {} }]),
  );
  for (const s of stored) {
    const row = byId.get(s.registrationId);
    if (!row || !(ASPECTS as readonly string[]).includes(s.aspect)) continue;
    if (s.pre !== null) row.pre[s.aspect as Aspect] = s.pre;
    if (s.post !== null) row.post[s.aspect as Aspect] = s.post;
  }
  return [...byId.values()];
}

function aspectScoreView(aspect: Aspect, g: AspectGain) {
  const pre = 'pre' in g ? g.pre : null;
  const post = 'post' in g ? g.post : null;
  return {
    aspect,
    aspectLabel: ASPECT_LABELS[aspect],
    pre: pre === null ? null : scoreText(pre),
    post: post === null ? null : scoreText(post),
    status: g.status,
    statusLabel: GAIN_STATUS_LABELS[g.status],
    reason: g.status === 'dihitung' ? null : g.reason,
    gain:
      g.status === 'dihitung'
        ? {
            ...exact(g.gain, gainText(g.gain)),
            category: g.category,
            categoryLabel: GAIN_CATEGORY_LABELS[g.category],
          }
        : null,
  };
}

export function gainSummaryView(s: AspectGainSummary): TrainingGainSummary {
  const m = s.meanOfGains;
  const g = s.gainOfMeans;
  return {
    aspect: s.aspect,
    aspectLabel: ASPECT_LABELS[s.aspect],
    participants: s.participants,
    counts: GAIN_STATUSES.map((status) => ({
      status,
      label: GAIN_STATUS_LABELS[status],
      n: s.counts[status],
    })),
    categoryCounts: GAIN_CATEGORIES.map((category) => ({
      category,
      label: GAIN_CATEGORY_LABELS[category],
      n: s.categoryCounts[category],
    })),
    meanOfGains: m
      ? {
          ...exact(m.value, gainText(m.value)),
          n: m.n,
          category: m.category,
          categoryLabel: GAIN_CATEGORY_LABELS[m.category],
        }
      : null,
    gainOfMeans: g
      ? {
          ...exact(g.value, gainText(g.value)),
          n: g.n,
          meanPre: exact(g.meanPre, toDecimal(g.meanPre, 2)),
          meanPost: exact(g.meanPost, toDecimal(g.meanPost, 2)),
          category: g.category,
          categoryLabel: GAIN_CATEGORY_LABELS[g.category],
        }
      : null,
    excludedFromMeanOfGains: s.participants - (m?.n ?? 0),
    excludedFromGainOfMeans: s.participants - (g?.n ?? 0),
    notes: s.notes,
  };
}

/** 409 when the batch holds tests the session's state does not take. */
function requireTestsAllowed(state: SessionState, tests: { pre: boolean; post: boolean }, field: string) {
  for (const test of ['pre', 'post'] as const) {
    if (!tests[test]) continue;
    const closed = stateRefusal(state, test === 'pre' ? 'recordPreTest' : 'recordPostTest');
    if (closed !== null) throw new AppError('conflict', closed, [{ field, message: closed }]);
  }
}

/** Stores the changes: each group of rows sets only the tests it carries; rows left with no score are removed. */
async function storeChanges(orm: Orm, changes: readonly ScoreChange[], at: Date): Promise<void> {
  const groups = new Map<string, ScoreChange[]>();
  for (const c of changes) {
    const key = `${c.pre !== undefined}:${c.post !== undefined}`;
    if (key === 'false:false') continue;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, rows] of groups) {
    const [setsPre, setsPost] = key.split(':').map((v) => v === 'true');
    for (let i = 0; i < rows.length; i += 1000) {
      await orm
        .insert(trainingScore)
        .values(
          rows.slice(i, i + 1000).map((c) => ({
            registrationId: c.registrationId,
            aspect: c.aspect,
            pre: c.pre ?? null,
            post: c.post ?? null,
            updatedAt: at,
          })),
        )
        .onConflictDoUpdate({
          target: [trainingScore.registrationId, trainingScore.aspect],
          set: {
            ...(setsPre ? { pre: sql`excluded.pre` } : {}),
            ...(setsPost ? { post: sql`excluded.post` } : {}),
            updatedAt: sql`excluded.updated_at`,
          },
        });
    }
  }
  const ids = [...new Set(changes.map((c) => c.registrationId))];
  if (ids.length > 0) {
    await orm
      .delete(trainingScore)
      .where(
        and(
          inArray(trainingScore.registrationId, ids),
          isNull(trainingScore.pre),
          isNull(trainingScore.post),
        ),
      );
  }
}

/** The exact decimal text stored for a valid score input, or null to erase. */
function storedValue(input: ScoreInput): string | null {
  const parsed = parseScore(input, 'nilai');
  if (!parsed.ok || parsed.value === null) return null;
  return toExactDecimal(parsed.value);
}

export function createScoreService({ db, now }: { db: Database; now: () => Date }) {
  async function view(orm: Orm, ctx: SessionContext, actor: Actor, records: readonly RegistrationRecord[]) {
    const access = await readAccess(orm, actor, ctx, records);
    const tested = testedOf(ctx);
    const registered = records.filter((r) => r.status === 'terdaftar');
    const inputs = gainInputs(
      registered,
      await storedScores(
        orm,
        registered.map((r) => r.id),
      ),
    );
    const computed = computeGains(inputs, tested);
    if (!computed.ok) throw new AppError('internal', 'Nilai tersimpan tidak dapat dibaca.');
    const gains = new Map(computed.participants.map((p) => [p.participantId, p]));
    const visible = registered.filter((r) => access.readsParticipant(r));
    const { state } = ctx.session;
    const result: TrainingScores = {
      sessionId: ctx.session.id,
      state,
      stateLabel: SESSION_STATE_LABELS[state],
      testedAspects: tested.map((aspect) => ({ aspect, label: ASPECT_LABELS[aspect] })),
      rows: visible.map((r) => ({
        registrationId: r.id,
        code: registrationCode(r.seq),
        name: r.name,
        aspects: tested.map((aspect) => aspectScoreView(aspect, gains.get(r.id)!.aspects[aspect]!)),
      })),
      hiddenCount: registered.length - visible.length,
      summary: summariseGains(computed.participants, tested).map(gainSummaryView),
      canManage: access.manage,
      canRecordPreTest: access.manage && stateRefusal(state, 'recordPreTest') === null,
      canRecordPostTest: access.manage && stateRefusal(state, 'recordPostTest') === null,
    };
    return result;
  }

  async function audit(
    orm: Orm,
    actor: Actor,
    ctx: SessionContext,
    action: string,
    after: Record<string, unknown>,
    at: Date,
  ) {
    await recordAudit(
      orm,
      actor,
      {
        action,
        resourceType: SESSION_RESOURCE,
        resourceId: ctx.session.id,
        regionCode: ctx.provider.seatRegionCode,
        before: null,
        after,
      },
      at,
    );
  }

  return {
    async scores(actorInput: Actor | null, sessionId: string): Promise<TrainingScores> {
      const ctx = await loadSessionContext(db.orm, sessionId);
      const records = await loadRegistrations(db.orm, sessionId);
      return view(db.orm, ctx, reader(actorInput), records);
    },

    /**
     * Records scores typed in by hand. A test key left out keeps what is stored; null or "" erases
     * it. All or nothing: 400 with every bad value (`scores[i].post.sikap`), 409 for a test the
     * session's state does not take.
     */
    async record(actorInput: Actor | null, sessionId: string, body: ScoresBody): Promise<TrainingScores> {
      const at = now();
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const ctx = await loadSessionContext(orm, sessionId, true);
        const actor = await manageAccess(orm, actorInput, ctx);
        const rows: ParticipantScores[] = body.scores.map((s) => ({
          participantId: s.registrationId,
          pre: (s.pre ?? {}) as ParticipantScores['pre'],
          post: (s.post ?? {}) as ParticipantScores['post'],
        }));
        requireTestsAllowed(
          ctx.session.state,
          {
            pre: rows.some((r) => Object.keys(r.pre).length > 0),
            post: rows.some((r) => Object.keys(r.post).length > 0),
          },
          'scores',
        );
        const tested = testedOf(ctx);
        const records = await loadRegistrations(orm, sessionId);
        const status = new Map(records.map((r) => [r.id, r.status]));
        const issues: FieldIssue[] = [];
        for (const [i, row] of rows.entries()) {
          const s = status.get(row.participantId);
          if (s === undefined) {
            issues.push({
              field: `scores[${i}].registrationId`,
              message: 'Peserta ini tidak terdaftar di angkatan ini.',
            });
          } else if (s !== 'terdaftar') {
            issues.push({
              field: `scores[${i}].registrationId`,
              message: `Nilai hanya dicatat untuk peserta terdaftar; status peserta ini ${REGISTRATION_STATUS_LABELS[s]}.`,
            });
          }
        }
        const computed = computeGains(rows, tested, 'scores');
        if (!computed.ok) {
          // The domain names a participant by `participantId`; here it is the registration.
          for (const issue of computed.issues)
            issues.push({ ...issue, field: issue.field.replace(/\.participantId$/, '.registrationId') });
        }
        for (const [i, row] of rows.entries()) {
          for (const test of ['pre', 'post'] as const) {
            for (const aspect of tested) {
              const parsed = parseScore(row[test][aspect], `scores[${i}].${test}.${aspect}`);
              if (parsed.ok && parsed.value !== null && !withinTwoDecimals(parsed.value)) {
                issues.push({ field: `scores[${i}].${test}.${aspect}`, message: TWO_DECIMALS });
              }
            }
          }
        }
        if (issues.length > 0) {
          throw new AppError(
            'invalid_input',
            `${issues.length} nilai tidak dapat dicatat; tidak ada yang disimpan.`,
            issues,
          );
        }
        const changes: ScoreChange[] = rows.flatMap((row) =>
          tested.map((aspect) => ({
            registrationId: row.participantId,
            aspect,
            ...(aspect in row.pre ? { pre: storedValue(row.pre[aspect]) } : {}),
            ...(aspect in row.post ? { post: storedValue(row.post[aspect]) } : {}),
          })),
        );
        await storeChanges(orm, changes, at);
        const cells = changes.flatMap((c) => [c.pre, c.post]).filter((v) => v !== undefined);
        await audit(
          orm,
          actor,
          ctx,
          'record_scores',
          {
            participants: rows.length,
            values: cells.filter((v) => v !== null).length,
            erased: cells.filter((v) => v === null).length,
            aspects: tested.filter((a) =>
              changes.some((c) => c.aspect === a && (c.pre !== undefined || c.post !== undefined)),
            ),
          },
          at,
        );
        return view(orm, ctx, actor, records);
      });
    },

    /** The XLSX template of the session's score sheet, for the provider's users. */
    async template(actorInput: Actor | null, sessionId: string): Promise<ExportFile> {
      const ctx = await loadSessionContext(db.orm, sessionId);
      const records = await loadRegistrations(db.orm, sessionId);
      const actor = reader(actorInput);
      await readAccess(db.orm, actor, ctx, records);
      const mine = providerIds(actor);
      if (mine !== 'all' && !mine.includes(ctx.provider.id))
        throw new AppError('forbidden', TEMPLATE_REFUSAL);
      const tested = testedOf(ctx);
      const registered = records.filter((r) => r.status === 'terdaftar');
      const stored = await storedScores(
        db.orm,
        registered.map((r) => r.id),
      );
      const body = await scoreTemplateXlsx({
        programmeTitle: ctx.programme.title,
        sessionLabel: ctx.session.label,
        testedAspects: tested,
        generatedAt: now(),
        rows: registered.map((r) => {
          const scores: Record<string, string> = {};
          for (const s of stored) {
            if (s.registrationId !== r.id) continue;
            for (const test of ['pre', 'post'] as const) {
              const value = s[test];
              const parsed = value === null ? null : parseDecimal(value);
              if (parsed) scores[`${test}:${s.aspect}`] = toExactDecimal(parsed)!;
            }
          }
          return { code: registrationCode(r.seq), name: r.name, desaName: r.desaName ?? r.desaCode, scores };
        }),
      });
      const name = [
        fileSlug(ctx.programme.title, { maxLength: 50 }),
        fileSlug(ctx.session.label, { maxLength: 30 }),
      ];
      return { fileName: `nilai-${name.join('-')}.xlsx`, contentType: CONTENT_TYPES.xlsx, body };
    },

    /**
     * Imports a filled score sheet (XLSX). Any bad row: 400 listing every problem with its line and
     * column, and nothing stored. Else every score cell is stored in one transaction (an empty cell
     * keeps the stored score) with one audit row.
     */
    async importSheet(
      actorInput: Actor | null,
      sessionId: string,
      fileName: string,
      bytes: Uint8Array,
    ): Promise<TrainingScoreImport> {
      // Who may not import is refused before the file is read.
      await manageAccess(db.orm, actorInput, await loadSessionContext(db.orm, sessionId));
      const cells = await readScoreWorkbook(fileName, bytes);
      const at = now();
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const ctx = await loadSessionContext(orm, sessionId, true);
        const actor = await manageAccess(orm, actorInput, ctx);
        const tested = testedOf(ctx);
        const records = await loadRegistrations(orm, sessionId);
        const registered = records.filter((r) => r.status === 'terdaftar');
        const idOfCode = new Map(registered.map((r) => [registrationCode(r.seq), r.id]));
        const sheet = readScoreSheet(cells, {
          testedAspects: tested,
          participants: registered.map((r) => ({ code: registrationCode(r.seq), name: r.name })),
        });
        const problems: ScoreSheetIssue[] = sheet.ok ? decimalIssues(cells, sheet.rows) : sheet.issues;
        if (!sheet.ok || problems.length > 0) {
          const lines = new Set(problems.map((p) => p.line)).size;
          throw new AppError(
            'invalid_input',
            `${fileName}: ${problems.length} masalah di ${lines} baris; tidak ada nilai yang disimpan. Perbaiki baris yang disebut, lalu unggah lagi.`,
            sheetFieldIssues(problems),
          );
        }
        const changes: ScoreChange[] = sheet.rows.flatMap((row) =>
          tested.map((aspect) => {
            const pre = row.pre[aspect];
            const post = row.post[aspect];
            return {
              registrationId: idOfCode.get(row.participantCode)!,
              aspect,
              ...(pre !== undefined && pre !== null ? { pre } : {}),
              ...(post !== undefined && post !== null ? { post } : {}),
            };
          }),
        );
        requireTestsAllowed(
          ctx.session.state,
          { pre: changes.some((c) => c.pre !== undefined), post: changes.some((c) => c.post !== undefined) },
          'file',
        );
        const values = changes.reduce(
          (n, c) => n + (c.pre !== undefined ? 1 : 0) + (c.post !== undefined ? 1 : 0),
          0,
        );
        const aspects = ASPECTS.filter((a) => sheet.columns.some((c) => c.aspect === a));
        if (values > 0) {
          await storeChanges(orm, changes, at);
          await audit(
            orm,
            actor,
            ctx,
            'import_scores',
            { fileName, rows: sheet.rows.length, values, aspects },
            at,
          );
        }
        return { imported: sheet.rows.length, values, aspects, missingCodes: sheet.missingCodes };
      });
    },
  };
}
export type ScoreService = ReturnType<typeof createScoreService>;

/** Scores of a good sheet with more than two decimals, with the line and column they are in. */
function decimalIssues(
  cells: readonly (readonly string[])[],
  rows: readonly {
    line: number;
    pre: Partial<Record<Aspect, string | null>>;
    post: Partial<Record<Aspect, string | null>>;
  }[],
): ScoreSheetIssue[] {
  const headerIndex = findScoreHeaderRow(cells);
  const header = cells[headerIndex] ?? [];
  const columnOf = new Map<string, number>();
  for (const [index, text] of header.entries()) {
    const column = scoreColumnOf(text);
    const key = column?.kind === 'score' ? `${column.test}:${column.aspect}` : null;
    if (key !== null && !columnOf.has(key)) columnOf.set(key, index);
  }
  const issues: ScoreSheetIssue[] = [];
  for (const row of rows) {
    for (const test of ['pre', 'post'] as ScoreTest[]) {
      for (const [aspect, value] of Object.entries(row[test])) {
        const parsed = value === null || value === undefined ? null : parseDecimal(value);
        if (parsed === null || withinTwoDecimals(parsed)) continue;
        const index = columnOf.get(`${test}:${aspect}`)!;
        issues.push({
          line: row.line,
          column: header[index]!.trim(),
          columnLetter: columnLetter(index),
          message: TWO_DECIMALS,
        });
      }
    }
  }
  return issues.sort((a, b) => a.line - b.line);
}
