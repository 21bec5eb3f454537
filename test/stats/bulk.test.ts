// The bulk loader (used by the benchmark) must build exactly the tables the real closing path builds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RollupAccumulator } from '../../bench/stats-bulk.ts';
import type { EngineEvent } from '../../src/conversation/types.ts';
import { dayOf } from '../../src/core/time.ts';
import type { ClosedSession } from '../../src/stats/rollup.ts';
import type { SqliteStore } from '../../src/store/sqlite/store.ts';
import { local, recordSession, tempStore } from './support.ts';

const tables = ['daily_channel', 'period_users', 'channel_users', 'daily_service_views', 'period_service_views', 'daily_failed_searches', 'period_failed_searches'];

function dump(store: SqliteStore): Record<string, unknown[]> {
  return Object.fromEntries(tables.map((t) => [t, store.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3`).all()]));
}

const eventArb: fc.Arbitrary<EngineEvent> = fc.oneof(
  fc.record({ type: fc.constant('search' as const), query: fc.constantFrom('ipva', 'receita de bolo', 'CPF 529.982.247-25', '  Bolsa   Merenda '), results: fc.constantFrom(0, 0, 2) }),
  fc.record({ type: fc.constant('service_viewed' as const), serviceId: fc.constantFrom('ipva', 'cnh-renovacao', 'ouvidoria') }),
  fc.record({ type: fc.constant('walkthrough_finished' as const), serviceId: fc.constant('ipva') }),
  fc.record({ type: fc.constant('form_submitted' as const), serviceId: fc.constant('ouvidoria'), protocol: fc.constant('ATD-20250101-000001') }),
  fc.record({ type: fc.constant('feedback' as const), helpful: fc.boolean() }),
  fc.constant({ type: 'handoff' as const }),
);

const sessionArb = fc.record({
  channel: fc.constantFrom('telegram', 'whatsapp'),
  user: fc.integer({ min: 0, max: 12 }),
  // Minutes from 2024-12-20 to about 2025-02-10: crosses a year, months and ISO weeks.
  minute: fc.integer({ min: 0, max: 52 * 24 * 60 }),
  messagesIn: fc.integer({ min: 1, max: 9 }),
  events: fc.array(eventArb, { maxLength: 5 }),
  closeBy: fc.constantFrom('turn' as const, 'shutdown' as const, 'idle' as const),
});

function flags(events: EngineEvent[]): Pick<ClosedSession, 'searched' | 'viewed' | 'finished' | 'requested' | 'handoff' | 'feedbackYes' | 'feedbackNo'> {
  return {
    searched: events.some((e) => e.type === 'search'),
    viewed: events.some((e) => e.type === 'service_viewed'),
    finished: events.some((e) => e.type === 'walkthrough_finished'),
    requested: events.some((e) => e.type === 'form_submitted'),
    handoff: events.some((e) => e.type === 'handoff'),
    feedbackYes: events.filter((e) => e.type === 'feedback' && e.helpful).length,
    feedbackNo: events.filter((e) => e.type === 'feedback' && !e.helpful).length,
  };
}

describe('RollupAccumulator', () => {
  it('writes the same aggregate tables as closing each session in the store, however often it flushes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sessionArb, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 20 }), fc.boolean(), async (specs, flushEvery, withIndex) => {
        const real = tempStore();
        const bulk = tempStore();
        try {
          // Each citizen's sessions one after the other, as the runtime guarantees: at least 5 minutes apart.
          const sorted = [...specs].sort((a, b) => a.minute - b.minute);
          const lastStart = new Map<string, number>();
          const acc = new RollupAccumulator();
          for (const [i, s] of sorted.entries()) {
            const key = `${s.channel}:${s.user}`;
            const minute = Math.max(s.minute, (lastStart.get(key) ?? -10) + 5);
            lastStart.set(key, minute);
            const start = local('2024-12-20T00:00') + minute * 60_000;
            const at = new Date(start - 3 * 3600_000).toISOString().slice(0, 16);
            await recordSession(real.store, { channel: s.channel, user: `u${s.user}`, at, messagesIn: s.messagesIn, messagesOut: s.messagesIn, events: s.events, closeBy: s.closeBy });
            // The same session for the bulk loader: events in two turns, at the start and two minutes later.
            const half = Math.ceil(s.events.length / 2);
            s.events.forEach((e, j) => acc.addEvent(dayOf(j < half ? start : start + 120_000), s.channel, e));
            const closed: ClosedSession = { id: String(i), channel: s.channel, userKey: `u${s.user}`, startedAt: start, endedAt: start + 120_000, outcome: 'abandoned', messagesIn: s.messagesIn, messagesOut: s.messagesIn, ...flags(s.events) };
            // Either keyed by user key, or with the user's dense integer id (the benchmark's fast path).
            acc.addSession(closed, withIndex ? s.user : undefined);
            if (i % flushEvery === flushEvery - 1) acc.flush(bulk.store.db);
          }
          acc.write(bulk.store.db);
          expect(dump(bulk.store)).toEqual(dump(real.store));
        } finally {
          await real.cleanup();
          await bulk.cleanup();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('refuses to mix user ids and user keys on one channel', () => {
    const acc = new RollupAccumulator();
    const s: ClosedSession = { id: '1', channel: 'telegram', userKey: 'a', startedAt: local('2025-01-02T10:00'), endedAt: 0, outcome: 'abandoned', messagesIn: 1, messagesOut: 1, ...flags([]) };
    acc.addSession(s, 0);
    expect(() => acc.addSession({ ...s, startedAt: s.startedAt + 86_400_000 })).toThrow('give userIndex for every session of a channel, or for none');
    acc.addSession({ ...s, channel: 'whatsapp' });
  });
});
