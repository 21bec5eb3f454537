import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory/store.ts';
import { memoryRuntime } from '../support/runtime.ts';

const text = (t: string) => ({ kind: 'text' as const, text: t });
const MIN = 60_000;

describe('sessions', () => {
  it('start at the first message and store only a pseudonymous user id', async () => {
    const { runtime, store } = memoryRuntime();
    await runtime.handle('telegram', '123456789', text('oi'));
    const sessions = [...(store as MemoryStore).sessions.values()];
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.channel).toBe('telegram');
    expect(sessions[0]?.userKey).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(sessions)).not.toContain('123456789');
  });

  it('give the same citizen the same pseudonym on one channel and a different one elsewhere', async () => {
    const { runtime } = memoryRuntime();
    expect(runtime.userKey('telegram', '42')).toBe(runtime.userKey('telegram', '42'));
    expect(runtime.userKey('telegram', '42')).not.toBe(runtime.userKey('whatsapp', '42'));
  });

  it('count messages in and out', async () => {
    const { runtime, store } = memoryRuntime();
    await runtime.handle('terminal', 'u', text('oi'));
    await runtime.handle('terminal', 'u', text('perdi meu rg'));
    const s = [...(store as MemoryStore).sessions.values()][0];
    expect(s?.messagesIn).toBe(2);
    expect(s?.messagesOut).toBe(2);
  });

  it('end after the idle time, and the next message starts a new session', async () => {
    const { runtime, store, clock } = memoryRuntime({ idleMinutes: 30 });
    await runtime.handle('terminal', 'u', text('perdi meu rg'));
    clock.now += 31 * MIN;
    await runtime.handle('terminal', 'u', text('ipva'));
    const sessions = [...(store as MemoryStore).sessions.values()];
    expect(sessions).toHaveLength(2);
    expect(sessions[0]?.endedAt).toBe(sessions[0]?.lastAt);
    expect(sessions[0]?.outcome).toBe('service_viewed');
    expect(sessions[1]?.endedAt).toBeNull();
  });

  it('are closed by the sweeper when the citizen never comes back', async () => {
    const { runtime, store, clock } = memoryRuntime({ idleMinutes: 30 });
    await runtime.handle('terminal', 'u', text('oi'));
    clock.now += 10 * MIN;
    expect(await runtime.sweep()).toBe(0);
    clock.now += 25 * MIN;
    expect(await runtime.sweep()).toBe(1);
    expect([...(store as MemoryStore).sessions.values()][0]?.outcome).toBe('abandoned');
  });

  it('end when the citizen says "sair", with the best outcome reached', async () => {
    const { runtime, store } = memoryRuntime();
    await runtime.handle('terminal', 'u', text('atendente'));
    await runtime.handle('terminal', 'u', text('sair'));
    const s = [...(store as MemoryStore).sessions.values()][0];
    expect(s?.endedAt).not.toBeNull();
    expect(s?.outcome).toBe('handoff');
  });
});

describe('a citizen who comes back later', () => {
  it('is offered to resume an unfinished walkthrough, and "continuar" resumes at the same step', async () => {
    const { runtime, clock } = memoryRuntime();
    await runtime.handle('terminal', 'u', text('perdi meu rg'));
    await runtime.handle('terminal', 'u', { kind: 'option', id: 'card:steps' });
    await runtime.handle('terminal', 'u', { kind: 'option', id: 'walk:next' });
    clock.now += 2 * 60 * MIN;
    const offer = await runtime.handle('terminal', 'u', text('oi'));
    expect(offer.replies[0]?.text).toContain('etapa 2 de 4');
    const resumed = await runtime.handle('terminal', 'u', { kind: 'option', id: 'resume:yes' });
    expect(resumed.replies[0]?.text).toContain('Etapa 2 de 4');
  });

  it('who asks something new is simply answered', async () => {
    const { runtime, clock } = memoryRuntime();
    await runtime.handle('terminal', 'u', text('perdi meu rg'));
    await runtime.handle('terminal', 'u', { kind: 'option', id: 'card:steps' });
    clock.now += 2 * 60 * MIN;
    const r = await runtime.handle('terminal', 'u', text('imposto do carro'));
    expect(r.replies[0]?.text).not.toContain('Bem-vindo de volta');
  });

  it('after a restart within the idle time, continues exactly where the conversation was', async () => {
    const store = new MemoryStore();
    const first = memoryRuntime({ store });
    await first.runtime.handle('terminal', 'u', text('perdi meu rg'));
    await first.runtime.handle('terminal', 'u', { kind: 'option', id: 'card:steps' });
    await store.closeAllOpen(); // graceful shutdown
    const second = memoryRuntime({ store });
    second.clock.now = first.clock.now + MIN;
    const r = await second.runtime.handle('terminal', 'u', text('próxima'));
    expect(r.replies[0]?.text).toContain('Etapa 2 de 4');
  });
});

describe('the rate limit', () => {
  it('answers a flood with one notice, then silence, without touching other citizens', async () => {
    const { runtime, clock } = memoryRuntime({ rateLimit: { messages: 5, windowMs: MIN } });
    const results = [];
    for (let i = 0; i < 12; i++) results.push(await runtime.handle('telegram', 'flooder', text('oi')));
    expect(results.filter((r) => r.skipped === undefined)).toHaveLength(5);
    expect(results.filter((r) => r.skipped === 'rate_limit_notice')).toHaveLength(1);
    expect(results.filter((r) => r.skipped === 'rate_limited').every((r) => r.replies.length === 0)).toBe(true);
    expect((await runtime.handle('telegram', 'calm', text('oi'))).replies.length).toBeGreaterThan(0);
    clock.now += 2 * MIN;
    expect((await runtime.handle('telegram', 'flooder', text('oi'))).skipped).toBeUndefined();
  });
});

describe('redelivered platform updates', () => {
  it('are answered once', async () => {
    const { runtime } = memoryRuntime();
    expect((await runtime.handle('telegram', 'u', text('oi'), 'tg:1')).replies.length).toBeGreaterThan(0);
    const again = await runtime.handle('telegram', 'u', text('oi'), 'tg:1');
    expect(again).toEqual({ replies: [], skipped: 'duplicate' });
  });
});

describe('the runtime keeps no raw platform id', () => {
  it('after messages from a WhatsApp number, none of its fields (maps, sets, limiter) holds the number', async () => {
    const { runtime } = memoryRuntime({ rateLimit: { messages: 10, windowMs: 60_000 } });
    await runtime.handle('whatsapp', '5531999991234@c.us', { kind: 'text', text: 'oi' });
    await runtime.handle('whatsapp', '5531999991234@c.us', { kind: 'text', text: 'perdi meu rg' });
    const seen: string[] = [];
    const walk = (value: unknown, depth: number): void => {
      if (typeof value === 'string') seen.push(value);
      if (depth > 4 || value === null || typeof value !== 'object') return;
      if (value instanceof Map) for (const [k, v] of value) (walk(k, depth + 1), walk(v, depth + 1));
      else if (value instanceof Set) for (const v of value) walk(v, depth + 1);
      else for (const v of Object.values(value)) walk(v, depth + 1);
    };
    for (const [name, field] of Object.entries(runtime)) if (name !== 'opts') walk(field, 0);
    expect(seen.filter((v) => v.includes('5531999991234'))).toEqual([]);
  });
});
