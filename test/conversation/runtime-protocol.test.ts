// Two requests drawing the same random protocol number: the store refuses the second with ProtocolTakenError
// (its own unique key, in its own words), and the turn is played again with a new number. Found by the load
// benchmark: with 6 random digits a day, 300 requests on one day clash with a chance of ~4 %, 1,000 with ~40 %.
import { describe, expect, it } from 'vitest';
import { ProtocolTakenError } from '../../src/core/errors.ts';
import type { ConversationKey, TurnRecord } from '../../src/conversation/storage.ts';
import type { Incoming } from '../../src/conversation/types.ts';
import { MemoryStore } from '../../src/store/memory/store.ts';
import { memoryRuntime } from '../support/runtime.ts';

/** A store that refuses the first `clashes` requests as a store does when the protocol is taken. */
class ClashingStore extends MemoryStore {
  readonly refused: string[] = [];
  constructor(private clashes: number) {
    super();
  }

  protected override check(key: ConversationKey, turn: TurnRecord, played?: Parameters<MemoryStore['check']>[2]): void {
    if (turn.request && this.clashes > 0) {
      this.clashes--;
      this.refused.push(turn.request.protocol);
      throw new ProtocolTakenError(turn.request.protocol);
    }
    super.check(key, turn, played);
  }
}

const form: Incoming[] = [
  { kind: 'option', id: 'svc:agendamento-uai' },
  { kind: 'option', id: 'card:form' },
  { kind: 'text', text: 'Maria da Silva' },
  { kind: 'text', text: '529.982.247-25' },
  { kind: 'text', text: 'Uberlândia' },
  { kind: 'text', text: '15/12/2026' },
  { kind: 'text', text: 'Trânsito' },
  { kind: 'text', text: 'pular' },
];

async function confirm(clashes: number, rateLimit?: { messages: number; windowMs: number }) {
  const store = new ClashingStore(clashes);
  const { runtime } = memoryRuntime({ store, ...(rateLimit ? { rateLimit } : {}) });
  for (const input of form) await runtime.handle('telegram', '42', input);
  const handled = await runtime.handle('telegram', '42', { kind: 'option', id: 'form:confirm' });
  return { store, handled, text: handled.replies.map((r) => r.text).join('\n') };
}

describe('when the protocol number drawn for a request is already taken', () => {
  it('draws another and the citizen gets the protocol of the stored request', async () => {
    const { store, handled, text } = await confirm(1);
    expect(handled.skipped).toBeUndefined();
    expect(store.refused).toHaveLength(1);
    const stored = [...store.requests.keys()];
    expect(stored).toHaveLength(1);
    expect(text).toContain(`*${stored[0]}*`);
    expect(text).not.toContain(store.refused[0]);
  });

  it('does not count the replayed turn twice against the rate limit', async () => {
    // 9 messages in all: exactly the limit, so a second count of the last one would silence it.
    const { handled, store } = await confirm(1, { messages: form.length + 1, windowMs: 60_000 });
    expect(handled.skipped).toBeUndefined();
    expect(store.requests.size).toBe(1);
  });

  it('apologises, without storing anything, when every try clashes', async () => {
    const { store, handled } = await confirm(3);
    expect(handled.skipped).toBe('error');
    expect(store.requests.size).toBe(0);
  });
});
