// `GET /healthz`, the same on every HTTP surface (Telegram's webhook, the web chat, WhatsApp Cloud's webhook, the
// dashboard): 200 when every part is ready (the database takes writes, the catalogue is loaded, each configured
// channel is up), else 503 with the parts and their reasons as JSON. Load balancers route by it. The answer says
// nothing secret: no paths, tokens or counts, only which part is down and what an operator should look at.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Whether one part is ready; `reason` (pt-BR, for operators) says what is wrong. */
export type Health = { ok: true } | { ok: false; reason: string };

/** One part of readiness: the database, the catalogue, a channel. */
export interface HealthCheck {
  /** Its name in the answer ("database", "catalogue", "telegram"...). */
  name: string;
  /** Never rejects in practice; a rejection counts as not ready. */
  check(): Health | Promise<Health>;
}

/** The body of a `/healthz` answer. */
export interface Readiness {
  ready: boolean;
  /** The first part that is not ready, with its reason ("database: ..."); absent when ready. */
  reason?: string;
  checks: Record<string, Health>;
}

/** The path every surface answers on. */
export const HEALTH_PATH = '/healthz';

/** Runs every check (at the same time) and sums them up. */
export async function readiness(checks: readonly HealthCheck[]): Promise<Readiness> {
  const results = await Promise.all(
    checks.map(async (c): Promise<[string, Health]> => {
      try {
        return [c.name, await c.check()];
      } catch (err) {
        return [c.name, { ok: false, reason: `A verificação falhou: ${err instanceof Error ? err.message : String(err)}` }];
      }
    }),
  );
  const failed = results.find(([, h]) => !h.ok);
  const body: Readiness = { ready: failed === undefined, checks: Object.fromEntries(results) };
  if (failed && !failed[1].ok) body.reason = `${failed[0]}: ${failed[1].reason}`;
  return body;
}

/** A node:http handler for `GET|HEAD /healthz` over the checks `checks()` returns at each request. */
export function healthHandler(checks: () => readonly HealthCheck[]): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end();
      return;
    }
    const body = await readiness(checks());
    const text = JSON.stringify(body);
    res.writeHead(body.ready ? 200 : 503, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
    res.end(req.method === 'HEAD' ? undefined : text);
  };
}
