/**
 * One owner process per PGlite data directory. Two processes writing the same directory
 * silently corrupt it, so the owner holds `kawasan.lock` (pid, port) and others refuse to open.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../domain/errors.ts';

export const LOCK_FILE = 'kawasan.lock';

export interface LockInfo {
  pid: number;
  /** Port of the HTTP server that owns the directory, when it is a server. */
  port?: number;
  since: string;
}

export interface DataDirLock {
  path: string;
  /** Records the port once the owner starts listening, so the CLI can talk to it. */
  setPort(port: number): void;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads the lock of a directory; null when there is none or its owner has died. */
export function readLiveLock(dataDir: string): LockInfo | null {
  let info: LockInfo;
  try {
    info = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as LockInfo;
  } catch {
    return null;
  }
  return Number.isInteger(info.pid) && isAlive(info.pid) ? info : null;
}

/** Takes the lock or throws `conflict` naming the process that holds it. A stale lock is taken over. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      return makeLock(path, info);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readLiveLock(dataDir);
      if (owner && owner.pid !== process.pid) {
        const where = owner.port ? ` (server at http://127.0.0.1:${owner.port})` : '';
        throw new AppError(
          'conflict',
          `Direktori data ${dataDir} sedang dipakai proses ${owner.pid}${where}. ` +
            'Hentikan proses itu, atau gunakan server yang sedang berjalan.',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new AppError('conflict', `Tidak dapat mengunci direktori data ${dataDir}.`);
}

function makeLock(path: string, info: LockInfo): DataDirLock {
  let released = false;
  const onExit = () => release();
  function release() {
    if (released) return;
    released = true;
    process.off('exit', onExit);
    rmSync(path, { force: true });
  }
  process.on('exit', onExit);
  return {
    path,
    setPort(port) {
      info.port = port;
      const fd = openSync(path, 'w');
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
    },
    release,
  };
}
