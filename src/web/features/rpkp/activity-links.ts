/**
 * What an RPKP activity answers: the proposals (usulan musyawarah) chosen, funded or carried over
 * in the kawasan's musyawarah, and the weak IDM indicators of its desa. Options for the editor's
 * pickers, titles for the plan as read, and index indicator references in the plan's format
 * (`IDM:IKE.09`). Pure.
 */
import type { ProposalStatus, ProposalView, PublicMusyawarah } from '../../../contracts/musyawarah.contract';
import type { VillageIndicatorScore } from '../../../contracts/village-index-indicators.contract';
import type { ProposalKind } from '../../../domain/deliberation/proposal';

export interface LinkOption {
  value: string;
  label: string;
}

/** Proposals an activity can answer: the ones the musyawarah chose, funded or carried over. */
export const LINKABLE_PROPOSAL_STATUSES: readonly ProposalStatus[] = ['terpilih', 'didanai', 'dibawa'];

export interface ProposalLabels {
  kind: (kind: ProposalKind) => string;
  /** For a stored id that is not among the kawasan's proposals. */
  unknown: (id: string) => string;
}

/** `Gula kelapa · Produk unggulan kawasan · Tambakreja` (no desa for a kawasan-wide proposal). */
export function proposalLabel(p: Pick<ProposalView, 'title' | 'kind' | 'desaName'>, labels: ProposalLabels) {
  return [p.title, labels.kind(p.kind), p.desaName].filter(Boolean).join(' · ');
}

/**
 * The proposals to pick from: the linkable ones in the API's order (carried over first), then every
 * id already stored that is not among them — with its label when the proposal exists under another
 * status, as "unknown" otherwise — so that saving never drops a link.
 */
export function proposalOptions(
  proposals: readonly ProposalView[],
  selected: readonly string[],
  labels: ProposalLabels,
): LinkOption[] {
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const options = proposals
    .filter((p) => LINKABLE_PROPOSAL_STATUSES.includes(p.status))
    .map((p) => ({ value: p.id, label: proposalLabel(p, labels) }));
  const offered = new Set(options.map((o) => o.value));
  for (const id of new Set(selected)) {
    if (offered.has(id)) continue;
    const p = byId.get(id);
    options.push({ value: id, label: p ? proposalLabel(p, labels) : labels.unknown(id) });
    offered.add(id);
  }
  return options;
}

/** Titles by proposal id, from the kawasan's proposal list. */
export function proposalTitles(proposals: readonly Pick<ProposalView, 'id' | 'title'>[]) {
  return new Map(proposals.map((p) => [p.id, p.title]));
}

/** Titles by proposal id from what was published: every proposal ranked in a fixed musyawarah. */
export function publishedProposalTitles(items: readonly Pick<PublicMusyawarah, 'results'>[]) {
  const titles = new Map<string, string>();
  for (const m of items) {
    for (const r of m.results) for (const e of r.ranking) titles.set(e.proposalId, e.title);
  }
  return titles;
}

/**
 * What the plan shows of an activity's proposals: the titles known, in the stored order, and the
 * ids that could not be named.
 */
export function linkedProposals(ids: readonly string[], titles: ReadonlyMap<string, string>) {
  const named: { id: string; title: string }[] = [];
  const unnamed: string[] = [];
  for (const id of new Set(ids)) {
    const title = titles.get(id);
    if (title === undefined) unnamed.push(id);
    else named.push({ id, title });
  }
  return { named, unnamed };
}

const REF = /^(?:IDM\s*:\s*)?(IKS|IKE|IKL)\s*[._\-\s]?\s*(\d{1,2})(?:$|_)/i;

/** The plan's reference of an IDM indicator code: `IKE09_LEMBAGA_EKONOMI` → `IDM:IKE.09`; null if not one. */
export function indicatorRefOf(code: string): string | null {
  const m = REF.exec(code.trim());
  if (!m) return null;
  return `IDM:${m[1]!.toUpperCase()}.${m[2]!.padStart(2, '0')}`;
}

/** A typed reference, written the plan's way when it names an IDM indicator (`ike 9` → `IDM:IKE.09`); otherwise as typed, trimmed. */
export function normalizeIndicatorRef(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return indicatorRefOf(trimmed) ?? trimmed;
}

/** `IDM:IKE.09` → `IKE.09`, for short labels; other references stay as they are. */
export function shortIndicatorRef(ref: string): string {
  return ref.startsWith('IDM:') ? ref.slice(4) : ref;
}

/** The latest IDM indicator scores of one of the activity's desa. */
export interface DesaIndicatorScores {
  desaCode: string;
  desaName: string;
  year: number;
  indicators: readonly Pick<VillageIndicatorScore, 'code' | 'name' | 'score' | 'gain'>[];
}

export interface WeakIndicator {
  ref: string;
  name: string;
  /** The lowest score among the desa. */
  lowest: number;
  /** The largest rise of the IDM, among the desa, if it reached 5. */
  gain: number;
  /** Each desa's score below 5, lowest first. */
  scores: { desaCode: string; desaName: string; score: number }[];
}

/** Highest indicator score: an indicator at 5 has nothing left to answer. */
const FULL_SCORE = 5;

/**
 * The weakest indicators across the desa: lowest score first, then the one whose rise would lift
 * the IDM most, then by reference; only scores below 5, at most `limit`.
 */
export function weakestIndicators(desa: readonly DesaIndicatorScores[], limit = 10): WeakIndicator[] {
  const byRef = new Map<string, WeakIndicator>();
  for (const d of desa) {
    for (const i of d.indicators) {
      if (i.score >= FULL_SCORE) continue;
      const ref = indicatorRefOf(i.code);
      if (!ref) continue;
      const entry = byRef.get(ref) ?? { ref, name: i.name, lowest: i.score, gain: i.gain, scores: [] };
      entry.lowest = Math.min(entry.lowest, i.score);
      entry.gain = Math.max(entry.gain, i.gain);
      entry.scores.push({ desaCode: d.desaCode, desaName: d.desaName, score: i.score });
      byRef.set(ref, entry);
    }
  }
  const list = [...byRef.values()];
  for (const w of list) w.scores.sort((a, b) => a.score - b.score || a.desaName.localeCompare(b.desaName));
  list.sort((a, b) => a.lowest - b.lowest || b.gain - a.gain || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return list.slice(0, Math.max(0, limit));
}

/** Indicator names by reference, from every score fetched, to name a stored reference not among the weakest. */
export function indicatorNames(desa: readonly DesaIndicatorScores[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const d of desa) {
    for (const i of d.indicators) {
      const ref = indicatorRefOf(i.code);
      if (ref && !names.has(ref)) names.set(ref, i.name);
    }
  }
  return names;
}

export interface IndicatorLabels {
  /** A suggestion: reference, name and the desa's scores. */
  weak: (w: WeakIndicator) => string;
  /** A stored reference not suggested, with its name when one of the desa's scores names it. */
  other: (ref: string, name: string | undefined) => string;
}

/** The weakest indicators to pick from, then every reference already stored that is not among them. */
export function indicatorOptions(
  weak: readonly WeakIndicator[],
  selected: readonly string[],
  names: ReadonlyMap<string, string>,
  labels: IndicatorLabels,
): LinkOption[] {
  const options = weak.map((w) => ({ value: w.ref, label: labels.weak(w) }));
  const offered = new Set(options.map((o) => o.value));
  for (const ref of new Set(selected)) {
    if (offered.has(ref)) continue;
    options.push({ value: ref, label: labels.other(ref, names.get(ref)) });
    offered.add(ref);
  }
  return options;
}

/** The stored references with one more typed in (written the plan's way), unless empty or already there. */
export function addIndicatorRef(current: readonly string[], typed: string, max = 50): string[] {
  const ref = normalizeIndicatorRef(typed);
  if (ref === '' || current.includes(ref) || current.length >= max) return [...current];
  return [...current, ref];
}

/**
 * How the plan as read names an activity's proposals: the titles known, and whether that list is
 * the kawasan's whole list (an id not in it is unknown) or only what was published (the rest are
 * counted).
 */
export interface ProposalNames {
  titles: ReadonlyMap<string, string>;
  complete: boolean;
}
