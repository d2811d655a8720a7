/**
 * The keyed hash of a NIK: HMAC-SHA256 with a secret of this installation, so one person cannot
 * be registered as two facilitators while the number itself is never stored. The secret is
 * `KAWASAN_NIK_SECRET`, else a random one kept in `nik-secret` in the data directory, created
 * once (mode 0600) the first time a NIK is hashed. A lost or changed secret only means that NIKs
 * recorded before no longer match new entries; keep the file with the backups of the database.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** Gives the secret; read (or created) once, on first use. */
export type NikSecret = () => Promise<string>;

export const NIK_SECRET_FILE = 'nik-secret';
/** A secret shorter than this is refused: it would make the hash guessable from the last digits. */
const MIN_SECRET_LENGTH = 16;

/** The data directory, as the database and the document store know it (`KAWASAN_DATA_DIR` or `./data`). */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.KAWASAN_DATA_DIR || 'data');
}

/** A secret given as text (tests, or `KAWASAN_NIK_SECRET`). */
export function fixedNikSecret(secret: string): NikSecret {
  return () => checkedSecret(secret, 'KAWASAN_NIK_SECRET');
}

/** `KAWASAN_NIK_SECRET`, else the file `nik-secret` in the data directory. */
export function nikSecretFromEnv(env: NodeJS.ProcessEnv = process.env): NikSecret {
  const fromEnv = env.KAWASAN_NIK_SECRET?.trim();
  if (fromEnv) return fixedNikSecret(fromEnv);
  return nikSecretFile(join(dataDirFromEnv(env), NIK_SECRET_FILE));
}

/** The secret kept in `path`, created there with 32 random bytes when the file does not exist yet. */
export function nikSecretFile(path: string): NikSecret {
  let pending: Promise<string> | null = null;
  return () => {
    pending ??= readOrCreate(path).catch((err: unknown) => {
      pending = null; // a later call tries again (e.g. after the directory became writable)
      throw err;
    });
    return pending;
  };
}

/** The stored form of a NIK: lower-case hex of HMAC-SHA256(secret, hashInput of `checkNik`). */
export function nikHash(secret: string, hashInput: string): string {
  return createHmac('sha256', secret).update(hashInput, 'utf8').digest('hex');
}

function checkedSecret(text: string, source: string): Promise<string> {
  const secret = text.trim();
  if (secret.length < MIN_SECRET_LENGTH)
    return Promise.reject(
      new Error(`Rahasia NIK dari ${source} terlalu pendek (paling sedikit ${MIN_SECRET_LENGTH} karakter).`),
    );
  return Promise.resolve(secret);
}

const errorCode = (err: unknown) => (err as { code?: string } | null)?.code;

async function readOrCreate(path: string): Promise<string> {
  try {
    return await checkedSecret(await readFile(path, 'utf8'), path);
  } catch (err) {
    if (errorCode(err) !== 'ENOENT') throw err;
  }
  await mkdir(dirname(path), { recursive: true });
  // Written whole under a temporary name, then linked into place: a second process starting at
  // the same moment either wins the link or reads the winner's file, never a half-written one.
  const temp = `${path}.${randomUUID()}.baru`;
  await writeFile(temp, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temp, path);
  } catch (err) {
    if (errorCode(err) !== 'EEXIST') throw err;
  } finally {
    await unlink(temp);
  }
  return checkedSecret(await readFile(path, 'utf8'), path);
}
