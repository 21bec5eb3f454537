// What only the PostgreSQL store does: protocol numbers from a sequence, sslmode, and riding out a database
// restart (an apology meanwhile, nothing unstored confirmed, then it reconnects by itself). A real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/core/errors.ts';
import { sslOf } from '../../src/store/postgres/connect.ts';
import { PostgresStore, protocolOf } from '../../src/store/postgres/store.ts';
import { type PgServer, startPostgres } from '../support/postgres.ts';
import { memoryRuntime } from '../support/runtime.ts';

let server: PgServer;
beforeAll(async () => {
  server = await startPostgres();
}, 120_000);
afterAll(async () => {
  await server.stop();
});

const PROTOCOL = /ATD-\d{8}-\d{6}/;

/** The citizen's answers to the fixture's appointment form, up to the confirmation "sim". */
function formAnswers(now: number): string[] {
  const soon = new Date(now + 20 * 86_400_000);
  return ['Fazer solicitação', 'Maria da Silva', '529.982.247-25', 'Belo Horizonte', `${soon.getDate()}/${soon.getMonth() + 1}/${soon.getFullYear()}`, '1', 'pular', 'sim'];
}

describe('protocol numbers', () => {
  it('scramble the sequence without collisions: 100,000 requests in a day never share one', () => {
    const at = Date.parse('2026-11-25T12:00:00-03:00');
    const seen = new Set<string>();
    for (let n = 0; n < 100_000; n++) seen.add(protocolOf(at, n));
    expect(seen.size).toBe(100_000);
    expect(protocolOf(at, 1)).toMatch(/^ATD-20261125-\d{6}$/);
  });

  it('come from the database sequence: citizens who submit at the same moment each get their own', async () => {
    const store = await PostgresStore.open({ url: await server.createDatabase(), poolSize: 8 });
    try {
      const { runtime, clock } = memoryRuntime({ store });
      const citizens = Array.from({ length: 20 }, (_, i) => `c${i}`);
      await Promise.all(citizens.map((c) => runtime.handle('telegram', c, { kind: 'option', id: 'svc:agendamento-uai' })));
      const answers = formAnswers(clock.now);
      const last = await Promise.all(
        citizens.map(async (c) => {
          let reply = '';
          for (const text of answers) reply = (await runtime.handle('telegram', c, { kind: 'text', text })).replies.map((r) => r.text).join('\n');
          return reply.match(PROTOCOL)?.[0];
        }),
      );
      expect(last.every((p) => p !== undefined)).toBe(true);
      expect(new Set(last).size).toBe(20);
      const stored = await store.sql<{ protocol: string }[]>`SELECT protocol FROM requests ORDER BY protocol`;
      expect(stored.map((r) => r.protocol)).toEqual([...last].sort());
      // Every one of them was drawn from the sequence (its first 20 values), none at random.
      const drawn = new Set(Array.from({ length: 20 }, (_, n) => protocolOf(clock.now, n + 1)));
      expect(stored.every((r) => drawn.has(r.protocol))).toBe(true);
    } finally {
      await store.close();
    }
  });
});

describe('sslmode in DATABASE_URL', () => {
  it('is read as libpq reads it, and taken out of the URL', () => {
    expect(sslOf('postgres://u:p@h/db')).toEqual({ url: 'postgres://u:p@h/db', ssl: false });
    expect(sslOf('postgres://u:p@h/db?sslmode=require')).toEqual({ url: 'postgres://u:p@h/db', ssl: 'require' });
    expect(sslOf('postgres://u:p@h/db?sslmode=verify-ca&application_name=x').ssl).toBe('verify-full');
    expect(sslOf('postgres://u:p@h/db?sslmode=disable').ssl).toBe(false);
    expect(() => sslOf('postgres://u:p@h/db?sslmode=sometimes')).toThrow(StoreError);
  });
});

describe('when the database restarts while citizens write', () => {
  it('apologises meanwhile, confirms nothing unstored, and carries on by itself once it is back', async () => {
    const url = await server.createDatabase();
    const store = await PostgresStore.open({ url, poolSize: 4, statementTimeoutMs: 2000 });
    try {
      const { runtime } = memoryRuntime({ store });
      expect((await runtime.handle('telegram', 'ana', { kind: 'text', text: 'oi' }, 'tg:1')).skipped).toBeUndefined();
      await server.pause();
      const during = await runtime.handle('telegram', 'ana', { kind: 'text', text: 'ipva' }, 'tg:2');
      expect(during.skipped).toBe('error');
      expect(during.replies.map((r) => r.text).join(' ')).toMatch(/desculp/i);
      await server.restart();
      // The same update, delivered again (the platform retries what got no 200): answered now, and once.
      const after = await runtime.handle('telegram', 'ana', { kind: 'text', text: 'ipva' }, 'tg:2');
      expect(after.skipped).toBeUndefined();
      expect(after.replies.length).toBeGreaterThan(0);
      expect((await runtime.handle('telegram', 'ana', { kind: 'text', text: 'ipva' }, 'tg:2')).skipped).toBe('duplicate');
      const [row] = await store.sql<{ messages_in: number }[]>`SELECT messages_in FROM sessions`;
      expect(row?.messages_in).toBe(2);
    } finally {
      await store.close();
    }
  });
});
