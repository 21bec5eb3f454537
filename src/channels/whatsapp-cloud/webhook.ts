// The webhook route: Meta's GET handshake and its signed POSTs.
//
// When to answer 200. Meta delivers at least once and retries a POST that is not answered 200, for days. A POST
// is answered 200 only once every message in it is stored (the runtime commits each turn, with the wamid as its
// dedup key, before it resolves; that takes milliseconds). Replies are sent after the 200. So:
// - the process dies before the 200: nothing was acknowledged, Meta delivers again, and what had been stored
//   is recognised by its wamid and not answered twice;
// - it dies after the 200: the messages are stored (the conversation carries on after a restart), but replies
//   not yet sent are lost; an outbox written with the turn (planned in the Store port) would close that gap;
// - storing takes longer than `ackWithinMs`: the answer is 503, Meta delivers again later, the work goes on,
//   and the redelivery is recognised as a duplicate.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../core/logger.ts';
import { withTimeout } from '../shared/inflight.ts';
import { BodyTooLarge, type RouteHandler, answer, readBody } from './server.ts';
import { sameSecret, verifySignature } from './signature.ts';

/** The webhook's path on the server (the callback URL is https://<public host>/whatsapp/webhook). */
export const WEBHOOK_PATH = '/whatsapp/webhook';

/** What the webhook checks and where it hands the payloads. */
export interface WebhookOptions {
  verifyToken: string;
  appSecret: string;
  /** Larger bodies get 413. Meta's payloads are at most 3 MB. */
  maxBodyBytes: number;
  /** Longest wait for the messages of a POST to be stored before answering 503 (Meta then delivers again). */
  ackWithinMs: number;
  logger: Logger;
  /** Takes a verified payload; resolves once its messages are stored. */
  deliver(body: unknown): Promise<void>;
  /** True while shutting down: new POSTs get 503 and are delivered again to whoever runs next. */
  stopping(): boolean;
}

// Meta's challenge is a number; anything printable and short is echoed, as text/plain with nosniff.
const CHALLENGE = /^[\x21-\x7e]{1,256}$/;

function handshake(req: IncomingMessage, res: ServerResponse, o: WebhookOptions): void {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const mode = query.get('hub.mode');
  const token = query.get('hub.verify_token');
  const challenge = query.get('hub.challenge');
  if (mode === 'subscribe' && token !== null && sameSecret(token, o.verifyToken) && challenge !== null && CHALLENGE.test(challenge)) {
    o.logger.info({}, 'whatsapp cloud webhook verified by Meta');
    answer(res, 200, challenge);
    return;
  }
  o.logger.warn({ mode }, 'whatsapp cloud webhook handshake refused: hub.verify_token does not match WHATSAPP_CLOUD_VERIFY_TOKEN');
  answer(res, 403);
}

async function notification(req: IncomingMessage, res: ServerResponse, o: WebhookOptions): Promise<void> {
  if (o.stopping()) {
    answer(res, 503);
    return;
  }
  let body: Buffer;
  try {
    body = await readBody(req, o.maxBodyBytes);
  } catch (err) {
    if (err instanceof BodyTooLarge) {
      o.logger.warn({ limit: err.limit }, 'whatsapp cloud webhook refused a body over the size cap');
      answer(res, 413, '', true);
      return;
    }
    throw err;
  }
  const signature = req.headers['x-hub-signature-256'];
  if (!verifySignature(body, typeof signature === 'string' ? signature : undefined, o.appSecret)) {
    o.logger.warn({ signed: signature !== undefined }, 'whatsapp cloud webhook refused a POST without a valid X-Hub-Signature-256 (check WHATSAPP_CLOUD_APP_SECRET)');
    answer(res, 401);
    return;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(body.toString('utf8'));
  } catch {
    o.logger.warn({ bytes: body.length }, 'whatsapp cloud webhook body is not JSON');
    answer(res, 400);
    return;
  }
  const stored = await withTimeout(o.deliver(payload).then(() => true), o.ackWithinMs);
  if (stored === undefined) {
    o.logger.warn({ ackWithinMs: o.ackWithinMs }, 'whatsapp cloud webhook: messages not stored in time; answered 503 so that Meta delivers them again');
    answer(res, 503);
    return;
  }
  answer(res, 200);
}

/** The handler of WEBHOOK_PATH: GET is the handshake, POST a signed notification, anything else 405. */
export function webhookRoute(o: WebhookOptions): RouteHandler {
  return async (req, res) => {
    if (req.method === 'GET') return handshake(req, res, o);
    if (req.method === 'POST') return notification(req, res, o);
    res.setHeader('allow', 'GET, POST');
    answer(res, 405);
  };
}
