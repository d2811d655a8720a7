/**
 * The unit usaha tab as values: units grouped by value-chain stage, the unit form (checked with
 * the domain's own rules before sending, so the messages are the server's), the supply-link form,
 * and where the server's field messages go.
 */
import type {
  BusinessLinkView,
  BusinessUnitView,
  CreateBusinessLinkBody,
  CreateBusinessUnitBody,
  UpdateBusinessUnitBody,
} from '../../../contracts/business.contract';
import { parseLink, parseUnit } from '../../../domain/enterprise/business-unit';
import { VALUE_CHAIN_STAGES, type ValueChainStage } from '../../../domain/enterprise/vocabulary';
import { type Issue, normalizeField, type SortedIssues, sortIssues } from '../pelatihan/pelatihan-forms';

export interface UnitValues {
  name: string;
  commodity: string;
  stage: string;
  status: string;
  description: string;
  /** A desa/kelurahan code as typed, dotted or not; empty for none. */
  desaCode: string;
  workers: number | string;
  womenWorkers: number | string;
  startedOn: string;
}

export const UNIT_FIELDS = [
  'name',
  'commodity',
  'stage',
  'status',
  'description',
  'desaCode',
  'workers',
  'womenWorkers',
  'startedOn',
] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

export function newUnitValues(stage: ValueChainStage | '' = ''): UnitValues {
  return {
    name: '',
    commodity: '',
    stage,
    status: 'berjalan',
    description: '',
    desaCode: '',
    workers: 0,
    womenWorkers: 0,
    startedOn: '',
  };
}

export function unitValues(unit: BusinessUnitView): UnitValues {
  return {
    name: unit.name,
    commodity: unit.commodity,
    stage: unit.stage,
    status: unit.status,
    description: unit.description,
    desaCode: unit.desa?.code ?? '',
    workers: unit.workers,
    womenWorkers: unit.womenWorkers,
    startedOn: unit.startedOn ?? '',
  };
}

/** A count field as a number: empty is 0, anything that is not a whole number stays as typed (NaN). */
function count(value: number | string): number {
  if (typeof value === 'number') return value;
  const text = value.trim();
  return text === '' ? 0 : Number(text);
}

function unitInput(values: UnitValues) {
  return {
    name: values.name,
    commodity: values.commodity,
    stage: values.stage,
    status: values.status,
    description: values.description,
    desaCode: values.desaCode.trim() === '' ? null : values.desaCode.trim(),
    workers: count(values.workers),
    womenWorkers: count(values.womenWorkers),
    startedOn: values.startedOn.trim() === '' ? null : values.startedOn.trim(),
  };
}

/** What the domain finds wrong with the form, by field (the first message of a field wins). */
export function unitFormIssues(values: UnitValues, today: string): Partial<Record<UnitField, string>> {
  const parsed = parseUnit(unitInput(values), today);
  const out: Partial<Record<UnitField, string>> = {};
  if (parsed.ok) return out;
  for (const issue of parsed.issues) {
    const field = issue.field as UnitField;
    out[field] ??= issue.message;
  }
  return out;
}

export function createUnitBody(values: UnitValues): CreateBusinessUnitBody {
  const input = unitInput(values);
  return { ...input, description: input.description.trim() };
}

export function updateUnitBody(values: UnitValues): UpdateBusinessUnitBody {
  return createUnitBody(values);
}

/** The server's messages of a unit form: on the fields named, the rest above the form. */
export function unitServerIssues(issues: readonly Issue[]): SortedIssues {
  return sortIssues(issues, (path) => {
    const head = normalizeField(path).split('.')[0] ?? '';
    return (UNIT_FIELDS as readonly string[]).includes(head) ? head : null;
  });
}

export interface StageGroup {
  stage: ValueChainStage;
  units: BusinessUnitView[];
  workers: number;
}

/** Units by stage, in chain order (hulu, tengah, hilir, jasa); each stage even when empty. */
export function unitsByStage(units: readonly BusinessUnitView[]): StageGroup[] {
  return VALUE_CHAIN_STAGES.map((stage) => {
    const list = units.filter((u) => u.stage === stage);
    return { stage, units: list, workers: list.reduce((sum, u) => sum + u.workers, 0) };
  });
}

/** The stages of the chain proper (hulu → tengah → hilir) that have no running unit. */
export function missingChainStages(units: readonly BusinessUnitView[]): ValueChainStage[] {
  return (['hulu', 'tengah', 'hilir'] as const).filter(
    (stage) => !units.some((u) => u.stage === stage && u.status === 'berjalan'),
  );
}

/* ——— Supply links ——— */

export interface LinkValues {
  /** The enterprise whose unit is supplied (this one by default). */
  buyerEnterpriseId: string;
  buyerUnitId: string;
  product: string;
  note: string;
}

export function newLinkValues(enterpriseId: string): LinkValues {
  return { buyerEnterpriseId: enterpriseId, buyerUnitId: '', product: '', note: '' };
}

export type LinkField = 'buyerUnitId' | 'product' | 'note';

/**
 * What is wrong with a link before it is sent: the domain's own check (not itself, a product, not
 * twice for the same product), and `buyerRequired` when no unit is picked yet.
 */
export function linkFormIssues(
  values: LinkValues,
  supplier: BusinessUnitView,
  buyer: { id: string; name: string; stage: string } | null,
  buyerRequired: string,
): Partial<Record<LinkField, string>> {
  const out: Partial<Record<LinkField, string>> = {};
  const existing = supplier.buyers.map((l) => ({ buyerUnitId: l.buyer.id, product: l.product }));
  const end = buyer ?? { id: '', name: '', stage: '' };
  const parsed = parseLink({ product: values.product, note: values.note }, supplier, end, existing);
  if (!parsed.ok) {
    for (const issue of parsed.issues) out[issue.field as LinkField] ??= issue.message;
  }
  if (buyer === null) out.buyerUnitId = buyerRequired;
  return out;
}

export function createLinkBody(values: LinkValues): CreateBusinessLinkBody {
  const note = values.note.trim();
  return {
    buyerUnitId: values.buyerUnitId,
    product: values.product.trim().replace(/\s+/g, ' '),
    ...(note === '' ? {} : { note }),
  };
}

export function linkServerIssues(issues: readonly Issue[]): SortedIssues {
  return sortIssues(issues, (path) => {
    const head = normalizeField(path).split('.')[0] ?? '';
    return head === 'buyerUnitId' || head === 'product' || head === 'note' ? head : null;
  });
}

/** A link as one line: "Kebun kopi Sukamaju → Rumah sangrai: biji kopi basah". */
export function linkLine(link: BusinessLinkView): string {
  return `${link.supplier.name} → ${link.buyer.name}: ${link.product}`;
}
