/** Use-cases of the wilayah capability: national overview, a region with its chain, children, search. */
import type {
  ChildrenPage,
  NationalSummary,
  PageQuery,
  RegionDetail,
  SearchQuery,
  SearchResult,
} from '../../contracts/regions.contract.ts';
import type { Orm } from '../../db/client.ts';
import { AppError } from '../../domain/errors.ts';
import { ancestorCodes, parseRegionCode } from '../../domain/region-code.ts';
import { MIN_SEARCH_LENGTH, normalizeSearchText } from '../../domain/search-text.ts';
import { regionTypeOf, toRegionCounts, toRegionRef, toRegionSummary } from './region.presenter.ts';
import { createRegionRepository, type RegionRecord } from './region.repository.ts';

const ALL_PROVINCES = 100; // there are 38; the bound only protects the query

/** Canonical code from user input, or a 400 naming the field. */
function canonicalCode(input: string, field: string): string {
  const parsed = parseRegionCode(input);
  if (!parsed.ok) throw AppError.invalid(field, parsed.message);
  return parsed.value.code;
}

export function createRegionService(orm: Orm) {
  const repo = createRegionRepository(orm);

  async function requireRegion(input: string, field: string): Promise<RegionRecord> {
    const code = canonicalCode(input, field);
    const [found] = await repo.findByCodes([code]);
    if (!found) throw AppError.notFound(`Wilayah dengan kode ${input.trim()} tidak ditemukan.`);
    return found;
  }

  /** Ancestor rows of each record, keyed by code, fetched in one query. */
  async function ancestorsOf(records: readonly RegionRecord[]) {
    const codes = new Set(records.flatMap((r) => ancestorCodes(r.code)));
    const rows = await repo.findByCodes([...codes]);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return (r: RegionRecord) =>
      ancestorCodes(r.code)
        .map((c) => byCode.get(c))
        .filter((a): a is RegionRecord => a !== undefined)
        .map(toRegionRef);
  }

  return {
    /** All provinces with their counts, and the national totals. */
    async national(): Promise<NationalSummary> {
      const { items } = await repo.findChildren(null, 0, ALL_PROVINCES);
      const provinces = items.map(toRegionSummary);
      const counts = {
        provinces: provinces.length,
        ...toRegionCounts({
          regencyCount: 0,
          districtCount: 0,
          desaCount: 0,
          kelurahanCount: 0,
          desaAdatCount: 0,
        }),
      };
      for (const p of provinces) {
        for (const k of ['regencies', 'districts', 'villages', 'desa', 'kelurahan', 'desaAdat'] as const)
          counts[k] += p.counts[k];
      }
      return { provinces, counts };
    },

    /** One region by code (dotted or not) with its parent chain and counts. */
    async get(codeInput: string): Promise<RegionDetail> {
      const record = await requireRegion(codeInput, 'code');
      const ancestors = await ancestorsOf([record]);
      return { ...toRegionSummary(record), ancestors: ancestors(record) };
    },

    /** Direct children of a region, in code order, one page at a time. */
    async children(codeInput: string, page: PageQuery): Promise<ChildrenPage> {
      const parent = await requireRegion(codeInput, 'code');
      const { items, total } = await repo.findChildren(
        parent.code,
        (page.page - 1) * page.pageSize,
        page.pageSize,
      );
      return {
        parent: toRegionRef(parent),
        items: items.map(toRegionSummary),
        page: page.page,
        pageSize: page.pageSize,
        total,
      };
    },

    /** Villages by name, case- and accent-insensitive, ranked, optionally within a region. */
    async searchVillages(query: SearchQuery): Promise<SearchResult> {
      const text = normalizeSearchText(query.q);
      if (text.length < MIN_SEARCH_LENGTH) {
        throw AppError.invalid('q', `Ketik minimal ${MIN_SEARCH_LENGTH} huruf atau angka untuk mencari.`);
      }
      const within = query.within?.trim() ? await requireRegion(query.within, 'within') : null;
      const hits = await repo.searchVillages({ text, prefix: within?.code ?? null, limit: query.limit });
      const ancestors = await ancestorsOf(hits);
      return {
        query: query.q,
        within: within ? toRegionRef(within) : null,
        items: hits.map((h) => ({ ...toRegionRef(h), type: regionTypeOf(h), ancestors: ancestors(h) })),
      };
    },
  };
}
export type RegionService = ReturnType<typeof createRegionService>;
