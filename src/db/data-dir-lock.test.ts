import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, LOCK_FILE, readLiveLock } from './data-dir-lock.ts';

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'kawasan-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Starts another Node process that takes the lock and waits; resolves once it holds it. */
function holdLockInChild(dir: string) {
  const script = `
    const { acquireDataDirLock } = await import(${JSON.stringify(new URL('./data-dir-lock.ts', import.meta.url).href)});
    const lock = acquireDataDirLock(${JSON.stringify(dir)});
    lock.setPort(4321);
    process.stdout.write('locked\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (b: Buffer) => b.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
  });
  return { child, ready };
}

describe('data directory lock', () => {
  it('refuses a second process while the first holds the directory, naming it', async () => {
    const dir = tempDir();
    const { child, ready } = holdLockInChild(dir);
    try {
      await ready;
      expect(readLiveLock(dir)).toMatchObject({ pid: child.pid, port: 4321 });
      expect(() => acquireDataDirLock(dir)).toThrow(new RegExp(`proses ${child.pid}.*127\\.0\\.0\\.1:4321`));
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
    // The owner died without cleaning up: its stale lock is taken over.
    expect(readLiveLock(dir)).toBeNull();
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock left by a process that no longer exists', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 17, since: 'then' }));
    const lock = acquireDataDirLock(dir);
    expect(readLiveLock(dir)?.pid).toBe(process.pid);
    lock.release();
  });

  it('ignores an unreadable lock file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), 'not json');
    expect(readLiveLock(dir)).toBeNull();
    acquireDataDirLock(dir).release();
  });
});
