import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { countRows, describeEachEngine } from '../../db/testing.ts';
import { nameValidUntil } from '../../domain/enterprise/legal-status.ts';
import { createCapitalService } from '../enterprise/capital.service.ts';
import { createEnterpriseService } from '../enterprise/enterprise.service.ts';
import { createReportService } from '../enterprise/report.service.ts';
import { createValueChainService } from '../enterprise/value-chain.service.ts';
import { createKawasanService } from '../kawasan/kawasan.service.ts';
import { editedMiniWilayah } from '../regions/testing.ts';
import { importWilayah } from '../regions/wilayah-import.service.ts';
import { createCertificateService } from '../training/certificate.service.ts';
import { createRegistrationService } from '../training/registration.service.ts';
import { createScoreService } from '../training/scores.service.ts';
import { createAccountRepository } from './account.repository.ts';
import { createAccountService } from './account.service.ts';
import { DEMO_ACCOUNTS, DEMO_FACILITATION, ensureDemoAccounts } from './demo.ts';
import { DEMO_TRAINING } from './demo-training.ts';
import { DEMO_USAHA } from './demo-usaha.ts';
import { loadActor } from './session.service.ts';

/** Rows of every pelatihan table and the audit rows about them: what a second start must leave as it is. */
const TRAINING_TABLES = [
  'training_provider',
  'training_programme',
  'training_session',
  'training_participant',
  'training_registration',
  'training_attendance',
  'training_score',
  'training_reaction',
  'training_certificate',
  'training_follow_up',
] as const;

/**
 * The mini region list plus Kabupaten Tegal, the scope of the demo kabupaten officer, with
 * Kecamatan Lebaksiu and its first four desa (as in the bundled national list).
 */
/** Rows of every stimulan-usaha table, the demo kawasan's, and the audit rows about them. */
const USAHA_TABLES = [
  'kawasan',
  'kawasan_member',
  'enterprise',
  'enterprise_founder',
  'enterprise_kawasan',
  'enterprise_organ_member',
  'business_unit',
  'business_unit_link',
  'funding_partner',
  'capital_injection',
  'enterprise_report',
  'role_assignment',
] as const;

const withTegal = editedMiniWilayah((file, text) => {
  if (file === 'regencies.csv') return `${text}33.28,33,Kabupaten Tegal\n`;
  if (file === 'districts.csv') return `${text}33.28.06,33.28,Lebaksiu\n`;
  if (file === 'villages.csv')
    return `${text}33.28.06.2001,33.28.06,Timbangreja\n33.28.06.2002,33.28.06,Lebaksiu Kidul\n33.28.06.2003,33.28.06,Lebaksiu Lor\n33.28.06.2004,33.28.06,Kajen\n`;
  return text;
});

describeEachEngine('demo accounts', (ctx) => {
  /** 20 May 2026, 09:00 in Jakarta. */
  const now = () => new Date('2026-05-20T02:00:00Z');

  it('are created once, with their documented roles', async () => {
    await importWilayah(ctx.db, { source: withTegal });
    const deps = { db: ctx.db, now };
    const usaha = [DEMO_USAHA.kawasanAccount.username, DEMO_USAHA.enterpriseAccount.username];
    expect(await ensureDemoAccounts(deps)).toEqual([...DEMO_ACCOUNTS.map((a) => a.username), ...usaha]);
    expect(await ensureDemoAccounts(deps)).toEqual([]);
    const list = await createAccountService(deps).list(
      { kind: 'system', label: 'test' },
      { page: 1, pageSize: 50 },
    );
    expect(list.items.map((u) => [u.username, u.assignments[0]!.role]).sort()).toEqual(
      [
        ...DEMO_ACCOUNTS.map((a) => [a.username, a.assignments[0]!.role]),
        ['demo-bkad', 'kawasan_manager'],
        ['demo-bumdesma', 'enterprise'],
      ].sort(),
    );
  });

  it('register the TA and the PLD of Tegal, the PLD supervised by the TA and assigned to four desa from 30 days ago, once', async () => {
    const facilitators = await queryRows<{
      id: string;
      username: string;
      type: string;
      home_region_code: string;
      supervisor: string | null;
    }>(
      ctx.db.orm,
      sql`select f.id, u.username, f.type, f.home_region_code, s.type as supervisor
          from facilitator f join app_user u on u.id = f.user_id left join facilitator s on s.id = f.supervisor_id
          order by u.username`,
    );
    expect(facilitators.map(({ id: _id, ...f }) => f)).toEqual([
      { username: 'demo-pld', type: 'pld', home_region_code: '332806', supervisor: 'ta' },
      { username: 'demo-ta', type: 'ta', home_region_code: '3328', supervisor: null },
    ]);
    const assignments = await queryRows<{ desa_code: string; from_date: string; to_date: string | null }>(
      ctx.db.orm,
      sql`select desa_code, from_date, to_date from facilitator_assignment
          where facilitator_id = ${facilitators[0]!.id} order by desa_code`,
    );
    expect(assignments).toEqual(
      DEMO_FACILITATION.desa.map((desa_code) => ({ desa_code, from_date: '2026-04-20', to_date: null })),
    );
    // Every desa is a desa (digit 7 is 2), none a kelurahan, all in the PLD's kecamatan.
    expect(DEMO_FACILITATION.desa.every((c) => c.startsWith('332806') && c[6] === '2')).toBe(true);
    const audited = await queryRows<{ n: number }>(
      ctx.db.orm,
      sql`select count(*)::int as n from audit_log where resource_type in ('facilitator', 'facilitator_assignment')`,
    );
    expect(audited[0]!.n).toBe(6);
    // Started again later: nothing new.
    const later = { db: ctx.db, now: () => new Date('2026-09-01T02:00:00Z') };
    expect(await ensureDemoAccounts(later)).toEqual([]);
    expect(await countRows(ctx.db, 'facilitator')).toBe(2);
    expect(await countRows(ctx.db, 'facilitator_assignment')).toBe(4);
  });

  it('log a week of the PLD’s visits in three of the four desa, approved by the TA but one, once', async () => {
    const entries = await queryRows<{ desa_code: string; date: string; state: string }>(
      ctx.db.orm,
      sql`select desa_code, date, state from activity_entry order by date`,
    );
    expect(entries.map((e) => e.state)).toEqual([
      'disetujui',
      'disetujui',
      'disetujui',
      'disetujui',
      'diajukan',
    ]);
    expect(entries[0]!.date).toBe('2026-05-12');
    expect(new Set(entries.map((e) => e.desa_code))).toEqual(new Set(DEMO_FACILITATION.desa.slice(0, 3)));
    const audited = await queryRows<{ action: string; n: number }>(
      ctx.db.orm,
      sql`select action, count(*)::int as n from audit_log where resource_type = 'activity_entry'
          group by action order by action`,
    );
    expect(audited).toEqual([
      { action: 'activity_entry.approve', n: 4 },
      { action: 'activity_entry.create', n: 5 },
      { action: 'activity_entry.submit', n: 5 },
    ]);
    await ensureDemoAccounts({ db: ctx.db, now: () => new Date('2026-09-01T02:00:00Z') });
    expect(await countRows(ctx.db, 'activity_entry')).toBe(5);
  });

  it('seat a training centre registered by the Tegal officer, with demo-blm working for it', async () => {
    const providers = await queryRows<{ id: string; kind: string; name: string; seat_region_code: string }>(
      ctx.db.orm,
      sql`select id, kind, name, seat_region_code from training_provider`,
    );
    expect(providers.map(({ id: _id, ...p }) => p)).toEqual([
      { kind: 'balai_pelatihan', name: DEMO_TRAINING.provider.name, seat_region_code: '3328' },
    ]);
    const providerId = providers[0]!.id;
    const registeredBy = await queryRows<{ username: string }>(
      ctx.db.orm,
      sql`select u.username from audit_log a join app_user u on u.id = a.actor_user_id
          where a.action = 'training_provider.create' and a.resource_id = ${providerId}`,
    );
    expect(registeredBy).toEqual([{ username: 'demo-tegal' }]);
    const roles = await queryRows<{
      role: string;
      scope_kind: string;
      scope_id: string;
      region_code: string;
    }>(
      ctx.db.orm,
      sql`select r.role, r.scope_kind, r.scope_id, r.region_code from role_assignment r
          join app_user u on u.id = r.user_id where u.username = 'demo-blm'`,
    );
    expect(roles).toEqual([
      {
        role: 'training_provider',
        scope_kind: 'training_provider',
        scope_id: providerId,
        region_code: '3328',
      },
    ]);
    const programmes = await queryRows<{
      topic_id: string;
      curriculum_hours: number;
      tested_aspects: string[];
      requires_post_test: boolean;
      follow_up_months: number;
      created_by: string;
    }>(
      ctx.db.orm,
      sql`select p.topic_id, p.curriculum_hours, p.tested_aspects, p.requires_post_test, p.follow_up_months,
            u.username as created_by
          from training_programme p
          join audit_log a on a.resource_id = p.id::text and a.action = 'training_programme.create'
          join app_user u on u.id = a.actor_user_id
          where p.provider_id = ${providerId}`,
    );
    expect(programmes).toEqual([
      {
        topic_id: 'pembukuan_usaha',
        curriculum_hours: 24,
        tested_aspects: ['pengetahuan', 'keterampilan'],
        requires_post_test: true,
        follow_up_months: 3,
        created_by: 'demo-blm',
      },
    ]);
  });

  it('run a finished session in the weeks before the first start, with certificates for those who qualified', async () => {
    const sessions = await queryRows<{
      id: string;
      label: string;
      state: string;
      start_date: string;
      end_date: string;
      place_region_code: string;
      desa_codes: string[];
    }>(
      ctx.db.orm,
      sql`select id, label, state, start_date, end_date, place_region_code, desa_codes
          from training_session order by start_date`,
    );
    // First started on Wednesday 20 May 2026: Tuesday to Thursday three weeks before, and four weeks after.
    expect(sessions.map(({ id: _id, ...s }) => s)).toEqual([
      {
        label: 'Angkatan I',
        state: 'selesai',
        start_date: '2026-04-28',
        end_date: '2026-04-30',
        place_region_code: '332806',
        desa_codes: [...DEMO_FACILITATION.desa],
      },
      {
        label: 'Angkatan II',
        state: 'pendaftaran',
        start_date: '2026-06-16',
        end_date: '2026-06-18',
        place_region_code: '332806',
        desa_codes: [...DEMO_FACILITATION.desa],
      },
    ]);
    const [finished, open] = sessions as [(typeof sessions)[0], (typeof sessions)[0]];
    const user = await createAccountRepository(ctx.db.orm).findUserByLogin('demo-blm');
    const blm = (await loadActor(ctx.db.orm, user!.id))!;
    const deps = { db: ctx.db, now };

    // Ten people from the PLD's desa, women and men, each registered once.
    const people = await createRegistrationService(deps).list(blm, finished.id);
    expect(people.counts).toEqual({ terdaftar: 10, daftar_tunggu: 0, dibatalkan: 0 });
    expect(new Set(people.items.map((r) => r.participant.desa.code))).toEqual(
      new Set(DEMO_FACILITATION.desa),
    );
    expect(new Set(people.items.map((r) => r.participant.gender))).toEqual(
      new Set(['perempuan', 'laki_laki']),
    );
    expect(people.items.filter((r) => !r.completion!.completed).map((r) => r.participant.name)).toEqual([
      'Tri Handayani',
    ]);
    expect(people.items.filter((r) => r.hasReaction)).toHaveLength(8);

    // Gains from high to fallen; one without a post-test.
    const scores = await createScoreService(deps).scores(blm, finished.id);
    const knowledge = scores.summary.find((s) => s.aspect === 'pengetahuan')!;
    const byCategory = Object.fromEntries(knowledge.categoryCounts.map((c) => [c.category, c.n]));
    expect(byCategory).toEqual({ tinggi: 2, sedang: 5, rendah: 1, turun: 1 });
    expect(
      scores.rows.filter((r) => r.aspects.some((a) => a.status === 'belum_post_test')).map((r) => r.name),
    ).toEqual(['Slamet Riyadi']);

    // Certificates for the eight who attended enough and took the post-test; no follow-up yet (due in August).
    const certificates = await createCertificateService(deps).list(blm, finished.id);
    expect(certificates.counts).toEqual({ valid: 8, revoked: 0 });
    expect(certificates.items.map((c) => c.nameAsPrinted)).not.toContain('Tri Handayani');
    expect(certificates.items.map((c) => c.nameAsPrinted)).not.toContain('Slamet Riyadi');
    expect(certificates.items.every((c) => c.issuedOn === '2026-05-20')).toBe(true);
    expect(await countRows(ctx.db, 'training_follow_up')).toBe(0);

    // The next run takes registrations: four seats of 25 taken.
    const next = await createRegistrationService(deps).list(blm, open.id);
    expect([next.counts.terdaftar, next.capacity, next.canRegister]).toEqual([4, 25, true]);
  });

  it('add no pelatihan when started again later', async () => {
    const counts = async () => {
      const rows: Record<string, number> = {};
      for (const table of TRAINING_TABLES) rows[table] = await countRows(ctx.db, table);
      const [audited] = await queryRows<{ n: number }>(
        ctx.db.orm,
        sql`select count(*)::int as n from audit_log
            where resource_type like 'training%' or action like 'training%'`,
      );
      rows.audit = audited!.n;
      return rows;
    };
    const before = await counts();
    expect(before.training_certificate).toBe(8);
    expect(await ensureDemoAccounts({ db: ctx.db, now: () => new Date('2026-09-01T02:00:00Z') })).toEqual([]);
    expect(await counts()).toEqual(before);
  });
  /** The signed-in actor of a demo account. */
  const actorOf = async (username: string) => {
    const user = await createAccountRepository(ctx.db.orm).findUserByLogin(username);
    return (await loadActor(ctx.db.orm, user!.id))!;
  };
  const kawasanId = async () => {
    const [row] = await queryRows<{ id: string }>(
      ctx.db.orm,
      sql`select id from kawasan where name = ${DEMO_USAHA.kawasan.name}`,
    );
    return row!.id;
  };
  const enterpriseIds = async () => {
    const rows = await queryRows<{ id: string; kind: string }>(
      ctx.db.orm,
      sql`select id, kind from enterprise order by kind`,
    );
    expect(rows.map((r) => r.kind)).toEqual(['bumdes', 'bumdesma']);
    return { bumdes: rows[0]!.id, bersama: rows[1]!.id };
  };

  it('make a verified bawang merah kawasan of the PLD’s four desa, drafted and verified by the Tegal officer, managed by demo-bkad', async () => {
    const id = await kawasanId();
    const bkad = await actorOf('demo-bkad');
    expect(bkad.assignments.map((a) => [a.role, a.scope])).toEqual([
      ['kawasan_manager', { kind: 'kawasan', id }],
    ]);
    const detail = await createKawasanService({ db: ctx.db, now }).get(bkad, id);
    expect(detail.state).toBe('diverifikasi');
    expect(detail.commodities).toEqual(['bawang merah']);
    expect(detail.members.map((m) => m.code).sort()).toEqual([...DEMO_FACILITATION.desa].sort());
    const history = await queryRows<{ action: string; username: string }>(
      ctx.db.orm,
      sql`select a.action, u.username from audit_log a join app_user u on u.id = a.actor_user_id
          where a.resource_type = 'kawasan' and a.resource_id = ${id} order by a.at, a.id`,
    );
    expect(history).toEqual([
      { action: 'kawasan.create', username: 'demo-tegal' },
      { action: 'kawasan.propose', username: 'demo-tegal' },
      { action: 'kawasan.verify', username: 'demo-tegal' },
    ]);
  });

  it('register a BUM Desa Bersama of three desa with a certificate and organs, kept by demo-bumdesma, and a BUM Desa at the approved name', async () => {
    const ids = await enterpriseIds();
    const kawasan = await kawasanId();
    const manager = await actorOf('demo-bumdesma');
    expect(manager.assignments.map((a) => [a.role, a.scope])).toEqual([
      ['enterprise', { kind: 'enterprise', id: ids.bersama }],
    ]);
    const service = createEnterpriseService({ db: ctx.db, now });
    const bersama = await service.get(manager, ids.bersama);
    expect(bersama.name).toBe('BUM Desa Bersama Agro Bawang Lebaksiu');
    expect(bersama.founders.map((f) => f.name)).toEqual(['Timbangreja', 'Lebaksiu Lor', 'Kajen']);
    expect(bersama.kawasan.map((k) => k.id)).toEqual([kawasan]);
    expect(bersama.legal.status).toBe('berbadan_hukum');
    expect(bersama.legal.certificateNumber).toBe(DEMO_USAHA.bersama.certificateNumber);
    expect(bersama.legal.certificateDate! > bersama.legal.nameApprovedOn!).toBe(true);
    expect(bersama.legal.certificateDate! <= nameValidUntil(bersama.legal.nameApprovedOn!)).toBe(true);
    expect(bersama.organGaps).toEqual([]);
    expect(bersama.nameWarnings).toEqual([]);
    expect(bersama.canManage).toBe(true);

    // The manager keeps only the Bersama: the BUM Desa of the fourth desa is not theirs to see.
    await expect(service.get(manager, ids.bumdes)).rejects.toMatchObject({ code: 'not_found' });
    const bkad = await actorOf('demo-bkad');
    const bumdes = await service.get(bkad, ids.bumdes);
    expect(bumdes.name).toBe('BUM Desa Sri Rejeki Lebaksiu Kidul');
    expect(bumdes.founders.map((f) => f.code)).toEqual(['3328062002']);
    expect(bumdes.kawasan.map((k) => k.id)).toEqual([kawasan]);
    expect(bumdes.legal.status).toBe('nama_disetujui');
    expect(bumdes.legal.nameApprovedOn).toBe('2026-05-12');
    expect(bumdes.legal.certificateDate).toBeNull();
    expect(bumdes.nameWarnings).toEqual([]);
    const list = await service.list(bkad, { limit: 100, offset: 0, kawasanId: kawasan });
    expect(list.items.map((e) => e.name).sort()).toEqual([
      'BUM Desa Bersama Agro Bawang Lebaksiu',
      'BUM Desa Sri Rejeki Lebaksiu Kidul',
    ]);
  });

  it('show the kawasan’s bawang merah chain with growers and processing, and the missing downstream stage', async () => {
    const bkad = await actorOf('demo-bkad');
    const chain = await createValueChainService({ db: ctx.db, now }).get(bkad, {
      kawasanId: await kawasanId(),
    });
    expect(chain.flagshipCommodities).toEqual(['bawang merah']);
    expect(chain.enterprises).toHaveLength(2);
    const byStage = (stage: string) =>
      chain.units
        .filter((u) => u.stage === stage && u.status === 'berjalan')
        .map((u) => u.name)
        .sort();
    expect(byStage('hulu')).toEqual([
      'Kebun Bawang Merah Kajen',
      'Kebun Bawang Merah Lebaksiu Kidul',
      'Kebun Bawang Merah Timbangreja',
    ]);
    expect(byStage('tengah')).toEqual(['Rumah Produksi Bawang Goreng']);
    expect(byStage('hilir')).toEqual([]);
    const processing = chain.units.find((u) => u.stage === 'tengah')!;
    expect(chain.flows).toHaveLength(3);
    expect(chain.flows.every((f) => f.buyerUnitId === processing.id)).toBe(true);
    const gaps = chain.gaps.map((g) => [g.kind, g.stage]);
    expect(gaps).toContainEqual(['stage_missing', 'hilir']);
    expect(gaps).toContainEqual(['no_buyer', 'tengah']);
    expect(gaps.some(([, stage]) => stage === 'hulu')).toBe(false);
    // Capital behind each stage, by source; Lebaksiu Lor's Dana Desa not given to a unit.
    const stage = (s: string) => chain.capital.byStage.find((c) => c.stage === s);
    expect(stage('hulu')?.total).toBe('150000000');
    expect(stage('tengah')?.bySource.map((b) => [b.source, b.amount])).toEqual([
      ['apbd_kabupaten', '75000000'],
      ['mitra', '50000000'],
    ]);
    expect(chain.capital.unallocated.map((u) => u.total)).toEqual(['100000000']);
    expect(chain.capital.total).toBe('375000000');
  });

  it('record the Bersama’s capital by source: Dana Desa of two founders, an APBD kabupaten grant, a CSR partner', async () => {
    const ids = await enterpriseIds();
    const capital = await createCapitalService({ db: ctx.db, now }).list(
      await actorOf('demo-bumdesma'),
      ids.bersama,
    );
    expect(capital.summary.total).toBe('375000000');
    expect(Object.fromEntries(capital.summary.bySource.map((s) => [s.source, s.amount]))).toEqual({
      dana_desa: '250000000',
      apbd_kabupaten: '75000000',
      mitra: '50000000',
    });
    const danaDesa = capital.items.filter((c) => c.source === 'dana_desa');
    expect(danaDesa.map((c) => [c.form, c.desa?.name]).sort()).toEqual([
      ['penyertaan_modal', 'Lebaksiu Lor'],
      ['penyertaan_modal', 'Timbangreja'],
    ]);
    const partner = capital.items.find((c) => c.source === 'mitra')!;
    expect([partner.partner?.name, partner.unit?.name, partner.form]).toEqual([
      DEMO_USAHA.partner.name,
      'Rumah Produksi Bawang Goreng',
      'hibah',
    ]);
    const partners = await queryRows<{ kind: string; seat_region_code: string }>(
      ctx.db.orm,
      sql`select kind, seat_region_code from funding_partner`,
    );
    expect(partners).toEqual([{ kind: 'swasta', seat_region_code: '3328' }]);
  });

  it('keep two semester reports of the Bersama, the later split exactly, and one of the BUM Desa', async () => {
    const ids = await enterpriseIds();
    const reports = createReportService({ db: ctx.db, now });
    const bersama = await reports.list(await actorOf('demo-bumdesma'), ids.bersama);
    expect(bersama.reports.map((r) => r.period)).toEqual(['2025-S1', '2025-S2']);
    const [first, second] = bersama.reports as [(typeof bersama.reports)[0], (typeof bersama.reports)[0]];
    expect(first.netResult).toBe('11250000');
    expect(first.split).toMatchObject({ pades: '0', capital: '0', other: '0' });
    expect(second.netResult).toBe('34500000');
    expect(second.split).toMatchObject({
      pades: '13800000',
      capital: '17250000',
      other: '3450000',
      decidedOn: '2026-01-20',
    });
    expect(BigInt(second.split.pades) + BigInt(second.split.capital) + BigInt(second.split.other)).toBe(
      BigInt(second.netResult),
    );
    expect(bersama.trend.padesTotal).toBe('13800000');
    const bumdes = await reports.list(await actorOf('demo-tegal'), ids.bumdes);
    expect(bumdes.reports.map((r) => [r.period, r.netResult])).toEqual([['2025-S2', '2500000']]);
  });

  it('add no stimulan usaha when started again later', async () => {
    const counts = async () => {
      const rows: Record<string, number> = {};
      for (const table of USAHA_TABLES) rows[table] = await countRows(ctx.db, table);
      const [audited] = await queryRows<{ n: number }>(
        ctx.db.orm,
        sql`select count(*)::int as n from audit_log
            where resource_type in ('kawasan', 'enterprise', 'business_unit', 'capital_injection',
              'enterprise_report', 'funding_partner')`,
      );
      rows.audit = audited!.n;
      return rows;
    };
    const before = await counts();
    expect(before).toMatchObject({
      kawasan: 1,
      enterprise: 2,
      business_unit: 4,
      business_unit_link: 3,
      capital_injection: 4,
      enterprise_report: 3,
    });
    expect(await ensureDemoAccounts({ db: ctx.db, now: () => new Date('2026-12-15T02:00:00Z') })).toEqual([]);
    expect(await counts()).toEqual(before);
  });
});
