import { expect, it } from 'vitest';
import { createTestDatabase, testEngines } from '../../db/testing.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { buildApp } from '../app.ts';

it.each(testEngines())('answers 503 with problem JSON when the %s database is down', async (engine) => {
  const handle = await createTestDatabase(engine);
  await importWilayah(handle.db, { source: miniWilayah });
  const app = await buildApp({ db: handle.db, version: 'test' });
  try {
    expect((await app.inject('/api/regions/33')).statusCode).toBe(200);
    await handle.db.close();
    const health = await app.inject('/api/health');
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: 'unavailable', database: { engine, ok: false } });
    const region = await app.inject('/api/regions/33');
    expect(region.statusCode).toBe(503);
    expect(region.json()).toMatchObject({ status: 503, code: 'unavailable' });
    // Liveness does not depend on the database: the process itself still answers.
    expect((await app.inject('/api/ping')).json()).toEqual({ ok: true });
  } finally {
    await app.close();
    await handle.dispose().catch(() => {});
  }
});
