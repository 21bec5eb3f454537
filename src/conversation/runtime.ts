// The conversation runtime: sessions, idle timeouts, dedup, rate limiting and persistence around the pure engine.
// Channels call `handle` with a parsed message; it returns the replies to send, after the turn is safely stored.
import { randomInt, randomUUID } from 'node:crypto';
import { rootCode } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import { compactDayOf } from '../core/time.ts';
import type { Pseudonymizer } from '../privacy/pseudonym.ts';
import type { LiveCatalogue } from '../search/live.ts';
import { type EngineContext, isGreeting, resumeReply, resumeState, step } from './engine.ts';
import { RateLimiter, type Verdict } from './ratelimit.ts';
import { withoutAnswers } from './state.ts';
import type { ConversationKey, RekeyResult, RequestRecord, SessionRecord, Store, TurnPlan, TurnReader, TurnRecord } from './storage.ts';
import { copy } from './text.ts';
import { type ConversationState, type Incoming, type Reply, type Turn, initialState } from './types.ts';

export type { LiveCatalogue } from '../search/live.ts';

/** Options of the runtime. `now` is injectable for tests. */
export interface RuntimeOptions {
  store: Store;
  live: () => LiveCatalogue;
  pseudonym: Pseudonymizer;
  logger: Logger;
  idleMinutes: number;
  rateLimit?: { messages: number; windowMs: number };
  now?: () => number;
  /** Unfinished walkthroughs or forms older than this are not offered for resumption. */
  resumeWithinMs?: number;
}

/** What `handle` returns: replies to send (possibly none, for a silenced flood or a duplicate). */
export interface Handled {
  replies: Reply[];
  /** Why nothing (or only a notice, or an apology) was answered. */
  skipped?: 'duplicate' | 'rate_limited' | 'rate_limit_notice' | 'error';
  sessionId?: string;
  /** The outbox entry holding these replies (when the caller gave an address): mark it sent once delivered. */
  outboxId?: string;
}

/** Builds protocol numbers such as ATD-20261125-483920 (date in Minas Gerais time + 6 random digits). */
export function protocolNumber(now: number): string {
  return `ATD-${compactDayOf(now)}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
}

/** How many times one step is replayed to fetch the requests it looked up (the engine asks synchronously). */
const MAX_LOOKUP_ROUNDS = 3;

/** Runs conversations for every channel. One instance per process. */
export class ConversationRuntime {
  private readonly opts: RuntimeOptions;
  private readonly limiter: RateLimiter | undefined;
  private readonly now: () => number;

  constructor(opts: RuntimeOptions) {
    this.opts = opts;
    this.now = opts.now ?? Date.now;
    this.limiter = opts.rateLimit ? new RateLimiter(opts.rateLimit.messages, opts.rateLimit.windowMs) : undefined;
  }

  /** The pseudonymous key of a platform user. */
  userKey(channel: string, platformUserId: string): string {
    // Computed each time (a few µs): a cache keyed by raw ids would keep phone numbers in memory (LGPD).
    return this.opts.pseudonym(channel, platformUserId);
  }

  /**
   * Handles one message from one citizen. The store runs the citizen's turns one at a time, in the order of
   * the calls: the place in line is taken synchronously, before this returns. `dedupKey` (the platform's update
   * or message id) is stored with the turn, so a redelivery is never answered twice. Never rejects: a failure
   * is logged (without the message text) and answered with an apology. With `outboxAddress` (the chat to send
   * to), the replies are stored in the turn's transaction as an outbox entry (`outboxId`), to be marked sent.
   */
  async handle(channel: string, platformUserId: string, input: Incoming, dedupKey?: string, outboxAddress?: string): Promise<Handled> {
    // The rate limiter counts a message once, even when the store plays its turn again.
    const counted: { verdict?: Verdict } = {};
    try {
      const key: ConversationKey = { channel, userKey: this.userKey(channel, platformUserId) };
      const outcome = await this.opts.store.runTurn(key, async (read) => {
        const plan = await this.play(key, read, input, dedupKey, counted);
        if (plan.write && outboxAddress !== undefined && plan.result.replies.length > 0) {
          const id = randomUUID();
          plan.write.outbox = { id, channel, address: outboxAddress, replies: plan.result.replies, createdAt: plan.write.session.lastAt };
          plan.result = { ...plan.result, outboxId: id };
        }
        return plan;
      });
      return outcome.status === 'duplicate' ? { replies: [], skipped: 'duplicate' } : outcome.result;
    } catch (err) {
      // A full disk, a locked or broken database, a taken protocol every time: log it and apologise, never go silent.
      this.opts.logger.error({ err, code: rootCode(err), channel, dedupKey }, 'message could not be handled');
      return { replies: [{ text: copy.apology }], skipped: 'error' };
    }
  }

  /** One turn, from what the store reads. Free of side effects but the (memoised) rate-limit count. */
  private async play(key: ConversationKey, read: TurnReader, input: Incoming, dedupKey: string | undefined, counted: { verdict?: Verdict }): Promise<TurnPlan<Handled>> {
    if (dedupKey !== undefined && (await read.seen(dedupKey))) return { result: { replies: [], skipped: 'duplicate' } };
    if (this.limiter) {
      counted.verdict ??= this.limiter.hit(key.userKey, this.now());
      if (counted.verdict === 'notice') return { result: { replies: [{ text: copy.rateLimited }], skipped: 'rate_limit_notice' } };
      if (counted.verdict === 'drop') return { result: { replies: [], skipped: 'rate_limited' } };
    }
    const now = this.now();
    const live = this.opts.live();
    const latest = await read.latestSession();
    // The engine looks requests up synchronously; a protocol it asked for and we did not have yet is fetched,
    // and the (pure) step is played again with it.
    const known = new Map<string, RequestRecord | undefined>();
    // Likewise a protocol number from the store's sequence, where it has one: asked for once the engine needs it.
    const protocol: { value?: string; wanted: boolean } = { wanted: false };
    const newProtocol = (): string => {
      if (protocol.value !== undefined) return protocol.value;
      protocol.wanted = read.newProtocol !== undefined;
      return protocolNumber(now);
    };
    for (let round = 1; ; round++) {
      const missing = new Set<string>();
      protocol.wanted = false;
      const turn = this.compute(key, latest, input, now, live, newProtocol, (p) => {
        if (known.has(p)) return known.get(p);
        missing.add(p);
        return undefined;
      });
      const needsProtocol = protocol.wanted && read.newProtocol !== undefined;
      if ((missing.size === 0 && !needsProtocol) || round === MAX_LOOKUP_ROUNDS) {
        if (turn.write && dedupKey !== undefined) turn.write.dedupKey = dedupKey;
        return turn;
      }
      for (const p of missing) known.set(p, await read.findRequest(p));
      if (needsProtocol && read.newProtocol) protocol.value = await read.newProtocol(now);
    }
  }

  private compute(
    key: ConversationKey,
    latest: SessionRecord | undefined,
    input: Incoming,
    now: number,
    live: LiveCatalogue,
    newProtocol: () => string,
    lookUp: (protocol: string) => RequestRecord | undefined,
  ): TurnPlan<Handled> {
    const { catalogue, search } = live;
    const idleMs = this.opts.idleMinutes * 60_000;
    const ctx: EngineContext = {
      catalogue,
      search,
      now: new Date(now),
      newProtocol,
      findRequest: (protocol) => {
        const r = lookUp(protocol);
        if (!r) return undefined;
        return { protocol: r.protocol, serviceId: r.serviceId, serviceTitle: catalogue.byId.get(r.serviceId)?.title ?? r.serviceId, status: r.status, createdAt: r.createdAt };
      },
    };
    let session: SessionRecord;
    let isNew = false;
    let closePrevious: TurnRecord['closePrevious'];
    let resumable: ConversationState | undefined;
    if (latest && latest.endedAt === null && now - latest.lastAt < idleMs) {
      session = latest;
    } else {
      // An idle session still open is closed in the same transaction that opens the new one.
      if (latest && latest.endedAt === null) closePrevious = { sessionId: latest.id, endedAt: latest.lastAt, outcome: latest.state.outcome ?? 'abandoned' };
      isNew = true;
      let state = initialState();
      if (latest && now - latest.lastAt < idleMs) {
        // Closed by a restart or shutdown moments ago: the conversation carries on exactly where it was.
        state = latest.state;
      } else if (latest && now - latest.lastAt < (this.opts.resumeWithinMs ?? 7 * 86_400_000)) {
        // The old session closes without its form answers (stores scrub them): nothing of them is carried over.
        resumable = resumeState(withoutAnswers(latest.state), ctx);
      }
      session = { id: randomUUID(), channel: key.channel, userKey: key.userKey, startedAt: now, lastAt: now, endedAt: null, outcome: null, messagesIn: 0, messagesOut: 0, state: { ...state, outcome: undefined } };
    }

    // A returning citizen with an unfinished walkthrough or form: a greeting gets the offer to resume;
    // "continuar"/"sim" resumes at once; any other message is simply answered as a new question.
    let turn: Turn;
    if (resumable && isGreeting(input)) {
      const offer = resumeReply(resumable, ctx);
      turn = { state: resumable, replies: offer ? [offer] : [], events: [] };
    } else if (resumable && isResumeAnswer(input)) {
      turn = step(resumable, input, ctx);
    } else {
      turn = step(session.state, input, ctx);
    }
    const next: SessionRecord = {
      ...session,
      lastAt: now,
      messagesIn: session.messagesIn + 1,
      messagesOut: session.messagesOut + turn.replies.length,
      state: turn.state,
    };
    const write: TurnRecord = { session: next, isNew, events: turn.events };
    if (closePrevious) write.closePrevious = closePrevious;
    if (turn.request) write.request = turn.request;
    if (turn.end) write.end = turn.end;
    return { result: { replies: turn.replies, sessionId: session.id }, write };
  }

  /**
   * Moves a citizen's conversation and requests from one platform id to another id of the same person (WhatsApp:
   * phone-number address to LID). Both are pseudonymised first, as in `handle`: the store never sees a raw id.
   */
  rekey(channel: string, fromPlatformUserId: string, toPlatformUserId: string): Promise<RekeyResult> {
    return this.opts.store.rekey(channel, this.userKey(channel, fromPlatformUserId), this.userKey(channel, toPlatformUserId));
  }

  /** Closes sessions idle for longer than the configured time; run periodically. */
  sweep(): Promise<number> {
    return this.opts.store.closeIdleSessions(this.now() - this.opts.idleMinutes * 60_000);
  }
}

function isResumeAnswer(input: Incoming): boolean {
  if (input.kind === 'option') return input.id.startsWith('resume:');
  if (input.kind !== 'text') return false;
  return /^\s*(sim|s|continuar|continuar de onde parei)\s*$/i.test(input.text);
}
