// `stats`, the dashboard, `catalogue gaps` and `purge` on PostgreSQL give the same figures as on SQLite for the
// same conversations: both databases are fed by the real runtime, then each report is run on each and compared.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command as catalogue } from '../../src/commands/catalogue.ts';
import { command as purge } from '../../src/commands/purge.ts';
import { command as stats } from '../../src/commands/stats.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Store } from '../../src/conversation/storage.ts';
import { createDashboardServer } from '../../src/stats/dashboard/server.ts';
import type { StatsReader } from '../../src/stats/reader.ts';
import { openStatsReader } from '../../src/store/open.ts';
import { PostgresStore } from '../../src/store/postgres/store.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { type PgServer, startPostgres } from '../support/postgres.ts';
import { memoryRuntime } from '../support/runtime.ts';
import { runCommand } from './cli.ts';

const DAY = 86_400_000;
let server: PgServer;
let dir: string;
let sqliteEnv: Record<string, string>;
let pgEnv: Record<string, string>;

/** The same conversations, played by the real runtime: searches found and not, views, a form, two channels, four days. */
async function converse(store: Store): Promise<void> {
  const { runtime, clock } = memoryRuntime({ store });
  const base = Date.now() - 6 * DAY;
  const script: [number, string, string, string[]][] = [
    [0, 'telegram', 'ana', ['oi', 'ipva', '1', 'receita de bolo', 'sair']],
    [0, 'telegram', 'bia', ['perdi meu rg', 'quanto custa?', '1', 'obrigado']],
    [1, 'whatsapp', 'caio', ['xablau quântico', 'atendente']],
    [1, 'telegram', 'ana', ['Receita  de BOLO', 'ipva', 'sair']],
    [3, 'telegram', 'duda', ['carteira de motorista', '1', 'quais documentos preciso?', 'quanto custa?', 'sim']],
    [5, 'whatsapp', 'caio', ['oi', 'xablau quântico', 'ipva']],
  ];
  for (const [day, channel, user, texts] of script) {
    clock.now = base + day * DAY;
    for (const text of texts) {
      clock.now += 60_000;
      await runtime.handle(channel, user, { kind: 'text', text });
    }
  }
  const { runtime: form, clock: formClock } = memoryRuntime({ store });
  formClock.now = base + 4 * DAY;
  const soon = new Date(formClock.now + 20 * DAY);
  await form.handle('telegram', 'eva', { kind: 'option', id: 'svc:agendamento-uai' });
  for (const text of ['Fazer solicitação', 'Maria da Silva', '529.982.247-25', 'Belo Horizonte', `${soon.getDate()}/${soon.getMonth() + 1}/${soon.getFullYear()}`, '1', 'pular', 'sim', 'sair']) {
    formClock.now += 30_000;
    await form.handle('telegram', 'eva', { kind: 'text', text });
  }
  await store.closeAllOpen();
  await store.close();
}

beforeAll(async () => {
  server = await startPostgres();
  dir = mkdtempSync(join(tmpdir(), 'atende-parity-'));
  sqliteEnv = { DATABASE_PATH: join(dir, 'atende.sqlite'), STATE_DIR: dir };
  pgEnv = { DATABASE_URL: await server.createDatabase(), STATE_DIR: dir };
  await converse(new SqliteStore(sqliteEnv.DATABASE_PATH ?? ''));
  await converse(await PostgresStore.open({ url: pgEnv.DATABASE_URL ?? '' }));
}, 120_000);
afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs a command on both databases and returns both outputs (exit code 0 required). */
async function onBoth(run: (env: Record<string, string>) => Promise<{ code: number; stdout: string; stderr: string }>): Promise<[string, string]> {
  const a = await run(sqliteEnv);
  const b = await run(pgEnv);
  expect(a.stderr).toBe('');
  expect(b.stderr).toBe('');
  expect([a.code, b.code]).toEqual([0, 0]);
  // The time each report was made is its only difference by nature.
  const timeless = (out: string): string => out.replace(/"generatedAt": "[^"]*"/g, '"generatedAt": ""');
  return [timeless(a.stdout), timeless(b.stdout)];
}

describe('the same conversations on SQLite and on PostgreSQL', () => {
  it('give the same `stats`, in every grouping, with figures in them', async () => {
    const [sqlite, pg] = await onBoth((env) => runCommand(stats, ['--json', '--by', 'day'], env));
    expect(pg).toBe(sqlite);
    const report = JSON.parse(pg) as unknown;
    expect(JSON.stringify(report)).toMatch(/"sessions":\s*[1-9]/);
    // The follow-up questions asked above are counted too (the same on both, and not an empty list on both).
    expect(JSON.stringify(report)).toMatch(/"followUps":\[\{/);
    for (const by of ['week', 'month', 'year']) {
      const [s, p] = await onBoth((env) => runCommand(stats, ['--json', '--by', by], env));
      expect(p).toBe(s);
    }
  });

  it('give the same `catalogue gaps`, which lists the failed searches', async () => {
    const [sqlite, pg] = await onBoth((env) => runCommand(catalogue, ['gaps', '--json', '--from', '2000-01-01'], env));
    expect(pg).toBe(sqlite);
    expect(pg).toContain('receita de bolo');
  });

  it('give the same dashboard page', async () => {
    const pages: string[] = [];
    for (const env of [sqliteEnv, pgEnv]) {
      const reader: StatsReader = await openStatsReader(env.DATABASE_URL ? { databasePath: '', postgres: { url: env.DATABASE_URL } } : { databasePath: env.DATABASE_PATH ?? '' });
      const dash = await createDashboardServer({ stats: reader, services: () => [], host: '127.0.0.1', port: 0, logger: silentLogger });
      try {
        const res = await fetch(dash.url);
        expect(res.status).toBe(200);
        pages.push(await res.text());
      } finally {
        await dash.close();
        await reader.close();
      }
    }
    expect(pages[1]).toBe(pages[0]);
  });

  it('purge the same rows, and keep the same figures', async () => {
    const [sqlite, pg] = await onBoth((env) => runCommand(purge, ['--older-than', '2d', '--json'], env));
    const counts = (out: string): unknown => ({ ...(JSON.parse(out) as Record<string, unknown>), before: undefined });
    expect(counts(pg)).toEqual(counts(sqlite));
    expect(counts(pg)).toMatchObject({ sessions: expect.any(Number) });
    expect((JSON.parse(pg) as { sessions: number }).sessions).toBeGreaterThan(0);
    const [s, p] = await onBoth((env) => runCommand(stats, ['--json', '--by', 'day'], env));
    expect(p).toBe(s);
  });
});
