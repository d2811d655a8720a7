/**
 * The berita acara (minutes) of a musyawarah as a PDF, A4, Helvetica: the header, kind, date,
 * place and organiser, the agenda, the attendance disaggregated, the quorum checks, the decisions,
 * each result with its method and ranking, the attendance list with a signature column (on as many
 * pages as it needs) and the signature block of the chair and the secretary.
 */
import type { MusyawarahDetail, MusyawarahResult } from '../../contracts/musyawarah.contract.ts';
import { FUNDING_RULE_LABELS } from '../../domain/deliberation/carry-over.ts';
import { RESULT_METHOD_LABELS } from '../../domain/deliberation/outcome.ts';
import { PROPOSAL_KIND_LABELS } from '../../domain/deliberation/proposal.ts';
import {
  GENDER_LABELS,
  MUSYAWARAH_KIND_LABELS,
  PARTICIPANT_ELEMENT_LABELS,
  percentText,
} from '../../domain/deliberation/quorum.ts';
import {
  type PdfColumn as Column,
  type PdfDoc as Doc,
  ensureRoom,
  MONTH_NAMES,
  paragraph,
  heading as pdfHeading,
  table as pdfTable,
  standardFontText as plain,
  renderPdf,
} from '../export/pdf.ts';

const MARGIN = 50;
const A4_WIDTH = 595.28;
const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN;

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** `2026-02-09` → `Senin, 9 Februari 2026`. */
export function tanggalIndonesia(isoDate: string, withDay = true): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  const text = `${d} ${MONTH_NAMES[m - 1]} ${y}`;
  return withDay ? `${day}, ${text}` : text;
}

/** Whole rupiah with dots: `150000000` → `Rp150.000.000`. */
export function rupiah(amount: string): string {
  return `Rp${amount.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

const OUTCOME_LABELS: Record<MusyawarahResult['ranking'][number]['outcome'], string> = {
  terpilih: 'Terpilih',
  didanai: 'Didanai',
  dibawa: 'Dibawa ke siklus berikutnya',
  tidak_terpilih: 'Tidak terpilih',
};

function heading(doc: Doc, text: string): void {
  pdfHeading(doc, text, { size: 11, before: 0.6, after: 0.25, keepWith: 40 });
}

/** A table of 9-point text; the header row is repeated on every new page. */
function table(
  doc: Doc,
  columns: readonly Column[],
  rows: readonly string[][],
  options: { rowMin?: number } = {},
) {
  ensureRoom(doc, 40);
  pdfTable(doc, columns, rows, { fontSize: 9, ...options });
  doc.font('Helvetica').fontSize(10);
  doc.moveDown(0.3);
}

function attendanceSection(doc: Doc, m: MusyawarahDetail): void {
  const s = m.summary;
  const share = (n: number) => (s.attended > 0 ? ` (${percentText(n, s.attended)})` : '');
  heading(doc, 'Kehadiran');
  table(
    doc,
    [
      { header: 'Uraian', width: 300 },
      { header: 'Jumlah', width: CONTENT_WIDTH - 300, align: 'right' },
    ],
    [
      ['Peserta yang diundang', String(s.invited)],
      ['Peserta yang hadir', String(s.attended)],
      ['Hadir dari undangan (dihitung untuk kuorum)', String(s.attendedInvited)],
      ['Hadir tanpa undangan', String(s.walkIns)],
      ['Perempuan yang hadir', `${s.women}${share(s.women)}`],
      ['Laki-laki yang hadir', `${s.men}${share(s.men)}`],
      ['Pemuda yang hadir', `${s.youth}${share(s.youth)}`],
      ['Warga miskin atau marginal yang hadir', `${s.poorOrMarginal}${share(s.poorOrMarginal)}`],
      ['Penyandang disabilitas yang hadir', `${s.disability}${share(s.disability)}`],
    ],
  );
  if (s.byElement.length > 0) {
    table(
      doc,
      [
        { header: 'Unsur', width: 300 },
        { header: 'Hadir', width: 97, align: 'right' },
        { header: 'Perempuan', width: CONTENT_WIDTH - 397, align: 'right' },
      ],
      s.byElement.map((e) => [PARTICIPANT_ELEMENT_LABELS[e.element], String(e.attended), String(e.women)]),
    );
  }
  if (s.byDesa.length > 0) {
    const names = new Map(m.memberDesa.map((d) => [d.code, d.name]));
    table(
      doc,
      [
        { header: 'Desa', width: 300 },
        { header: 'Hadir', width: 97, align: 'right' },
        { header: 'Perempuan', width: CONTENT_WIDTH - 397, align: 'right' },
      ],
      s.byDesa.map((d) => [
        `${names.get(d.desaCode) ?? d.desaCode} (${d.desaCode})`,
        String(d.attended),
        String(d.women),
      ]),
    );
  }
}

function quorumSection(doc: Doc, m: MusyawarahDetail): void {
  heading(doc, `Kuorum dan keterwakilan (aturan ${m.quorum.version})`);
  if (m.postponedThenContinued) {
    paragraph(
      doc,
      'Kuorum tidak tercapai pada saat pertama; musyawarah ditunda dan dilanjutkan dengan peserta yang hadir sesuai tata tertib.',
    );
    doc.moveDown(0.3);
  }
  table(
    doc,
    [
      { header: 'Pemeriksaan', width: 90 },
      { header: 'Sifat', width: 55 },
      { header: 'Hasil', width: 70 },
      { header: 'Keterangan', width: CONTENT_WIDTH - 215 },
    ],
    m.quorum.checks.map((c) => [c.code, c.severity, c.passed ? 'Terpenuhi' : 'Tidak terpenuhi', c.message]),
  );
  paragraph(
    doc,
    m.quorum.valid
      ? 'Semua syarat wajib terpenuhi: musyawarah sah.'
      : 'Belum semua syarat wajib terpenuhi: berita acara belum dapat ditetapkan.',
    { bold: true },
  );
}

function resultSection(doc: Doc, r: MusyawarahResult, index: number): void {
  heading(doc, `Hasil ${index + 1}: ${r.title}`);
  paragraph(
    doc,
    `Pilihan ${PROPOSAL_KIND_LABELS[r.subject].toLowerCase()} siklus ${r.cycleYear}, metode: ${RESULT_METHOD_LABELS[r.method]}.`,
  );
  if (r.funding) {
    paragraph(
      doc,
      `Anggaran tersedia ${rupiah(r.funding.availableBudget)}, didanai ${rupiah(r.funding.fundedTotal)}, sisa ${rupiah(r.funding.remainingBudget)}. Aturan: ${FUNDING_RULE_LABELS[r.funding.rule]}.`,
    );
  }
  if (r.voteMajority) paragraph(doc, `Suara terbanyak: ${r.voteMajority.message}`);
  doc.moveDown(0.3);
  const scored = r.ranking.some((e) => e.totalDecimal !== null);
  const voted = r.ranking.some((e) => e.votes !== null);
  const columns: Column[] = [
    { header: 'Peringkat', width: 55, align: 'center' },
    { header: 'Usulan', width: 0 },
    ...(scored ? [{ header: 'Nilai', width: 60, align: 'right' as const }] : []),
    ...(voted ? [{ header: 'Suara', width: 45, align: 'right' as const }] : []),
    { header: 'Keputusan', width: 105 },
  ];
  columns[1]!.width = CONTENT_WIDTH - columns.reduce((a, c) => a + c.width, 0);
  table(
    doc,
    columns,
    r.ranking.map((e) => [
      e.rank === null ? '-' : String(e.rank),
      `${e.title}${e.carriedOver ? ' (dibawa dari siklus sebelumnya)' : ''}`,
      ...(scored ? [e.totalDecimal ?? '-'] : []),
      ...(voted ? [e.votes === null ? '-' : String(e.votes)] : []),
      `${OUTCOME_LABELS[e.outcome]}${e.amount ? ` ${rupiah(e.amount)}` : ''}`,
    ]),
  );
}

function attendanceList(doc: Doc, m: MusyawarahDetail): void {
  doc.addPage();
  paragraph(doc, 'DAFTAR HADIR', { bold: true, size: 12 });
  paragraph(doc, `${m.title}, ${tanggalIndonesia(m.heldOn)}, ${m.place}`);
  doc.moveDown(0.5);
  const names = new Map(m.memberDesa.map((d) => [d.code, d.name]));
  table(
    doc,
    [
      { header: 'No', width: 25, align: 'right' },
      { header: 'Nama', width: 120 },
      { header: 'L/P', width: 25, align: 'center' },
      { header: 'Unsur / jabatan', width: 130 },
      { header: 'Desa', width: 80 },
      { header: 'Tanda tangan', width: CONTENT_WIDTH - 380 },
    ],
    m.participants.map((p, i) => [
      String(i + 1),
      p.name,
      p.gender === 'perempuan' ? 'P' : 'L',
      [PARTICIPANT_ELEMENT_LABELS[p.element], p.affiliation].filter(Boolean).join(' - '),
      p.desaCode ? (p.desaName ?? names.get(p.desaCode) ?? p.desaCode) : '-',
      p.attended ? (i % 2 === 0 ? `${i + 1}.` : `        ${i + 1}.`) : 'tidak hadir',
    ]),
    { rowMin: 14 },
  );
  paragraph(doc, `Keterangan: L = ${GENDER_LABELS.laki_laki}, P = ${GENDER_LABELS.perempuan}.`, { size: 8 });
}

function signatures(doc: Doc, m: MusyawarahDetail): void {
  ensureRoom(doc, 130);
  doc.moveDown(1);
  const y = doc.y;
  const half = CONTENT_WIDTH / 2;
  doc.font('Helvetica').fontSize(10);
  doc.text(`${m.place}, ${tanggalIndonesia(m.heldOn, false)}`, MARGIN + half, y, {
    width: half,
    align: 'center',
  });
  const top = doc.y + 6;
  doc.text('Pimpinan musyawarah', MARGIN, top, { width: half, align: 'center' });
  doc.text('Sekretaris / notulis', MARGIN + half, top, { width: half, align: 'center' });
  const line = top + 70;
  doc.text(`( ${plain(m.chair ?? '....................................')} )`, MARGIN, line, {
    width: half,
    align: 'center',
  });
  doc.text(`( ${plain(m.secretary ?? '....................................')} )`, MARGIN + half, line, {
    width: half,
    align: 'center',
  });
  doc.x = MARGIN;
}

/** The berita acara of `m` as PDF bytes. */
export function renderBeritaAcara(m: MusyawarahDetail): Promise<Buffer> {
  const info = {
    Title: `Berita Acara ${m.title}`,
    Subject: MUSYAWARAH_KIND_LABELS[m.kind],
    Creator: 'Kawasan',
  };
  return renderPdf({ margin: MARGIN, info }, (doc) => beritaAcara(doc, m));
}

/** The kawasan as named in running text: "Kawasan X", without doubling a name that already says so. */
export function kawasanTitle(name: string): string {
  return /^kawasan\b/i.test(name.trim()) ? name.trim() : `Kawasan ${name.trim()}`;
}

/** Who came, in one clause: "10 peserta (9 dari 9 undangan dan 1 tanpa undangan), 3 perempuan". */
export function attendanceClause(s: MusyawarahDetail['summary']): string {
  const walkIns = s.walkIns > 0 ? ` dan ${s.walkIns} tanpa undangan` : '';
  return `${s.attended} peserta (${s.attendedInvited} dari ${s.invited} undangan${walkIns}), ${s.women} perempuan`;
}

function beritaAcara(doc: Doc, m: MusyawarahDetail): void {
  const kind = MUSYAWARAH_KIND_LABELS[m.kind];
  const where = m.desaName ? `Desa ${m.desaName}, ` : '';
  const kawasan = kawasanTitle(m.kawasanName);
  doc.font('Helvetica-Bold').fontSize(14).text('BERITA ACARA', { align: 'center' });
  doc.fontSize(12).text(plain(kind.toUpperCase()), { align: 'center' });
  doc.font('Helvetica').fontSize(11).text(plain(m.title), { align: 'center' });
  doc.fontSize(10).text(plain(`${where}${kawasan}`), { align: 'center' });
  if (m.state === 'draf') {
    doc.moveDown(0.3).font('Helvetica-Bold').text('DRAF - belum ditetapkan', { align: 'center' });
  }
  doc.moveDown(1);
  paragraph(
    doc,
    `Pada hari ${tanggalIndonesia(m.heldOn)}, bertempat di ${m.place}, telah diselenggarakan ${kind.toLowerCase()} ${m.desaName ? `Desa ${m.desaName}` : kawasan} oleh ${m.organiser}, dihadiri ${attendanceClause(m.summary)}.`,
  );

  if (m.agenda.length > 0) {
    heading(doc, 'Acara');
    for (const [i, item] of m.agenda.entries()) paragraph(doc, `${i + 1}. ${item}`);
  }
  attendanceSection(doc, m);
  quorumSection(doc, m);
  heading(doc, 'Keputusan');
  if (m.decisions.length === 0) paragraph(doc, 'Belum ada keputusan yang dicatat.');
  for (const [i, d] of m.decisions.entries()) paragraph(doc, `${i + 1}. ${d.text}`);
  for (const [i, r] of m.results.entries()) resultSection(doc, r, i);
  if (m.notes) {
    heading(doc, 'Catatan');
    paragraph(doc, m.notes);
  }
  paragraph(
    doc,
    m.state === 'ditetapkan' && m.fixedAt
      ? `Berita acara ini ditetapkan pada ${tanggalIndonesia(m.fixedAt)}.`
      : 'Berita acara ini masih draf dan belum ditetapkan.',
    { size: 9 },
  );
  signatures(doc, m);
  attendanceList(doc, m);
  signatures(doc, m);
}
