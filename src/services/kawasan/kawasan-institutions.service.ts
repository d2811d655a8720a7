/**
 * The institutions of a kawasan: the TKPKP (coordination team: members, agency, role, decree) and
 * the BKAD (inter-village cooperation body: the joint village-head regulation, members,
 * management). One of each per kawasan, replaced as a whole and audited.
 */
import { and, eq } from 'drizzle-orm';
import type { Institution, InstitutionBody } from '../../contracts/kawasan.contract.ts';
import type { Orm } from '../../db/client.ts';
import type { InstitutionMemberRecord } from '../../db/kawasan-records.ts';
import { kawasan, kawasanDocument, kawasanInstitution } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import type { InstitutionKind } from '../../domain/kawasan/registry.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { type KawasanRow, loadKawasan } from './kawasan.repository.ts';
import type { KawasanDeps } from './kawasan.service.ts';
import { auditKawasan, requireChange, writer } from './kawasan-access.ts';
import { institutionView } from './kawasan-view.ts';

export function createKawasanInstitutionService({ db, now }: KawasanDeps) {
  async function current(orm: Orm, id: string, kind: InstitutionKind) {
    const [found] = await orm
      .select()
      .from(kawasanInstitution)
      .where(and(eq(kawasanInstitution.kawasanId, id), eq(kawasanInstitution.kind, kind)));
    return found ?? null;
  }

  /** BKAD members represent member desa: their codes must be members of this kawasan. */
  function checkMembers(row: KawasanRow, body: InstitutionBody): InstitutionMemberRecord[] {
    const issues: FieldIssue[] = [];
    const members = body.members.map((m, i) => {
      let desaCode: string | null = null;
      if (m.desaCode) {
        const parsed = parseRegionCode(m.desaCode);
        desaCode = parsed.ok ? parsed.value.code : m.desaCode;
        if (!row.memberCodes.includes(desaCode))
          issues.push({
            field: `members.${i}.desaCode`,
            message: `Desa ${m.desaCode} bukan anggota kawasan ini.`,
          });
      }
      return {
        name: m.name,
        agency: m.agency ?? null,
        position: m.position,
        desaCode,
        management: m.management,
      };
    });
    if (issues.length > 0) throw new AppError('invalid_input', issues[0]!.message, issues);
    return members;
  }

  const shown = (i: typeof kawasanInstitution.$inferSelect) => ({
    name: i.name,
    decreeNumber: i.decreeNumber,
    decreeDate: i.decreeDate,
    decreeDocument: i.decreeDocumentId,
    members: i.members.map((m) => `${m.name} (${m.position})`),
  });

  return {
    async put(
      actorInput: Actor | null,
      id: string,
      kind: InstitutionKind,
      body: InstitutionBody,
    ): Promise<Institution> {
      const actor = writer(actorInput);
      return db.transaction(async (tx) => {
        const row = await loadKawasan(tx.orm, id, true);
        requireChange(actor, row, 'manage');
        if (body.decreeDocumentId) {
          const [doc] = await tx.orm
            .select({ k: kawasanDocument.kawasanId })
            .from(kawasanDocument)
            .where(eq(kawasanDocument.id, body.decreeDocumentId));
          if (doc?.k !== id)
            throw AppError.invalid(
              'decreeDocumentId',
              'Dokumen dasar hukum tidak ditemukan di antara dokumen kawasan ini.',
            );
        }
        const before = await current(tx.orm, id, kind);
        const at = now();
        const next = {
          kawasanId: id,
          kind,
          name: body.name,
          decreeNumber: body.decreeNumber ?? null,
          decreeDate: body.decreeDate ?? null,
          decreeDocumentId: body.decreeDocumentId ?? null,
          notes: body.notes ?? null,
          members: checkMembers(row, body),
          updatedAt: at,
        };
        if (before)
          await tx.orm
            .update(kawasanInstitution)
            .set(next)
            .where(and(eq(kawasanInstitution.kawasanId, id), eq(kawasanInstitution.kind, kind)));
        else await tx.orm.insert(kawasanInstitution).values(next);
        await tx.orm.update(kawasan).set({ updatedAt: at }).where(eq(kawasan.id, id));
        // The kind is in the action (`kawasan.tkpkp.save`), since an update's diff leaves it out.
        await auditKawasan(
          tx.orm,
          actor,
          row,
          `kawasan.${kind}.save`,
          before ? shown(before) : null,
          shown(next),
          at,
        );
        return institutionView(next);
      });
    },

    async remove(actorInput: Actor | null, id: string, kind: InstitutionKind): Promise<void> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const row = await loadKawasan(tx.orm, id, true);
        requireChange(actor, row, 'manage');
        const before = await current(tx.orm, id, kind);
        if (!before) throw AppError.notFound(`Kawasan ini belum mempunyai ${kind.toUpperCase()}.`);
        const at = now();
        await tx.orm
          .delete(kawasanInstitution)
          .where(and(eq(kawasanInstitution.kawasanId, id), eq(kawasanInstitution.kind, kind)));
        await tx.orm.update(kawasan).set({ updatedAt: at }).where(eq(kawasan.id, id));
        await auditKawasan(tx.orm, actor, row, `kawasan.${kind}.remove`, shown(before), null, at);
      });
    },
  };
}
export type KawasanInstitutionService = ReturnType<typeof createKawasanInstitutionService>;
