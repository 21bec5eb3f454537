// Pseudonymous user ids: an HMAC of the platform id with a secret, so raw ids are never stored (LGPD).
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Maps a platform user id to a stable pseudonym. */
export type Pseudonymizer = (channel: string, platformId: string) => string;

/** Builds the pseudonymizer for a secret. */
export function pseudonymizer(secret: string): Pseudonymizer {
  return (channel, platformId) => createHmac('sha256', secret).update(`${channel}:${platformId}`).digest('hex').slice(0, 32);
}

/**
 * The secret from PSEUDONYM_SECRET, or else one generated once into the state directory (mode 0600)
 * and reused, so that pseudonyms stay stable across restarts.
 */
export function loadOrCreateSecret(stateDir: string, configured?: string): string {
  if (configured) return configured;
  const file = join(stateDir, 'pseudonym.secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(stateDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return secret;
}
