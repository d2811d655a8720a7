/**
 * The kawasan formation recommender as the API runs it, per engine: read the kabupaten's desa, their
 * latest IDM statuses, the adjacency stored by the boundary import and the active kawasan members,
 * run the recommender, store the run with its audit row. Kabupaten Tegal against its 1 s target
 * (median), and all 29 kabupaten of Jawa Tengah in turn against 20 s (one pass). Runs on the
 * database the boundaries benchmark leaves behind (the national region list, IDM 2024 and Jawa
 * Tengah's boundaries and adjacency); reported as not run without the shared boundary data.
 */
import { sql } from 'drizzle-orm';
import { type Database, type Engine, queryRows } from '../src/db/client.ts';
import { createKawasanService } from '../src/services/kawasan/kawasan.service.ts';
import { createKawasanRecommendationService } from '../src/services/kawasan/kawasan-recommendation.service.ts';
import { ONE_KABUPATEN_TARGET_MS, PROVINCE_TARGET_MS } from './recommender.bench.ts';
import { median, round, time } from './stats.ts';

const SYSTEM = { kind: 'system' as const, label: 'bench' };
const KABUPATEN = '3328';
const OPTIONS = { seed: 2024, minSize: 3, maxSize: 15 };

export interface RecommenderServiceBenchResult {
  kabupaten: {
    code: string;
    name: string;
    desa: number;
    indexYear: number | null;
    graphSource: 'boundaries' | 'estimated';
    proposals: number;
    runs: number;
    /** Median of `runs`. */
    ms: number;
  };
  /** One pass over every kabupaten of Jawa Tengah, in code order. */
  province: {
    kabupaten: number;
    desa: number;
    /** Kabupaten whose run used the stored adjacency (the others fell back to the estimate). */
    withBoundaries: number;
    proposals: number;
    ms: number;
  };
}

/** Median of `runs` recommender runs for Kabupaten Tegal, then one run for each kabupaten of Jawa Tengah. */
export async function benchRecommenderService(
  db: Database,
  runs: number,
): Promise<RecommenderServiceBenchResult> {
  const now = () => new Date();
  const service = createKawasanRecommendationService({ db, now }, createKawasanService({ db, now }));
  // Kota (3rd digit 7) have only kelurahan, which take no part in kawasan perdesaan.
  const kabupaten = await queryRows<{ code: string }>(
    db.orm,
    sql`select code from region where level = 2 and code like '33%' and substr(code, 3, 1) <> '7' order by code`,
  );
  if (!kabupaten.some((k) => k.code === KABUPATEN)) throw new Error(`region ${KABUPATEN} is missing`);

  const times: number[] = [];
  let one: Awaited<ReturnType<typeof service.run>> | undefined;
  for (let i = 0; i < Math.max(runs, 1); i++)
    times.push(
      await time(async () => {
        one = await service.run(SYSTEM, { kabupatenCode: KABUPATEN, ...OPTIONS });
      }),
    );
  if (!one) throw new Error('no recommender run');

  let desa = 0;
  let withBoundaries = 0;
  let proposals = 0;
  const provinceMs = await time(async () => {
    for (const { code } of kabupaten) {
      const run = await service.run(SYSTEM, { kabupatenCode: code, ...OPTIONS });
      desa += run.desaCount;
      proposals += run.proposals.length;
      if (run.graphSource === 'boundaries') withBoundaries++;
    }
  });
  return {
    kabupaten: {
      code: KABUPATEN,
      name: one.kabupatenName,
      desa: one.desaCount,
      indexYear: one.indexYear,
      graphSource: one.graphSource,
      proposals: one.proposals.length,
      runs: times.length,
      ms: median(times),
    },
    province: { kabupaten: kabupaten.length, desa, withBoundaries, proposals, ms: provinceMs },
  };
}

const mark = (ok: boolean) => (ok ? '✅' : '❌');

/** The recommender-service rows of one engine's section of the benchmark table. */
export function recommenderServiceRows(e: Engine, result: RecommenderServiceBenchResult | null): string[] {
  if (!result)
    return [
      `| ${e} | kawasan recommender through the service, Jawa Tengah | not run: shared boundary data missing | | | |`,
    ];
  const { kabupaten: k, province: p } = result;
  const graph = k.graphSource === 'boundaries' ? 'stored adjacency' : 'estimated contiguity';
  return [
    `| ${e} | kawasan recommender through the service, ${k.code} ${k.name}: ${k.desa} desa and kelurahan, IDM ${k.indexYear ?? '–'}, ${graph}, ${k.proposals} proposals; read, recommend, store with audit (ms, median of ${k.runs}) | ${round(k.ms, 0)} | | | ≤ 1 s ${mark(k.ms <= ONE_KABUPATEN_TARGET_MS)} |`,
    `| ${e} | kawasan recommender through the service, all ${p.kabupaten} kabupaten of Jawa Tengah in turn, ${p.desa.toLocaleString('en')} desa and kelurahan (${p.withBoundaries} with stored adjacency), ${p.proposals} proposals, one pass (ms) | ${round(p.ms, 0)} | | | ≤ 20 s ${mark(p.ms <= PROVINCE_TARGET_MS)} |`,
  ];
}
