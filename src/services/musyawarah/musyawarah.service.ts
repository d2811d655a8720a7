/**
 * Musyawarah of a kawasan: the meeting record, its attendance list (entered from paper, in one go),
 * the published results of choices among proposals, and fixing the berita acara, which applies
 * the results to the proposals. Reading follows the kawasan's visibility (a musyawarah of a kawasan
 * one cannot see is not found); every change is checked by `domain/deliberation/musyawarah-access.ts`
 * and audited in its transaction. Nothing changes once the berita acara is fixed.
 */
import { randomUUID } from 'node:crypto';
import type {
  CreateMusyawarahBody,
  MusyawarahDetail,
  MusyawarahList,
  ParticipantsBody,
  PublicMusyawarahList,
  PublicResult,
  ResultBody,
  UpdateMusyawarahBody,
} from '../../contracts/musyawarah.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import type { StoredResult } from '../../db/deliberation-records.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { participantIssues } from '../../domain/deliberation/attendance.ts';
import { type Refusal, recordingRefusal } from '../../domain/deliberation/musyawarah-access.ts';
import {
  computeResult,
  OPEN_STATUSES,
  type ProposalStatus,
  type ResultProposal,
  resultOutcomes,
  voteAttendanceIssues,
} from '../../domain/deliberation/outcome.ts';
import type { ProposalKind } from '../../domain/deliberation/proposal.ts';
import { isDesaLevelKind, type MusyawarahKind } from '../../domain/deliberation/quorum.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { isPublicState } from '../../domain/kawasan/registry.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { type ExportFile, fileSlug } from '../export/table-export.ts';
import { type KawasanRow, loadKawasan } from '../kawasan/kawasan.repository.ts';
import { canSee, kawasanActorOf, reader, requireVisible, writer } from '../kawasan/kawasan-access.ts';
import { renderBeritaAcara } from './berita-acara-pdf.ts';
import { auditDeliberation } from './deliberation-audit.ts';
import {
  createMusyawarahRepository,
  loadMusyawarah,
  type MusyawarahRecord,
  type ParticipantRecord,
} from './musyawarah.repository.ts';
import {
  computedOf,
  createMusyawarahViews,
  fixIssues,
  meetingFields,
  participantOf,
  placeOf,
  publicResultView,
  quorumOf,
} from './musyawarah-view.ts';

export interface MusyawarahDeps {
  db: Database;
  now: () => Date;
}

/** A desa code as typed (dotted or not) in its canonical form; null for none. */
export function canonicalDesa(input: string | null | undefined): string | null {
  if (input === null || input === undefined || input.trim() === '') return null;
  const parsed = parseRegionCode(input);
  return parsed.ok ? parsed.value.code : input.trim();
}

export function refusalError(r: Refusal): AppError {
  return new AppError(r.code, r.message, r.field ? [{ field: r.field, message: r.message }] : []);
}

export function invalid(issues: FieldIssue[]): AppError {
  return new AppError('invalid_input', issues.map((i) => i.message).join(' '), issues);
}

/** What the audit keeps of a meeting (the attendance list only as counts: no names in the log). */
const fields = meetingFields;

function attendanceCounts(list: readonly Pick<ParticipantRecord, 'invited' | 'attended' | 'gender'>[]) {
  return {
    participants: list.length,
    invited: list.filter((p) => p.invited).length,
    attended: list.filter((p) => p.attended).length,
    women: list.filter((p) => p.attended && p.gender === 'perempuan').length,
  };
}

export function createMusyawarahService({ db, now }: MusyawarahDeps) {
  const views = createMusyawarahViews(db.orm);

  /** The meeting and its kawasan; 404 when the actor cannot see the kawasan. */
  async function meeting(orm: Orm, actor: Actor, id: string, lock = false) {
    const m = await loadMusyawarah(orm, id, lock);
    const k = await loadKawasan(orm, m.kawasanId);
    if (!canSee(actor, k)) throw AppError.notFound('Musyawarah tidak ditemukan.');
    return { m, k };
  }

  function requireRecording(actor: Actor, k: KawasanRow, m: MusyawarahRecord) {
    const refusal = recordingRefusal(kawasanActorOf(actor), placeOf(k), {
      kind: m.kind as MusyawarahKind,
      desaCode: m.desaCode,
      state: m.state as 'draf' | 'ditetapkan',
    });
    if (refusal) throw refusalError(refusal);
  }

  /** Loads, locks and checks a meeting for a change, inside `orm`'s transaction. */
  async function forChange(orm: Orm, actor: Actor, id: string) {
    const found = await meeting(orm, actor, id, true);
    requireRecording(actor, found.k, found.m);
    return found;
  }

  async function detail(actor: Actor, id: string): Promise<MusyawarahDetail> {
    const { m, k } = await meeting(db.orm, actor, id);
    return views.detail(actor, k, m);
  }

  return {
    detail: (actorInput: Actor | null, id: string) => detail(reader(actorInput), id),

    /** The berita acara as a PDF, for anyone who can see the kawasan (a draft is marked as such). */
    async beritaAcara(actorInput: Actor | null, id: string): Promise<ExportFile> {
      const d = await detail(reader(actorInput), id);
      return {
        fileName: `berita-acara-${fileSlug(d.title, { fallback: 'musyawarah', maxLength: 60 })}.pdf`,
        contentType: 'application/pdf',
        body: await renderBeritaAcara(d),
      };
    },

    /** Fixed musyawarah of a kawasan in a public state, for visitors: counts only, no names. */
    async publicList(kawasanId: string): Promise<PublicMusyawarahList> {
      const k = await loadKawasan(db.orm, kawasanId);
      if (!isPublicState(k.state)) throw AppError.notFound('Kawasan tidak ditemukan atau belum ditetapkan.');
      const rows = await createMusyawarahRepository(db.orm).listOf(kawasanId, true);
      return { items: await views.publicList(k, rows) };
    },

    /** One result of a fixed musyawarah of a public kawasan, with its inputs, so anyone can recompute it. */
    async publicResult(resultId: string): Promise<PublicResult> {
      const repo = createMusyawarahRepository(db.orm);
      const notFound = () => AppError.notFound('Hasil musyawarah tidak ditemukan atau belum ditetapkan.');
      const r = await repo.findResult(resultId);
      const m = r ? await repo.find(r.musyawarahId) : null;
      if (!r || !m || m.state !== 'ditetapkan') throw notFound();
      const k = await loadKawasan(db.orm, m.kawasanId);
      if (!isPublicState(k.state)) throw notFound();
      return {
        ...publicResultView(r),
        kawasanId: k.id,
        kawasanName: k.name,
        musyawarahTitle: m.title,
        heldOn: m.heldOn,
      };
    },

    async list(actorInput: Actor | null, kawasanId: string): Promise<MusyawarahList> {
      const actor = reader(actorInput);
      const k = await loadKawasan(db.orm, kawasanId);
      requireVisible(actor, k);
      const rows = await createMusyawarahRepository(db.orm).listOf(kawasanId);
      return { items: await views.summaries(k, rows) };
    },

    async create(
      actorInput: Actor | null,
      kawasanId: string,
      body: CreateMusyawarahBody,
    ): Promise<MusyawarahDetail> {
      const actor = writer(actorInput);
      const id = randomUUID();
      await db.transaction(async (tx) => {
        const k = await loadKawasan(tx.orm, kawasanId);
        requireVisible(actor, k);
        const desaCode = canonicalDesa(body.desaCode);
        const refusal = recordingRefusal(kawasanActorOf(actor), placeOf(k), { kind: body.kind, desaCode });
        if (refusal) throw refusalError(refusal);
        const at = now();
        const row: MusyawarahRecord = {
          id,
          kawasanId,
          kind: body.kind,
          title: body.title,
          desaCode,
          organiser: body.organiser,
          heldOn: body.heldOn,
          place: body.place,
          agenda: body.agenda,
          chair: body.chair ?? null,
          secretary: body.secretary ?? null,
          postponedThenContinued: false,
          decisions: [],
          notes: body.notes ?? null,
          state: 'draf',
          fixedAt: null,
          createdAt: at,
          updatedAt: at,
        };
        const repo = createMusyawarahRepository(tx.orm);
        await repo.insert(row);
        await auditDeliberation(
          tx.orm,
          actor,
          k,
          { type: 'musyawarah', id },
          'musyawarah.create',
          null,
          fields(row),
          at,
        );
      });
      return detail(actor, id);
    },

    async update(
      actorInput: Actor | null,
      id: string,
      body: UpdateMusyawarahBody,
    ): Promise<MusyawarahDetail> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const { m, k } = await forChange(tx.orm, actor, id);
        const repo = createMusyawarahRepository(tx.orm);
        if (body.decisions) {
          const resultIds = new Set((await repo.resultsOf([id])).get(id)!.map((r) => r.id));
          const issues = body.decisions.flatMap((d, i) =>
            d.resultId !== null && !resultIds.has(d.resultId)
              ? [
                  {
                    field: `decisions[${i}].resultId`,
                    message: 'Hasil yang dirujuk bukan hasil musyawarah ini.',
                  },
                ]
              : [],
          );
          if (issues.length > 0) throw invalid(issues);
        }
        const pick = <K extends keyof UpdateMusyawarahBody>(key: K) =>
          body[key] !== undefined ? { [key]: body[key] ?? null } : {};
        const next: MusyawarahRecord = {
          ...m,
          ...pick('title'),
          ...pick('organiser'),
          ...pick('heldOn'),
          ...pick('place'),
          ...pick('agenda'),
          ...pick('chair'),
          ...pick('secretary'),
          ...pick('notes'),
          ...pick('postponedThenContinued'),
          ...pick('decisions'),
          updatedAt: now(),
        } as MusyawarahRecord;
        const { id: _id, kawasanId: _k, createdAt: _c, ...values } = next;
        await repo.update(id, values);
        await auditDeliberation(
          tx.orm,
          actor,
          k,
          { type: 'musyawarah', id },
          'musyawarah.update',
          fields(m),
          fields(next),
          next.updatedAt,
        );
      });
      return detail(actor, id);
    },

    async setParticipants(
      actorInput: Actor | null,
      id: string,
      body: ParticipantsBody,
    ): Promise<MusyawarahDetail> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const { m, k } = await forChange(tx.orm, actor, id);
        const repo = createMusyawarahRepository(tx.orm);
        const before = (await repo.participantsOf([id])).get(id)!;
        const known = new Set(before.map((p) => p.id));
        const issues: FieldIssue[] = [];
        const rows: ParticipantRecord[] = body.participants.map((p, i) => {
          if (p.id !== undefined && !known.has(p.id)) {
            issues.push({
              field: `participants[${i}].id`,
              message: `Peserta ${p.id} tidak ada dalam daftar hadir musyawarah ini; baris baru tidak membawa kode.`,
            });
          }
          return {
            id: p.id ?? randomUUID(),
            musyawarahId: id,
            position: i + 1,
            name: p.name,
            gender: p.gender,
            youth: p.youth,
            poorOrMarginal: p.poorOrMarginal,
            disability: p.disability,
            element: p.element,
            desaCode: canonicalDesa(p.desaCode),
            affiliation: p.affiliation ?? null,
            invited: p.invited,
            attended: p.attended,
          };
        });
        const allowed = isDesaLevelKind(m.kind as MusyawarahKind) ? [m.desaCode!] : k.memberCodes;
        issues.push(...participantIssues(rows.map(participantOf), allowed));
        if (issues.length > 0) throw invalid(issues);
        // Results entered earlier must still agree with who attended.
        const attendedIds = rows.filter((r) => r.attended).map((r) => r.id);
        for (const r of (await repo.resultsOf([id])).get(id)!) {
          const vote = computedOf(r).inputs.vote;
          const stale = vote ? voteAttendanceIssues(vote, attendedIds) : [];
          if (stale.length > 0) {
            const message = `Hasil "${r.title}" memakai daftar hadir sebelumnya (${stale[0]!.message}) Hapus hasil itu lalu catat ulang setelah daftar hadir diperbaiki.`;
            throw new AppError('conflict', message, [{ field: 'participants', message }]);
          }
        }
        await repo.replaceParticipants(id, rows);
        const at = now();
        await repo.update(id, { updatedAt: at });
        await auditDeliberation(
          tx.orm,
          actor,
          k,
          { type: 'musyawarah', id },
          'musyawarah.participants',
          attendanceCounts(before),
          attendanceCounts(rows),
          at,
        );
      });
      return detail(actor, id);
    },

    async addResult(actorInput: Actor | null, id: string, body: ResultBody): Promise<MusyawarahDetail> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const { m, k } = await forChange(tx.orm, actor, id);
        const repo = createMusyawarahRepository(tx.orm);
        const found = new Map((await repo.proposalsByIds(body.proposalIds)).map((p) => [p.id, p]));
        const missing = body.proposalIds.flatMap((pid, i) =>
          found.get(pid)?.kawasanId === k.id
            ? []
            : [{ field: `proposalIds[${i}]`, message: `Usulan ${pid} tidak ditemukan di kawasan ini.` }],
        );
        if (missing.length > 0) throw invalid(missing);
        const proposals: ResultProposal[] = body.proposalIds.map((pid) => {
          const p = found.get(pid)!;
          return {
            id: p.id,
            title: p.title,
            kind: p.kind as ProposalKind,
            desaCode: p.desaCode,
            requestedBudget: p.requestedBudget === null ? null : p.requestedBudget.toString(),
            status: p.status as ProposalStatus,
            history: p.history,
          };
        });
        const participants = (await repo.participantsOf([id])).get(id)!;
        const outcome = computeResult({
          subject: body.subject,
          cycleYear: body.cycleYear,
          method: body.method,
          proposals,
          criteria: body.criteria,
          scores: body.scores,
          vote: body.vote,
          chosenCount: body.chosenCount,
          funding: body.funding,
          attendedIds: participants.filter((p) => p.attended).map((p) => p.id),
        });
        if (!outcome.ok) throw invalid(outcome.issues);
        const rid = randomUUID();
        const at = now();
        await repo.insertResult({
          id: rid,
          musyawarahId: id,
          subject: body.subject,
          title: body.title,
          method: body.method,
          cycleYear: body.cycleYear,
          result: outcome.result as unknown as StoredResult,
          createdAt: at,
        });
        await repo.update(id, { updatedAt: at });
        await auditDeliberation(
          tx.orm,
          actor,
          k,
          { type: 'musyawarah', id },
          'musyawarah.result.add',
          null,
          {
            resultId: rid,
            title: body.title,
            method: body.method,
            cycleYear: body.cycleYear,
            proposalIds: body.proposalIds,
            chosenProposalIds: outcome.result.chosenProposalIds,
            meetingState: m.state,
          },
          at,
        );
      });
      return detail(actor, id);
    },

    async deleteResult(actorInput: Actor | null, id: string, resultId: string): Promise<MusyawarahDetail> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const { m, k } = await forChange(tx.orm, actor, id);
        const repo = createMusyawarahRepository(tx.orm);
        const r = await repo.findResult(resultId);
        if (!r || r.musyawarahId !== id) throw AppError.notFound('Hasil musyawarah tidak ditemukan.');
        await repo.deleteResult(resultId);
        const at = now();
        // A decision resting on the removed result keeps its words, without the reference.
        const decisions = m.decisions.map((d) => (d.resultId === resultId ? { ...d, resultId: null } : d));
        await repo.update(id, { decisions, updatedAt: at });
        await auditDeliberation(
          tx.orm,
          actor,
          k,
          { type: 'musyawarah', id },
          'musyawarah.result.delete',
          { resultId, title: r.title, method: r.method },
          null,
          at,
        );
      });
      return detail(actor, id);
    },

    /**
     * Fixes the berita acara: refused (409) while a 'wajib' quorum check fails or a vote lacks its
     * majority; otherwise applies every result to its proposals and closes the record.
     */
    async fix(actorInput: Actor | null, id: string): Promise<MusyawarahDetail> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const { m, k } = await forChange(tx.orm, actor, id);
        const repo = createMusyawarahRepository(tx.orm);
        const participants = (await repo.participantsOf([id])).get(id)!;
        const results = (await repo.resultsOf([id])).get(id)!;
        const quorum = quorumOf(m, k, participants);
        const names = await createMusyawarahViews(tx.orm).names(k.memberCodes);
        const blocking = fixIssues(m, quorum, results, names);
        if (blocking.length > 0) {
          throw new AppError(
            'conflict',
            `Berita acara belum dapat ditetapkan: ${blocking.map((i) => i.message).join(' ')}`,
            blocking,
          );
        }
        const at = now();
        for (const r of results) {
          const decisions = resultOutcomes(computedOf(r), id);
          const current = new Map(
            (
              await repo.proposalsByIds(
                decisions.map((d) => d.proposalId),
                true,
              )
            ).map((p) => [p.id, p]),
          );
          for (const d of decisions) {
            const p = current.get(d.proposalId);
            if (!p || p.kawasanId !== k.id) {
              const message = `Usulan dalam hasil "${r.title}" sudah tidak ada; hapus hasil itu lalu catat ulang.`;
              throw new AppError('conflict', message, [{ field: `results.${r.id}`, message }]);
            }
            if (!OPEN_STATUSES.includes(p.status as ProposalStatus)) {
              const message = `Usulan "${p.title}" dalam hasil "${r.title}" sudah diputuskan (${p.status}) oleh hasil lain; hapus hasil ini lalu catat ulang.`;
              throw new AppError('conflict', message, [{ field: `results.${r.id}`, message }]);
            }
            await repo.updateProposal(p.id, {
              status: d.outcome,
              decidedBy: r.id,
              history: d.history,
              updatedAt: at,
            });
            await auditDeliberation(
              tx.orm,
              actor,
              k,
              { type: 'proposal', id: p.id },
              'proposal.decide',
              { status: p.status, history: p.history },
              {
                status: d.outcome,
                history: d.history,
                decidedBy: r.id,
                musyawarahId: id,
                rank: d.rank,
                amount: d.amount,
              },
              at,
            );
          }
        }
        await repo.update(id, { state: 'ditetapkan', fixedAt: at, updatedAt: at });
        await auditDeliberation(
          tx.orm,
          actor,
          k,
          { type: 'musyawarah', id },
          'musyawarah.fix',
          { state: m.state },
          { state: 'ditetapkan', title: m.title, results: results.length, attended: quorum.summary.attended },
          at,
        );
      });
      return detail(actor, id);
    },
  };
}
export type MusyawarahService = ReturnType<typeof createMusyawarahService>;
