/**
 * The `personKey` of a participant: HMAC-SHA256 under the installation's secret (the one that keys
 * NIK hashes, `KAWASAN_NIK_SECRET` or `nik-secret` in the data directory) of the domain's
 * `personKeyInput` — normalised name, birth year and desa behind the prefix `PERSON_KEY_CONTEXT`,
 * so a participant key never equals the hash of a NIK. The key reveals nothing about the person;
 * the same person typed with other case or spacing gets the same key, so they are one row however
 * many trainings they attend. The input is never stored or logged.
 */
import { type ParticipantDraft, personKeyInput } from '../../domain/training/registration.ts';
import { fixedNikSecret, type NikSecret, nikHash, nikSecretFromEnv } from '../facilitation/nik-hash.ts';

export type PersonKeySecret = NikSecret;

/** The secret as the services take it: given as text (tests), a provider, or from the environment. */
export function personKeySecret(secret: NikSecret | string | undefined): PersonKeySecret {
  if (secret === undefined) return nikSecretFromEnv();
  return typeof secret === 'string' ? fixedNikSecret(secret) : secret;
}

/** Lower-case hex of HMAC-SHA256(secret, personKeyInput(p)). */
export function personKey(
  secret: string,
  p: Pick<ParticipantDraft, 'name' | 'birthYear' | 'desaCode'>,
): string {
  return nikHash(secret, personKeyInput(p));
}
