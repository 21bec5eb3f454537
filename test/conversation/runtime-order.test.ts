// The runtime on an async store: one citizen's messages in arrival order even when sent all at once, other
// citizens never waiting for them, and request look-ups answered by a store that is asynchronous.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlayTurn, TurnOutcome, ConversationKey } from '../../src/conversation/storage.ts';
import type { Incoming } from '../../src/conversation/types.ts';
import { MemoryStore } from '../../src/store/memory/store.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { memoryRuntime } from '../support/runtime.ts';

const text = (t: string): Incoming => ({ kind: 'text', text: t });
const option = (id: string): Incoming => ({ kind: 'option', id });

/** A memory store whose reads take a while, so that unordered turns would overtake each other. */
class SlowStore extends MemoryStore {
  override runTurn<T>(key: ConversationKey, play: PlayTurn<T>): Promise<TurnOutcome<T>> {
    return super.runTurn(key, async (read) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
      return play(read);
    });
  }
}

/** A memory store whose turns for one citizen (`gated`) wait until the gate opens. */
class GatedStore extends MemoryStore {
  gated = '';

  constructor(private readonly gate: Promise<void>) {
    super();
  }

  override runTurn<T>(key: ConversationKey, play: PlayTurn<T>): Promise<TurnOutcome<T>> {
    return super.runTurn(key, async (read) => {
      if (key.userKey === this.gated) await this.gate;
      return play(read);
    });
  }
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('messages of one citizen sent all at once', () => {
  it('are handled in the order they arrived', async () => {
    const { runtime } = memoryRuntime({ store: new SlowStore() });
    const sent = [text('perdi meu rg'), option('card:steps'), option('walk:next'), option('walk:next')];
    const handled = await Promise.all(sent.map((m) => runtime.handle('telegram', '42', m)));
    expect(handled.map((h) => h.replies[0]?.text.match(/Etapa \d de \d/)?.[0] ?? 'card')).toEqual(['card', 'Etapa 1 de 4', 'Etapa 2 de 4', 'Etapa 3 de 4']);
  });

  it('do not hold up another citizen', async () => {
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const store = new GatedStore(gate);
    const { runtime } = memoryRuntime({ store });
    store.gated = runtime.userKey('telegram', 'busy');
    const stuck = Array.from({ length: 10 }, () => runtime.handle('telegram', 'busy', text('oi')));
    let busyDone = false;
    void Promise.all(stuck).then(() => (busyDone = true));
    const other = await runtime.handle('telegram', 'calm', text('perdi meu rg'));
    expect(other.replies[0]?.text).toContain('Carteira de Identidade');
    expect(busyDone).toBe(false);
    release();
    expect((await Promise.all(stuck)).every((h) => h.replies.length > 0)).toBe(true);
  });
});

describe('a request looked up by its protocol on SQLite', () => {
  it('is shown to the citizen who made it, and to no one else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atende-runtime-'));
    dirs.push(dir);
    const store = new SqliteStore(join(dir, 'a.sqlite'));
    const { runtime } = memoryRuntime({ store });
    try {
      await runtime.handle('telegram', '42', option('svc:agendamento-uai'));
      for (const t of ['Fazer solicitação', 'Maria da Silva', '529.982.247-25', 'Belo Horizonte', '15/12/2026', '1', 'pular', 'sim']) await runtime.handle('telegram', '42', text(t));
      const stored = store.db.prepare('SELECT protocol FROM requests').get() as { protocol: string };
      const mine = await runtime.handle('telegram', '42', text(`protocolo ${stored.protocol}`));
      expect(mine.replies[0]?.text).toContain(`*Protocolo ${stored.protocol}*`);
      expect(mine.replies[0]?.text).toContain('Situação: *Recebida*');
      const theirs = await runtime.handle('telegram', '43', text(`protocolo ${stored.protocol}`));
      expect(theirs.replies[0]?.text).toContain('Não encontrei o protocolo');
    } finally {
      await store.close();
    }
  });
});
