/** The benchmark's markdown table, with each target next to its measurement. */
import { cpus, totalmem } from 'node:os';
import type { Engine } from '../src/db/client.ts';
import { recommenderServiceRows } from './recommender-service.bench.ts';
import type { EngineResult } from './run.ts';
import { round } from './stats.ts';

/** What every report starts with: when, on which machine, and which engine was left out. */
export interface ReportHeader {
  date: string;
  machine: { cpus: number; cpuModel?: string; memoryGb: number; node: string };
  notRun: string[];
}

/** The header of a report measured now, on this machine, on `engines`. */
export function reportHeader(engines: readonly Engine[]): ReportHeader {
  return {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    notRun: engines.includes('postgres') ? [] : ['postgres: TEST_DATABASE_URL not set'],
  };
}

/** The machine line of the markdown, e.g. "Machine: 2 × Intel…, 8 GB, Node v20.…". */
export function machineLine({ machine }: ReportHeader): string {
  return `Machine: ${machine.cpus} × ${machine.cpuModel ?? 'cpu'}, ${machine.memoryGb} GB, Node ${machine.node}.`;
}

interface Report extends ReportHeader {
  results: EngineResult[];
}

const mark = (ok: boolean) => (ok ? '✅' : '❌');

export function renderMarkdown(report: Report): string {
  const lines = [
    `# Kawasan benchmark — ${report.date}`,
    '',
    machineLine(report),
    ...report.notRun.map((n) => `Not run: ${n}.`),
    '',
    '| engine | measure | value | limit / baseline | ratio | target |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of report.results) {
    const i = r.import;
    const h = r.http;
    const e = r.engine;
    lines.push(
      `| ${e} | wilayah import end to end, ${i.rows.toLocaleString('en')} rows: read, validate, write (ms) | ${round(i.importMs, 0)} | raw COPY ${round(i.rawCopyMs, 0)} | ${round(i.ratio)}× | ≤ 2.5× ${mark(i.ratio <= 2.5)}, < 5 s ${mark(i.importMs < 5000)} |`,
      `| ${e} | wilayah import, database write phase (ms) | ${round(i.writeMs, 0)} | raw COPY ${round(i.rawCopyMs, 0)} | ${round(i.writeRatio)}× | ≤ 2.5× ${mark(i.writeRatio <= 2.5)} |`,
      `| ${e} | re-import, nothing changed (ms) | ${round(i.reimportUnchangedMs, 0)} | | | |`,
      `| ${e} | IDM 2024 import, ${r.idmImport.rows.toLocaleString('en')} rows, end to end (ms) | ${round(r.idmImport.importMs, 0)} | raw COPY ${round(r.idmImport.rawCopyMs, 0)} | ${round(r.idmImport.ratio)}× | ≤ ${e === 'pglite' ? '10' : '5'} s ${mark(r.idmImport.importMs <= (e === 'pglite' ? 10_000 : 5_000))} |`,
      `| ${e} | region by code, sequential (ms) | median ${round(h.regionByCode.medianMs)}, p95 ${round(h.regionByCode.p95Ms)} | | | p95 ≤ 5 ms ${e === 'postgres' ? mark(h.regionByCode.p95Ms <= 5) : '(PostgreSQL target)'} |`,
      `| ${e} | search, 3 letters nationwide (ms) | median ${round(h.search.medianMs)}, p95 ${round(h.search.p95Ms)} | | | p95 ≤ 30 ms ${mark(h.search.p95Ms <= 30)} |`,
      `| ${e} | hello-world /api/ping, 50 conns (req/s) | ${round(h.load.ping.reqPerSec, 0)} | | 1 | |`,
      `| ${e} | region by code, 50 conns (req/s) | ${round(h.load.regionByCode.reqPerSec, 0)} (p50 ${h.load.regionByCode.p50Ms} ms, p97.5 ${h.load.regionByCode.p97_5Ms} ms) | ping ${round(h.load.ping.reqPerSec, 0)} | ${round(h.load.regionByCode.reqPerSec / h.load.ping.reqPerSec)} | |`,
      `| ${e} | search, 50 conns (req/s) | ${round(h.load.search.reqPerSec, 0)} (p50 ${h.load.search.p50Ms} ms, p97.5 ${h.load.search.p97_5Ms} ms) | ping ${round(h.load.ping.reqPerSec, 0)} | ${round(h.load.search.reqPerSec / h.load.ping.reqPerSec)} | |`,
      `| ${e} | server RSS after import / after load (MB) | ${round(h.rssAfterImportMb, 0)} / ${round(h.rssAfterLoadMb, 0)} | | | ≤ 500 MB ${e === 'pglite' ? mark(Math.max(h.rssAfterImportMb, h.rssAfterLoadMb) <= 500) : ''} |`,
    );
    const errors = h.load.ping.errors + h.load.regionByCode.errors + h.load.search.errors;
    const non2xx = h.load.ping.non2xx + h.load.regionByCode.non2xx + h.load.search.non2xx;
    lines.push(
      `| ${e} | load errors / non-2xx | ${errors} / ${non2xx} | | | 0 ${mark(errors + non2xx === 0)} |`,
    );
    if (h.coldStartMs !== null) {
      lines.push(
        `| ${e} | cold start to first page (ms) | ${round(h.coldStartMs, 0)} | | | ≤ 10 s ${mark(h.coldStartMs <= 10_000)} |`,
      );
    }
    lines.push(...recommenderServiceRows(e, r.recommenderService));
  }
  return `${lines.join('\n')}\n`;
}
