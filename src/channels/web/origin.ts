// Who may call the API, and from where: the Origin allow-list (CORS), the client's address behind trusted
// proxies. Pure functions of the request's headers, so that every rule is tested without a server.
import { isIP } from 'node:net';

/** The parts of a request these rules read. */
export interface RequestFacts {
  origin: string | undefined;
  host: string | undefined;
  forwardedHost: string | undefined;
  forwardedFor: string | undefined;
  /** The address of the TCP peer (the proxy, when there is one). */
  peer: string | undefined;
}

/** Settings of the rules: the allowed origins and the proxies whose X-Forwarded-* headers are believed. */
export interface OriginPolicy {
  allowedOrigins: readonly string[];
  trustedProxies: readonly string[];
}

/** "https://www.mg.gov.br/" → "https://www.mg.gov.br"; undefined when it is not an http(s) origin. */
export function normalizeOrigin(value: string): string | undefined {
  try {
    const u = new URL(value);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    if (u.username || u.password || (u.pathname !== '/' && u.pathname !== '') || u.search || u.hash) return undefined;
    return u.origin;
  } catch {
    return undefined;
  }
}

/** "::ffff:127.0.0.1" → "127.0.0.1": Node reports IPv4 peers on dual-stack sockets in the mapped form. */
export function plainAddress(address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, '');
  return a.toLowerCase().startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

function fromTrustedProxy(f: RequestFacts, p: OriginPolicy): boolean {
  return f.peer !== undefined && p.trustedProxies.includes(plainAddress(f.peer));
}

/**
 * The citizen's address, for the per-IP rate limit: the TCP peer, or, when the peer is a trusted proxy, the
 * right-most address of X-Forwarded-For that is not itself a trusted proxy (the left-most ones are whatever the
 * client claimed, and anyone can claim anything).
 */
export function clientAddress(f: RequestFacts, p: OriginPolicy): string {
  const peer = plainAddress(f.peer ?? 'unknown');
  if (!fromTrustedProxy(f, p) || !f.forwardedFor) return peer;
  const hops = f.forwardedFor.split(',').map(plainAddress).filter((a) => a !== '');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (hop !== undefined && !p.trustedProxies.includes(hop)) return isIP(hop) ? hop : peer;
  }
  return peer;
}

/**
 * Is the Origin of this request allowed? Any origin of the allow-list, and the server's own (the demo page):
 * the Origin's host equals the Host the browser asked for (X-Forwarded-Host from a trusted proxy). The
 * scheme is not compared, because TLS ends at the proxy. A request without Origin is refused: every browser
 * sends it on a POST, so only scripts outside a browser omit it.
 */
export function isAllowedOrigin(f: RequestFacts, p: OriginPolicy): boolean {
  if (f.origin === undefined) return false;
  const origin = normalizeOrigin(f.origin);
  if (origin === undefined) return false;
  if (p.allowedOrigins.includes(origin)) return true;
  const host = (fromTrustedProxy(f, p) ? f.forwardedHost?.split(',')[0]?.trim() : undefined) || f.host;
  return host !== undefined && new URL(origin).host === host.toLowerCase();
}

/** The CORS headers of an allowed origin's response (no credentials: the widget sends none). */
export function corsHeaders(origin: string): Record<string, string> {
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}

/** The answer to a preflight from an allowed origin: POST with a JSON body, cached for ten minutes. */
export function preflightHeaders(origin: string): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Max-Age': '600',
  };
}
