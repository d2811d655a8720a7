/**
 * Certificates of completion (domain/training/certificate.ts): issued by the provider's users to
 * each eligible registration of a finished session (attendance completed, post-tests taken when
 * the programme requires them), each with a verification code drawn from the server's random
 * source (retried on the rare clash of codes); what the certificate states is copied at issue so
 * the paper and the verification page never drift from each other. A certificate prints as a PDF
 * for whoever may read the participant's details, is revoked by the provider with a public reason
 * and an internal note, and is verified publicly by its code (only what the paper states).
 * Every issue and revocation writes an audit row on the certificate, region = participant's desa.
 */
import { randomBytes as nodeRandomBytes, randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type {
  CertificateList,
  CertificateView,
  IssueCertificatesBody,
  IssueResult,
  RevokeBody,
  VerificationView,
} from '../../contracts/training-outcome.contract.ts';
import type { Orm } from '../../db/client.ts';
import { trainingCertificate, trainingParticipant, trainingRegistration } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import type { Aspect } from '../../domain/training/aspects.ts';
import {
  type CertificateRecord,
  CODE_RANDOM_BYTES,
  certificateCodeFromBytes,
  certificateEligibility,
  parseCertificateCode,
  REVOCATION_REASON_LABELS,
  type RevocationReason,
  revocationIssues,
  verificationOutcome,
} from '../../domain/training/certificate.ts';
import { stateRefusal } from '../../domain/training/lifecycle.ts';
import { mayManageProgramme, mayReadParticipant } from '../../domain/training/training-access.ts';
import { recordAudit } from '../access/audit.service.ts';
import type { ExportFile } from '../export/table-export.ts';
import { fileSlug } from '../export/table-export.ts';
import { writer } from '../kawasan/kawasan-access.ts';
import { renderCertificatePdf } from './certificate-pdf.ts';
import {
  invalid,
  kawasanOfDesa,
  loadSessionContext,
  participantFactsOf,
  REGISTRATION_NOT_FOUND,
  readableSession,
  refuseWrite,
  type SessionContext,
  scoresOf,
  sessionRegistrations,
  signedIn,
} from './outcome-facts.ts';
import { type OutcomeDeps, sessionHeader } from './outcome-view.ts';
import { SESSION_NOT_FOUND, sessionStateOf } from './training.repository.ts';

export const CERTIFICATE_NOT_FOUND = 'Sertifikat tidak ditemukan.';
/** Draws of a new code before giving up: a clash of 40 random bits is already improbable. */
const CODE_ATTEMPTS = 5;

export interface CertificateDeps extends OutcomeDeps {
  /** The random source of codes; tests replace it to force a clash. */
  randomBytes?: (size: number) => Uint8Array;
}

type CertificateRow = typeof trainingCertificate.$inferSelect;

/** The stored row as the domain's record. */
export function toCertificateRecord(row: CertificateRow): CertificateRecord {
  return {
    code: row.code,
    nameAsPrinted: row.nameAsPrinted,
    programmeTitle: row.programmeTitle,
    providerName: row.providerName,
    sessionLabel: row.sessionLabel,
    startDate: row.startDate,
    endDate: row.endDate,
    hours: row.hours,
    issuedOn: row.issuedOn,
    revocation:
      row.revokedOn === null
        ? null
        : {
            on: row.revokedOn,
            reason: row.revocationReason as RevocationReason,
            note: row.revocationNote ?? '',
          },
  };
}

export const certificatePdfPath = (id: string) => `/api/pelatihan/sertifikat/${id}.pdf`;
export const verificationPath = (code: string) => `/verifikasi/${code}`;

function certificateView(row: CertificateRow, canManage: boolean): CertificateView {
  const revoked = row.revokedOn !== null;
  const reason = row.revocationReason as RevocationReason | null;
  return {
    id: row.id,
    registrationId: row.registrationId,
    code: row.code,
    nameAsPrinted: row.nameAsPrinted,
    programmeTitle: row.programmeTitle,
    providerName: row.providerName,
    sessionLabel: row.sessionLabel,
    startDate: row.startDate,
    endDate: row.endDate,
    hours: row.hours,
    issuedOn: row.issuedOn,
    status: revoked ? 'dicabut' : 'berlaku',
    statusLabel: revoked ? `Dicabut pada ${row.revokedOn}` : 'Berlaku',
    revokedOn: row.revokedOn,
    revocationReason: reason,
    revocationReasonLabel: reason === null ? null : REVOCATION_REASON_LABELS[reason],
    revocationNote: canManage ? row.revocationNote : null,
    pdfPath: revoked ? null : certificatePdfPath(row.id),
    verificationPath: verificationPath(row.code),
    canManage,
  };
}

/** The certificate with the session it belongs to; 404 when missing. */
async function loadCertificate(
  orm: Orm,
  id: string,
  lock = false,
): Promise<{ row: CertificateRow; context: SessionContext; desaCode: string }> {
  const base = orm
    .select({
      certificate: trainingCertificate,
      sessionId: trainingRegistration.sessionId,
      desaCode: trainingParticipant.desaCode,
    })
    .from(trainingCertificate)
    .innerJoin(trainingRegistration, eq(trainingRegistration.id, trainingCertificate.registrationId))
    .innerJoin(trainingParticipant, eq(trainingParticipant.id, trainingRegistration.participantId))
    .where(eq(trainingCertificate.id, id));
  const [found] = lock ? await base.for('update', { of: trainingCertificate }) : await base;
  if (!found) throw AppError.notFound(CERTIFICATE_NOT_FOUND);
  return {
    row: found.certificate,
    context: await loadSessionContext(orm, found.sessionId),
    desaCode: found.desaCode,
  };
}

export function createCertificateService({ db, now, randomBytes = nodeRandomBytes }: CertificateDeps) {
  /** Inserts a certificate under a fresh code, drawing again while the code is taken. */
  async function insertWithFreshCode(
    orm: Orm,
    values: Omit<CertificateRow, 'code'>,
  ): Promise<CertificateRow> {
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const code = certificateCodeFromBytes(randomBytes(CODE_RANDOM_BYTES));
      const [row] = await orm
        .insert(trainingCertificate)
        .values({ ...values, code })
        .onConflictDoNothing({ target: trainingCertificate.code })
        .returning();
      if (row) return row;
    }
    throw new AppError('internal', 'Kode sertifikat yang unik tidak dapat dibuat; coba lagi.');
  }

  return {
    /** The certificates of a session; names only where the user may read the participant. */
    async list(actorInput: Actor | null, sessionId: string): Promise<CertificateList> {
      const actor = signedIn(actorInput);
      const context = await readableSession(db.orm, actor, sessionId);
      const rows = await db.orm
        .select({ certificate: trainingCertificate, desaCode: trainingParticipant.desaCode })
        .from(trainingCertificate)
        .innerJoin(trainingRegistration, eq(trainingRegistration.id, trainingCertificate.registrationId))
        .innerJoin(trainingParticipant, eq(trainingParticipant.id, trainingRegistration.participantId))
        .where(eq(trainingRegistration.sessionId, sessionId))
        .orderBy(trainingCertificate.nameAsPrinted, trainingCertificate.id);
      const kawasan = await kawasanOfDesa(
        db.orm,
        rows.map((r) => r.desaCode),
      );
      const canManage = mayManageProgramme(actor, context.provider.id).allowed;
      const items = rows
        .filter((r) => mayReadParticipant(actor, participantFactsOf(context.provider.id, r, kawasan)).allowed)
        .map((r) => certificateView(r.certificate, canManage));
      const revoked = rows.filter((r) => r.certificate.revokedOn !== null).length;
      return {
        session: sessionHeader(context),
        items,
        counts: { valid: rows.length - revoked, revoked },
        hidden: rows.length - items.length,
        canIssue: canManage && stateRefusal(sessionStateOf(context.session), 'issueCertificate') === null,
      };
    },

    /**
     * Issues a certificate to each eligible registration (all registered participants without a
     * valid certificate, or those named); the others are listed with every unmet condition.
     */
    async issue(
      actorInput: Actor | null,
      sessionId: string,
      body: IssueCertificatesBody,
    ): Promise<IssueResult> {
      const actor = writer(actorInput);
      const at = now();
      const today = facilitationToday(at);
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        // The session row locked: two requests never both find a registration without a certificate.
        const context = await loadSessionContext(orm, sessionId, true);
        const { session, programme, provider } = context;
        await refuseWrite(
          orm,
          actor,
          mayManageProgramme(actor, provider.id),
          programme.id,
          SESSION_NOT_FOUND,
        );
        const closed = stateRefusal(sessionStateOf(session), 'issueCertificate');
        if (closed !== null) throw new AppError('conflict', closed);
        const requested = body.registrationIds ? [...new Set(body.registrationIds)] : undefined;
        const all = await sessionRegistrations(orm, context, requested);
        // The certificates in force: a revoked one stays for verification and does not block a new one.
        const inForce =
          all.length === 0
            ? []
            : await orm
                .select()
                .from(trainingCertificate)
                .where(
                  and(
                    inArray(
                      trainingCertificate.registrationId,
                      all.map((r) => r.id),
                    ),
                    isNull(trainingCertificate.revokedOn),
                  ),
                );
        const byRegistration = new Map(inForce.map((c) => [c.registrationId, c]));
        const ineligible: IssueResult['ineligible'] = [];
        let alreadyHeld = 0;
        let candidates = all;
        if (requested) {
          const found = new Set(all.map((r) => r.id));
          for (const id of requested.filter((id) => !found.has(id))) {
            ineligible.push({
              registrationId: id,
              name: null,
              reasons: [{ field: 'registrationIds', message: REGISTRATION_NOT_FOUND }],
            });
          }
        } else {
          candidates = all.filter((r) => r.status === 'terdaftar');
          const held = candidates.filter((r) => byRegistration.has(r.id));
          alreadyHeld = held.length;
          candidates = candidates.filter((r) => !held.includes(r));
        }
        const tested = programme.testedAspects as Aspect[];
        const scores = await scoresOf(
          orm,
          candidates.map((r) => r.id),
        );
        const issued: CertificateView[] = [];
        for (const registration of candidates) {
          const held = byRegistration.get(registration.id);
          const post = scores.get(registration.id)?.post ?? {};
          const eligibility = certificateEligibility({
            sessionState: sessionStateOf(session),
            registrationStatus: registration.status,
            completed: registration.completion.completed,
            attendedPercentText: registration.completion.percentText,
            minAttendancePercent: programme.minAttendancePercent,
            requiresPostTest: programme.requiresPostTest,
            testedAspects: tested,
            postTestTaken: tested.filter((a) => post[a] !== null && post[a] !== undefined),
            alreadyIssued: held !== undefined,
          });
          const reasons: FieldIssue[] = eligibility.eligible ? [] : [...eligibility.reasons];
          if (reasons.length > 0) {
            ineligible.push({
              registrationId: registration.id,
              name: registration.participant.name,
              reasons,
            });
            continue;
          }
          const row = await insertWithFreshCode(orm, {
            id: randomUUID(),
            registrationId: registration.id,
            nameAsPrinted: registration.participant.name,
            programmeTitle: programme.title,
            providerName: provider.name,
            sessionLabel: session.label,
            startDate: session.startDate,
            endDate: session.endDate,
            hours: programme.curriculumHours,
            issuedOn: today,
            revokedOn: null,
            revocationReason: null,
            revocationNote: null,
            issuedBy: actor.kind === 'user' ? actor.userId : null,
            createdAt: at,
          });
          await recordAudit(
            orm,
            actor,
            {
              action: 'training.certificate.issue',
              resourceType: 'training_certificate',
              resourceId: row.id,
              regionCode: registration.participant.desaCode,
              before: null,
              after: { code: row.code, registrationId: row.registrationId, issuedOn: row.issuedOn },
            },
            at,
          );
          issued.push(certificateView(row, true));
        }
        return { issued, ineligible, alreadyHeld };
      });
    },

    /** The printable PDF of a valid certificate; 404 unless the user may read the participant. */
    async pdf(actorInput: Actor | null, certificateId: string, origin: string): Promise<ExportFile> {
      const actor = signedIn(actorInput);
      const { row, context, desaCode } = await loadCertificate(db.orm, certificateId);
      const kawasan = await kawasanOfDesa(db.orm, [desaCode]);
      if (!mayReadParticipant(actor, participantFactsOf(context.provider.id, { desaCode }, kawasan)).allowed)
        throw AppError.notFound(CERTIFICATE_NOT_FOUND);
      if (row.revokedOn !== null) {
        throw new AppError(
          'conflict',
          `Sertifikat ini sudah dicabut pada ${row.revokedOn}; tidak dapat dicetak.`,
        );
      }
      const { revocation: _none, ...printed } = toCertificateRecord(row);
      return {
        fileName: `sertifikat-${fileSlug(row.nameAsPrinted, { fallback: 'peserta', maxLength: 60 })}-${row.code}.pdf`,
        contentType: 'application/pdf',
        body: await renderCertificatePdf(printed, `${origin}${verificationPath(row.code)}`),
      };
    },

    /** Revokes a certificate (reason public, note internal); audited. */
    async revoke(
      actorInput: Actor | null,
      certificateId: string,
      body: RevokeBody,
    ): Promise<CertificateView> {
      const actor = writer(actorInput);
      const at = now();
      const today = facilitationToday(at);
      return db.transaction(async (tx) => {
        const { row, context, desaCode } = await loadCertificate(tx.orm, certificateId, true);
        await refuseWrite(
          tx.orm,
          actor,
          mayManageProgramme(actor, context.provider.id),
          context.programme.id,
          CERTIFICATE_NOT_FOUND,
        );
        const revocation = { on: today, reason: body.reason, note: body.note.trim() };
        const issues = revocationIssues(toCertificateRecord(row), revocation, today);
        if (issues.length > 0) {
          const stateIssue = issues.find((i) => i.field === 'code');
          if (stateIssue) throw new AppError('conflict', stateIssue.message, issues);
          throw invalid(issues);
        }
        const [updated] = await tx.orm
          .update(trainingCertificate)
          .set({
            revokedOn: revocation.on,
            revocationReason: revocation.reason,
            revocationNote: revocation.note,
          })
          .where(and(eq(trainingCertificate.id, row.id), isNull(trainingCertificate.revokedOn)))
          .returning();
        if (!updated) throw new AppError('conflict', 'Sertifikat ini baru saja dicabut.');
        await recordAudit(
          tx.orm,
          actor,
          {
            action: 'training.certificate.revoke',
            resourceType: 'training_certificate',
            resourceId: row.id,
            regionCode: desaCode,
            before: { revokedOn: null, revocationReason: null, revocationNote: null },
            after: {
              revokedOn: updated.revokedOn,
              revocationReason: updated.revocationReason,
              revocationNote: updated.revocationNote,
            },
          },
          at,
        );
        return certificateView(updated, true);
      });
    },

    /** Public verification of a code as typed (no sign-in): the domain's outcome. */
    async verify(input: string): Promise<VerificationView> {
      const parsed = parseCertificateCode(input);
      if (!parsed.ok) return verificationOutcome(parsed, null);
      const [row] = await db.orm
        .select()
        .from(trainingCertificate)
        .where(eq(trainingCertificate.code, parsed.code));
      return verificationOutcome(parsed, row ? toCertificateRecord(row) : null);
    },
  };
}
export type CertificateService = ReturnType<typeof createCertificateService>;
