import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../db/testing.ts';
import { type App, buildApp } from './app.ts';

describeEachEngine('web app serving', (ctx) => {
  const webDir = mkdtempSync(join(tmpdir(), 'kawasan-web-'));
  let app: App;
  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Kawasan</title>');
    writeFileSync(join(webDir, 'assets', 'main-abc123.js'), 'console.log(1)');
    app = await buildApp({ db: ctx.db, version: 'test', webDir });
  });
  afterAll(async () => {
    await app.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each(['/', '/wilayah/3374011001', '/wilayah/33.74.01.1001', '/wilayah/33?page=2'])(
    'serves the single-page app for %s',
    async (url) => {
      const res = await app.inject(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<title>Kawasan</title>');
    },
  );

  it('compresses large responses for clients that accept it, and only for them', async () => {
    const compressed = await app.inject({ url: '/api/docs/json', headers: { 'accept-encoding': 'gzip' } });
    expect(compressed.headers['content-encoding']).toBe('gzip');
    const spec = JSON.parse(gunzipSync(compressed.rawPayload).toString('utf8'));
    expect(spec.info.title).toBe('Kawasan API');
    const plain = await app.inject({ url: '/api/docs/json', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(compressed.rawPayload.length * 3);
    const small = await app.inject({ url: '/api/ping', headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const res = await app.inject('/assets/main-abc123.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('serves a file added after start (a rebuild while running)', async () => {
    writeFileSync(join(webDir, 'assets', 'late-def456.js'), 'console.log(2)');
    const res = await app.inject('/assets/late-def456.js');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log(2)');
  });

  it.each(['/assets/missing.js', '/favicon.ico', '/api/nothing'])(
    'answers 404 problem JSON for %s',
    async (url) => {
      const res = await app.inject(url);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    },
  );

  it('sets protective headers on every response', async () => {
    const res = await app.inject('/');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });
});
