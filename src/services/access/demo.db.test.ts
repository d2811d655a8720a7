import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { countRows, describeEachEngine } from '../../db/testing.ts';
import { editedMiniWilayah } from '../regions/testing.ts';
import { importWilayah } from '../regions/wilayah-import.service.ts';
import { createAccountService } from './account.service.ts';
import { DEMO_ACCOUNTS, DEMO_FACILITATION, ensureDemoAccounts } from './demo.ts';

/**
 * The mini region list plus Kabupaten Tegal, the scope of the demo kabupaten officer, with
 * Kecamatan Lebaksiu and its first four desa (as in the bundled national list).
 */
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
    expect(await ensureDemoAccounts(deps)).toEqual(DEMO_ACCOUNTS.map((a) => a.username));
    expect(await ensureDemoAccounts(deps)).toEqual([]);
    const list = await createAccountService(deps).list(
      { kind: 'system', label: 'test' },
      { page: 1, pageSize: 50 },
    );
    expect(list.items.map((u) => [u.username, u.assignments[0]!.role]).sort()).toEqual(
      DEMO_ACCOUNTS.map((a) => [a.username, a.assignments[0]!.role]).sort(),
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
});
