// An in-memory implementation of the storage port, for the engine's and runtime's unit tests.
import type { Outcome } from '../conversation/types.ts';
import type { ChannelCount, RequestRecord, SessionRecord, Store, TurnRecord } from './port.ts';
import { dayOf } from './time.ts';

/** Keeps everything in maps; `events` and `requests` are public so tests can inspect them. */
export class MemoryStore implements Store {
  readonly sessions = new Map<string, SessionRecord>();
  readonly events: { sessionId: string; at: number; type: string; data: unknown }[] = [];
  readonly requests = new Map<string, RequestRecord>();
  private readonly processed = new Set<string>();

  latestSession(channel: string, userKey: string): SessionRecord | undefined {
    let latest: SessionRecord | undefined;
    for (const s of this.sessions.values()) {
      if (s.channel === channel && s.userKey === userKey && (!latest || s.startedAt >= latest.startedAt)) latest = s;
    }
    return latest ? structuredClone(latest) : undefined;
  }

  commitTurn(turn: TurnRecord): void {
    const s = structuredClone(turn.session);
    this.sessions.set(s.id, s);
    for (const e of turn.events) this.events.push({ sessionId: s.id, at: s.lastAt, type: e.type, data: structuredClone(e) });
    if (turn.request) {
      this.requests.set(turn.request.protocol, {
        protocol: turn.request.protocol,
        sessionId: s.id,
        userKey: s.userKey,
        channel: s.channel,
        serviceId: turn.request.serviceId,
        status: 'Recebida',
        createdAt: s.lastAt,
        answers: { ...turn.request.answers },
      });
    }
    if (turn.dedupKey) this.processed.add(turn.dedupKey);
    if (turn.end) this.closeSession(s.id, s.lastAt, turn.end);
  }

  closeSession(sessionId: string, endedAt: number, outcome: Outcome): void {
    const s = this.sessions.get(sessionId);
    if (s && s.endedAt === null) {
      s.endedAt = endedAt;
      s.outcome = outcome;
    }
  }

  closeIdleSessions(before: number): number {
    let n = 0;
    for (const s of this.sessions.values()) {
      if (s.endedAt === null && s.lastAt < before) {
        this.closeSession(s.id, s.lastAt, s.state.outcome ?? 'abandoned');
        n++;
      }
    }
    return n;
  }

  closeAllOpen(): number {
    return this.closeIdleSessions(Number.POSITIVE_INFINITY);
  }

  seen(dedupKey: string): boolean {
    return this.processed.has(dedupKey);
  }

  markSeen(dedupKey: string): void {
    this.processed.add(dedupKey);
  }

  findRequest(protocol: string, userKey: string): RequestRecord | undefined {
    const r = this.requests.get(protocol);
    return r && r.userKey === userKey ? r : undefined;
  }

  sessionsToday(now: number): ChannelCount[] {
    const today = dayOf(now);
    const counts = new Map<string, number>();
    for (const s of this.sessions.values()) if (dayOf(s.startedAt) === today) counts.set(s.channel, (counts.get(s.channel) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([channel, sessions]) => ({ channel, sessions }));
  }

  close(): void {}
}
