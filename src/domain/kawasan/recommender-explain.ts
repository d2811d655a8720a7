/**
 * The recommender's explanations in Indonesian: why these desa, who pulls whom, what was traded
 * off, and why a desa was left out. Kept apart from the algorithm so wording changes never touch it.
 */
import type { ScoreBreakdown } from './recommender-score.ts';

export type LeftOutReason =
  | 'invalid_code'
  | 'kelurahan'
  | 'taken'
  | 'isolated'
  | 'no_locomotive_reachable'
  | 'no_room'
  | 'not_needed';

const LEFT_OUT: Record<LeftOutReason, string> = {
  invalid_code: 'Kode bukan kode desa 10 digit yang sah.',
  kelurahan: 'Kelurahan bukan desa, sehingga tidak dapat menjadi anggota kawasan perdesaan.',
  taken: 'Sudah menjadi anggota kawasan aktif; satu desa hanya boleh berada di satu kawasan aktif.',
  isolated: 'Tidak punya tetangga yang dapat diajak membentuk kawasan.',
  no_locomotive_reachable:
    'Desa tertinggal tanpa desa Maju/Mandiri yang bebas dalam jangkauan ukuran kawasan; perlu penanganan di luar kawasan.',
  no_room:
    'Desa tertinggal yang penggerak di sekitarnya sudah dipakai usulan lain, atau wilayah bebas di sekitarnya terlalu kecil.',
  not_needed: 'Tidak diperlukan untuk menghubungkan desa tertinggal dengan desa penggerak.',
};

export function leftOutMessage(reason: LeftOutReason): string {
  return LEFT_OUT[reason];
}

/** Why no kawasan could be proposed at all. */
export function noProposalReason(lagging: number, locomotives: number): string {
  if (lagging === 0) {
    return 'Tidak ada desa Tertinggal atau Sangat Tertinggal di luar kawasan aktif: tidak ada desa yang perlu ditarik, sehingga tidak ada usulan kawasan.';
  }
  if (locomotives === 0) {
    return 'Tidak ada desa Maju atau Mandiri di luar kawasan aktif yang dapat menjadi penggerak, sehingga tidak ada usulan kawasan.';
  }
  return 'Desa tertinggal dan desa penggerak tidak dapat dihubungkan dalam satu wilayah bertetangga sesuai batas ukuran kawasan.';
}

export interface ProposalFacts {
  id: string;
  members: readonly string[];
  locomotives: readonly string[];
  lagging: readonly string[];
  pulls: readonly { locomotive: string; lagging: string; steps: number }[];
  score: ScoreBreakdown;
  tradeOffs: readonly string[];
  source: 'boundaries' | 'estimated';
  label: (code: string) => string;
  commodities: ReadonlyMap<string, ReadonlySet<string>>;
}

const decimal = (x: number): string => x.toFixed(2).replace('.', ',');

/** Sentences explaining one proposal. */
export function describeProposal(f: ProposalFacts): string[] {
  const list = (codes: readonly string[]) => codes.map(f.label).join(', ');
  const out: string[] = [
    `Usulan ${f.id}: ${f.members.length} desa bertetangga dengan ${f.locomotives.length} desa penggerak (Maju/Mandiri) dan ${f.lagging.length} desa tertinggal.`,
    `Penggerak: ${list(f.locomotives)}. Tertinggal: ${list(f.lagging)}.`,
  ];
  const others = f.members.filter((m) => !f.locomotives.includes(m) && !f.lagging.includes(m));
  if (others.length > 0) out.push(`Desa lain (penghubung atau pelengkap): ${list(others)}.`);
  const byLocomotive = new Map<string, string[]>();
  for (const p of f.pulls)
    byLocomotive.set(p.locomotive, [...(byLocomotive.get(p.locomotive) ?? []), p.lagging]);
  for (const [loco, pulled] of byLocomotive) out.push(`${f.label(loco)} menarik ${list(pulled)}.`);
  out.push(commoditySentence(f));
  out.push(
    `Skor: campuran ${decimal(f.score.mix)}, komoditas ${f.score.commodity === null ? 'tanpa data' : decimal(f.score.commodity)}, kekompakan ${decimal(f.score.compactness)}; total ${decimal(f.score.total)}.`,
  );
  out.push(
    f.source === 'boundaries'
      ? 'Ketetanggaan dari batas desa yang diimpor.'
      : 'Ketetanggaan masih perkiraan dari kecamatan dan jarak titik tengah desa, karena batas desa belum diimpor; periksa di lapangan.',
  );
  return [...out, ...f.tradeOffs];
}

function commoditySentence(f: ProposalFacts): string {
  const count = new Map<string, string[]>();
  for (const code of f.members) {
    for (const c of f.commodities.get(code) ?? []) count.set(c, [...(count.get(c) ?? []), code]);
  }
  const shared = [...count]
    .filter(([, codes]) => codes.length >= 2)
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  if (count.size === 0)
    return 'Data komoditas belum ada; pilihan berdasarkan status IDM dan bentuk wilayah saja.';
  if (shared.length === 0) return `Belum ada komoditas bersama (${[...count.keys()].sort().join(', ')}).`;
  return `Komoditas bersama: ${shared
    .slice(0, 3)
    .map(([c, codes]) => `${c} (${codes.length} desa)`)
    .join(', ')}.`;
}
