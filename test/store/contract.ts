// The store contract: what every Store (and its StatsReader) must do, run against memory and SQLite in
// contract.test.ts, and against PostgreSQL next. Turns are played by a tiny runtime of its own (no engine), so
// that a failure here is the store's. Expected figures are worked out by hand in the comments.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ProtocolTakenError } from '../../src/core/errors.ts';
import { DAY_MS, startOfDay } from '../../src/core/time.ts';
import type { ConversationKey, OutboxEntry, SessionRecord, Store, TurnPlan, TurnReader, TurnRecord } from '../../src/conversation/storage.ts';
import { type EngineEvent, initialState } from '../../src/conversation/types.ts';
import type { StatsReader } from '../../src/stats/reader.ts';
import { rekeyContract } from './contract-rekey.ts';

/** A store and the statistics of the same database. */
export interface OpenedStore {
  store: Store;
  stats: StatsReader;
}

/** One database under test. */
export interface StoreFixture {
  /** Opens a store on this database: again after closing one (a restart), or twice at once (two processes). */
  open(): Promise<OpenedStore>;
  /** Closes what is still open and removes the database. */
  cleanup(): Promise<void>;
}

/** Local time in Minas Gerais, "YYYY-MM-DDTHH:MM". */
export const at = (local: string): number => Date.parse(`${local}:00-03:00`);
const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
export const key = (channel: string, userKey: string): ConversationKey => ({ channel, userKey });

/** What a contract turn adds besides one message in and one out. */
type Extra = Partial<Pick<TurnRecord, 'events' | 'request' | 'end' | 'dedupKey' | 'outbox'>>;

/**
 * The contract's runtime: continues the open session (or opens one) with one more message; the result is the
 * message count the turn started from, so results show the order turns ran in.
 */
async function next(read: TurnReader, k: ConversationKey, when: number, extra: Extra = {}): Promise<TurnPlan<number>> {
  const latest = await read.latestSession();
  const open = latest !== undefined && latest.endedAt === null;
  const base: SessionRecord = open ? latest : { id: randomUUID(), channel: k.channel, userKey: k.userKey, startedAt: when, lastAt: when, endedAt: null, outcome: null, messagesIn: 0, messagesOut: 0, state: initialState() };
  const session: SessionRecord = { ...base, lastAt: when, messagesIn: base.messagesIn + 1, messagesOut: base.messagesOut + 1 };
  return { result: base.messagesIn, write: { session, isNew: !open, events: [], ...extra } };
}

/** Plays one contract turn and returns its result (or "duplicate"). */
export async function turn(store: Store, k: ConversationKey, when: number, extra: Extra = {}): Promise<number | 'duplicate'> {
  const outcome = await store.runTurn(k, (read) => next(read, k, when, extra));
  return outcome.status === 'done' ? outcome.result : 'duplicate';
}

/** The latest session of a conversation, read through a turn that writes nothing. */
export async function latestOf(store: Store, k: ConversationKey): Promise<SessionRecord | undefined> {
  const outcome = await store.runTurn(k, async (read) => ({ result: await read.latestSession() }));
  return outcome.status === 'done' ? outcome.result : undefined;
}

const search = (query: string, results: number): EngineEvent => ({ type: 'search', query, results });
export const view = (serviceId: string): EngineEvent => ({ type: 'service_viewed', serviceId });

/** The contract suite, for one kind of store. */
export function storeContract(name: string, makeFixture: () => StoreFixture | Promise<StoreFixture>): void {
  describe(`the ${name} store contract`, () => {
    const fixtures: StoreFixture[] = [];
    afterEach(async () => {
      for (const f of fixtures.splice(0)) await f.cleanup();
    });
    async function open(): Promise<OpenedStore & { fixture: StoreFixture }> {
      const fixture = await makeFixture();
      fixtures.push(fixture);
      return { ...(await fixture.open()), fixture };
    }

    describe('health', () => {
      it('is ready while the store takes writes, and not ready (with a reason) once it is closed', async () => {
        const { store } = await open();
        expect(await store.health()).toEqual({ ok: true });
        expect(await turn(store, key('telegram', 'u-health'), at('2026-11-25T10:00'))).toBe(0);
        expect(await store.health()).toEqual({ ok: true });
        await store.close();
        const after = await store.health();
        expect(after.ok).toBe(false);
        expect(after.ok ? '' : after.reason).not.toBe('');
      });
    });

    describe('when one citizen sends many messages at once', () => {
      it('handles them one at a time, in the order they arrived', async () => {
        const { store } = await open();
        const k = key('telegram', 'ana');
        const other = key('telegram', 'bia');
        const results = Array.from({ length: 25 }, (_, i) =>
          store.runTurn(k, async (read) => {
            // Each turn waits a different while before reading: unordered turns would overtake each other.
            await delay((i * 7) % 4);
            return next(read, k, at('2025-03-03T10:00') + i * 1000);
          }),
        );
        const others = Array.from({ length: 5 }, () => turn(store, other, at('2025-03-03T10:00')));
        const outcomes = await Promise.all(results);
        expect(outcomes.map((o) => (o.status === 'done' ? o.result : -1))).toEqual(Array.from({ length: 25 }, (_, i) => i));
        expect((await latestOf(store, k))?.messagesIn).toBe(25);
        expect((await Promise.all(others)).sort((a, b) => Number(a) - Number(b))).toEqual([0, 1, 2, 3, 4]);
      });

      it('lets other citizens through while one of them waits', async () => {
        const { store } = await open();
        let release = (): void => undefined;
        const gate = new Promise<void>((resolve) => {
          release = resolve;
        });
        const slow = store.runTurn(key('telegram', 'lenta'), async (read) => {
          await gate;
          return next(read, key('telegram', 'lenta'), at('2025-03-03T10:00'));
        });
        expect(await turn(store, key('telegram', 'rapida'), at('2025-03-03T10:00'))).toBe(0);
        release();
        expect((await slow).status).toBe('done');
      });

      it('still runs the next message after one failed, and stores nothing of the failed one', async () => {
        const { store } = await open();
        const k = key('telegram', 'ana');
        const failed = store.runTurn(k, async () => {
          throw new Error('engine bug');
        });
        const after = turn(store, k, at('2025-03-03T10:00'));
        await expect(failed).rejects.toThrow('engine bug');
        expect(await after).toBe(0);
      });
    });

    describe('when many citizens write at the same moment', () => {
      it('stores or refuses each turn on its own: one refused turn undoes none of the others', async () => {
        const { store, stats } = await open();
        const taken = { protocol: 'ATD-20250303-000042', serviceId: 'ipva', answers: {} };
        await turn(store, key('telegram', 'x'), at('2025-03-03T09:00'), { dedupKey: 'tg:900' });
        await turn(store, key('telegram', 'y'), at('2025-03-03T09:00'), { request: taken });
        const results = await Promise.allSettled(
          Array.from({ length: 20 }, (_, i) =>
            turn(store, key('whatsapp', `c${i}`), at('2025-03-03T10:00'), i === 3 ? { dedupKey: 'tg:900', events: [view('ipva')] } : i === 7 ? { request: taken, events: [view('ipva')] } : { events: [view('ipva')] }),
          ),
        );
        expect(results[3]).toEqual({ status: 'fulfilled', value: 'duplicate' });
        expect(results[7]?.status === 'rejected' && results[7].reason).toBeInstanceOf(ProtocolTakenError);
        expect(results.filter((r) => r.status === 'fulfilled' && r.value === 0)).toHaveLength(18);
        // x and y, and the 18 stored turns; then 18 views of ipva that day.
        expect(await store.closeAllOpen()).toBe(20);
        expect(await stats.top('service_views', { start: '2025-03-03', end: '2025-03-03' }, '*', 5)).toEqual([{ key: 'ipva', count: 18 }]);
      });

      it('counts the events of 64 turns stored at once, each once, and none of a turn refused after writing its events', async () => {
        const { store, stats } = await open();
        const taken = { protocol: 'ATD-20250303-000042', serviceId: 'ipva', answers: {} };
        await turn(store, key('telegram', 'y'), at('2025-03-03T09:00'), { request: taken });
        // Citizen i views ipva (even i) or cnh (odd i), and searches "xablau" in vain; citizen 10 asks for a taken protocol.
        const results = await Promise.allSettled(
          Array.from({ length: 64 }, (_, i) =>
            turn(store, key('telegram', `c${i}`), at('2025-03-03T10:00'), { events: [view(i % 2 === 0 ? 'ipva' : 'cnh'), search('xablau', 0)], ...(i === 10 ? { request: taken } : {}) }),
          ),
        );
        expect(results[10]?.status === 'rejected' && results[10].reason).toBeInstanceOf(ProtocolTakenError);
        expect(results.filter((r) => r.status === 'fulfilled' && r.value === 0)).toHaveLength(63);
        // y and the 63 stored turns.
        expect(await store.closeAllOpen()).toBe(64);
        // 31 views of ipva (32 even citizens but the 10th), 32 of cnh, 63 failed searches: on the day, the month and the year.
        for (const range of [{ start: '2025-03-03', end: '2025-03-03' }, { start: '2025-03-01', end: '2025-03-31' }, { start: '2025-01-01', end: '2025-12-31' }]) {
          for (const channel of ['*', 'telegram']) {
            expect(await stats.top('service_views', range, channel, 5)).toEqual([
              { key: 'cnh', count: 32 },
              { key: 'ipva', count: 31 },
            ]);
            expect(await stats.top('failed_searches', range, channel, 5)).toEqual([{ key: 'xablau', count: 63 }]);
          }
        }
      });
    });

    describe('when an update is delivered again', () => {
      it('answers it once: the second delivery stores nothing and says "duplicate"', async () => {
        const { store } = await open();
        const k = key('telegram', 'ana');
        expect(await turn(store, k, at('2025-03-03T10:00'), { dedupKey: 'tg:1', events: [view('ipva')] })).toBe(0);
        expect(await turn(store, k, at('2025-03-03T10:01'), { dedupKey: 'tg:1', events: [view('ipva')] })).toBe('duplicate');
        expect((await latestOf(store, k))?.messagesIn).toBe(1);
        const seen = await store.runTurn(k, async (read) => ({ result: [await read.seen('tg:1'), await read.seen('tg:2')] }));
        expect(seen).toEqual({ status: 'done', result: [true, false] });
      });

      it('answers it once even when both deliveries arrive at the same moment, for different citizens', async () => {
        const { store, stats } = await open();
        const both = await Promise.all([
          turn(store, key('whatsapp', 'ana'), at('2025-03-03T10:00'), { dedupKey: 'wa:X', events: [view('ipva')] }),
          turn(store, key('whatsapp', 'bia'), at('2025-03-03T10:00'), { dedupKey: 'wa:X', events: [view('ipva')] }),
        ]);
        expect(both.filter((r) => r === 'duplicate')).toHaveLength(1);
        expect(await store.closeAllOpen()).toBe(1);
        expect(await stats.top('service_views', { start: '2025-03-03', end: '2025-03-03' }, '*', 5)).toEqual([{ key: 'ipva', count: 1 }]);
      });
    });

    describe('after a restart', () => {
      it('finds the conversation, its request, its handled updates and its marks as they were', async () => {
        const { store, fixture } = await open();
        const k = key('telegram', 'ana');
        await turn(store, k, at('2025-03-03T10:00'), { dedupKey: 'tg:10' });
        await turn(store, k, at('2025-03-03T10:01'), { dedupKey: 'tg:11', request: { protocol: 'ATD-20250303-000001', serviceId: 'ouvidoria', answers: { nome: 'Maria' } } });
        expect(await store.markOnce('tg:group-note:1', at('2025-03-03T10:02'))).toBe(true);
        const before = await latestOf(store, k);
        await store.close();

        const again = await fixture.open();
        expect(await latestOf(again.store, k)).toEqual(before);
        expect(await turn(again.store, k, at('2025-03-03T10:05'), { dedupKey: 'tg:11' })).toBe('duplicate');
        expect(await again.store.markOnce('tg:group-note:1', at('2025-03-03T10:06'))).toBe(false);
        expect(await turn(again.store, k, at('2025-03-03T10:07'))).toBe(2);
        const found = await again.store.runTurn(k, async (read) => ({ result: await read.findRequest('ATD-20250303-000001') }));
        expect(found.status === 'done' && found.result).toMatchObject({ protocol: 'ATD-20250303-000001', serviceId: 'ouvidoria', channel: 'telegram', userKey: 'ana', status: 'Recebida', answers: { nome: 'Maria' } });
      });
    });

    describe('requests', () => {
      it('are found by protocol only by the citizen who made them', async () => {
        const { store } = await open();
        const request = { protocol: 'ATD-20250303-123456', serviceId: 'cnh-renovacao', answers: { cpf: '529.982.247-25' } };
        await turn(store, key('telegram', 'ana'), at('2025-03-03T10:00'), { request });
        const lookUp = async (k: ConversationKey) => {
          const o = await store.runTurn(k, async (read) => ({ result: await read.findRequest('ATD-20250303-123456') }));
          return o.status === 'done' ? o.result : undefined;
        };
        expect(await lookUp(key('telegram', 'ana'))).toMatchObject({ protocol: request.protocol, serviceId: 'cnh-renovacao', answers: request.answers, createdAt: at('2025-03-03T10:00') });
        expect(await lookUp(key('telegram', 'bia'))).toBeUndefined();
        expect(await lookUp(key('whatsapp', 'ana'))).toBeUndefined();
      });

      it('never share a protocol number: a taken one is refused in the port’s words, the turn played again, nothing stored', async () => {
        const { store, stats } = await open();
        const request = { protocol: 'ATD-20250303-000007', serviceId: 'ipva', answers: {} };
        await turn(store, key('telegram', 'ana'), at('2025-03-03T10:00'), { request });
        let plays = 0;
        const clash = store.runTurn(key('telegram', 'bia'), (read) => {
          plays++;
          return next(read, key('telegram', 'bia'), at('2025-03-03T10:01'), { request, events: [view('ipva')] });
        });
        await expect(clash).rejects.toBeInstanceOf(ProtocolTakenError);
        expect(plays).toBeGreaterThan(1);
        expect(await latestOf(store, key('telegram', 'bia'))).toBeUndefined();
        expect(await store.closeAllOpen()).toBe(1);
        expect(await stats.top('service_views', { start: '2025-03-03', end: '2025-03-03' }, '*', 5)).toEqual([]);
      });
    });

    describe('two stores on one database (two processes)', () => {
      it('never write over each other: a turn read from an old copy is played again on the new one', async () => {
        const { store: a, fixture } = await open();
        const b = (await fixture.open()).store;
        const k = key('telegram', 'ana');
        expect(await turn(a, k, at('2025-03-03T10:00'))).toBe(0);
        expect(await turn(b, k, at('2025-03-03T10:01'))).toBe(1);
        expect(await turn(a, k, at('2025-03-03T10:02'))).toBe(2);
        expect((await latestOf(b, k))?.messagesIn).toBe(3);
        await b.close();
      });

      it('answer an update once, whichever receives it', async () => {
        const { store: a, fixture } = await open();
        const b = (await fixture.open()).store;
        const k = key('telegram', 'ana');
        const results = await Promise.all([turn(a, k, at('2025-03-03T10:00'), { dedupKey: 'tg:5' }), turn(b, k, at('2025-03-03T10:00'), { dedupKey: 'tg:5' })]);
        expect(results.filter((r) => r === 'duplicate')).toHaveLength(1);
        await b.close();
      });

      it('never reopen a session the other one closed', async () => {
        const { store: a, stats, fixture } = await open();
        const b = (await fixture.open()).store;
        const k = key('telegram', 'ana');
        await turn(a, k, at('2025-03-03T10:00'));
        expect(await b.closeIdleSessions(at('2025-03-03T11:00'))).toBe(1);
        // a still remembers the session open; its next turn must start a new one.
        expect(await turn(a, k, at('2025-03-03T11:05'))).toBe(0);
        expect(await a.closeAllOpen()).toBe(1);
        expect((await stats.dailyRows({ start: '2025-03-03', end: '2025-03-03' })).map((r) => r.sessions)).toEqual([2]);
        await b.close();
      });
    });

    describe('the outbox of replies', () => {
      const entry = (id: string, createdAt: number, channel = 'telegram'): OutboxEntry => ({ id, channel, address: '42', replies: [{ text: `resposta ${id}` }], createdAt });

      it('keeps a turn’s replies with the turn until they are marked sent, across a restart, oldest first', async () => {
        const { store, fixture } = await open();
        const k = key('telegram', 'ana');
        await turn(store, k, at('2025-03-03T10:00'), { outbox: entry('o1', at('2025-03-03T10:00')), dedupKey: 'tg:1' });
        await turn(store, k, at('2025-03-03T10:01'), { outbox: entry('o2', at('2025-03-03T10:01')), dedupKey: 'tg:2' });
        await turn(store, key('whatsapp', 'bia'), at('2025-03-03T10:02'), { outbox: entry('o3', at('2025-03-03T10:02'), 'whatsapp') });
        // A redelivered update stores nothing: not its replies either.
        expect(await turn(store, k, at('2025-03-03T10:03'), { outbox: entry('o4', at('2025-03-03T10:03')), dedupKey: 'tg:2' })).toBe('duplicate');
        await store.outboxSent(['o1']);
        await store.close();

        const again = (await fixture.open()).store;
        expect(await again.pendingOutbox('telegram', 10)).toEqual([entry('o2', at('2025-03-03T10:01'))]);
        expect((await again.pendingOutbox('whatsapp', 10)).map((e) => e.id)).toEqual(['o3']);
        await again.outboxSent(['o2', 'o3']);
        expect(await again.pendingOutbox('telegram', 10)).toEqual([]);
        await again.close();
      });

      it('deletes every entry marked sent by replies delivered at the same moment, and only those', async () => {
        const { store } = await open();
        for (const [i, user] of ['ana', 'bia', 'caio'].entries()) {
          await turn(store, key('telegram', user), at('2025-03-03T10:00') + i, { outbox: entry(`o${i}`, at('2025-03-03T10:00') + i) });
        }
        await Promise.all([store.outboxSent(['o0']), store.outboxSent(['o2'])]);
        expect((await store.pendingOutbox('telegram', 10)).map((e) => e.id)).toEqual(['o1']);
        await store.close();
      });

      it('loses entries left unsent to the purge, with the rest of the old raw data', async () => {
        const { store } = await open();
        await turn(store, key('telegram', 'ana'), at('2025-03-03T10:00'), { outbox: entry('old', at('2025-03-03T10:00')) });
        await turn(store, key('telegram', 'bia'), at('2025-03-05T10:00'), { outbox: entry('new', at('2025-03-05T10:00')) });
        await store.purge(at('2025-03-04T00:00'));
        expect((await store.pendingOutbox('telegram', 10)).map((e) => e.id)).toEqual(['new']);
      });

      it('stores no replies of a turn that was refused', async () => {
        const { store } = await open();
        const k = key('telegram', 'ana');
        await turn(store, k, at('2025-03-03T10:00'), { request: { protocol: 'ATD-20250303-000001', serviceId: 'x', answers: {} } });
        await expect(
          store.runTurn(key('telegram', 'bia'), async (read) => {
            const plan = await next(read, key('telegram', 'bia'), at('2025-03-03T10:01'), { outbox: entry('o9', at('2025-03-03T10:01')) });
            if (plan.write) plan.write.session = { ...plan.write.session, channel: 'outro' };
            return plan;
          }),
        ).rejects.toThrow();
        expect(await store.pendingOutbox('telegram', 10)).toEqual([]);
      });
    });

    describe('form answers', () => {
      const midForm = { ...initialState(), view: { at: 'form' as const, serviceId: 'agendamento-uai', field: 2, answers: { nome: 'Fulano de Tal', cpf: '529.982.247-25' } } };
      /** One message that leaves the conversation half-way through a form. */
      const fillHalf = (store: Store, k: ConversationKey, when: number): Promise<unknown> =>
        store.runTurn(k, async (read) => {
          const plan = await next(read, k, when);
          if (plan.write) plan.write.session.state = midForm;
          return plan;
        });
      const answersOf = (s: SessionRecord | undefined): string => JSON.stringify(s?.state ?? null);

      it('leave the state when the idle sweep closes the session, or when the turn ends it', async () => {
        const { store } = await open();
        const idle = key('telegram', 'idle');
        const ended = key('telegram', 'ended');
        await fillHalf(store, idle, at('2025-03-03T10:00'));
        await fillHalf(store, ended, at('2025-03-03T10:00'));
        await store.runTurn(ended, async (read) => {
          const plan = await next(read, ended, at('2025-03-03T10:01'), { end: 'user_ended' });
          if (plan.write) plan.write.session.state = midForm;
          return plan;
        });
        expect(await store.closeIdleSessions(at('2025-03-03T11:00'))).toBe(1);
        for (const k of [idle, ended]) {
          const s = await latestOf(store, k);
          expect(s?.endedAt).not.toBeNull();
          expect(answersOf(s)).not.toContain('Fulano');
          expect(answersOf(s)).not.toContain('529.982');
          expect(s?.state.view).toEqual({ at: 'service', serviceId: 'agendamento-uai' });
        }
      });

      it('stay through a shutdown (a restart carries the form on), and go at the idle sweep after it', async () => {
        const { store } = await open();
        const k = key('telegram', 'restart');
        await fillHalf(store, k, at('2025-03-03T10:00'));
        expect(await store.closeAllOpen()).toBe(1);
        expect(answersOf(await latestOf(store, k))).toContain('Fulano');
        expect(await store.closeIdleSessions(at('2025-03-03T09:50'))).toBe(0);
        expect(answersOf(await latestOf(store, k))).toContain('Fulano');
        expect(await store.closeIdleSessions(at('2025-03-03T11:00'))).toBe(0);
        expect(answersOf(await latestOf(store, k))).not.toContain('Fulano');
      });
    });

    describe('a session closed while its turn was being played', () => {
      it('is not written to: the turn is played again and opens a new session', async () => {
        const { store } = await open();
        const k = key('telegram', 'ana');
        await turn(store, k, at('2025-03-03T10:00'));
        let plays = 0;
        let release = (): void => undefined;
        const gate = new Promise<void>((resolve) => {
          release = resolve;
        });
        const playing = store.runTurn(k, async (read) => {
          plays++;
          const plan = await next(read, k, at('2025-03-03T10:50'));
          if (plays === 1) await gate;
          return plan;
        });
        await delay(5);
        expect(await store.closeIdleSessions(at('2025-03-03T10:30'))).toBe(1);
        release();
        expect(await playing).toEqual({ status: 'done', result: 0 });
        expect(plays).toBe(2);
        expect(await latestOf(store, k)).toMatchObject({ endedAt: null, messagesIn: 1, startedAt: at('2025-03-03T10:50') });
      });
    });

    describe('statistics', () => {
      it('are written with each turn and close, and read back the same on every store', async () => {
        const { store, stats } = await open();
        const a = key('telegram', 'a');
        const b = key('telegram', 'b');
        const c = key('whatsapp', 'c');
        // a, Monday 2025-03-03: a search that finds ipva, ipva viewed; then a search with no result; ended by the turn.
        await turn(store, a, at('2025-03-03T10:00'), { events: [search('ipva', 2), view('ipva')] });
        await turn(store, a, at('2025-03-03T10:01'), { events: [search('receita de bolo', 0)], end: 'service_viewed' });
        // b, same day: cnh viewed, then a request and a "did not help"; closed later by the idle sweep.
        await turn(store, b, at('2025-03-03T11:00'), { events: [view('cnh')] });
        await turn(store, b, at('2025-03-03T11:02'), {
          events: [{ type: 'form_submitted', serviceId: 'cnh', protocol: 'ATD-20250303-000001' }, { type: 'feedback', helpful: false }],
          request: { protocol: 'ATD-20250303-000001', serviceId: 'cnh', answers: {} },
        });
        expect(await store.closeIdleSessions(at('2025-03-03T12:00'))).toBe(1);
        // c, Tuesday on WhatsApp: a search with no result and a handoff; closed at shutdown.
        await turn(store, c, at('2025-03-04T09:00'), { events: [search('xablau', 0), { type: 'handoff' }] });
        // a again on Wednesday: the same failed search (other case and spaces); left idle, then closed by the
        // turn that opens the next session (closePrevious), which stays open and is not counted.
        await turn(store, a, at('2025-03-05T08:00'), { events: [search('Receita  de BOLO', 0)] });
        const reopened = await store.runTurn(a, async (read) => {
          const latest = await read.latestSession();
          if (!latest) throw new Error('no session');
          const session: SessionRecord = { ...latest, id: randomUUID(), startedAt: at('2025-03-05T08:40'), lastAt: at('2025-03-05T08:40'), messagesIn: 1, messagesOut: 1 };
          return { result: 'ok', write: { session, isNew: true, events: [], closePrevious: { sessionId: latest.id, endedAt: latest.lastAt, outcome: 'abandoned' } } };
        });
        expect(reopened.status).toBe('done');
        expect(await store.closeAllOpen()).toBe(2);

        const march = { start: '2025-03-01', end: '2025-03-31' };
        const rows = (await stats.dailyRows(march)).sort((x, y) => (x.day + x.channel < y.day + y.channel ? -1 : 1));
        const zero = { finished: 0, requested: 0, completed: 0, handoff: 0, searchViewed: 0, searchCompleted: 0, feedbackYes: 0, feedbackNo: 0, viewed: 0, searched: 0 };
        expect(rows).toEqual([
          { ...zero, day: '2025-03-03', channel: 'telegram', sessions: 2, users: 2, messagesIn: 4, messagesOut: 4, searched: 1, viewed: 2, requested: 1, completed: 1, searchViewed: 1, feedbackNo: 1 },
          { ...zero, day: '2025-03-04', channel: 'whatsapp', sessions: 1, users: 1, messagesIn: 1, messagesOut: 1, searched: 1, handoff: 1 },
          // The session opened at 08:40 is closed too (closeAllOpen): 2 sessions, still 1 user that day.
          { ...zero, day: '2025-03-05', channel: 'telegram', sessions: 2, users: 1, messagesIn: 2, messagesOut: 2, searched: 1 },
        ]);
        // a and b in ISO week 2025-W10, March and 2025 on Telegram (a's Wednesday session is not a new week); c on WhatsApp.
        const users = await stats.usersByPeriod(['2025-W10', '2025-03', '2025']);
        expect(Object.fromEntries([...users].sort())).toEqual({ '2025-03|telegram': 2, '2025-03|whatsapp': 1, '2025-W10|telegram': 2, '2025-W10|whatsapp': 1, '2025|telegram': 2, '2025|whatsapp': 1 });
        expect(await stats.dataExtent()).toEqual({ start: '2025-03-03', end: '2025-03-05' });
        expect(await stats.channels()).toEqual(['telegram', 'whatsapp']);
        expect(await stats.top('service_views', march, '*', 10)).toEqual([
          { key: 'cnh', count: 1 },
          { key: 'ipva', count: 1 },
        ]);
        expect(await stats.top('failed_searches', march, '*', 10)).toEqual([
          { key: 'receita de bolo', count: 2 },
          { key: 'xablau', count: 1 },
        ]);
        expect(await stats.top('failed_searches', { start: '2025-03-01', end: '2025-03-04' }, 'whatsapp', 10)).toEqual([{ key: 'xablau', count: 1 }]);
        // Each event counts in four period rows (its month and year, on its channel and on all channels).
        const year = { start: '2025-01-01', end: '2025-12-31' };
        expect(await stats.top('service_views', march, 'telegram', 10)).toEqual([
          { key: 'cnh', count: 1 },
          { key: 'ipva', count: 1 },
        ]);
        expect(await stats.top('failed_searches', march, 'whatsapp', 10)).toEqual([{ key: 'xablau', count: 1 }]);
        expect(await stats.top('service_views', year, 'whatsapp', 10)).toEqual([]);
        expect(await stats.top('failed_searches', year, 'telegram', 10)).toEqual([{ key: 'receita de bolo', count: 2 }]);
        expect(await stats.top('failed_searches', year, '*', 10)).toEqual([
          { key: 'receita de bolo', count: 2 },
          { key: 'xablau', count: 1 },
        ]);
        expect(await stats.failedSearches({ from: '2025-03-01', to: '2025-03-31', limit: 10 })).toEqual({
          rows: [
            { query: 'receita de bolo', count: 2, days: 2, channels: ['telegram'] },
            { query: 'xablau', count: 1, days: 1, channels: ['whatsapp'] },
          ],
          total: { searches: 3, queries: 2 },
        });
        expect(await stats.failedSearches({ from: '2025-03-01', to: '2025-03-31', limit: 1, channel: 'whatsapp' })).toEqual({ rows: [{ query: 'xablau', count: 1, days: 1, channels: ['whatsapp'] }], total: { searches: 1, queries: 1 } });
        expect(await stats.sessionsStarted(startOfDay('2025-03-05'), startOfDay('2025-03-05') + DAY_MS)).toEqual([{ channel: 'telegram', sessions: 2 }]);
      });
    });

    rekeyContract(open);
    describe('leases (the one long-polling process)', () => {
      it('go to one holder at a time across stores, are renewed by it, taken over once expired, and freed on release', async () => {
        const { store: a, fixture } = await open();
        const b = (await fixture.open()).store;
        const t = at('2025-03-03T10:00');
        expect(await a.takeLease('telegram-polling:x', 'a', t, t + 30_000)).toEqual({ holder: 'a', expiresAt: t + 30_000 });
        // b is refused while a's lease runs, and told whose it is.
        expect(await b.takeLease('telegram-polling:x', 'b', t + 1000, t + 31_000)).toEqual({ holder: 'a', expiresAt: t + 30_000 });
        // Another name is another lease.
        expect((await b.takeLease('telegram-polling:y', 'b', t, t + 30_000)).holder).toBe('b');
        // a renews it; b is still refused after the first expiry time.
        expect(await a.takeLease('telegram-polling:x', 'a', t + 10_000, t + 40_000)).toEqual({ holder: 'a', expiresAt: t + 40_000 });
        expect((await b.takeLease('telegram-polling:x', 'b', t + 35_000, t + 65_000)).holder).toBe('a');
        // a stops renewing (killed): b takes it over once it has expired.
        expect(await b.takeLease('telegram-polling:x', 'b', t + 40_000, t + 70_000)).toEqual({ holder: 'b', expiresAt: t + 70_000 });
        // A release by someone who does not hold it changes nothing; the holder's release frees it at once.
        await a.releaseLease('telegram-polling:x', 'a');
        expect((await a.takeLease('telegram-polling:x', 'a', t + 41_000, t + 71_000)).holder).toBe('b');
        await b.releaseLease('telegram-polling:x', 'b');
        expect((await a.takeLease('telegram-polling:x', 'a', t + 42_000, t + 72_000)).holder).toBe('a');
        await b.close();
      });
    });

    describe('purge', () => {
      it('deletes closed sessions, events, requests and handled updates older than the cut-off, and keeps the figures', async () => {
        const { store, stats } = await open();
        const now = Date.now();
        const old = now - 400 * DAY_MS;
        const recent = now - 2 * DAY_MS;
        await turn(store, key('telegram', 'velha'), old, { events: [view('ipva')], dedupKey: 'tg:old', request: { protocol: 'ATD-20240101-000001', serviceId: 'ipva', answers: { nome: 'Maria' } }, end: 'request_submitted' });
        await turn(store, key('telegram', 'aberta'), old, { events: [view('cnh')] });
        await turn(store, key('telegram', 'nova'), recent, { events: [view('ipva')], dedupKey: 'tg:new', end: 'service_viewed' });
        const everything = { start: '2000-01-01', end: '2100-12-31' };
        const figures = await stats.dailyRows(everything);
        const result = await store.purge(now - 365 * DAY_MS);
        // The old closed session (its event, request and update) goes; the old session still open stays.
        expect(result).toEqual({ sessions: 1, events: 1, requests: 1, processedUpdates: 1, userMarks: 1 });
        expect(await stats.dailyRows(everything)).toEqual(figures);
        expect(await latestOf(store, key('telegram', 'velha'))).toBeUndefined();
        expect((await latestOf(store, key('telegram', 'aberta')))?.endedAt).toBeNull();
        expect((await latestOf(store, key('telegram', 'nova')))?.messagesIn).toBe(1);
        expect(await turn(store, key('telegram', 'nova'), now, { dedupKey: 'tg:new' })).toBe('duplicate');
      });
    });
  });
}
