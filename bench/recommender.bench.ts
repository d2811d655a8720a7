/**
 * Kawasan formation recommender on real data: Kabupaten Tegal (281 desa, the Jawa Tengah
 * kabupaten nearest 300 desa that has lagging desa in IDM 2024) against its 1 s target, and all
 * 29 kabupaten of Jawa Tengah in turn against 20 s, each with its real boundary graph (computed
 * before timing; adjacency has its own row). Pure code, so it is measured once, not per engine.
 * Needs ../shared/data; reported as not run without it.
 * Run alone: `node --import tsx bench/recommender.bench.ts`.
 */
import { existsSync } from 'node:fs';
import { recommendKawasan } from '../src/domain/kawasan/recommender.ts';
import { contiguityOf, JAWA_TENGAH_DESA_FILE, readJawaTengah } from '../tests/data/jawa-tengah-kawasan.ts';
import { hasSharedData } from '../tests/data/shared-data.ts';
import { median, round, time } from './stats.ts';

export const ONE_KABUPATEN_TARGET_MS = 1_000;
export const PROVINCE_TARGET_MS = 20_000;
const KABUPATEN = '3328';
const SEED = 2024;

export interface RecommenderBenchResult {
  kabupaten: { code: string; name: string; desa: number; lagging: number; proposals: number; ms: number };
  province: { kabupaten: number; desa: number; lagging: number; proposals: number; ms: number };
}

/** Median of `runs` (at least 3) timings of the recommender, one kabupaten and the whole province. */
export async function benchRecommender(runs: number): Promise<RecommenderBenchResult | null> {
  if (!hasSharedData || !existsSync(JAWA_TENGAH_DESA_FILE)) return null;
  const data = await readJawaTengah();
  // Kota have only kelurahan, which take no part in kawasan perdesaan: the 29 kabupaten remain.
  const kabupaten = [...data.desaByKabupaten.keys()].filter((k) => k[2] !== '7').sort();
  const inputs = kabupaten.map((code) => ({
    code,
    desa: data.desaByKabupaten.get(code)!,
    graph: contiguityOf(data.features, code),
  }));
  const lagging = (desa: (typeof inputs)[number]['desa']) =>
    desa.filter((d) => d.status === 'tertinggal' || d.status === 'sangat_tertinggal').length;
  const one = inputs.find((i) => i.code === KABUPATEN)!;
  const oneTimes: number[] = [];
  const allTimes: number[] = [];
  let oneProposals = 0;
  let allProposals = 0;
  for (let r = 0; r < Math.max(runs, 3); r++) {
    oneTimes.push(
      await time(async () => {
        oneProposals = recommendKawasan({ desa: one.desa, graph: one.graph, options: { seed: SEED } })
          .proposals.length;
      }),
    );
    allTimes.push(
      await time(async () => {
        allProposals = 0;
        for (const i of inputs)
          allProposals += recommendKawasan({ desa: i.desa, graph: i.graph, options: { seed: SEED } })
            .proposals.length;
      }),
    );
  }
  return {
    kabupaten: {
      code: KABUPATEN,
      name: data.kabupatenNames.get(KABUPATEN) ?? KABUPATEN,
      desa: one.desa.length,
      lagging: lagging(one.desa),
      proposals: oneProposals,
      ms: median(oneTimes),
    },
    province: {
      kabupaten: inputs.length,
      desa: inputs.reduce((n, i) => n + i.desa.length, 0),
      lagging: inputs.reduce((n, i) => n + lagging(i.desa), 0),
      proposals: allProposals,
      ms: median(allTimes),
    },
  };
}

const mark = (ok: boolean) => (ok ? '✅' : '❌');

/** The recommender rows of the benchmark table (engine-independent). */
export function renderRecommenderMarkdown(result: RecommenderBenchResult | null): string {
  const lines = ['', '| kawasan recommender (pure, any engine) | value | target |', '|---|---|---|'];
  if (!result) {
    lines.push('| kawasan recommender on Jawa Tengah | not run: shared data missing | |');
    return `${lines.join('\n')}\n`;
  }
  const { kabupaten: k, province: p } = result;
  lines.push(
    `| one kabupaten: ${k.code} ${k.name}, ${k.desa} desa (${k.lagging} lagging), real boundary graph, ${k.proposals} proposals (ms) | ${round(k.ms)} | ≤ 1 s ${mark(k.ms <= ONE_KABUPATEN_TARGET_MS)} |`,
    `| all ${p.kabupaten} kabupaten of Jawa Tengah, ${p.desa.toLocaleString('en')} desa (${p.lagging} lagging), ${p.proposals} proposals (ms) | ${round(p.ms)} | ≤ 20 s ${mark(p.ms <= PROVINCE_TARGET_MS)} |`,
  );
  return `${lines.join('\n')}\n`;
}

if (process.argv[1]?.endsWith('recommender.bench.ts')) {
  process.stdout.write('kawasan recommender…\n');
  process.stdout.write(
    renderRecommenderMarkdown(await benchRecommender(Number(process.env.BENCH_IMPORT_RUNS ?? 3))),
  );
}
