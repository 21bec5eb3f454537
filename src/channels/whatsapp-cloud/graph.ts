// The Graph API client: POST /<version>/<phone number id>/messages with plain fetch, retries included.
// Plain fetch rather than a wrapper: five payload shapes, and the retry, logging and validation rules here
// are ours anyway (whatsapp-api-js asks for Node >= 22.13; Atende runs on Node 20).
//   HTTP 429, Graph 130429 (throughput), 80007/4 (account or app call limits): back off, retry
//   Graph 131056 (too many messages to one citizen): back off from 6 s, retry
//   5xx, network errors, timeouts: back off with jitter, retry
//   other 4xx: no retry; the caller logs Meta's code (never the message, which can hold the phone number)
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { AtendeError } from '../../core/errors.ts';
import type { OutgoingMessage } from './render.ts';

/** Where the Graph API is and who we are on it. */
export interface GraphSettings {
  apiRoot: string;
  apiVersion: string;
  phoneNumberId: string;
  accessToken: string;
}

/** How sends are retried. Delays double from `baseMs` (or `pairMs` for 131056), capped at `maxMs`, with jitter. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseMs: number;
  /** First delay after Meta's per-citizen limit (131056): it allows about one message every 6 s. */
  pairMs: number;
  maxMs: number;
  /** Longest wait for one request. */
  timeoutMs: number;
}

/** Five attempts over about 15 s (a minute and a half for 131056); 20 s per request. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseMs: 1000, pairMs: 6000, maxMs: 30_000, timeoutMs: 20_000 };

/** Where a message goes: the phone number when Meta shared it, else the business-scoped user id. */
export type Address = { to: string } | { recipient: string };

/** Why a request failed, as far as retrying goes. */
export type FailureKind = 'throttled' | 'pair' | 'server' | 'network' | 'client';

/** A refused or failed Graph request: Meta's code and ids, never the request or Meta's free-text message. */
export class GraphError extends AtendeError {
  constructor(
    readonly kind: FailureKind,
    readonly status: number | undefined,
    readonly graphCode: number | undefined,
    readonly subcode: number | undefined,
    readonly fbtraceId: string | undefined,
    readonly retryAfterMs: number | undefined,
    options?: { cause?: unknown },
  ) {
    super('WHATSAPP_CLOUD', `Graph API ${status ?? 'request'} failed${graphCode !== undefined ? ` (code ${graphCode})` : ''}`, options);
    this.name = 'GraphError';
  }

  /** Fields safe to log: HTTP status, Graph code and subcode, trace id. */
  fields(): Record<string, unknown> {
    return { status: this.status, code: this.graphCode, subcode: this.subcode, fbtrace_id: this.fbtraceId, kind: this.kind };
  }
}

const ErrorBody = z.object({
  error: z.object({
    code: z.number().int().optional(),
    error_subcode: z.number().int().optional(),
    fbtrace_id: z.string().optional(),
  }),
});

const SendResponse = z.object({ messages: z.array(z.object({ id: z.string() })).min(1) });

const THROTTLED = new Set([130429, 80007, 4]);
const SERVER = new Set([1, 2, 131000, 131016]);

/** How a failed answer is retried, from its HTTP status and Graph code. */
export function failureKind(status: number, code: number | undefined): FailureKind {
  if (code === 131056) return 'pair';
  if (status === 429 || (code !== undefined && THROTTLED.has(code))) return 'throttled';
  if (status >= 500 || (code !== undefined && SERVER.has(code))) return 'server';
  return 'client';
}

/** Seconds (or an HTTP date) of a Retry-After header, in ms. */
function retryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** The delay before retry `attempt` (0-based): half the doubled delay plus a random half ("equal jitter"). */
export function retryDelay(policy: RetryPolicy, attempt: number, err: GraphError, random: () => number): number {
  const base = err.kind === 'pair' ? policy.pairMs : policy.baseMs;
  const ceiling = Math.min(policy.maxMs, base * 2 ** Math.min(attempt, 20));
  return Math.max(ceiling / 2 + random() * (ceiling / 2), err.retryAfterMs ?? 0);
}

/** A retry about to happen, for the log. */
export interface RetryNotice {
  attempt: number;
  delayMs: number;
  error: GraphError;
}

/** Replaceable parts, for tests: the retry policy, the random source, a listener for retries. */
export interface GraphOptions {
  retry?: Partial<RetryPolicy>;
  random?: () => number;
  onRetry?: (notice: RetryNotice) => void;
}

/** Sends messages through the Cloud API, retrying what is worth retrying. */
export class GraphClient {
  private readonly policy: RetryPolicy;
  private readonly random: () => number;
  private readonly base: string;

  constructor(
    private readonly settings: GraphSettings,
    private readonly options: GraphOptions = {},
  ) {
    this.policy = { ...DEFAULT_RETRY, ...options.retry };
    this.random = options.random ?? Math.random;
    this.base = `${settings.apiRoot.replace(/\/+$/, '')}/${settings.apiVersion}/${encodeURIComponent(settings.phoneNumberId)}`;
  }

  /** Sends one message; resolves with its wamid. Rejects with a GraphError, or an AbortError once `signal` aborts. */
  async send(address: Address, message: OutgoingMessage, signal?: AbortSignal): Promise<string> {
    const body = JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', ...address, ...message });
    for (let attempt = 0; ; attempt++) {
      try {
        const answer = SendResponse.safeParse(await this.request('POST', `${this.base}/messages`, body, signal));
        // A 200 without a message id is still a message Meta accepted; nothing to retry.
        return answer.success ? (answer.data.messages[0]?.id ?? '') : '';
      } catch (err) {
        if (!(err instanceof GraphError) || err.kind === 'client' || attempt + 1 >= this.policy.attempts || signal?.aborted) throw err;
        const delayMs = retryDelay(this.policy, attempt, err, this.random);
        this.options.onRetry?.({ attempt: attempt + 1, delayMs, error: err });
        await sleep(delayMs, undefined, signal ? { signal } : {});
      }
    }
  }

  /** Reads the business number once (start-up check of the token and number id). Rejects with a GraphError. */
  async checkNumber(signal?: AbortSignal): Promise<void> {
    await this.request('GET', `${this.base}?fields=id`, undefined, signal);
  }

  private async request(method: 'GET' | 'POST', url: string, body: string | undefined, signal: AbortSignal | undefined): Promise<unknown> {
    const timeout = AbortSignal.timeout(this.policy.timeoutMs);
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: { authorization: `Bearer ${this.settings.accessToken}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body } : {}),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      // fetch's own error names the URL at most (never the token, which is a header); keep only its code.
      throw new GraphError('network', undefined, undefined, undefined, undefined, undefined, { cause: networkCode(cause) });
    }
    const text = await res.text().catch(() => '');
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (res.ok) return json;
    const error = ErrorBody.safeParse(json);
    const e = error.success ? error.data.error : undefined;
    throw new GraphError(failureKind(res.status, e?.code), res.status, e?.code, e?.error_subcode, e?.fbtrace_id, retryAfter(res.headers.get('retry-after')));
  }
}

/** The code of a network failure ("ECONNREFUSED", "UND_ERR_CONNECT_TIMEOUT", "TimeoutError"), for logs. */
function networkCode(err: unknown): string {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return cause instanceof Error ? cause.name : 'unknown';
}
