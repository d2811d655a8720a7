import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkNik } from '../../domain/facilitation/facilitator.ts';
import { fixedNikSecret, NIK_SECRET_FILE, nikHash, nikSecretFile, nikSecretFromEnv } from './nik-hash.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kawasan-nik-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('NIK hash', () => {
  it('is HMAC-SHA256 of the checked input under the secret, never the NIK itself', () => {
    const checked = checkNik('3301014508900001');
    if (!checked.ok) throw new Error('NIK uji tidak sah');
    const secret = 'rahasia-yang-cukup-panjang';
    const hash = nikHash(secret, checked.hashInput);
    expect(hash).toBe(createHmac('sha256', secret).update('kawasan:nik:v1:3301014508900001').digest('hex'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(nikHash('rahasia-yang-lain-sekali', checked.hashInput)).not.toBe(hash);
  });

  it('creates the secret file once, readable by its owner only, and reads it back', async () => {
    const dir = tempDir();
    const path = join(dir, 'data', NIK_SECRET_FILE);
    const first = await nikSecretFile(path)();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8').trim()).toBe(first);
    // Later starts (new providers, as in another process) read the same secret.
    const [a, b] = await Promise.all([nikSecretFile(path)(), nikSecretFile(path)()]);
    expect([a, b]).toEqual([first, first]);
  });

  it('agrees between concurrent first uses of a new file', async () => {
    const path = join(tempDir(), NIK_SECRET_FILE);
    const secrets = await Promise.all(Array.from({ length: 5 }, () => nikSecretFile(path)()));
    expect(new Set(secrets).size).toBe(1);
    expect(readFileSync(path, 'utf8').trim()).toBe(secrets[0]);
  });

  it('takes KAWASAN_NIK_SECRET before the file, and the data directory from KAWASAN_DATA_DIR', async () => {
    const dir = tempDir();
    expect(
      await nikSecretFromEnv({ KAWASAN_NIK_SECRET: ' rahasia-dari-lingkungan ', KAWASAN_DATA_DIR: dir })(),
    ).toBe('rahasia-dari-lingkungan');
    const fromFile = await nikSecretFromEnv({ KAWASAN_DATA_DIR: dir })();
    expect(readFileSync(join(dir, NIK_SECRET_FILE), 'utf8').trim()).toBe(fromFile);
  });

  it('refuses a secret too short to protect the hash', async () => {
    await expect(fixedNikSecret('pendek')()).rejects.toThrow(/terlalu pendek/);
    const path = join(tempDir(), NIK_SECRET_FILE);
    writeFileSync(path, 'x\n');
    await expect(nikSecretFile(path)()).rejects.toThrow(/terlalu pendek/);
  });
});
