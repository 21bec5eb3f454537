import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/core/time.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { runCli } from '../support/cli.ts';
import { memoryRuntime } from '../support/runtime.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atende-purge-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const DAY = 86_400_000;
const count = (store: SqliteStore, table: string): number => (store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function seed(path: string): Promise<SqliteStore> {
  const store = new SqliteStore(path);
  const { runtime, clock } = memoryRuntime({ store });
  clock.now = Date.now() - 400 * DAY;
  const soon = new Date(clock.now + 20 * DAY);
  const date = `${soon.getDate()}/${soon.getMonth() + 1}/${soon.getFullYear()}`;
  await runtime.handle('telegram', 'old', { kind: 'option', id: 'svc:agendamento-uai' });
  for (const t of ['Fazer solicitação', 'Maria da Silva', '529.982.247-25', 'Belo Horizonte', date, '1', 'pular', 'sim']) await runtime.handle('telegram', 'old', { kind: 'text', text: t });
  await runtime.handle('telegram', 'old', { kind: 'text', text: 'sair' });
  clock.now = Date.now() - 2 * DAY;
  await runtime.handle('telegram', 'recent', { kind: 'text', text: 'perdi meu rg' });
  await runtime.handle('telegram', 'recent', { kind: 'text', text: 'sair' });
  return store;
}

describe('purge', () => {
  it('parses periods', () => {
    expect(parsePeriod('365d')).toBe(365 * DAY);
    expect(parsePeriod('2y')).toBe(730 * DAY);
    expect(parsePeriod('48h')).toBe(2 * DAY);
    expect(parsePeriod('soon')).toBeUndefined();
    expect(parsePeriod('0d')).toBeUndefined();
  });

  it('deletes raw sessions, events and requests older than the period and keeps the daily aggregates', async () => {
    const store = await seed(join(dir, 'a.sqlite'));
    expect(count(store, 'sessions')).toBe(2);
    expect(count(store, 'requests')).toBe(1);
    const aggregates = store.db.prepare('SELECT day, channel, sessions, requested FROM daily_channel ORDER BY day').all();
    const result = await store.purge(Date.now() - 365 * DAY);
    expect(result.sessions).toBe(1);
    expect(result.requests).toBe(1);
    expect(result.events).toBeGreaterThan(0);
    expect(count(store, 'sessions')).toBe(1);
    expect(count(store, 'requests')).toBe(0);
    expect(store.db.prepare('SELECT day, channel, sessions, requested FROM daily_channel ORDER BY day').all()).toEqual(aggregates);
    await store.close();
  });

  it('is a CLI command that prints what it removed', async () => {
    const path = join(dir, 'b.sqlite');
    await (await seed(path)).close();
    const run = await runCli(['purge', '--older-than', '365d', '--json'], { env: { DATABASE_PATH: path } });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ sessions: 1, requests: 1 });
    const bad = await runCli(['purge'], { env: { DATABASE_PATH: path } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--older-than');
  });
});
