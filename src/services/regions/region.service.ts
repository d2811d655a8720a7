/** Use-cases of the wilayah capability: national overview, a region with its chain, children, search. */
import type {
  ChildrenPage,
  NationalSummary,
  PageQuery,
  RegionCounts,
  RegionDetail,
  SearchQuery,
  SearchResult,
} from '../../contracts/regions.contract.ts';
import type { Orm } from '../../db/client.ts';
import { AppError } from '../../domain/errors.ts';
import { ancestorCodes, parseRegionCode } from '../../domain/region-code.ts';
import { MIN_SEARCH_LENGTH, normalizeSearchText } from '../../domain/search-text.ts';
import { regionTypeOf, toRegionRef, toRegionSummary } from './region.presenter.ts';
import { createRegionRepository, type RegionRecord } from './region.repository.ts';

const ALL_PROVINCES = 100; // there are 38; the bound only protects the query
const COUNT_KEYS = ['regencies', 'districts', 'villages', 'desa', 'kelurahan', 'desaAdat'] as const;

/** Canonical code from user input, or a 400 naming the field. */
function canonicalCode(input: string, field: string): string {
  const parsed = parseRegionCode(input);
  if (!parsed.ok) throw AppError.invalid(field, parsed.message);
  return parsed.value.code;
}

function notFound(input: string): AppError {
  return AppError.notFound(`Wilayah dengan kode ${input.trim()} tidak ditemukan.`);
}

/** The parent chain of `code` (province first) from already fetched rows. */
function chainOf(code: string, rows: ReadonlyMap<string, RegionRecord>) {
  return ancestorCodes(code).flatMap((c) => {
    const row = rows.get(c);
    return row ? [toRegionRef(row)] : [];
  });
}

export function createRegionService(orm: Orm) {
  const repo = createRegionRepository(orm);

  /** Rows by code, in one query. */
  async function lookup(codes: Iterable<string>): Promise<Map<string, RegionRecord>> {
    const rows = await repo.findByCodes([...new Set(codes)]);
    return new Map(rows.map((r) => [r.code, r]));
  }

  async function requireRegion(input: string, field: string): Promise<RegionRecord> {
    const code = canonicalCode(input, field);
    const found = (await lookup([code])).get(code);
    if (!found) throw notFound(input);
    return found;
  }

  return {
    /** All provinces with their counts, and the national totals. */
    async national(): Promise<NationalSummary> {
      const { items } = await repo.findChildren(null, 0, ALL_PROVINCES);
      const provinces = items.map(toRegionSummary);
      const counts = Object.fromEntries(
        COUNT_KEYS.map((k) => [k, provinces.reduce((sum, p) => sum + p.counts[k], 0)]),
      ) as RegionCounts;
      return { provinces, counts: { provinces: provinces.length, ...counts } };
    },

    /** One region by code (dotted or not) with its parent chain and counts. */
    async get(codeInput: string): Promise<RegionDetail> {
      const code = canonicalCode(codeInput, 'code');
      // The chain is known from the code itself: one query fetches the region and its ancestors.
      const rows = await lookup([code, ...ancestorCodes(code)]);
      const record = rows.get(code);
      if (!record) throw notFound(codeInput);
      return { ...toRegionSummary(record), ancestors: chainOf(code, rows) };
    },

    /** Direct children of a region, in code order, one page at a time. */
    async children(codeInput: string, page: PageQuery): Promise<ChildrenPage> {
      const parent = await requireRegion(codeInput, 'code');
      const offset = (page.page - 1) * page.pageSize;
      const { items, total } = await repo.findChildren(parent.code, offset, page.pageSize);
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
      const ancestors = await lookup(hits.flatMap((h) => ancestorCodes(h.code)));
      return {
        query: query.q,
        within: within ? toRegionRef(within) : null,
        items: hits.map((h) => ({
          ...toRegionRef(h),
          type: regionTypeOf(h),
          ancestors: chainOf(h.code, ancestors),
        })),
      };
    },
  };
}
export type RegionService = ReturnType<typeof createRegionService>;
