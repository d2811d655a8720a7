import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_CATEGORY_LABELS,
  activityEntryIssues,
  downscaledSize,
  EVIDENCE_IMAGE_MAX_EDGE_PX,
  EVIDENCE_LIMIT_BYTES,
  EVIDENCE_MEDIA_TYPES,
  evidenceIssues,
  gpsIssues,
  INDONESIA_BOUNDS,
  MAX_EVIDENCE_PER_ENTRY,
  needsDownscale,
  PARTICIPANT_GROUP_LABELS,
  PARTICIPANT_GROUPS,
  participantIssues,
  TEXT_LIMITS,
  totalParticipants,
} from './activity-log.ts';
import { assignment, BYTES, context, entry, PLACE_B } from './testing.ts';

const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

describe('categories and groups', () => {
  it('has the seven kinds of assistance with Indonesian labels', () => {
    expect(ACTIVITY_CATEGORIES).toEqual([
      'dokumen_perencanaan',
      'tata_kelola_kelembagaan',
      'motivasi_kelompok',
      'membangun_komitmen',
      'pengembangan_kompetensi',
      'kewirausahaan',
      'penguatan_kelembagaan',
    ]);
    expect(ACTIVITY_CATEGORIES.map((c) => ACTIVITY_CATEGORY_LABELS[c])).toEqual([
      'Dokumen perencanaan',
      'Tata kelola kelembagaan',
      'Motivasi kelompok',
      'Membangun komitmen',
      'Pengembangan kompetensi',
      'Kewirausahaan',
      'Penguatan kelembagaan',
    ]);
  });

  it('labels every participant group, including village government, BPD, BUMDes, women, youth and farmers', () => {
    for (const g of ['pemerintah_desa', 'bpd', 'bum_desa', 'kelompok_perempuan', 'pemuda', 'kelompok_tani'])
      expect(PARTICIPANT_GROUPS).toContain(g);
    for (const g of PARTICIPANT_GROUPS) expect(PARTICIPANT_GROUP_LABELS[g].length).toBeGreaterThan(2);
  });
});

describe('activityEntryIssues', () => {
  it('accepts the fixture', () => {
    expect(activityEntryIssues(entry(), context())).toEqual([]);
  });

  it('accepts today and an entry without GPS, evidence or follow-up', () => {
    expect(
      activityEntryIssues(entry({ date: '2026-03-15', gps: null, evidence: [], followUp: '' }), context()),
    ).toEqual([]);
  });

  it('refuses a date after today', () => {
    expect(activityEntryIssues(entry({ date: '2026-03-16' }), context())).toEqual([
      {
        field: 'date',
        message:
          'Tanggal kegiatan (2026-03-16) tidak boleh setelah hari ini (2026-03-15); catat kegiatan yang sudah terlaksana.',
      },
    ]);
  });

  it('refuses a date before the assignment and a place not assigned', () => {
    const before = activityEntryIssues(entry({ date: '2025-12-31' }), context());
    expect(before).toEqual([
      {
        field: 'date',
        message: 'Tanggal 2025-12-31 sebelum awal penugasan Anda di desa 3322012001 (2026-01-01).',
      },
    ]);
    expect(fields(activityEntryIssues(entry({ place: PLACE_B }), context()))).toEqual(['place']);
    const ended = context({ assignments: [assignment({ to: '2026-02-28' })] });
    expect(activityEntryIssues(entry(), ended)[0]!.message).toMatch(
      /tidak ditugaskan.*2026-01-01 s\.d\. 2026-02-28/,
    );
  });

  it('refuses an unreal date', () => {
    expect(fields(activityEntryIssues(entry({ date: '2026-02-29' }), context()))).toEqual(['date']);
  });

  it('reports every problem with its field path, in form order', () => {
    const issues = activityEntryIssues(
      entry({
        category: 'rapat' as never,
        groups: ['bpd', 'bpd', 'arisan' as never],
        topic: ' ab ',
        activities: 'rapat',
        outputs: '',
        followUp: 'x'.repeat(2001),
        participants: { perempuan: -1, laki_laki: 2.5 },
        evidence: [
          { id: 'E-1', mediaType: 'image/jpeg' },
          { id: 'E-1', mediaType: 'image/jpeg' },
          { id: 'E-3', mediaType: 'image/gif' as never },
        ],
        gps: { lat: 110.42, lon: -7.38 },
      }),
      context(),
    );
    expect(fields(issues)).toEqual([
      'category',
      'groups[1]',
      'groups[2]',
      'topic',
      'activities',
      'outputs',
      'followUp',
      'participants.perempuan',
      'participants.laki_laki',
      'evidence[1]',
      'evidence[2].mediaType',
      'gps.lat',
      'gps.lon',
    ]);
    expect(issues.find((i) => i.field === 'followUp')!.message).toBe(
      'Tindak lanjut paling banyak 2000 karakter (sekarang 2001).',
    );
  });

  it('requires at least one group and limits the evidence count', () => {
    const many = Array.from({ length: MAX_EVIDENCE_PER_ENTRY + 1 }, (_, i) => ({
      id: `E-${i}`,
      mediaType: 'application/pdf' as const,
    }));
    expect(fields(activityEntryIssues(entry({ groups: [], evidence: many }), context()))).toEqual([
      'groups',
      'evidence',
    ]);
  });

  it('counts text length in characters, not bytes, after trimming', () => {
    const [, max] = TEXT_LIMITS.topic;
    expect(activityEntryIssues(entry({ topic: ` ${'é'.repeat(max)} ` }), context())).toEqual([]);
    expect(fields(activityEntryIssues(entry({ topic: '🌾'.repeat(max + 1) }), context()))).toEqual(['topic']);
  });
});

describe('participantIssues', () => {
  it('needs whole non-negative numbers and at least one person', () => {
    expect(participantIssues({ perempuan: 0, laki_laki: 1 })).toEqual([]);
    expect(participantIssues({ perempuan: 0, laki_laki: 0 })).toEqual([
      { field: 'participants', message: 'Jumlah peserta harus lebih dari nol.' },
    ]);
    expect(fields(participantIssues({ perempuan: Number.NaN, laki_laki: 100_001 }))).toEqual([
      'participants.perempuan',
      'participants.laki_laki',
    ]);
    expect(totalParticipants({ perempuan: 7, laki_laki: 12 })).toBe(19);
  });
});

describe('gpsIssues', () => {
  it.each([
    [{ lat: -7.3834, lon: 110.4213 }, []],
    [{ lat: 5.89, lon: 95.32 }, []], // Sabang
    [{ lat: -8.49, lon: 140.4 }, []], // Merauke
    [{ lat: -10.99, lon: 122.85 }, []], // Rote
    [{ lat: 1.29, lon: 103.85 }, []], // inside the box though not Indonesia: the box is approximate
    [{ lat: 13.75, lon: 100.5 }, ['gps.lat']],
    [{ lat: -7.38, lon: 151.2 }, ['gps.lon']],
    [{ lat: 91, lon: 110 }, ['gps.lat']],
    [{ lat: Number.NaN, lon: Number.POSITIVE_INFINITY }, ['gps.lat', 'gps.lon']],
  ])('%o → %o', (point, expected) => {
    expect(fields(gpsIssues(point))).toEqual(expected);
  });

  it('says the point is outside Indonesia and hints at swapped coordinates', () => {
    const [issue] = gpsIssues({ lat: 20, lon: 110.42 });
    expect(issue!.message).toBe(
      'Titik GPS berada di luar wilayah Indonesia: lintang 20 tidak di antara -11.5 dan 6.5. Periksa apakah lintang dan bujur tertukar.',
    );
    expect(gpsIssues({ lat: 110.42, lon: -7.38 })[0]!.message).toMatch(/antara -90 dan 90; .*tertukar/);
    expect(INDONESIA_BOUNDS.minLat).toBeLessThan(-11);
    expect(gpsIssues(null)).toEqual([]);
  });
});

describe('evidence files', () => {
  it('exports the limits', () => {
    expect(EVIDENCE_LIMIT_BYTES).toBe(10_485_760);
    expect(EVIDENCE_IMAGE_MAX_EDGE_PX).toBe(1600);
    expect(EVIDENCE_MEDIA_TYPES).toEqual(['image/jpeg', 'image/png', 'application/pdf']);
  });

  it('recognises JPEG, PNG and PDF by content', () => {
    expect(evidenceIssues('foto.JPG', BYTES.jpeg)).toEqual({
      ok: true,
      mediaType: 'image/jpeg',
      kind: 'foto',
    });
    expect(evidenceIssues('peta.png', BYTES.png)).toEqual({ ok: true, mediaType: 'image/png', kind: 'foto' });
    expect(evidenceIssues('notulen', BYTES.pdf)).toEqual({
      ok: true,
      mediaType: 'application/pdf',
      kind: 'dokumen',
    });
  });

  it('refuses empty, other types, renamed files and files over 10 MB', () => {
    const first = (r: ReturnType<typeof evidenceIssues>) => (r.ok ? null : r.issues[0]);
    expect(first(evidenceIssues('a.jpg', new Uint8Array()))).toEqual({
      field: 'body',
      message: 'Berkas bukti kosong.',
    });
    expect(first(evidenceIssues('a.gif', BYTES.gif))?.message).toMatch(/JPEG\/PNG atau dokumen PDF/);
    expect(first(evidenceIssues('foto.pdf', BYTES.jpeg))).toEqual({
      field: 'fileName',
      message:
        'Nama berkas berakhiran .pdf, tetapi isinya image/jpeg: ganti nama atau unggah berkas yang benar.',
    });
    const big = new Uint8Array(EVIDENCE_LIMIT_BYTES + 1);
    big.set(BYTES.jpeg);
    expect(first(evidenceIssues('a.jpg', big))?.message).toBe('Berkas bukti lebih dari 10 MB.');
    const exact = new Uint8Array(EVIDENCE_LIMIT_BYTES);
    exact.set(BYTES.jpeg);
    expect(evidenceIssues('a.jpg', exact).ok).toBe(true);
  });

  it('downscales the long side to 1600 px keeping the ratio, rounding half up', () => {
    expect(downscaledSize(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(downscaledSize(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(downscaledSize(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(downscaledSize(3201, 1)).toEqual({ width: 1600, height: 1 });
    expect(downscaledSize(1601, 1001)).toEqual({ width: 1600, height: 1000 }); // 1000.375
    expect(downscaledSize(3200, 1001)).toEqual({ width: 1600, height: 501 }); // 500.5 → 501
    expect(downscaledSize(1600, 900)).toEqual({ width: 1600, height: 900 });
    expect(downscaledSize(1000, 1000)).toEqual({ width: 1000, height: 1000 });
    expect(needsDownscale(1600, 1600)).toBe(false);
    expect(needsDownscale(1601, 10)).toBe(true);
    expect(() => downscaledSize(0, 10)).toThrow(RangeError);
    expect(() => downscaledSize(10.5, 10)).toThrow(RangeError);
  });
});
