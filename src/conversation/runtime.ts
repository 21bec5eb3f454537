// The conversation runtime: sessions, pseudonyms, rate limits and persistence around the pure engine.
// Channels call `handle` with a parsed message; it returns the replies to send, after the turn is safely stored.
import { randomInt, randomUUID } from 'node:crypto';
import type { Catalogue } from '../catalogue/load.ts';
import type { Logger } from '../core/logger.ts';
import type { Pseudonymizer } from '../privacy/pseudonym.ts';
import type { SessionRecord, Store, TurnRecord } from '../store/port.ts';
import type { SearchIndex } from '../search/index.ts';
import { type EngineContext, isGreeting, resumeReply, resumeState, step } from './engine.ts';
import { RateLimiter } from './ratelimit.ts';
import { copy } from './text.ts';
import { type ConversationState, type Incoming, type Reply, type Turn, initialState } from './types.ts';

/** The catalogue and its search index, swapped together on hot reload. */
export interface LiveCatalogue {
  catalogue: Catalogue;
  search: SearchIndex;
}

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
}

/** Builds protocol numbers such as ATD-20261125-483920 (date in Minas Gerais time + 6 random digits). */
export function protocolNumber(now: number): string {
  const day = new Date(now - 3 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
  return `ATD-${day}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
}

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
    return this.opts.pseudonym(channel, platformUserId);
  }

  /**
   * Handles one message from one citizen. Synchronous from load to commit, so two messages of the same
   * citizen can never interleave. `dedupKey` (the platform's update or message id) makes redelivery harmless.
   */
  handle(channel: string, platformUserId: string, input: Incoming, dedupKey?: string): Handled {
    for (let attempt = 1; ; attempt++) {
      try {
        return this.handleUnsafe(channel, platformUserId, input, dedupKey, attempt > 1);
      } catch (err) {
        const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
        // Protocol numbers are 6 random digits a day: with a few hundred requests a day, two sometimes draw the same
        // one and the commit hits the primary key. Nothing was stored (one transaction): play the turn again.
        if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' && attempt < 3) continue;
        // A full disk, a locked or broken database: log it (without the message text) and apologise, never go silent.
        this.opts.logger.error({ err, code, channel, dedupKey }, 'message could not be handled');
        return { replies: [{ text: copy.apology }], skipped: 'error' };
      }
    }
  }

  private handleUnsafe(channel: string, platformUserId: string, input: Incoming, dedupKey?: string, replay = false): Handled {
    const { store } = this.opts;
    if (dedupKey !== undefined && store.seen(dedupKey)) return { replies: [], skipped: 'duplicate' };
    const userKey = this.userKey(channel, platformUserId);
    // A replayed turn was already counted by the rate limiter.
    if (this.limiter && !replay) {
      const verdict = this.limiter.hit(userKey, this.now());
      if (verdict === 'notice') return { replies: [{ text: copy.rateLimited }], skipped: 'rate_limit_notice' };
      if (verdict === 'drop') return { replies: [], skipped: 'rate_limited' };
    }
    const now = this.now();
    const { catalogue, search } = this.opts.live();
    const latest = store.latestSession(channel, userKey);
    const idleMs = this.opts.idleMinutes * 60_000;
    let session: SessionRecord;
    let isNew = false;
    const ctx: EngineContext = {
      catalogue,
      search,
      now: new Date(now),
      newProtocol: () => protocolNumber(now),
      findRequest: (protocol) => {
        const r = store.findRequest(protocol, userKey);
        if (!r) return undefined;
        return { protocol: r.protocol, serviceId: r.serviceId, serviceTitle: catalogue.byId.get(r.serviceId)?.title ?? r.serviceId, status: r.status, createdAt: r.createdAt };
      },
    };
    let resumable: ConversationState | undefined;
    if (latest && latest.endedAt === null && now - latest.lastAt < idleMs) {
      session = latest;
    } else {
      if (latest && latest.endedAt === null) store.closeSession(latest.id, latest.lastAt, latest.state.outcome ?? 'abandoned');
      isNew = true;
      let state = initialState();
      if (latest && now - latest.lastAt < idleMs) {
        // Closed by a restart or shutdown moments ago: the conversation carries on exactly where it was.
        state = latest.state;
      } else if (latest && now - latest.lastAt < (this.opts.resumeWithinMs ?? 7 * 86_400_000)) {
        resumable = resumeState(latest.state, ctx);
      }
      session = { id: randomUUID(), channel, userKey, startedAt: now, lastAt: now, endedAt: null, outcome: null, messagesIn: 0, messagesOut: 0, state: { ...state, outcome: undefined } };
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
    const record: TurnRecord = { session: next, isNew, events: turn.events };
    if (turn.request) record.request = turn.request;
    if (turn.end) record.end = turn.end;
    if (dedupKey !== undefined) record.dedupKey = dedupKey;
    store.commitTurn(record);
    return { replies: turn.replies, sessionId: session.id };
  }

  /** Closes sessions idle for longer than the configured time; run periodically. */
  sweep(): number {
    return this.opts.store.closeIdleSessions(this.now() - this.opts.idleMinutes * 60_000);
  }
}

function isResumeAnswer(input: Incoming): boolean {
  if (input.kind === 'option') return input.id.startsWith('resume:');
  if (input.kind !== 'text') return false;
  return /^\s*(sim|s|continuar|continuar de onde parei)\s*$/i.test(input.text);
}
