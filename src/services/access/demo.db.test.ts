import { expect, it } from 'vitest';
import { describeEachEngine } from '../../db/testing.ts';
import { editedMiniWilayah } from '../regions/testing.ts';
import { importWilayah } from '../regions/wilayah-import.service.ts';
import { createAccountService } from './account.service.ts';
import { DEMO_ACCOUNTS, ensureDemoAccounts } from './demo.ts';

/** The mini region list plus Kabupaten Tegal, the scope of the demo kabupaten officer. */
const withTegal = editedMiniWilayah((file, text) =>
  file === 'regencies.csv' ? `${text}33.28,33,Kabupaten Tegal\n` : text,
);

describeEachEngine('demo accounts', (ctx) => {
  it('are created once, with their documented roles', async () => {
    await importWilayah(ctx.db, { source: withTegal });
    const deps = { db: ctx.db, now: () => new Date() };
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
});
