/**
 * One RPKP version as a PDF to print, sign and file: the cover facts (kawasan, version, status,
 * period, adopting regulation), vision and strategies, budget roll-ups and progress on A4
 * portrait, then the programme and activity table on A4 landscape, and the convergence gaps and
 * overlaps (see ../export/pdf.ts for the page set-up and tables).
 */
import { formatProgress } from '../../domain/rpkp/budget.ts';
import {
  AGENCY_KIND_LABELS,
  type AgencyKind,
  FUNDING_SOURCE_LABELS,
  type FundingSource,
  formatRupiah,
  VALUE_CHAIN_STAGE_LABELS,
  type ValueChainStage,
} from '../../domain/rpkp/plan.ts';
import { PROGRESS_STATUS_LABELS } from '../../domain/rpkp/progress.ts';
import {
  contentWidth,
  heading,
  type PdfColumn,
  type PdfDoc,
  paragraph as pdfParagraph,
  renderPdf,
  table,
} from '../export/pdf.ts';
import type { RpkpExportData } from './rpkp-view.ts';

const MARGIN = 36;
const BORDER = '#9db8ab';
const HEADER_FILL = '#e7f5ef';

const rupiah = (text: string) => formatRupiah(BigInt(text));
const dateText = (d: Date) => d.toISOString().slice(0, 10);

/** A table in the export's colours; it continues on new pages with its header repeated. */
function drawTable(
  doc: PdfDoc,
  columns: readonly PdfColumn[],
  rows: readonly (readonly string[])[],
  fontSize = 8,
): void {
  table(doc, columns, rows, { fontSize, border: BORDER, headerFill: HEADER_FILL });
  doc.moveDown(0.8);
}

const paragraph = (doc: PdfDoc, text: string) => pdfParagraph(doc, text, { after: 0.5 });

const stageLabel = (s: string) => VALUE_CHAIN_STAGE_LABELS[s as ValueChainStage] ?? (s || '—');
const agencyLabel = (k: string) => AGENCY_KIND_LABELS[k as AgencyKind] ?? (k || '—');
const sourceLabel = (k: string) => FUNDING_SOURCE_LABELS[k as FundingSource] ?? (k || '—');

export function renderRpkpPdf(data: RpkpExportData): Promise<Buffer> {
  const info = {
    Title: `${data.title} (versi ${data.version})`,
    Subject: `RPKP ${data.kawasanName}`,
    Author: 'Kawasan',
  };
  return renderPdf({ margin: MARGIN, info }, (doc) => rpkpPdf(doc, data));
}

function rpkpPdf(doc: PdfDoc, data: RpkpExportData): void {
  const { plan, totals, progress } = data;
  const width = contentWidth(doc);

  // ——— Cover facts ———
  doc.font('Helvetica').fontSize(9).fillColor('#555555').text('Rencana Pembangunan Kawasan Perdesaan (RPKP)');
  doc.moveDown(0.3);
  doc.font('Helvetica-Bold').fontSize(16).fillColor('#000000').text(data.title, { width });
  doc.moveDown(0.3);
  const facts: [string, string][] = [
    ['Kawasan', data.kawasanName],
    ['Versi', `${data.version} (pengajuan ke-${data.submission})`],
    [
      'Status',
      `${data.stateLabel}${data.standing === 'berlaku' ? ' — berlaku' : data.standing === 'diganti' ? ' — diganti versi lebih baru' : ''}`,
    ],
    ['Periode', `${plan.period.startYear}–${plan.period.endYear}`],
    [
      'Ditetapkan dengan',
      data.regulation ? `${data.regulation.number}, tanggal ${data.regulation.date}` : 'Belum ditetapkan',
    ],
    ['Total anggaran', rupiah(totals.total)],
    ['Kemajuan (tertimbang anggaran)', progress.plan === null ? '—' : formatProgress(progress.plan)],
    ['Dicetak', dateText(data.generatedAt)],
  ];
  drawTable(
    doc,
    [
      { header: 'Keterangan', width: 170 },
      { header: 'Isi', width: width - 170 },
    ],
    facts,
    9,
  );
  if (data.issueCount > 0)
    paragraph(
      doc,
      `Catatan: isi RPKP ini masih memiliki ${data.issueCount} kekurangan yang harus dilengkapi sebelum diajukan.`,
    );

  heading(doc, 'Visi');
  paragraph(doc, plan.vision.trim() || '—');
  heading(doc, 'Strategi');
  if (plan.strategies.length === 0) paragraph(doc, '—');
  for (const s of plan.strategies) paragraph(doc, `${s.id}. ${s.text}`);

  // ——— Budget roll-ups ———
  heading(doc, 'Ringkasan anggaran');
  const programmeProgress = new Map(progress.byProgramme.map((p) => [p.programmeId, p.basisPoints]));
  drawTable(
    doc,
    [
      { header: 'Program', width: width - 220 },
      { header: 'Kegiatan', width: 50, align: 'right' },
      { header: 'Anggaran', width: 110, align: 'right' },
      { header: 'Kemajuan', width: 60, align: 'right' },
    ],
    [
      ...totals.byProgramme.map((l) => {
        const bp = programmeProgress.get(l.key);
        return [
          l.label,
          String(l.activityCount),
          rupiah(l.total),
          bp === null || bp === undefined ? '—' : formatProgress(bp),
        ];
      }),
      [
        'Jumlah',
        String(progress.activityCount),
        rupiah(totals.total),
        progress.plan === null ? '—' : formatProgress(progress.plan),
      ],
    ],
  );
  const rollUp = (title: string, lines: readonly { label: string; total: string; activityCount: number }[]) =>
    drawTable(
      doc,
      [
        { header: title, width: width - 160 },
        { header: 'Kegiatan', width: 50, align: 'right' },
        { header: 'Anggaran', width: 110, align: 'right' },
      ],
      lines.map((l) => [l.label, String(l.activityCount), rupiah(l.total)]),
    );
  rollUp('Tahun', totals.byYear);
  rollUp('Sumber dana', totals.bySource);
  rollUp('Jenis pelaksana', totals.byAgencyKind);
  rollUp('Tahap rantai nilai', totals.byStage);

  // ——— Programmes and activities, landscape ———
  doc.addPage({ size: 'A4', layout: 'landscape', margin: MARGIN });
  heading(doc, 'Program dan kegiatan');
  const rows: string[][] = [];
  let n = 0;
  for (const p of plan.programmes) {
    for (const a of p.activities) {
      const standing = progress.byActivity[a.id];
      rows.push([
        String(++n),
        `${a.name}\n(${a.id}; ${p.name})`,
        a.desaCodes.map((c) => data.desaNames.get(c) ?? c).join(', '),
        String(a.year),
        stageLabel(a.stage),
        a.sector,
        `${a.agencyName} (${agencyLabel(a.agencyKind)})`,
        sourceLabel(a.fundingSource),
        formatRupiah(a.budget),
        a.outputs.map((o) => `${o.name}: ${String(o.target).replace('.', ',')} ${o.unit}`).join('; '),
        standing
          ? `${PROGRESS_STATUS_LABELS[standing.status]} ${formatProgress(standing.progressBp)} (${standing.reportedOn})`
          : 'Belum dilaporkan',
      ]);
    }
  }
  drawTable(
    doc,
    [
      { header: 'No', width: 22, align: 'right' },
      { header: 'Kegiatan (kode; program)', width: 120 },
      { header: 'Lokasi desa', width: 70 },
      { header: 'Tahun', width: 32 },
      { header: 'Tahap', width: 58 },
      { header: 'Sektor', width: 52 },
      { header: 'Pelaksana', width: 96 },
      { header: 'Sumber dana', width: 58 },
      { header: 'Anggaran', width: 78, align: 'right' },
      { header: 'Keluaran (target)', width: 104 },
      { header: 'Kemajuan', width: 79 },
    ],
    rows,
    7,
  );

  // ——— Convergence ———
  const c = data.convergence;
  const names = new Map(c.activities.map((a) => [a.id, a.name]));
  heading(doc, 'Konvergensi');
  paragraph(
    doc,
    c.gaps.length === 0
      ? 'Setiap tahap rantai nilai memiliki kegiatan pada setiap tahun periode.'
      : `Tahap tanpa kegiatan: ${c.gaps.map((g) => `${stageLabel(g.stage)} ${g.year}`).join('; ')}.`,
  );
  if (c.overlaps.length > 0)
    paragraph(
      doc,
      `Kemungkinan tumpang tindih (periksa koordinasinya): ${c.overlaps
        .map(
          (o) =>
            `${o.year}, ${stageLabel(o.stage)}, ${o.sector}, desa ${data.desaNames.get(o.desaCode) ?? o.desaCode}: ` +
            `${o.activityIds.map((id) => names.get(id) ?? id).join(' / ')} (${o.agencyNames.join(', ')})`,
        )
        .join('; ')}.`,
    );
  if (c.outsidePeriod.length > 0)
    paragraph(
      doc,
      `Kegiatan di luar periode: ${c.outsidePeriod.map((id) => names.get(id) ?? id).join(', ')}.`,
    );
}
