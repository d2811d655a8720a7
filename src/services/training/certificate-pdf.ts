/**
 * A certificate of completion as a PDF, A4 landscape, Helvetica: the provider, the participant's
 * name as printed, the programme, the angkatan with its dates and JP, the date of issue, and the
 * verification code in large type with the address of the public verification page, so anyone
 * holding the paper can check it. It prints only what the certificate states (copied at issue).
 * Content streams are uncompressed, like the other PDF exports, so the text can be checked.
 */
import PDFDocument from 'pdfkit';
import type { CertificateRecord } from '../../domain/training/certificate.ts';
import { standardFontText as plain } from '../export/pdf.ts';
import { tanggalIndonesia } from '../musyawarah/berita-acara-pdf.ts';

/** A4 landscape, in points. */
const WIDTH = 841.89;
const HEIGHT = 595.28;
const MARGIN = 48;
const GREEN = '#1f5f46';
const GREY = '#4a4a4a';
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const MONO = 'Courier-Bold';

/** `2026-05-12`..`2026-05-14` → `12 Mei 2026 s.d. 14 Mei 2026`; one day → that day. */
export function periodText(startDate: string, endDate: string): string {
  const start = tanggalIndonesia(startDate, false);
  return startDate === endDate ? start : `${start} s.d. ${tanggalIndonesia(endDate, false)}`;
}

/** A smaller type for a longer text, so the page keeps its layout: `[maxLength, size]` pairs, then the rest. */
function fitSize(text: string, first: [number, number], second: [number, number], rest: number): number {
  const length = [...text].length;
  return length <= first[0] ? first[1] : length <= second[0] ? second[1] : rest;
}

export type PrintedCertificate = Omit<CertificateRecord, 'revocation'>;

/** The certificate as PDF bytes; `verificationUrl` is printed under the code. */
export function renderCertificatePdf(
  certificate: PrintedCertificate,
  verificationUrl: string,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    compress: false,
    info: {
      Title: plain(`Sertifikat ${certificate.programmeTitle} - ${certificate.nameAsPrinted}`),
      Author: plain(certificate.providerName),
      Subject: `Kode verifikasi ${certificate.code}`,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = WIDTH - 2 * MARGIN;
  const centred = (text: string, font: string, size: number, color = '#000000', gap = 0.3) => {
    doc
      .font(font)
      .fontSize(size)
      .fillColor(color)
      .text(plain(text), MARGIN, doc.y, { width, align: 'center' });
    doc.moveDown(gap);
  };

  // Frame: a thick and a thin line.
  doc
    .lineWidth(3)
    .strokeColor(GREEN)
    .rect(20, 20, WIDTH - 40, HEIGHT - 40)
    .stroke();
  doc
    .lineWidth(0.8)
    .rect(28, 28, WIDTH - 56, HEIGHT - 56)
    .stroke();

  doc.y = 58;
  centred(certificate.providerName.toUpperCase(), BOLD, 13, GREY, 1.2);
  centred('SERTIFIKAT', BOLD, 38, GREEN, 0.1);
  centred('Tanda Selesai Pelatihan', REGULAR, 14, GREY, 1.2);
  centred('diberikan kepada', REGULAR, 13, '#000000', 0.4);
  centred(
    certificate.nameAsPrinted,
    BOLD,
    fitSize(certificate.nameAsPrinted, [36, 28], [60, 22], 16),
    '#000000',
    0.6,
  );
  centred('yang telah menyelesaikan', REGULAR, 13, '#000000', 0.4);
  centred(
    certificate.programmeTitle,
    BOLD,
    fitSize(certificate.programmeTitle, [80, 18], [140, 15], 13),
    '#000000',
    0.5,
  );
  centred(
    `${certificate.sessionLabel}, ${periodText(certificate.startDate, certificate.endDate)}, ${certificate.hours} jam pelajaran (JP)`,
    REGULAR,
    12,
  );
  centred(`diselenggarakan oleh ${certificate.providerName}`, REGULAR, 12, '#000000', 0.2);
  centred(`Diterbitkan pada ${tanggalIndonesia(certificate.issuedOn, false)}`, REGULAR, 12);

  // The verification block at the foot of the page.
  const top = HEIGHT - 150;
  doc
    .lineWidth(0.5)
    .strokeColor(GREY)
    .moveTo(MARGIN + 150, top)
    .lineTo(WIDTH - MARGIN - 150, top)
    .stroke();
  doc.y = top + 10;
  centred('Kode verifikasi', REGULAR, 10, GREY, 0.2);
  centred(certificate.code, MONO, 26, '#000000', 0.3);
  centred('Periksa keaslian sertifikat ini di', REGULAR, 10, GREY, 0.1);
  centred(verificationUrl, BOLD, 11, GREEN, 0);

  doc.end();
  return done;
}
