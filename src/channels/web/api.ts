// POST /webchat/api/message: one citizen message in, the replies of its turn out, in the same response.
// The order of the checks: the Origin (CORS allow-list), the content type, the per-IP limit, the body size, the
// body itself; then the runtime, which keeps each browser's messages in order and applies the per-session limit.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { copy } from '../../conversation/text.ts';
import { RateLimiter } from '../../conversation/ratelimit.ts';
import type { InFlight } from '../shared/inflight.ts';
import { withBoundary } from '../shared/boundary.ts';
import type { ChannelRuntime } from '../types.ts';
import { readBody } from './body.ts';
import { Gate } from './gate.ts';
import { sendJson } from './http.ts';
import { type OriginPolicy, type RequestFacts, clientAddress, corsHeaders, isAllowedOrigin, normalizeOrigin, preflightHeaders } from './origin.ts';
import { newSessionId, parseMessageRequest, toIncoming } from './parse.ts';
import { type WebReply, renderReplies } from './render.ts';

/** The channel's name in sessions and statistics. */
export const CHANNEL = 'web';

/** The notice of the per-IP limit: many citizens can share one address (a UAI, a mobile carrier), so it says "sua rede". */
export const IP_NOTICE = 'Muitas mensagens estão chegando da sua rede agora. ⏳ Aguarde um minuto e escreva de novo, por favor.';

/** What the message endpoint needs. */
export interface ApiOptions extends OriginPolicy {
  runtime: ChannelRuntime;
  inFlight: InFlight;
  maxBodyBytes: number;
  /** Messages per minute from one address; 0 turns the per-IP limit off. */
  ipMessagesPerMinute: number;
  /** False once the channel is stopping: a message that comes in then is not started (503). */
  accepting: () => boolean;
  now?: () => number;
}

/** The answer to a message: the browser's id (new on its first message) and the replies to show. */
export interface MessageResponse {
  session: string;
  replies: WebReply[];
}

const IP_WINDOW_MS = 60_000;

/**
 * Turns handed to the runtime at once; further messages wait in line. The same bound as Telegram's runner
 * (UPDATE_CONCURRENCY): the runtime's work is CPU on one thread, so more in flight only adds memory and lets the
 * channel with more connections starve the others.
 */
const TURNS_IN_FLIGHT = 64;

function factsOf(req: IncomingMessage): RequestFacts {
  const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v.join(',') : v);
  return {
    origin: one(req.headers.origin),
    host: one(req.headers.host),
    forwardedHost: one(req.headers['x-forwarded-host']),
    forwardedFor: one(req.headers['x-forwarded-for']),
    peer: req.socket.remoteAddress,
  };
}

function notice(text: string): WebReply {
  return { kind: 'notice', paragraphs: [[{ text }]], options: [], links: [] };
}

/** Builds the handler of /webchat/api/message (POST, and the CORS preflight). */
export function messageHandler(o: ApiOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const gate = new Gate(TURNS_IN_FLIGHT);
  const perIp = o.ipMessagesPerMinute > 0 ? new RateLimiter(o.ipMessagesPerMinute, IP_WINDOW_MS) : undefined;
  const now = o.now ?? Date.now;
  const log = o.runtime.logger;

  return async (req, res) => {
    const facts = factsOf(req);
    if (!isAllowedOrigin(facts, o)) {
      // No CORS headers: the browser hides even this answer from the page that asked.
      sendJson(req, res, 403, { error: 'origin not allowed' });
      return;
    }
    const origin = normalizeOrigin(facts.origin ?? '') ?? '';
    const cors = corsHeaders(origin);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, preflightHeaders(origin)).end();
      return;
    }
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
      sendJson(req, res, 415, { error: 'send application/json' }, cors);
      return;
    }
    // The address is only a key in memory: never logged, never stored (LGPD).
    if (perIp && perIp.hit(clientAddress(facts, o), now()) !== 'ok') {
      sendJson(req, res, 429, { replies: [notice(IP_NOTICE)] }, { ...cors, 'Retry-After': String(IP_WINDOW_MS / 1000) });
      return;
    }
    const body = await readBody(req, o.maxBodyBytes);
    if (!body.ok) {
      // Past the limit the rest of the body is not read: the connection closes after this answer.
      sendJson(req, res, body.status, { error: body.status === 413 ? `body over ${o.maxBodyBytes} bytes` : 'bad request' }, { ...cors, Connection: 'close' });
      return;
    }
    const parsed = parseMessageRequest(body.text);
    if (!parsed.ok) {
      sendJson(req, res, 400, { error: parsed.problem }, cors);
      return;
    }
    if (!o.accepting()) {
      // Shutting down: the store is about to close; the widget retries in a moment (another instance, or this one restarted).
      sendJson(req, res, 503, { error: 'shutting down' }, { ...cors, 'Retry-After': '5', Connection: 'close' });
      return;
    }
    const { request } = parsed;
    const session = request.session ?? newSessionId();
    const userKey = o.runtime.userKey(CHANNEL, session);
    await withBoundary(
      async () => {
        const incoming = toIncoming(request.input);
        const handled = await o.inFlight.track(gate.run(() => o.runtime.handle(CHANNEL, session, incoming, `${CHANNEL}:${userKey}:${request.id}`)));
        if (handled.skipped === 'rate_limited' || handled.skipped === 'rate_limit_notice') {
          // Every refused message carries the notice; the widget shows it once per streak.
          sendJson(req, res, 429, { session, replies: [notice(copy.rateLimited)] } satisfies MessageResponse, cors);
          return;
        }
        if (handled.skipped) log.debug({ user: userKey, skipped: handled.skipped }, 'web message not answered in full');
        sendJson(req, res, 200, { session, replies: renderReplies(handled.replies) } satisfies MessageResponse, cors);
      },
      {
        log,
        context: { channel: CHANNEL, user: userKey },
        message: 'web chat message failed',
        apologise: async () => {
          if (!res.headersSent) sendJson(req, res, 500, { session, replies: [notice(copy.apology)] } satisfies MessageResponse, cors);
        },
      },
    );
  };
}
