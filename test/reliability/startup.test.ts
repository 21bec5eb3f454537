// A database that cannot be used stops the real CLI (`serve` and `chat`) at start-up with one clear line on
// stderr and a non-zero exit code: no stack trace, no half-started bot, and the file itself left untouched.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';
import { memoryRuntime } from '../support/runtime.ts';
import { killAll, runToEnd } from '../support/serve.ts';

let fake: FakeTelegramApi;
let dir: string;

beforeEach(async () => {
  fake = new FakeTelegramApi();
  await fake.start();
  dir = mkdtempSync(join(tmpdir(), 'atende-startup-'));
});

afterEach(async () => {
  await killAll();
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** `serve` with the Telegram channel (against the fake), or the terminal `chat`, on the given database. */
function run(command: 'serve' | 'chat', databasePath: string) {
  const env = { DATABASE_PATH: databasePath, PSEUDONYM_SECRET: 'startup-test', CATALOGUE_WATCH: 'false', LOG_LEVEL: 'info', TELEGRAM_BOT_TOKEN: '123:ABC', TELEGRAM_API_ROOT: fake.url };
  // A serve that wrongly starts is killed well before the test's own time limit.
  return runToEnd([command], env, 30_000);
}

/** The CLI's own message: "Erro: <what to do>", and no stack frames. */
function expectClearError(stderr: string, pattern: RegExp): void {
  const lines = stderr.split('\n').filter((l) => l.startsWith('Erro: '));
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain('StoreError');
}

describe.each(['serve', 'chat'] as const)('atende %s at start-up', { timeout: 90_000 }, (command) => {
  it('refuses a corrupt database file with a clear message and exit code 1, leaving the file as it was', async () => {
    const path = join(dir, 'corrupt.sqlite');
    const junk = 'this is not a database, only text long enough to look like a header. '.repeat(200);
    writeFileSync(path, junk);
    const { code, signal, stderr } = await run(command, path);
    expect({ code, signal }, stderr).toEqual({ code: 1, signal: null });
    expectClearError(stderr, /corrompido ou não é um banco SQLite.*backup/);
    expect(stderr).toContain(path);
    expect(readFileSync(path, 'utf8')).toBe(junk);
    // The bot never went on line with a database it cannot write.
    expect(fake.callsOf('getUpdates')).toHaveLength(0);
  });

  it('refuses a database damaged inside (a valid header, broken pages) instead of failing message after message', async () => {
    const path = join(dir, 'damaged.sqlite');
    const store = new SqliteStore(path);
    const { runtime } = memoryRuntime({ store });
    for (let i = 0; i < 300; i++) await runtime.handle('telegram', `u${i}`, { kind: 'text', text: `perdi meu rg ${i}` });
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    await store.close();
    // Ten pages in the middle overwritten, as a bad disk or an interrupted copy would leave them.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 10, 0x5a), 0, 4096 * 10, 4096 * 3);
    closeSync(fd);
    const before = readFileSync(path);
    const { code, signal, stderr } = await run(command, path);
    expect({ code, signal }, stderr).toEqual({ code: 1, signal: null });
    expectClearError(stderr, /corrompido ou não é um banco SQLite.*backup/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(fake.callsOf('getUpdates')).toHaveLength(0);
  });

  it('refuses a database locked by another process with a clear message and exit code 1', async () => {
    const path = join(dir, 'locked.sqlite');
    await new SqliteStore(path).close();
    const holder = new Database(path);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const { code, signal, stderr } = await run(command, path);
      expect({ code, signal }, stderr).toEqual({ code: 1, signal: null });
      expectClearError(stderr, /bloqueado por outro processo.*Pare a outra instância do Atende/);
      expect(fake.callsOf('getUpdates')).toHaveLength(0);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('refuses a database whose write lock another process holds (a long write, a backup) instead of failing every message', async () => {
    const path = join(dir, 'busy.sqlite');
    await new SqliteStore(path).close();
    const holder = new Database(path);
    holder.exec('BEGIN IMMEDIATE');
    holder.prepare('INSERT INTO processed_updates (key, at) VALUES (?, ?)').run('held', 1);
    try {
      const { code, signal, stderr } = await run(command, path);
      expect({ code, signal }, stderr).toEqual({ code: 1, signal: null });
      expectClearError(stderr, /bloqueado por outro processo.*Pare a outra instância do Atende/);
      expect(fake.callsOf('getUpdates')).toHaveLength(0);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});
