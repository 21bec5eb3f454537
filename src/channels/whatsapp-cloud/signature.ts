// Meta signs every webhook POST: X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256 of the raw body bytes,
// keyed with the app secret. Hashing parsed and re-serialised JSON would give another digest, so only the
// bytes as received are hashed. Comparisons run in constant time.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Does `header` carry the signature of `body` with `appSecret`? False when it is missing or malformed. */
export function verifySignature(body: Buffer, header: string | undefined, appSecret: string): boolean {
  const m = header === undefined ? null : /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!m?.[1]) return false;
  const expected = createHmac('sha256', appSecret).update(body).digest();
  return timingSafeEqual(Buffer.from(m[1], 'hex'), expected);
}

/** Compares two secrets in constant time, whatever their lengths (both are hashed first). */
export function sameSecret(a: string, b: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}
