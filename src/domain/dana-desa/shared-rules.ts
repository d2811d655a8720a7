/**
 * Rule data that several years share word for word: the PKTD wage share (SKB 4 Menteri, December
 * 2017, in force since 2018) and the report of uses outside the named priorities. Each year's file
 * places them with its own citation index.
 */
import type { InformationRule, Regulation, ShareRule } from './rule-set.ts';

export const SKB_PKTD: Regulation = {
  citation: 'SKB 4 Menteri 18 Desember 2017 (Padat Karya Tunai Desa)',
  title: 'Penggunaan Dana Desa untuk Padat Karya Tunai Desa',
  confidence: 'secondary',
  source:
    'https://www.scribd.com/document/435466777/PETUNJUK-TEKNIS-PENGGUNAAN-DANA-DESA-TAHUN-2018-UNTUK-PDAT-KARYA-TUNAI-pdf',
  moreSources: ['https://klampok.id/blog/2018/08/27/dana-desa-2018-untuk-program-padat-karya-tunai-pkt'],
  note: 'Angka 30% untuk upah disebut beberapa sumber sekunder yang sama isinya; teks SKB belum dibaca.',
};

/** Wages to local workers ≥ 30 % of the construction lines' total (not of the pagu). */
export function pktdWageRule(citation: number): ShareRule {
  return {
    id: 'upah-pktd-min',
    kind: 'condition',
    title: 'Upah warga paling sedikit 30% dari belanja pembangunan',
    subject: 'upah tenaga kerja warga desa',
    categories: ['padat_karya_tunai', 'infrastruktur_desa'],
    percent: '30',
    bound: 'at_least',
    base: 'construction_spending',
    measure: 'wages',
    citation,
    confidence: 'secondary',
    explanation:
      'Pembangunan dari Dana Desa dikerjakan sendiri oleh warga (swakelola), dan paling sedikit 30% dari ' +
      'biayanya dibayarkan sebagai upah kepada pekerja dari desa itu, supaya uangnya menjadi penghasilan warga.',
    uncertainty:
      'Angka 30% dari SKB 4 Menteri Desember 2017, dibaca dari beberapa sumber sekunder yang sama isinya.',
  };
}

/** How much is planned under `lainnya`, shown but not judged. */
export function outsidePrioritiesRule(
  citation: number,
  confidence: InformationRule['confidence'],
  uncertainty?: string,
): InformationRule {
  return {
    id: 'di-luar-prioritas',
    kind: 'information',
    title: 'Penggunaan di luar prioritas yang disebut',
    subject: 'penggunaan lain di luar prioritas',
    categories: ['lainnya'],
    base: 'pagu',
    measure: 'amount',
    citation,
    confidence,
    ...(uncertainty === undefined ? {} : { uncertainty }),
    explanation: 'Kegiatan yang tidak termasuk prioritas yang disebut dalam peraturan tahun ini.',
    note: 'Tidak dinilai lulus atau tidak lulus; pastikan kegiatan ini disepakati dalam musyawarah desa.',
  };
}
