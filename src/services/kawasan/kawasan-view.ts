/** Views of a kawasan as the API sends them, assembled from a row and its related records. */
import { asc, eq } from 'drizzle-orm';
import type {
  Institution,
  KawasanDetail,
  KawasanDocument,
  KawasanSummary,
  KawasanTheme,
} from '../../contracts/kawasan.contract.ts';
import type { Orm } from '../../db/client.ts';
import { kawasanDocument, kawasanInstitution } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { actorPasses } from '../../domain/kawasan/kawasan-actor.ts';
import { actionsFrom, ruleFor } from '../../domain/kawasan/lifecycle.ts';
import { type DocumentKind, type DocumentMediaType, mayChange } from '../../domain/kawasan/registry.ts';
import { createRegionRepository } from '../regions/region.repository.ts';
import { createKawasanRepository, type KawasanRow } from './kawasan.repository.ts';
import { areaOf, kawasanActorOf } from './kawasan-access.ts';

type DocumentRecord = typeof kawasanDocument.$inferSelect;
type InstitutionRecord = typeof kawasanInstitution.$inferSelect;

export function documentView(d: DocumentRecord): KawasanDocument {
  return {
    id: d.id,
    kind: d.kind as DocumentKind,
    title: d.title,
    fileName: d.fileName,
    mediaType: d.mediaType as DocumentMediaType,
    bytes: d.bytes,
    sha256: d.sha256,
    public: d.public,
    uploadedAt: d.uploadedAt.toISOString(),
    uploadedBy: d.uploadedBy,
  };
}

export function institutionView(i: InstitutionRecord): Institution {
  return {
    kind: i.kind as Institution['kind'],
    name: i.name,
    decreeNumber: i.decreeNumber,
    decreeDate: i.decreeDate,
    decreeDocumentId: i.decreeDocumentId,
    notes: i.notes,
    members: i.members,
    updatedAt: i.updatedAt.toISOString(),
  };
}

export function createKawasanViews(orm: Orm) {
  const repo = createKawasanRepository(orm);
  const regions = createRegionRepository(orm);

  async function summaries(rows: readonly KawasanRow[]): Promise<KawasanSummary[]> {
    const themes = new Map((await repo.themes()).map((t) => [t.code, t]));
    const names = new Map(
      (await regions.findByCodes([...new Set(rows.map((r) => r.regionCode))])).map((r) => [r.code, r.name]),
    );
    return rows.map((r) => {
      const theme = r.themeCode ? themes.get(r.themeCode) : undefined;
      return {
        id: r.id,
        name: r.name,
        state: r.state,
        theme: theme ? themeView(theme) : null,
        regionCode: r.regionCode,
        regionName: names.get(r.regionCode) ?? r.regionCode,
        kabupatenCodes: r.kabupatenCodes,
        memberCount: r.memberCodes.length,
        commodities: r.commodities,
        updatedAt: r.updatedAt.toISOString(),
      };
    });
  }

  async function documents(id: string, onlyPublic: boolean): Promise<KawasanDocument[]> {
    const rows = await orm
      .select()
      .from(kawasanDocument)
      .where(eq(kawasanDocument.kawasanId, id))
      .orderBy(asc(kawasanDocument.uploadedAt), asc(kawasanDocument.id));
    return rows.filter((d) => !onlyPublic || d.public).map(documentView);
  }

  async function institutions(id: string): Promise<Institution[]> {
    const rows = await orm
      .select()
      .from(kawasanInstitution)
      .where(eq(kawasanInstitution.kawasanId, id))
      .orderBy(asc(kawasanInstitution.kind));
    return rows.map(institutionView);
  }

  return {
    summaries,
    documents,
    institutions,

    /** Everything about one kawasan, with what `actor` may do now. */
    async detail(actor: Actor, row: KawasanRow): Promise<KawasanDetail> {
      const who = kawasanActorOf(actor);
      const area = areaOf(row);
      const may = (change: Parameters<typeof mayChange>[0]) =>
        mayChange(change, row.state, who, row.id, area);
      const [[summary], members, docs, insts] = await Promise.all([
        summaries([row]),
        repo.memberViews(row.memberCodes),
        documents(row.id, false),
        institutions(row.id),
      ]);
      return {
        ...summary!,
        delineationNotes: row.delineationNotes,
        decree:
          row.skNumber && row.skDate
            ? { number: row.skNumber, date: row.skDate, documentId: row.skDocumentId }
            : null,
        members,
        institutions: insts,
        documents: docs,
        recommendationId: row.recommendationId,
        createdAt: row.createdAt.toISOString(),
        allowed: {
          actions: actionsFrom(row.state).filter((a) =>
            actorPasses(ruleFor(row.state, a)!.actor, who, row.id, area),
          ),
          editProfile: may('edit_profile'),
          editMembers: may('edit_members'),
          addDocuments: may('add_document'),
          manage: may('manage'),
        },
      };
    },
  };
}

export function themeView(t: { code: string; label: string; description: string | null }): KawasanTheme {
  return { code: t.code, label: t.label, description: t.description };
}
