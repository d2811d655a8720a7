/**
 * Realisation of a Dana Desa plan: the disbursement stages received (`pencairan`, stage 1–3) and the
 * money spent per category (`belanja`), with totals per stage and per category, and the year's rule
 * set run on the ACTUAL spending (one line per category, built from the spending rows) and stored
 * as a check with basis `realisasi`. Disbursed money may not exceed the pagu, spending may not
 * exceed what was disbursed (400 with the amounts). Each entry is audited in its transaction
 * (resource `dana_desa_plan`, the desa's code).
 */
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { RealisationBody, RealisationView } from '../../contracts/dana-desa.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import { danaDesaRealisation } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import {
  CATEGORY_CODES,
  categoryLabel,
  isCategoryCode,
  isConstructionCategory,
} from '../../domain/dana-desa/categories.ts';
import { mayKeepDanaDesaPlan } from '../../domain/dana-desa/dana-desa-access.ts';
import type { DanaDesaLine, DanaDesaPlan, PlanFacts } from '../../domain/dana-desa/plan.ts';
import { ruleSetFor } from '../../domain/dana-desa/rule-sets.ts';
import type { FieldIssue } from '../../domain/errors.ts';
import { formatRupiah, parseRupiah, rupiahToJson, sumRupiah } from '../../domain/money/rupiah.ts';
import { recordAudit } from '../access/audit.service.ts';
import { checkView, latestCheck, storeCheck } from './check.service.ts';
import { keptPlan, type LoadedPlan, PLAN_RESOURCE, readablePlan, signedIn } from './dana-desa-facts.ts';
import { invalid, loadLines } from './plan.service.ts';

export interface RealisationDeps {
  db: Database;
  now: () => Date;
}

type Row = typeof danaDesaRealisation.$inferSelect;

export const STAGES = [1, 2, 3] as const;
const KIND_LABELS = { pencairan: 'Pencairan', belanja: 'Belanja' } as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

async function loadRows(orm: Orm, planId: string): Promise<Row[]> {
  return orm
    .select()
    .from(danaDesaRealisation)
    .where(eq(danaDesaRealisation.planId, planId))
    .orderBy(asc(danaDesaRealisation.date), asc(danaDesaRealisation.createdAt), asc(danaDesaRealisation.id));
}

const sum = (rows: readonly Row[]) => sumRupiah(rows.map((r) => r.amount));

/** The actual spending as a plan of the year: one line per category, amounts and wages summed. */
export function actualPlan(loaded: LoadedPlan, rows: readonly Row[]): DanaDesaPlan {
  const byCategory = new Map<string, { amount: bigint; wages: bigint | null }>();
  for (const r of rows) {
    if (r.kind !== 'belanja' || !r.category) continue;
    const t = byCategory.get(r.category) ?? { amount: 0n, wages: null };
    t.amount += r.amount;
    if (r.wages !== null) t.wages = (t.wages ?? 0n) + r.wages;
    byCategory.set(r.category, t);
  }
  const lines: DanaDesaLine[] = [...byCategory]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([category, t]) => ({
      id: category,
      category,
      activity: `Belanja ${categoryLabel(category)}`,
      amount: t.amount,
      ...(t.wages === null ? {} : { wages: t.wages }),
    }));
  return {
    fiscalYear: loaded.plan.fiscalYear,
    pagu: loaded.plan.pagu,
    facts: loaded.plan.facts as PlanFacts,
    lines,
  };
}

async function realisationView(orm: Orm, actor: Actor, loaded: LoadedPlan): Promise<RealisationView> {
  const { plan, desa } = loaded;
  const rows = await loadRows(orm, plan.id);
  const lines = await loadLines(orm, plan.id);
  const check = await latestCheck(orm, plan.id, 'realisasi');
  const disbursements = rows.filter((r) => r.kind === 'pencairan');
  const spending = rows.filter((r) => r.kind === 'belanja');
  const disbursed = sum(disbursements);
  const spent = sum(spending);
  const categories = new Set<string>([
    ...lines.map((l) => l.category),
    ...spending.flatMap((r) => (r.category ? [r.category] : [])),
  ]);
  const order = (c: string) => {
    const i = (CATEGORY_CODES as readonly string[]).indexOf(c);
    return i === -1 ? CATEGORY_CODES.length : i;
  };
  const found = ruleSetFor(plan.fiscalYear);
  return {
    planId: plan.id,
    desaCode: desa.desaCode,
    desaName: desa.desaName,
    fiscalYear: plan.fiscalYear,
    pagu: rupiahToJson(plan.pagu),
    disbursed: rupiahToJson(disbursed),
    spent: rupiahToJson(spent),
    unspent: rupiahToJson(disbursed - spent),
    stages: STAGES.map((stage) => ({
      stage,
      label: `Tahap ${stage}`,
      amount: rupiahToJson(sum(disbursements.filter((r) => r.stage === stage))),
    })),
    categories: [...categories]
      .sort((a, b) => order(a) - order(b))
      .map((category) => {
        const mine = spending.filter((r) => r.category === category);
        return {
          category,
          label: categoryLabel(category),
          planned: rupiahToJson(sumRupiah(lines.filter((l) => l.category === category).map((l) => l.amount))),
          spent: rupiahToJson(sum(mine)),
          wages: rupiahToJson(sumRupiah(mine.map((r) => r.wages ?? 0n))),
        };
      }),
    entries: rows.map((r) => ({
      id: r.id,
      kind: r.kind as 'pencairan' | 'belanja',
      kindLabel: KIND_LABELS[r.kind as 'pencairan' | 'belanja'],
      stage: r.stage,
      category: r.category,
      categoryLabel: r.category ? categoryLabel(r.category) : null,
      lineId: r.lineId,
      amount: rupiahToJson(r.amount),
      wages: r.wages === null ? null : rupiahToJson(r.wages),
      date: r.date,
      documentNumber: r.documentNumber,
      note: r.note,
    })),
    check: check ? checkView(check) : null,
    checkUnavailable: found.message,
    canEdit: mayKeepDanaDesaPlan(actor, desa.desaCode).allowed,
  };
}

export function createRealisationService({ db, now }: RealisationDeps) {
  return {
    async get(actorInput: Actor | null, planId: string): Promise<RealisationView> {
      const actor = signedIn(actorInput);
      return realisationView(db.orm, actor, await readablePlan(db.orm, actor, planId));
    },

    /** Records a disbursement or a spending; the actual spending is checked again and stored. */
    async record(actorInput: Actor | null, planId: string, body: RealisationBody): Promise<RealisationView> {
      const actor = signedIn(actorInput);
      const at = now();
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const loaded = await keptPlan(orm, actor, planId);
        const { plan } = loaded;
        const rows = await loadRows(orm, plan.id);
        const issues: FieldIssue[] = [];
        const amount = parseRupiah(body.amount, 'amount');
        if (!amount.ok) issues.push(amount.issue);
        else if (amount.value <= 0n)
          issues.push({ field: 'amount', message: 'Jumlah harus lebih dari nol.' });
        if (!validDate(body.date))
          issues.push({ field: 'date', message: 'Tanggal harus berbentuk TTTT-BB-HH, misalnya 2025-04-15.' });
        else if (Number(body.date.slice(0, 4)) !== plan.fiscalYear)
          issues.push({ field: 'date', message: `Tanggal harus dalam tahun anggaran ${plan.fiscalYear}.` });

        const disbursed = sum(rows.filter((r) => r.kind === 'pencairan'));
        const spent = sum(rows.filter((r) => r.kind === 'belanja'));
        let stage: number | null = null;
        let category: string | null = null;
        let lineId: string | null = null;
        let wages: bigint | null = null;

        if (body.kind === 'pencairan') {
          stage = body.stage;
          if (!(STAGES as readonly number[]).includes(stage)) {
            issues.push({ field: 'stage', message: 'Tahap pencairan Dana Desa adalah 1, 2 atau 3.' });
          } else if (rows.some((r) => r.kind === 'pencairan' && r.stage === stage)) {
            issues.push({ field: 'stage', message: `Pencairan tahap ${stage} sudah dicatat.` });
          } else if (stage > 1 && !rows.some((r) => r.kind === 'pencairan' && r.stage === stage! - 1)) {
            issues.push({ field: 'stage', message: `Catat dulu pencairan tahap ${stage - 1}.` });
          }
          if (amount.ok && disbursed + amount.value > plan.pagu) {
            issues.push({
              field: 'amount',
              message: `Jumlah pencairan ${formatRupiah(disbursed + amount.value)} akan melebihi pagu ${formatRupiah(plan.pagu)} sebesar ${formatRupiah(disbursed + amount.value - plan.pagu)}.`,
            });
          }
        } else {
          category = body.category.trim();
          const found = ruleSetFor(plan.fiscalYear);
          if (!isCategoryCode(category)) {
            issues.push({ field: 'category', message: `Kategori "${category}" tidak dikenal.` });
          } else if (found.ruleSet && !found.ruleSet.categories.includes(category)) {
            issues.push({
              field: 'category',
              message: `${categoryLabel(category)} tidak termasuk penggunaan Dana Desa tahun ${plan.fiscalYear}.`,
            });
          }
          if (body.lineId) {
            lineId = body.lineId.trim();
            const lines = await loadLines(orm, plan.id);
            const line = lines.find((l) => l.lineId === lineId);
            if (!line)
              issues.push({
                field: 'lineId',
                message: `Rencana tidak punya kegiatan dengan kode ${lineId}.`,
              });
            else if (line.category !== category)
              issues.push({
                field: 'lineId',
                message: `Kegiatan ${lineId} berkategori ${categoryLabel(line.category)}, bukan ${categoryLabel(category)}.`,
              });
          }
          if (body.wages !== null && body.wages !== undefined && body.wages !== '') {
            const parsed = parseRupiah(body.wages, 'wages');
            if (!parsed.ok) issues.push(parsed.issue);
            else if (!isConstructionCategory(category))
              issues.push({
                field: 'wages',
                message: `Upah hanya dicatat untuk kegiatan pembangunan, bukan ${categoryLabel(category)}.`,
              });
            else if (amount.ok && parsed.value > amount.value)
              issues.push({
                field: 'wages',
                message: `Upah ${formatRupiah(parsed.value)} melebihi jumlah belanja ${formatRupiah(amount.value)}.`,
              });
            else wages = parsed.value;
          }
          if (amount.ok && spent + amount.value > disbursed) {
            issues.push({
              field: 'amount',
              message: `Belanja ${formatRupiah(spent + amount.value)} akan melebihi dana yang sudah dicairkan ${formatRupiah(disbursed)} sebesar ${formatRupiah(spent + amount.value - disbursed)}.`,
            });
          }
        }
        if (issues.length > 0 || !amount.ok) throw invalid(issues);

        const id = randomUUID();
        const values = {
          id,
          planId: plan.id,
          kind: body.kind,
          stage,
          category,
          lineId,
          amount: amount.value,
          wages,
          date: body.date,
          documentNumber: (body.documentNumber ?? '').trim(),
          note: (body.note ?? '').trim(),
          createdAt: at,
        };
        await orm.insert(danaDesaRealisation).values(values);
        let checkSummary: Record<string, unknown> | null = null;
        if (body.kind === 'belanja') {
          const check = await storeCheck(
            orm,
            plan.id,
            'realisasi',
            actualPlan(loaded, [...rows, values]),
            at,
          );
          checkSummary = check.row
            ? { ruleSetVersion: check.row.ruleSetVersion, passed: check.row.passed, failed: check.row.failed }
            : { message: check.message };
        }
        await recordAudit(
          orm,
          actor,
          {
            action: body.kind === 'pencairan' ? 'disburse' : 'spend',
            resourceType: PLAN_RESOURCE,
            resourceId: plan.id,
            regionCode: loaded.desa.desaCode,
            before: null,
            after: {
              entryId: id,
              kind: body.kind,
              stage,
              category,
              lineId,
              amount: rupiahToJson(amount.value),
              wages: wages === null ? null : rupiahToJson(wages),
              date: body.date,
              documentNumber: values.documentNumber,
              ...(checkSummary ? { check: checkSummary } : {}),
            },
          },
          at,
        );
        return realisationView(orm, actor, loaded);
      });
    },
  };
}
export type RealisationService = ReturnType<typeof createRealisationService>;
