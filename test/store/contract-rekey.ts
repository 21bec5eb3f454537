// The store contract of Store.rekey: one citizen whose key changes (WhatsApp moving them from a phone number to a
// LID) keeps their conversation, their requests and their place in the figures. Part of storeContract (contract.ts).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ConversationKey, SessionRecord, Store } from '../../src/conversation/storage.ts';
import { type ConversationState, initialState } from '../../src/conversation/types.ts';
import { type OpenedStore, type StoreFixture, at, key, latestOf, turn, view } from './contract.ts';

const CHANNEL = 'whatsapp';
// Plain objects, not key(): this module loads in the middle of contract.ts, before its constants exist.
const PHONE: ConversationKey = { channel: CHANNEL, userKey: 'hmac-of-phone' };
const LID: ConversationKey = { channel: CHANNEL, userKey: 'hmac-of-lid' };
const MARCH_3 = { start: '2025-03-03', end: '2025-03-03' };

/** A form half filled in: what the citizen must not lose when their key changes. */
const halfForm: ConversationState = { ...initialState(), view: { at: 'form', serviceId: 'ouvidoria', field: 2, answers: { tipo: 'Reclamação', assunto: 'merenda' } } };

/** Opens a session under `k` at `when` whose state is `state` (one message in, one out). */
async function openWith(store: Store, k: ConversationKey, when: number, state: ConversationState): Promise<void> {
  const session: SessionRecord = { id: randomUUID(), channel: k.channel, userKey: k.userKey, startedAt: when, lastAt: when, endedAt: null, outcome: null, messagesIn: 1, messagesOut: 1, state };
  await store.runTurn(k, async (read) => ({ result: await read.latestSession(), write: { session, isNew: true, events: [] } }));
}

/** A request looked up by protocol as the citizen keyed on `k`. */
async function requestOf(store: Store, k: ConversationKey, protocol: string): Promise<unknown> {
  const outcome = await store.runTurn(k, async (read) => ({ result: await read.findRequest(protocol) }));
  return outcome.status === 'done' ? outcome.result : undefined;
}

/** The rekey part of the contract; `open` is the suite's (a fresh database each time). */
export function rekeyContract(open: () => Promise<OpenedStore & { fixture: StoreFixture }>): void {
  describe('when a citizen’s key changes (rekey)', () => {
    it('moves the open session, its state and the requests to the new key; the old key starts afresh', async () => {
      const { store, fixture } = await open();
      const protocol = 'ATD-20250303-000777';
      await turn(store, PHONE, at('2025-03-03T09:00'), { request: { protocol, serviceId: 'ipva', answers: {} }, end: 'request_submitted' });
      await openWith(store, PHONE, at('2025-03-03T10:00'), halfForm);
      const before = await latestOf(store, PHONE);

      expect(await store.rekey(CHANNEL, PHONE.userKey, LID.userKey)).toEqual({ sessions: 2, requests: 1 });

      expect(await latestOf(store, LID)).toEqual({ ...before, userKey: LID.userKey });
      expect(await latestOf(store, PHONE)).toBeUndefined();
      expect(await requestOf(store, LID, protocol)).toMatchObject({ protocol, userKey: LID.userKey });
      expect(await requestOf(store, PHONE, protocol)).toBeUndefined();
      // The next message under the new key continues the same session (the result is the count it started from).
      expect(await turn(store, LID, at('2025-03-03T10:01'))).toBe(1);
      // And it is stored, not only cached.
      await store.close();
      const again = await fixture.open();
      expect(await latestOf(again.store, LID)).toMatchObject({ id: before?.id, endedAt: null, messagesIn: 2, state: halfForm });
    });

    it('counts the citizen once in unique users, whichever key their sessions were under', async () => {
      const { store, stats } = await open();
      // Under the phone number: one session ended at 09:00, one still open at 10:00.
      await turn(store, PHONE, at('2025-03-03T09:00'), { events: [view('ipva')], end: 'service_viewed' });
      await turn(store, PHONE, at('2025-03-03T10:00'));
      await store.rekey(CHANNEL, PHONE.userKey, LID.userKey);
      // The open one continues under the LID; then a third session under the LID, the same day.
      expect(await turn(store, LID, at('2025-03-03T10:01'), { end: 'abandoned' })).toBe(1);
      await turn(store, LID, at('2025-03-03T11:00'));
      expect(await store.closeAllOpen()).toBe(1);
      // 3 sessions, 1 user; 1 + 2 + 1 messages.
      expect(await stats.dailyRows(MARCH_3)).toMatchObject([{ day: '2025-03-03', channel: CHANNEL, sessions: 3, users: 1, messagesIn: 4 }]);
      expect(Object.fromEntries(await stats.usersByPeriod(['2025-W10', '2025-03', '2025']))).toEqual({ '2025-W10|whatsapp': 1, '2025-03|whatsapp': 1, '2025|whatsapp': 1 });
    });

    it('is idempotent, and moves nothing when the old key has nothing', async () => {
      const { store, stats } = await open();
      await turn(store, PHONE, at('2025-03-03T10:00'));
      expect(await store.rekey(CHANNEL, PHONE.userKey, LID.userKey)).toEqual({ sessions: 1, requests: 0 });
      const moved = await latestOf(store, LID);
      expect(await store.rekey(CHANNEL, PHONE.userKey, LID.userKey)).toEqual({ sessions: 0, requests: 0 });
      expect(await store.rekey(CHANNEL, 'hmac-of-nobody', LID.userKey)).toEqual({ sessions: 0, requests: 0 });
      expect(await store.rekey(CHANNEL, LID.userKey, LID.userKey)).toEqual({ sessions: 0, requests: 0 });
      expect(await latestOf(store, LID)).toEqual(moved);
      // Another channel's citizen with the same key is someone else: untouched.
      await turn(store, key('telegram', PHONE.userKey), at('2025-03-03T10:00'));
      expect(await store.rekey(CHANNEL, PHONE.userKey, LID.userKey)).toEqual({ sessions: 0, requests: 0 });
      expect(await latestOf(store, key('telegram', PHONE.userKey))).toMatchObject({ endedAt: null });
      expect(await store.closeAllOpen()).toBe(2);
      expect((await stats.dailyRows(MARCH_3)).map((r) => [r.channel, r.sessions, r.users])).toEqual(
        expect.arrayContaining([
          ['telegram', 1, 1],
          [CHANNEL, 1, 1],
        ]),
      );
    });

    it('never clobbers an open session the new key already has: the old key’s open session is closed instead', async () => {
      const { store, stats } = await open();
      await openWith(store, PHONE, at('2025-03-03T10:00'), halfForm);
      await turn(store, LID, at('2025-03-03T10:05'));
      const own = await latestOf(store, LID);
      expect(await store.rekey(CHANNEL, PHONE.userKey, LID.userKey)).toEqual({ sessions: 1, requests: 0 });
      expect(await latestOf(store, LID)).toEqual(own);
      // Only the LID's own session was still open; the phone number's was closed by the move, as the same user.
      expect(await store.closeAllOpen()).toBe(1);
      expect(await stats.dailyRows(MARCH_3)).toMatchObject([{ sessions: 2, users: 1 }]);
    });

    it('closes an open session of the old key that started before the new key’s latest one', async () => {
      const { store } = await open();
      await turn(store, PHONE, at('2025-03-03T10:00'));
      await turn(store, LID, at('2025-03-03T10:05'), { end: 'abandoned' });
      const own = await latestOf(store, LID);
      await store.rekey(CHANNEL, PHONE.userKey, LID.userKey);
      expect(await latestOf(store, LID)).toEqual(own);
      expect(await store.closeAllOpen()).toBe(0);
    });
  });
}
